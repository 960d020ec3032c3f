import type { CasualtyGroup } from "../../model/index.js";
import { findNumbersInTokens } from "../numbers/find-numbers.js";
import type { NumberQualifier } from "../numbers/number-words.js";
import type { Token } from "../text/tokenize.js";
import { GROUP_MODIFIERS, GROUP_NOUNS, OUTCOME_WORDS, PERSON_NOUNS, type RawOutcome } from "./lexicon.js";
import { type PeopleHead, readNamedPerson, readOnePerson, readPeopleHead } from "./people-head.js";

/** A count of people in a sentence, before its outcome is known. */
export interface PeopleCount {
  /** Token range of the whole phrase (qualifier, number, people). */
  from: number;
  to: number;
  count: number;
  countMax: number | null;
  qualifier: NumberQualifier;
  head: PeopleHead;
  /** Introduced by "including", "among them": a part of the figure before. */
  included: boolean;
  additional: boolean;
  vague: boolean;
  /** "the man": someone the sentence may already count. */
  definite?: boolean;
  /** A death toll value ("the toll rose to 14"). */
  total?: boolean;
  /** Only implied by an event word ("a fatal shooting", "charged with murder"): one death at least. */
  weak?: boolean;
  /** An outcome fixed by the phrase itself ("no injuries", "killed himself"). */
  fixedOutcome: RawOutcome | null;
}

const MONTHS =
  /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;

/** Ages, years, dates, money and percentages are not counts of people. */
function isAge(tokens: Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1]?.lower ?? "";
  const next = tokens[end]?.lower ?? "";
  const before = tokens[i - 2];
  if (prev === "," && (next === "," || next === "") && before && /^\p{L}/u.test(before.text)) return true;
  if (
    i > 0 &&
    /^\p{Lu}/u.test(tokens[i - 1]!.text) &&
    !/^(At|Over|About|Some|Nearly|Around|More|Up|Another|An|The|All|Only|Almost|Roughly|Approximately|Exactly|Just|Fewer|Less|In|Among|And|But|Those|These|Still|Further|Between|From|Perhaps|Possibly|Close|Well|Under|Below|Upwards)$/.test(
      tokens[i - 1]!.text,
    )
  )
    return true;
  if (
    /^(19|20)\d\d$/.test(tokens[i]?.text ?? "") &&
    !/^(people|civilians|victims|soldiers|children)$/.test(next)
  )
    return true;
  if (MONTHS.test(prev) || (prev === "." && MONTHS.test(tokens[i - 2]?.lower ?? ""))) return true;
  if (/^ages?$/.test(tokens[i - 2]?.lower ?? "") || /^ages?$/.test(tokens[i - 3]?.lower ?? "")) return true;
  if (/^(fired|fires|firing|heard|hearing|fire)$/.test(prev)) return true;
  if (
    prev === "then" ||
    prev === "$" ||
    prev === "aged" ||
    prev === "age" ||
    prev === "no" ||
    prev === "not" ||
    prev === "#"
  )
    return true;
  if (next === "-" && /^(year|years|month|week|day)/.test(tokens[end + 1]?.lower ?? "")) return true;
  if (next === "%" || next === "percent") return true;
  return /^(years?|months?)$/.test(next) && tokens[end + 1]?.lower === "old";
}

const SPEECH_WORD = /^(said|says|told|tells|recalled|recounted|described)$/;

/** "a teacher who escaped told reporters", "a witness said": the one who tells, not one counted. */
function isSpeaker(tokens: Token[], end: number): boolean {
  let k = end;
  if (tokens[k]?.lower === "who") {
    const stop = k + 5;
    for (k++; k < stop && tokens[k] && !SPEECH_WORD.test(tokens[k]!.lower); k++);
  }
  return SPEECH_WORD.test(tokens[k]?.lower ?? "");
}

function isIncluded(tokens: Token[], i: number): boolean {
  const a = tokens[i - 1]?.lower ?? "";
  const b = tokens[i - 2]?.lower ?? "";
  return a === "including" || (b === "among" && /^(them|whom|those|the)$/.test(a)) || a === "among";
}

const SELF = /^(himself|herself|themselves)$/;
const MULTIPLES: Record<string, number> = { double: 2, triple: 3, quadruple: 4, quintuple: 5 };
/** Words that can open a special count or a one-person phrase (a fast filter before the rules). */
const TRIGGERS = new Set([
  "no",
  "nobody",
  "none",
  "himself",
  "herself",
  "themselves",
  "took",
  "taking",
  "committed",
  "commits",
  "commit",
  "him",
  "her",
  "fatal",
  "deadly",
  "shooting",
  "murder",
  "killing",
  "death",
  "slaying",
  "homicide",
  "a",
  "an",
  "another",
  "his",
  "their",
  "second",
  "third",
  "the",
  "both",
  "double",
  "murder-suicide",
  "murder-suicides",
  "triple",
  "quadruple",
  "quintuple",
]);

/** A verb whose object is the people it befell: "wounding seven", "killing three". */
const OUTCOME_VERB_ING = /^(killing|wounding|injuring)$/;

/** How far back from its value a running total's subject ("the number of people killed ...") is read. */
const TOTAL_REACH = 24;
/** Verbs a running total moves or stands by ("has risen to 78", "reached 78", "stood at 78"). */
const TOTAL_VERB =
  /^(rose|risen|rise|rises|rising|climbed|climb|climbs|jumped|increased|grew|reached|reach|reaches|hit|hits|stood|stands|stand|is|was|at|to|of)$/;

/**
 * A number that is a running total: "the death toll has risen to 14", "put the toll at nine", "the number
 * of people killed when the ferry sank has risen to 78", "the number of missing stands at 21". Returns the
 * outcome and group it totals, or null. An injury toll is no death toll.
 */
function totalOf(tokens: Token[], i: number): { outcome: RawOutcome; group: CasualtyGroup } | null {
  if (!TOTAL_VERB.test(tokens[i - 1]?.lower ?? "")) return null;
  for (let k = i - 2; k >= Math.max(0, i - TOTAL_REACH); k--) {
    const w = tokens[k]!.lower;
    if (w === "toll") {
      if (k < i - 18) return null;
      return /^(injury|injuries)$/.test(tokens[k - 1]?.lower ?? "")
        ? null
        : { outcome: "killed", group: "all" };
    }
    // "the number of dead", "lowered its count of those killed ... to 3,958", "a tally of the dead"
    if (/^(number|count|tally)$/.test(w) && tokens[k + 1]?.lower === "of") return numberOf(tokens, k + 2);
    // the commas around a name's apposition ("in Brookfield, Wisconsin, was eight") are no clause break
    const cap = (at: number) => /^\p{Lu}/u.test(tokens[at]?.text ?? "");
    const between = cap(k - 1) && (cap(k + 1) || (tokens[k - 2]?.lower === "," && cap(k - 3)));
    if (/^[;:.]$/.test(w) || (w === "," && !between)) return null;
  }
  return null;
}

/** "The fire claimed 14 lives", "cost 14 lives", "14 lives were lost": a count of the dead. */
function livesLost(tokens: Token[], start: number, end: number): boolean {
  if (tokens[end]?.lower !== "lives") return false;
  if (
    /^(claimed|claiming|claims|claim|cost|costing|costs|took|taking|takes|lost|losing)$/.test(
      tokens[start - 1]?.lower ?? "",
    )
  )
    return true;
  const after = tokens.slice(end + 1, end + 4).map((t) => t.lower);
  return (
    after[0] === "lost" || (/^(were|have|had|been)$/.test(after[0] ?? "") && after.slice(1).includes("lost"))
  );
}

/** Auxiliaries between "who" and the outcome: "who have been killed", "who remain missing". */
const RELATIVE_AUX = /^(have|has|had|were|was|been|are|is|remain|remained|remains|still)$/;

/** After "the number of": "(the) dead", "people killed", "civilians wounded", "those missing", "people who died". */
function numberOf(tokens: Token[], from: number): { outcome: RawOutcome; group: CasualtyGroup } | null {
  let k = from;
  if (tokens[k]?.lower === "the") k++;
  let group: CasualtyGroup = "all";
  const noun = tokens[k]?.lower ?? "";
  // "the number of bodies recovered", "the number of bodies found after the boat sank"
  if (/^(bodies|corpses)$/.test(noun)) return { outcome: "killed", group };
  if (/^(people|persons|those|victims)$/.test(noun)) k++;
  else if (GROUP_NOUNS[noun] !== undefined) {
    group = GROUP_NOUNS[noun]!;
    k++;
  }
  // "the number of people who died", "... who have been killed", "... that remain missing"
  if (/^(who|that)$/.test(tokens[k]?.lower ?? "")) {
    const relative = ++k;
    while (k < relative + 3 && RELATIVE_AUX.test(tokens[k]?.lower ?? "")) k++;
  }
  if (tokens[k]?.lower === "confirmed") k++;
  const outcome = OUTCOME_WORDS[tokens[k]?.lower ?? ""];
  if (outcome === undefined || outcome === "shot") return null;
  return { outcome, group };
}

const OBJECT_PRONOUN = /^(him|her)$/;
const FATAL_EVENT = /^(murder|killing|death|slaying|homicide)$/;
const ZERO_SUBJECTS = /^(nobody|none)$/;

/** "fatal shooting", "deadly Christmas Day shooting": the event noun after a few capitalized words. */
function eventNounAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (/^(shooting|shootings|attack|stabbing)$/.test(tokens[k]!.lower)) return true;
    if (!/^\p{Lu}/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** "three counts of murder": one death per count. */
function countsOfMurder(tokens: Token[], end: number): boolean {
  if (!/^counts?$/.test(tokens[end]?.lower ?? "") || tokens[end + 1]?.lower !== "of") return false;
  for (let k = end + 2; k < Math.min(tokens.length, end + 6); k++) {
    const w = tokens[k]!.lower;
    if (/^(attempted|attempt)$/.test(w)) return false;
    if (/^(murder|homicide|manslaughter)$/.test(w)) return true;
  }
  return false;
}

function specialCounts(tokens: Token[], i: number): PeopleCount | null {
  const t = tokens[i]!.lower;
  const base = { countMax: null, qualifier: "exact" as const, included: false, vague: false };
  const head: PeopleHead = { group: "all", label: null, end: i + 1, partitive: false };
  if (t === "no" && tokens[i + 1]?.lower === "one") {
    return {
      ...base,
      from: i,
      to: i + 2,
      count: 0,
      head: { ...head, end: i + 2 },
      additional: false,
      fixedOutcome: null,
    };
  }
  if (
    ZERO_SUBJECTS.test(t) ||
    (t === "no" && /^(other|injuries|one|deaths|casualties|fatalities)$/.test(tokens[i + 1]?.lower ?? ""))
  ) {
    const n = tokens[i + 1]?.lower ?? "";
    const fixed: RawOutcome | null =
      n === "injuries" ? "injured" : /^(deaths|fatalities)$/.test(n) ? "killed" : null;
    const to = fixed ? i + 2 : i + 1;
    return {
      ...base,
      from: i,
      to,
      count: 0,
      head: { ...head, end: to },
      additional: false,
      fixedOutcome: fixed,
    };
  }
  if (
    OBJECT_PRONOUN.test(t) &&
    /^(shot|killed|killing|shooting|wounded|wounding|injured|injuring|stabbed|stabbing|struck)$/.test(
      tokens[i - 1]?.lower ?? "",
    )
  ) {
    return { ...base, from: i, to: i + 1, count: 1, head, additional: false, fixedOutcome: null };
  }
  const fatalEvent =
    (/^(fatal|deadly)$/.test(t) && eventNounAfter(tokens, i + 1)) ||
    (t === "homicide" &&
      !/^(attempted|attempt)$/.test(tokens[i - 1]?.lower ?? "") &&
      !/^(detectives?|division|unit|investigators?|squad|bureau|report|dets|dept|department|section)$/.test(
        tokens[i + 1]?.lower ?? "",
      )) ||
    (t === "shooting" && tokens[i + 1]?.lower === "death") ||
    (FATAL_EVENT.test(t) && tokens[i + 1]?.lower === "of" && tokens[i - 1]?.lower !== "attempted") ||
    (t === "murder" &&
      /^(with|of)$/.test(tokens[i - 1]?.lower ?? "") &&
      tokens[i - 2]?.lower !== "attempted");
  if (fatalEvent) {
    return {
      ...base,
      from: i,
      to: i + 1,
      count: 1,
      head,
      additional: false,
      fixedOutcome: "killed",
      weak: true,
    };
  }
  const noGroup = t === "no" ? GROUP_NOUNS[tokens[i + 1]?.lower ?? ""] : undefined;
  if (noGroup !== undefined) {
    const label = tokens[i + 1]!.text;
    return {
      ...base,
      from: i,
      to: i + 2,
      count: 0,
      head: { group: noGroup, label, end: i + 2, partitive: false },
      additional: false,
      fixedOutcome: null,
    };
  }
  if (t === "both" && /^(were|died|have|are)$/.test(tokens[i + 1]?.lower ?? "")) {
    return { ...base, from: i, to: i + 1, count: 2, head, additional: false, fixedOutcome: null };
  }
  // "Both teens died": two people, of the group their noun names
  const both = t === "both" && i + 1 < tokens.length ? readPeopleHead(tokens, i + 1, false) : null;
  if (both && both.end > i + 1 && !both.partitive) {
    return { ...base, from: i, to: both.end, count: 2, head: both, additional: false, fixedOutcome: null };
  }
  if (t === "murder-suicide" || t === "murder-suicides") {
    const before = MULTIPLES[tokens[i - 1]?.lower ?? ""];
    const count = (before ?? 1) + 1;
    return {
      ...base,
      from: i,
      to: i + 1,
      count,
      head,
      additional: false,
      fixedOutcome: "killed",
      weak: true,
    };
  }
  const multiple = MULTIPLES[t];
  if (
    multiple !== undefined &&
    /^(shootings?|homicides?|murders?|killings?)$/.test(tokens[i + 1]?.lower ?? "")
  ) {
    const fixed: RawOutcome = /^shooting/.test(tokens[i + 1]!.lower) ? "shot" : "killed";
    return {
      ...base,
      from: i,
      to: i + 2,
      count: multiple,
      head: { ...head, end: i + 2 },
      additional: false,
      fixedOutcome: fixed,
      total: true,
    };
  }
  if (SELF.test(t))
    return { ...base, from: i, to: i + 1, count: 1, head, additional: true, fixedOutcome: null };
  if ((t === "took" || t === "taking") && tokens[i + 2]?.lower === "own" && tokens[i + 3]?.lower === "life") {
    return {
      ...base,
      from: i,
      to: i + 4,
      count: 1,
      head: { ...head, end: i + 4 },
      additional: true,
      fixedOutcome: "killed",
    };
  }
  if (/^committ/.test(t) && tokens[i + 1]?.lower === "suicide") {
    return {
      ...base,
      from: i,
      to: i + 2,
      count: 1,
      head: { ...head, end: i + 2 },
      additional: true,
      fixedOutcome: "killed",
    };
  }
  return null;
}

const ONE = {
  count: 1,
  countMax: null,
  qualifier: "exact" as const,
  included: false,
  additional: false,
  vague: false,
  fixedOutcome: null,
};

/** Every count of people in a sentence's tokens: numbers with people nouns, "a man", "no one". */
type FoundNumber = ReturnType<typeof findNumbersInTokens>[number];

/**
 * "All but two of the 181 people on board were killed": the whole (181) stands for 179, and the two
 * spared are no count of their own. Returns the wholes with how many they spare, and the spared numbers.
 */
function allButCounts(
  tokens: Token[],
  numbers: readonly FoundNumber[],
): { whole: Map<FoundNumber, number>; spared: Set<FoundNumber> } {
  const whole = new Map<FoundNumber, number>();
  const spared = new Set<FoundNumber>();
  for (const n of numbers) {
    if (tokens[n.tokenStart - 2]?.lower !== "all" || tokens[n.tokenStart - 1]?.lower !== "but") continue;
    let k = n.tokenEnd;
    if (tokens[k]?.lower !== "of") continue;
    k++;
    if (/^(the|those)$/.test(tokens[k]?.lower ?? "")) k++;
    const of = numbers.find((m) => m.tokenStart === k);
    if (!of || of.value <= n.value) continue;
    whole.set(of, n.value);
    spared.add(n);
  }
  return { whole, spared };
}

export function findPeopleCounts(tokens: Token[], surnames: Set<string> = new Set()): PeopleCount[] {
  const counts: PeopleCount[] = [];
  const numbers = findNumbersInTokens(tokens);
  const taken = new Set<number>();
  const allBut = allButCounts(tokens, numbers);
  for (const n of numbers) {
    for (let k = n.tokenStart; k < n.tokenEnd; k++) taken.add(k);
    if (isAge(tokens, n.coreStart, n.tokenEnd) || allBut.spared.has(n)) continue;
    const spared = allBut.whole.get(n) ?? 0;
    const lives = livesLost(tokens, n.tokenStart, n.tokenEnd);
    const total = lives ? null : totalOf(tokens, n.tokenStart);
    const toll = total !== null || countsOfMurder(tokens, n.tokenEnd);
    const head =
      toll || lives
        ? { group: total?.group ?? "all", label: null, end: n.tokenEnd + (lives ? 1 : 0), partitive: false }
        : (readPeopleHead(tokens, n.tokenEnd, n.value === 1) ??
          // "killing four people and wounding seven before ...": the verb's object is people
          (OUTCOME_VERB_ING.test(tokens[n.tokenStart - 1]?.lower ?? "")
            ? { group: "all" as const, label: null, end: n.tokenEnd, partitive: false }
            : null));
    if (!head) continue;
    counts.push({
      from: n.tokenStart,
      to: head.end,
      count: n.value - spared,
      countMax: n.max === null ? null : n.max - spared,
      qualifier: n.qualifier,
      head,
      included: !lives && isIncluded(tokens, n.tokenStart),
      additional: false,
      vague: n.vague,
      fixedOutcome: toll || lives ? (total?.outcome ?? "killed") : null,
      ...(toll ? { total: true } : {}),
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const named = readNamedPerson(tokens, i, surnames);
    if (named) {
      counts.push({ ...ONE, from: i, to: named.end, head: named });
      i = named.end - 1;
      continue;
    }
    const lower = tokens[i]!.lower;
    if (
      !(TRIGGERS.has(lower) || PERSON_NOUNS[lower] !== undefined || (i === 0 && GROUP_MODIFIERS.has(lower)))
    )
      continue;
    const special = specialCounts(tokens, i);
    if (special) {
      counts.push(special);
      i = special.to - 1;
      continue;
    }
    const head = readOnePerson(tokens, i, i === 0 || /^["“'‘]$/.test(tokens[i - 1]!.text));
    if (!head || isSpeaker(tokens, head.end)) continue;
    const det = tokens[i]!.lower;
    const prevWord = tokens[i - 1]?.lower ?? "";
    if (prevWord === "by" || (prevWord === "with" && !/^(along|together)$/.test(tokens[i - 2]?.lower ?? "")))
      continue;
    const pair =
      tokens[head.end]?.lower === "and" && PERSON_NOUNS[tokens[head.end + 1]?.lower ?? ""] !== undefined;
    counts.push({
      ...(det === "the" || head.end === i + 1 ? { definite: true } : {}),
      from: i,
      to: pair ? head.end + 2 : head.end,
      count: pair ? 2 : 1,
      countMax: null,
      qualifier: "exact",
      head,
      included: isIncluded(tokens, i),
      additional:
        det === "another" || (det !== "the" && /^(second|third|other)$/.test(tokens[i + 1]?.lower ?? "")),
      vague: false,
      fixedOutcome: null,
    });
    i = head.end - 1;
  }
  return keepOneWeak(counts.sort((a, b) => a.from - b.from));
}

/** Keeps the first event word of a sentence ("a fatal shooting"); the others say the same death. */
function keepOneWeak(counts: PeopleCount[]): PeopleCount[] {
  const firstWeak = counts.find((c) => c.weak);
  return counts.filter((c) => !c.weak || c === firstWeak);
}
