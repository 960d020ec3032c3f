import type { AttackClaim, EntityRef } from "../../model/index.js";
import { DATELINE_REACH, datelineLength } from "../../normalize/dateline.js";
import { claimBase, type ExtractContext } from "../context.js";
import { datedEarlier, latestYear } from "../earlier-year.js";
import { findNameRuns, type NameRun } from "../names/name-runs.js";

/**
 * Words for an attack and the kind they name, most specific first: a sentence that names a weapon is
 * about that weapon even when it also says "offensive". `assault` is a ground offensive, assault or
 * attack that names no weapon.
 */
const KINDS: [RegExp, string][] = [
  [
    /\b(air ?strikes?|air raids?|war ?planes?|fighter jets?|aerial bombardments?|barrel bombs?|dropped (?:\w+ )?bombs|bombed|air ?power|aviation|air force|strikes? (?:on|against))\b/i,
    "airstrike",
  ],
  [/\bdrone (?:strikes?|attacks?)\b/i, "drone"],
  [
    /\b(shelling|shelled|shells|bombardments?|artillery(?! (?:sites?|positions?|units?|batter(?:y|ies)))|mortars?|rockets?|missile strikes?|missiles?)\b/i,
    "shelling",
  ],
  [
    /\b(car bomb|suicide bomb\w*|bombings?|bombs?|explosions?|blasts?|IEDs?|explosive belts?|suicide vests?|detonated)\b/i,
    "bombing",
  ],
  [/\b(shootings?|opened fire|gunfire|gunman|gunmen|shot at|shots fired)\b/i, "shooting"],
  [/\b(stabbings?|stabbed)\b/i, "stabbing"],
  [
    /\b(counter-?offensives?|offensives?|assaults?|counter-?attacks?|attacks?|attacked|stormed|storming)\b/i,
    "assault",
  ],
];

/**
 * Whether a sentence tells of one incident with a named weapon (an airstrike, a shelling, a bombing, a
 * shooting, a stabbing), not only of an offensive or attack in general.
 */
export function namesIncident(text: string): boolean {
  return KINDS.some(([re, kind]) => kind !== "assault" && re.test(text));
}

/** A bombing told of a state or army is dropped from the air ("a Russian bombing"). */
const AIR_BOMBING =
  /\b(Russian|Syrian|Israeli|Turkish|Iranian|American|army|regime|government|military|coalition)\s+(bombings?|bombardments?)\b/i;

/** Who attacks, as a noun or adjective before the weapon ("rebel shelling", "army warplanes"). */
const ACTOR_NOUNS =
  "army|military|government|regime|rebels?|insurgents?|opposition|jihadists?|militants?|militia|police|troops|forces|coalition";
/** The actor nouns in either case at their start, or a demonym ("Russian", "Israeli"); case-sensitive. */
const ACTOR_WORD = `(?:${ACTOR_NOUNS.replace(/\b(\p{Ll})/gu, (c) => `[${c.toUpperCase()}${c}]`)}|\\p{Lu}\\p{Ll}+(?:ian|ish|ese|i))`;
const ACTOR_BEFORE = new RegExp(
  `\\b(${ACTOR_WORD}(?:\\s+(?:[Aa]ir [Ff]orce|forces|troops|military|army|fighters|warplanes|aircraft|jets))?)\\s+(?:(?:also|heavy|intense|fresh|renewed|new|further|massive|\\p{Ll}+ly)\\s+)?$`,
  "u",
);
/** "an offensive by rebel groups", "led by the hill militia of the PLF". */
const ACTOR_BY =
  /^,?\s+(?:(?:led|spearheaded|carried out|launched|claimed|mounted|staged)\s+)?by\s+(?:the\s+)?((?:[\p{Ll}-]+\s+){0,3})/u;
/** Verbs whose subject is the attacker: "the air force has launched a wave of strikes". */
const ATTACK_VERB =
  /\b(?:(?:has|have|had)\s+)?(?:launched|launch|began|begin|opened|mounted|staged|waged|pressed|unleashed|executed|carried out|intensified|stormed|attacked|bombed|shelled|struck|responds? with|responded with)\b/gi;
const ACTOR_NOUN_PHRASE = new RegExp(
  `\\b(${ACTOR_WORD}(?:\\s+(?:[Aa]ir [Ff]orce|forces|troops|groups?|fighters))?)\\b`,
  "gu",
);

/**
 * Words that lead to what was attacked, then at most five lower-case words: "airstrikes on", "shelling
 * of", "bombed the livestock market in", "an attack on army-held districts of southern".
 */
const TOWARDS =
  /\b(?:on|in|into|against|targeting|at|near|outside|across|over|of|hit|hits|struck|pounded|bombed|shelled|attacked|stormed|to take|to capture|to seize|to retake)\s+(?:[\p{Ll}'’-]+\s+){0,5}$/iu;
const CALENDAR =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const NOT_PLACE_WORD = /^(The|A|An|President|Prime|Minister|General|Mr|Mrs|Ms|Dr)$/;
const DEMONYM = /^\p{Lu}\p{Ll}+(ian|ean|ish|ese|ist|ists)$/u;
const ORGANIZATION_WORD =
  /\b(Observatory|Rights|Ministry|Council|Agency|Organi[sz]ation|Committee|Forces|Army|Front|Group|Movement|Party|Network|Union|Commission|Office|Force)\b/;

/** A hypothesis or a plan, not a report: "the expected counter-attack", "an offensive would...". */
const HYPOTHESIS_BEFORE =
  /\b(expected|possible|potential|threatened|planned|feared|would|could|might|will)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const HYPOTHESIS_AFTER = /^[^.;,]{0,30}\b(would|could|might|will)\b/i;
/** Years of it: "the scars of years of fighting and bombardment" tells a history, not an attack. */
const YEARS_OF = /\b(?:years|decades|months)\s+of\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/** A country's diplomatic building named before it: "the embassies of", "the consulate of". */
const MISSION_OF = /\b(embass(?:y|ies)|consulates?)\s+of\s+(?:the\s+)?$/iu;

/** How far after the attack's words its place may be named ("bombed the livestock market in the town of"). */
const TARGET_NEAR = 45;

/** "Syria's second city, Aleppo": a possessive, a few lower-case words, a comma and the name meant. */
const APPOSITION = /^\p{Lu}[\p{L}-]*['’]s\s+[\p{Ll}\s-]{0,30},\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u;

/** A name before these words names the site, not where it is: "the Soleimani memorial", "the Nasser hospital". */
const SITE_AFTER =
  /^\s+(?:memorial|mosque|church|shrine|tomb|mausoleum|cemetery|market|hospital|school|stadium|hotel|mall|headquarters|rally|ceremony|funeral|procession|concert|festival)\b/;

function isPlace(run: NameRun, mentions: ExtractContext["mentions"], after = ""): boolean {
  const first = run.text.split(/\s+/)[0] ?? "";
  if (CALENDAR.test(run.text) || NOT_PLACE_WORD.test(first) || DEMONYM.test(first)) return false;
  if (ORGANIZATION_WORD.test(run.text) || /^\p{Lu}{2,6}$/u.test(run.text)) return false;
  const mention = mentions.find((m) => m.start <= run.start && run.start < m.end);
  if (mention?.type !== "place" && SITE_AFTER.test(after)) return false;
  if (mentions.length === 0) return true;
  return mention !== undefined && (mention.type === "place" || mention.type === "other");
}

function ref(text: string, start: number): EntityRef {
  return { text, start, end: start + text.length, entityId: null };
}

/** The first place of a run: "Idlib and Hama" is Idlib, "Aleppo's" is Aleppo, "Birch Street Saturday" is Birch Street. */
function ownPlace(run: NameRun): EntityRef {
  const text = run.text
    .replace(/\s+and\s+.*$/, "")
    .replace(/[’']s$/, "")
    .replace(new RegExp(`\\s+${CALENDAR.source.replace(/^\^/, "")}$`), "");
  return ref(text, run.start);
}

/**
 * The place attacked: a place after the weapon that a preposition or verb leads to, past a few
 * lower-case words ("airstrikes on rebel-held districts of Doran", "bombed the market in the town of
 * Mellit"); else one naming the attack ("the Aleppo assault"); else a place the sentence opens with ("In
 * Idlib, ... a bombing").
 */
function targetOf(ctx: ExtractContext, sentence: { text: string; start: number }, from: number, to: number) {
  const { text, start: at } = sentence;
  const verb = /ed$/.test(text.slice(from, to));
  const tail = text.slice(to, to + 100);
  for (const run of findNameRuns(tail, at + to)) {
    const between = text.slice(to, run.start - at);
    if (between.length > TARGET_NEAR) break;
    if (/[.;]|\b(?:that|which|who|when|while|after|before|where|because|as)\b/.test(between)) break;
    // "claimed the attack in a statement on its Amaq news agency": where it was said, not what was hit
    if (
      /\b(?:statement|post|posts|message|video|interview|broadcast|channel|website|account)\b/.test(between)
    )
      break;
    const apposition = APPOSITION.exec(text.slice(run.start - at));
    if (apposition && TOWARDS.test(between)) {
      // "on Syria's second city, Aleppo": the city named after the comma
      const offset = run.start + apposition[0].length - apposition[1]!.length;
      const named = findNameRuns(apposition[1]!, offset)[0];
      if (named && isPlace(named, ctx.mentions)) return ownPlace(named);
    }
    if (between.includes(",")) break;
    // a verb's object: "stormed Tarsel", "shelled the town of Kessel"
    const object = verb && /^\s+(?:[\p{Ll}'’-]+\s+){0,5}$/u.test(between);
    const rest = text.slice(run.start - at + run.text.length);
    if (isPlace(run, ctx.mentions, rest) && (object || TOWARDS.test(between))) {
      // "attacked the embassies of Rwanda": the country's embassy was the target, not the country
      const mission = MISSION_OF.exec(between)?.[1]?.toLowerCase();
      if (!mission) return ownPlace(run);
      const kind = mission.startsWith("consul") ? "consulate" : "embassy";
      return { text: `the ${kind} of ${ownPlace(run).text}`, start: null, end: null, entityId: null };
    }
  }
  const before = text.slice(Math.max(0, from - 40), from);
  const naming = verb ? undefined : findNameRuns(before, at + Math.max(0, from - 40)).at(-1);
  if (naming && /^(?:['’]s)?\s*$/.test(text.slice(naming.start - at + naming.text.length, from)))
    if (isPlace(naming, ctx.mentions)) return ownPlace(naming);
  const opening = /^In\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*),/u.exec(text);
  if (opening && opening.index + opening[0].length <= from) {
    const run = findNameRuns(opening[1]!, at + 3)[0];
    if (run && isPlace(run, ctx.mentions)) return ownPlace(run);
  }
  return null;
}

/** Capitalised words that open a sentence without naming anyone. */
const NOT_A_NAME =
  /^(The|A|An|It|Its|This|These|Those|That|They|Their|He|His|She|Her|We|Our|In|On|At|But|And|Someone|Somebody|Anyone|Nobody|No|None)$/;

function trimActor(phrase: string): string {
  return phrase.replace(/^(?:the|a|an|its|their|his|her)\s+/i, "").trim();
}

/**
 * A group that says it attacked: "The Harbour Front claimed responsibility for", "the Islamic State group
 * said on Thursday that two of its members detonated", "claimed the bombings".
 */
const CLAIM_OF_ATTACK =
  /^\s+(?:(?:group|militants?|militia|movement|organi[sz]ation)\s+)?(?:has\s+|have\s+|had\s+)?(?:claimed\s+(?:responsibility|the\s+(?:\p{Ll}+\s+)?(?:attacks?|bombings?|blasts?|explosions?|shootings?|strikes?))|said(?:\s+on\s+\p{Lu}\p{Ll}+)?,?\s+(?:that\s+)?(?:it|its\s+(?:members|fighters|militants)|(?:one|two|three|four|several)\s+of\s+its\s+(?:members|fighters|militants))\s+(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind|detonated|staged|launched|attacked|bombed|set\s+off))/u;

/** The name right before a claim of the attack, or null. */
function claimantOf(sentence: { text: string; start: number }): EntityRef | null {
  for (const run of findNameRuns(sentence.text, sentence.start)) {
    if (NOT_A_NAME.test(run.text) || CALENDAR.test(run.text)) continue;
    if (!CLAIM_OF_ATTACK.test(sentence.text.slice(run.start - sentence.start + run.text.length))) continue;
    const cut = /^The\s+/.exec(run.text)?.[0].length ?? 0;
    return ref(run.text.slice(cut), run.start + cut);
  }
  return null;
}

/**
 * The attacker: a word for one right before the weapon ("Russian warplanes", "rebel shelling"), else
 * a name or actor after "by" ("an offensive by rebel groups"), else the subject of an attack verb in the
 * same clause ("the air force has launched a wave of strikes", "Insurgents have launched an offensive").
 */
function actorOf(sentence: { text: string; start: number }, from: number, to: number): EntityRef | null {
  const { text, start: at } = sentence;
  const head = text.slice(Math.max(0, from - 40), from);
  const before = ACTOR_BEFORE.exec(head);
  if (before) return ref(before[1]!, at + from - head.length + before.index);
  const after = text.slice(to);
  const by = ACTOR_BY.exec(after);
  if (by) {
    const rest = after.slice(by[0].length);
    const name = findNameRuns(rest.slice(0, 60), at + to + by[0].length)[0];
    if (name && name.start - (at + to + by[0].length) === 0) return ref(name.text, name.start);
    // "rebel groups that dealt a blow": the actor words only
    const phrase = new RegExp(`^(?:[\\p{Ll}-]+\\s+)?${ACTOR_NOUN_PHRASE.source}`, "u").exec(
      trimActor(by[1]!),
    );
    if (phrase) {
      const startIn = after.indexOf(phrase[0], by.index);
      return ref(phrase[0], at + to + startIn);
    }
  }
  for (const verb of text.slice(0, to).matchAll(ATTACK_VERB)) {
    if (verb.index > from + 1 || text.slice(verb.index + verb[0].length, from).length > 60) continue;
    // a passive verb's subject is the one attacked: "workers attacked by a gang", "were shelled"
    const passive =
      /\b(?:was|were|been|being|is|are|be|got)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(0, verb.index)) ||
      /^\s+by\b/.test(text.slice(verb.index + verb[0].length));
    if (passive) continue;
    const clauseEnd = subjectEnd(text, verb.index);
    const clause = text
      .slice(0, clauseEnd)
      .split(/[,;:]|\b(?:said|says|that|which|who|after|when|as|since)\b/)
      .at(-1)!;
    const clauseStart = clauseEnd - clause.length;
    const subject = subjectOf(clause, at + clauseStart);
    if (subject) return subject;
  }
  return null;
}

/**
 * Where the subject of a verb at `verbAt` ends: right before the verb, or before an aside set off by
 * commas between the two ("Government forces, backed by militias, stormed ..."; "The rebels, who had
 * massed near the border, attacked ...").
 */
function subjectEnd(text: string, verbAt: number): number {
  const before = text.slice(0, verbAt);
  if (!/,\s*$/.test(before)) return verbAt;
  const close = before.lastIndexOf(",");
  const open = before.lastIndexOf(",", close - 1);
  if (open < 0 || /[;:]/.test(before.slice(open, close))) return verbAt;
  return open;
}

/**
 * The attacker a clause opens with: its first name or actor noun ("Insurgents fighting against the
 * regime of ..." is the insurgents); "rebels of the Western Revolutionary Front" is the front.
 */
function subjectOf(clause: string, offset: number): EntityRef | null {
  const names = findNameRuns(clause, offset).filter(
    (r) => !CALENDAR.test(r.text) && !NOT_A_NAME.test(r.text),
  );
  const noun = [...clause.matchAll(ACTOR_NOUN_PHRASE)][0];
  const name = names[0];
  // "Government forces" is the actor phrase, not the capitalised "Government" alone
  const nounFirst =
    noun &&
    (!name ||
      offset + noun.index < name.start ||
      (offset + noun.index === name.start && noun[0].length >= name.text.length));
  if (noun && nounFirst) {
    const nounEnd = offset + noun.index + noun[0].length;
    const of = /^\s+of\s+(?:the\s+)?$/.exec(clause.slice(nounEnd - offset, name ? name.start - offset : 0));
    if (of && name) return ref(name.text, name.start);
    return ref(noun[1]!, offset + noun.index);
  }
  if (name) {
    // "Militants (or Fighters) of the Sand Lions Brigade" is the brigade; "The Guard" is the Guard; the
    // "Army of Islam" is a name of its own
    const lead =
      /^(?:The\s+|(?:Militants|Rebels|Insurgents|Jihadists|Fighters|Members|Units|Troops)\s+of\s+(?:the\s+)?)/u.exec(
        name.text,
      );
    const cut = lead ? lead[0].length : 0;
    return ref(name.text.slice(cut), name.start + cut);
  }
  return null;
}

/**
 * Airstrikes, shelling, bombings, shootings, stabbings and ground assaults: one claim per sentence that
 * tells of one, with its kind, the place attacked and the attacker when the sentence names them. An
 * attack the sentence dates to an earlier year is background; a hypothesis ("the expected
 * counter-attack") is no claim.
 */
/** An explosion told as an accident: what blew up, or where (a chemical store, a gas main, a mine). */
const ACCIDENT =
  /\b(chemicals?|gas (?:leak|cylinders?|main|pipeline|explosion)|boilers?|fireworks|refinery|factory|plant|warehouse|containers?|mine|accident(?:al(?:ly)?)?|industrial|leak)\b/i;
/** Words that make an explosion an attack. */
const ATTACK_CUE =
  /\b(bombs?|bomber|bombings?|attacks?|attacker|militants?|insurgents?|terror\w*|claimed responsibility|detonated|IEDs?|suicide|explosive device|car bomb|strikes?|shelling|missiles?|drones?)\b/i;

/** A bomb found, defused or threatened, or a bomb squad: no attack. */
function noBombing(text: string, hit: RegExpExecArray): boolean {
  if (!/^bombs?$/i.test(hit[0])) return false;
  const before = text.slice(0, hit.index);
  const after = text.slice(hit.index + hit[0].length);
  return (
    /\b(?:defused|defusing|defuse|disarmed|dismantled|found|discovered|hoax|fake)\s+(?:[\w-]+\s+){0,2}$/i.test(
      before,
    ) || /^[\s-]+(?:squads?|threats?|scares?|disposal|hoax|sniffing|making|maker|shelters?)\b/i.test(after)
  );
}

/** "protesters who had stormed parliament", "a crowd stormed the stadium": a crowd, not an armed attack. */
const CROWD_BEFORE =
  /\b(?:protesters|protestors|demonstrators|crowds?|rioters|mobs?|fans|supporters|students)\s+(?:(?:who|that)\s+)?(?:(?:had|have|has)\s+)?(?:then\s+|later\s+)?$/i;

function crowdStorming(text: string, hit: RegExpExecArray): boolean {
  return /^storm(?:ed|ing)$/i.test(hit[0]) && CROWD_BEFORE.test(text.slice(0, hit.index));
}

/**
 * "An explosion at a chemical depot": an explosion or blast the report tells as an accident, with no
 * word of an attack anywhere in it, is no bombing.
 */
function accidentalBlast(ctx: ExtractContext, hit: RegExpExecArray): boolean {
  return /^(?:explosions?|blasts?)$/i.test(hit[0]) && ACCIDENT.test(ctx.text) && !ATTACK_CUE.test(ctx.text);
}

export function extractAttacks(ctx: ExtractContext): AttackClaim[] {
  const claims: AttackClaim[] = [];
  const latest = latestYear(ctx);
  for (const sentence of ctx.sentences) {
    const text = sentence.text;
    const found = KINDS.flatMap(([re, kind]) => {
      const hit = re.exec(text);
      if (!hit || (kind === "bombing" && (accidentalBlast(ctx, hit) || noBombing(text, hit)))) return [];
      if (crowdStorming(text, hit)) return [];
      return [{ hit, kind, re }];
    });
    if (found.length === 0) continue;
    const hypothetical = found.some(
      ({ hit }) =>
        HYPOTHESIS_BEFORE.test(text.slice(0, hit.index)) ||
        HYPOTHESIS_AFTER.test(text.slice(hit.index + hit[0].length)),
    );
    if (hypothetical) continue;
    const { hit, kind } = found[0]!;
    const weapon = kind === "bombing" && AIR_BOMBING.test(text) ? "airstrike" : kind;
    const from = hit.index;
    const to = hit.index + hit[0].length;
    // the place may follow another word for the attack: "an end to the shelling of Doran, while
    // the air force says its strikes..."
    // every word for an attack, not only each kind's first ("Gunmen on motorcycles opened fire in a
    // market in Karachi": the market follows "opened fire")
    const hits = found
      .flatMap(({ re }) => [...text.matchAll(new RegExp(re.source, "gi"))])
      .sort((a, b) => a.index - b.index);
    // the dateline's town and agency ("KYIV (East Wire) - ") are no attacker and no target
    const cut = sentence.start < DATELINE_REACH ? datelineLength(text) : 0;
    const told = cut > 0 ? { ...sentence, text: " ".repeat(cut) + text.slice(cut) } : sentence;
    let target: EntityRef | null = null;
    for (const h of hits) {
      target = targetOf(ctx, told, h.index, h.index + h[0].length);
      if (target) break;
    }
    claims.push({
      ...claimBase(ctx, sentence),
      at: sentence.start + from,
      kind: "attack",
      actor: claimantOf(told) ?? actorOf(told, from, to),
      target,
      weapon,
      background: YEARS_OF.test(text.slice(0, from)) || datedEarlier(text, from, to, latest),
    });
  }
  return claims;
}
