export type ClaimKind = "casualty" | "control" | "attack" | "quote" | "date";

export type Outcome = "killed" | "injured" | "displaced" | "missing" | "detained" | "kidnapped";
export type Qualifier = "exact" | "at-least" | "more-than" | "about" | "at-most" | "range";
export type CasualtyGroup = "all" | "civilians" | "children" | "women" | "combatants" | "other";
export type ControlChange = "captured" | "lost" | "holds" | "contested" | "withdrew";
export type ControlExtent = "partial" | "majority" | "complete";

/**
 * A reference from a claim to a named thing. Extractors fill `text` (the surface form, with offsets
 * when known); resolution fills `entityId`.
 */
export interface EntityRef {
  text: string;
  start: number | null;
  end: number | null;
  entityId: string | null;
  /** The full name when the article defines the surface form (an acronym or "the Observatory"), else absent. */
  name?: string;
}

interface ClaimBase {
  /** Stable within the article: `c-<articleId-hash>-<n>`. */
  id: string;
  articleId: string;
  kind: ClaimKind;
  /** The evidence sentence and its offsets in the article's normalized text (`end` exclusive). */
  sentence: string;
  start: number;
  end: number;
  /**
   * Where the claim's own words (a figure, a place) begin in the article's normalized text, when the
   * extractor knows: the clause there tells whose claim it is when a sentence gives two sources.
   */
  at?: number;
  /** Whom the article attributes the claim to (the original source: a monitor, a ministry...). */
  source: EntityRef | null;
  /** Who carried it when that differs from the source (a news agency: "told AFP"). */
  channel: EntityRef | null;
  /**
   * Resolved date of the event the claim speaks of, when stated: ISO 8601 at the precision the text
   * gives ("2024-11-27", "2020-03" for "in March 2020", "2011" for "in 2011").
   */
  eventDate: string | null;
  /** Context, not the event: whole-war totals, populations, past events, hypotheticals. */
  background: boolean;
}

export interface CasualtyClaim extends ClaimBase {
  kind: "casualty";
  outcome: Outcome;
  count: number;
  countMax: number | null;
  qualifier: Qualifier;
  group: CasualtyGroup;
  /** The group as written ("pro-government forces"), or null. */
  groupLabel: string | null;
  /** Id of the claim this one is a part of ("including 44 civilians" -> the 320 total), or null. */
  partOf: string | null;
  /** "Shot" without saying whether fatally: counts as injured unless a killed figure covers them. */
  tentative?: boolean;
  /** Explicitly people besides those counted before ("another man", the attacker himself). */
  additional?: boolean;
  /** An increment ("five more bodies"): added to a figure given before, never a toll of its own. */
  increment?: boolean;
  /**
   * A detail of a figure the same report gave before: where or how some of those counted died ("five of
   * the dead were in Acarí", "one man was killed when a rock slide hit his truck"), not a toll of its own.
   */
  detail?: boolean;
  /** Stated as the running total ("the death toll rose to 14"): other figures of its sentence are in it. */
  total?: boolean;
  /**
   * Stated as a count lowered from a higher one ("lowered its count of the dead to 3,958", "revised the
   * toll down to 40"): it replaces the higher figures given before it, whoever gave them.
   */
  lowered?: boolean;
}

export interface ControlClaim extends ClaimBase {
  kind: "control";
  place: EntityRef;
  actor: EntityRef | null;
  change: ControlChange;
  extent: ControlExtent | null;
}

export interface AttackClaim extends ClaimBase {
  kind: "attack";
  actor: EntityRef | null;
  target: EntityRef | null;
  weapon: string;
}

export interface QuoteClaim extends ClaimBase {
  kind: "quote";
  speaker: EntityRef | null;
  /** Verbatim text from the article (without the quote marks). */
  quote: string;
}

export interface DateClaim extends ClaimBase {
  kind: "date";
  /** The expression as written ("on Wednesday"). */
  expression: string;
  /** Resolved ISO 8601 date at the expression's precision (see `eventDate`), or null when unresolved. */
  date: string | null;
}

export type Claim = CasualtyClaim | ControlClaim | AttackClaim | QuoteClaim | DateClaim;
