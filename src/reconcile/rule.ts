/**
 * The reconciliation rule, word for word as in docs/RECONCILE.md (a test keeps them equal).
 * The brief shows it in its `rule` field.
 */
export const RECONCILE_RULE = `Questions: a story's claims are grouped into questions: casualties by outcome and group (killed:all, killed:civilians, injured:all, ...; a part of a breakdown counts under its own group, and parts splitting one group, such as rebels and soldiers among combatants, are questions of their own; background figures, increments such as "five more" and details of a toll the same report gave, such as "five of the dead were in the town" or "one man died when his truck was hit", are left out), control:<place> for each place, attack:<target> for each attacked target.
Original sources: each value is credited to the source the article attributes it to (a monitor, a ministry, a spokesperson); an agency that only carried the claim is not an original; a claim with no attribution is its outlet's own reporting, unless the same article attributes the same figure (outcome, group and count) elsewhere, as a lede repeating its body does; a near-duplicate's own reporting is the outlet it copies. A source (or place) written differently is one source when it resolves to one entity, by resolution or by a name or alias only that entity has. independentSources counts original sources, never outlets.
Qualifiers: a figure stands for the counts it allows: "311" exactly 311, "at least 300" 300 or more, "more than 320" 321 or more, "about 300" within 10%, "at most 50" 0 to 50, "10-15" that range. Two figures are compatible when some count satisfies both.
Order: a source's figures are ordered by their report's publication date (else the event date the claim names); undated figures of one source (and figures of one day) are read as a cumulative toll, rising over time; of equal figures the exact one is taken as the later.
update: one original source's figure moved over time (it gave more than one figure), or dated figures of different sources differ only as a toll rising from one day to the next. For control, one source's reports differ on what one actor gained, held or lost, or how much; what one report says of several actors is one picture, not a change.
conflict: two original sources gave incompatible figures for the same day, or an earlier figure above a later one, or, undated, each holds a figure that fits nowhere in the other's series (incompatible with each of its figures and outside their span; a figure inside a rising series may be a point of it). For control, one source says an actor gained a place and another that the same actor lost it.
Attacks are never in conflict (one target may be hit by several actors): agree when more than one report names the attack, else single.
agree: more than one report and the figures are compatible once qualifiers are read.
single: one report only.
Precedence: conflict, then update, then agree, then single.
best: the latest figure of the best-attested original source (the one relayed by the most articles; ties: more figures, then an attributed source before an outlet's own reporting, then the higher latest figure).
conservative: the lowest of the original sources' latest figures, kept beside best (as ACLED does); superseded figures are never current.
Story toll: the best figures of killed:all and injured:all.`;
