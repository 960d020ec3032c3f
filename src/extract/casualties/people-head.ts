import type { CasualtyGroup } from "../../model/index.js";
import { isDemonym } from "../entities/word-lexicon.js";
import type { Token } from "../text/tokenize.js";
import { GROUP_MODIFIERS, GROUP_NOUNS, OUTCOME_WORDS, PERSON_NOUNS } from "./lexicon.js";

/** The people a count is about: their group, the words naming it, and where the phrase ends. */
export interface PeopleHead {
  group: CasualtyGroup;
  label: string | null;
  /** Token index just after the phrase. */
  end: number;
  /** "of them", "of whom": the count is part of people named before. */
  partitive: boolean;
}

/** How badly the people of a part were hurt ("17 of them seriously"); "fatally" is an outcome instead. */
const SEVERITY = /^(?:seriously|critically|severely|gravely|badly)$/;
const SUPERLATIVE =
  /^(?:most|worst|deadliest|biggest|largest|bloodiest|heaviest|fiercest|best|first|last|few)$/;

const NOT_PEOPLE = new Set([
  "shots",
  "rounds",
  "bullets",
  "times",
  "minutes",
  "hours",
  "days",
  "weeks",
  "months",
  "years",
  "miles",
  "km",
  "kilometres",
  "kilometers",
  "meters",
  "metres",
  "feet",
  "percent",
  "%",
  "block",
  "a.m",
  "p.m",
  "am",
  "pm",
  "o'clock",
  "dollars",
  "cars",
  "vehicles",
  "homes",
  "houses",
  "buildings",
  "year-old",
  "year",
  "counts",
  "charges",
  "casings",
  "guns",
  "weapons",
  "rifles",
  "handguns",
  "feet",
  "points",
]);
const BARE_FOLLOWERS = new Set([
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "remain",
  "remained",
  "died",
  "others",
  "more",
  ",",
  "and",
  "in",
  "on",
  ".",
  "people",
  "dead",
]);

const ANY_NOUNS: Record<string, CasualtyGroup> = { ...GROUP_NOUNS, ...PERSON_NOUNS };

function isModifier(t: Token): boolean {
  if (GROUP_MODIFIERS.has(t.lower) || t.lower.endsWith("'s")) return true;
  return /^\p{Lu}/u.test(t.text) && !GROUP_NOUNS[t.lower] && !PERSON_NOUNS[t.lower];
}

/**
 * Reads the people named after a count at token `i`: "civilians", "pro-government forces", "young
 * children", "of them"; or none at all before a verb ("two were killed"). Null when the count is of
 * something else (shots, years, dollars).
 */
export function readPeopleHead(tokens: Token[], i: number, singular: boolean): PeopleHead | null {
  const first = tokens[i];
  if (!first) return { group: "all", label: null, end: i, partitive: false };
  if (first.lower === "of" && /^(them|whom|those|the)$/.test(tokens[i + 1]?.lower ?? "")) {
    const after = tokens[i + 2];
    const named = after ? GROUP_NOUNS[after.lower] : undefined;
    if (after && named !== undefined) return { group: named, label: after.text, end: i + 3, partitive: true };
    // "121 injured, 17 of them seriously": the badly hurt are a part of their own, not a second total.
    if (after && SEVERITY.test(after.lower))
      return { group: "other", label: after.text, end: i + 3, partitive: true };
    // "one of the deadliest fires": a rank among things, not a count of people; "six of the seven
    // wounded": the seven are the count, the six only some of them
    if (
      after &&
      (SUPERLATIVE.test(after.lower) ||
        /^\d|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)$/.test(after.lower))
    )
      return null;
    return { group: "all", label: null, end: i + 2, partitive: true };
  }
  // "seven wounded, two in critical condition": the badly hurt are a part of their own
  if (
    first.lower === "in" &&
    /^(?:critical|serious|grave|stable|fair|poor)$/.test(tokens[i + 1]?.lower ?? "") &&
    tokens[i + 2]?.lower === "condition"
  )
    return { group: "other", label: `in ${tokens[i + 1]!.text} condition`, end: i + 3, partitive: true };
  const nouns = singular ? ANY_NOUNS : GROUP_NOUNS;
  for (let j = i; j < Math.min(tokens.length, i + 5); j++) {
    const t = tokens[j]!;
    if (NOT_PEOPLE.has(t.lower)) return null;
    // "12 US service members", "90 Afghans": soldiers by another name; people named by their country
    const serviceMembers = t.lower === "members" && tokens[j - 1]?.lower === "service";
    const nationals = !singular && /^\p{Lu}\p{Ll}+s$/u.test(t.text) && isDemonym(t.text);
    const group =
      (serviceMembers ? "combatants" : undefined) ??
      nouns[t.lower] ??
      (singular ? undefined : PERSON_NOUNS[t.lower]) ??
      (nationals ? "other" : undefined);
    if (group !== undefined && !(t.lower === "police" && tokens[j + 1]?.lower === "officers")) {
      if (GROUP_MODIFIERS.has(t.lower) && nouns[tokens[j + 1]?.lower ?? ""] !== undefined) continue;
      let from = j;
      while (
        from > i &&
        (/^(pro-|government|regime|security|opposition|army|allied|kurdish|rival|service)/.test(
          tokens[from - 1]!.lower,
        ) ||
          // "28 Taliban members", "12 US service members": whose members; "nine South Africans"
          (/^\p{Lu}/u.test(tokens[from - 1]!.text) &&
            (!nationals || /^(?:south|north|east|west|new|saudi|sri)$/.test(tokens[from - 1]!.lower))))
      )
        from--;
      const label = tokens
        .slice(from, j + 1)
        .map((x) => x.text)
        .join(" ")
        .replace(/ - /g, "-");
      return { group, label, end: j + 1, partitive: false };
    }
    if (OUTCOME_WORDS[t.lower] !== undefined && j === i) break;
    if (t.lower === "civilian" && OUTCOME_WORDS[tokens[j + 1]?.lower ?? ""] !== undefined) {
      return { group: "civilians", label: "civilian", end: j + 1, partitive: false };
    }
    if (!isModifier(t) && !(t.lower === "service" && tokens[j + 1]?.lower === "members")) break;
  }
  if (BARE_FOLLOWERS.has(first.lower) || OUTCOME_WORDS[first.lower] !== undefined) {
    return { group: "all", label: null, end: i, partitive: false };
  }
  return null;
}

/** Nouns a person noun can qualify as a kind of thing: "a passenger train", "a worker's permit" is not one. */
const THINGS_OF_PEOPLE =
  /^(trains?|bus|buses|planes?|jets?|aircraft|airliners?|ferry|ferries|ships?|boats?|vessels?|cars?|coach|coaches|vans?|vehicles?|flights?|carriages?|wagons?|terminals?|stations?|lists?|manifests?|seats?|compartments?|services?)$/;

/** A phrase for one person ("a 20-year-old man", "another victim", "his wife"): its head, or null. */
export function readOnePerson(tokens: Token[], i: number, sentenceStart: boolean): PeopleHead | null {
  const t = tokens[i];
  if (!t) return null;
  const det = t.lower;
  const opener = /^(a|an|another|his|her|their|second|third|the)$/.test(det);
  if (!opener) {
    const group = PERSON_NOUNS[det];
    const headline = /^(dead|killed|shot|injured|wounded|hurt|hospitalized|critical)$/.test(
      tokens[i + 1]?.lower ?? "",
    );
    if ((sentenceStart || headline) && group !== undefined && /^\p{Lu}/u.test(t.text)) {
      return { group, label: t.text, end: i + 1, partitive: false };
    }
    const noun = tokens[i + 1];
    const nounGroup = noun ? PERSON_NOUNS[noun.lower] : undefined;
    if (sentenceStart && nounGroup !== undefined && GROUP_MODIFIERS.has(det) && /^\p{Lu}/u.test(t.text)) {
      return { group: nounGroup, label: noun!.text, end: i + 2, partitive: false };
    }
    return null;
  }
  if (/^(another|other)$/.test(det) && tokens[i + 1]?.lower === "with") {
    return { group: "all", label: t.text, end: i + 1, partitive: false };
  }
  for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
    const w = tokens[j]!;
    const group = PERSON_NOUNS[w.lower];
    // "a passenger train", "a police station": the person noun names a kind of thing
    if (group !== undefined && THINGS_OF_PEOPLE.test(tokens[j + 1]?.lower ?? "")) return null;
    if (group !== undefined) return { group, label: w.text, end: j + 1, partitive: false };
    const nextWord = tokens[j + 1];
    if (w.lower === "year-old" && !(nextWord && (PERSON_NOUNS[nextWord.lower] || isModifier(nextWord)))) {
      return { group: "all", label: w.text, end: j + 1, partitive: false };
    }
    const compound = /^\p{Ll}+$/u.test(w.text) && PERSON_NOUNS[tokens[j + 1]?.lower ?? ""] !== undefined;
    if (!(isModifier(w) || compound || /^\d+$/.test(w.text) || w.text === "-")) {
      return /^(a|an|another)$/.test(det) ? readAnyVictim(tokens, j) : null;
    }
  }
  return null;
}

const PASSIVE_HARM = /^(shot|killed|slain|murdered|stabbed|wounded|injured)$/;

/** "a store owner was fatally shot": any noun phrase that is then shot, killed or wounded. */
function readAnyVictim(tokens: Token[], from: number): PeopleHead | null {
  for (let j = from; j < Math.min(tokens.length, from + 4); j++) {
    const w = tokens[j]!.lower;
    if (!/^\p{L}/u.test(w) || /^(who|that|which|and|or)$/.test(w)) return null;
    if (w !== "was" && w !== "is") continue;
    let k = j + 1;
    while (/^(fatally|critically|seriously|reportedly|allegedly|accidentally)$/.test(tokens[k]?.lower ?? ""))
      k++;
    const next = tokens[k]?.lower ?? "";
    const ordinal = /^(second|third|another|other)$/.test(tokens[j - 1]?.lower ?? "");
    if ((j > from || ordinal) && (PASSIVE_HARM.test(next) || next === "found")) {
      return { group: "all", label: tokens[j - 1]!.text, end: j, partitive: false };
    }
    return null;
  }
  return null;
}

/** Words that make a capitalized run an organization or a place rather than a person. */
const NOT_PERSON_WORDS = new Set([
  "police",
  "county",
  "department",
  "street",
  "avenue",
  "road",
  "drive",
  "boulevard",
  "hospital",
  "news",
  "city",
  "office",
  "court",
  "school",
  "university",
  "center",
  "centre",
  "park",
  "church",
  "state",
  "sheriff's",
  "district",
  "station",
  "house",
  "times",
  "report",
  "medical",
  "coroner's",
  "fire",
  "high",
  "bank",
  "store",
  "mall",
  "club",
  "hotel",
  "apartments",
  "lane",
  "way",
  "place",
  "square",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "aug",
  "sept",
  "oct",
  "nov",
  "dec",
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "after",
  "before",
  "when",
  "police:",
  "authorities",
  "officials",
  "investigators",
  "detectives",
  "deputies",
  "officers",
]);

const isCap = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);

/**
 * A named person ("Isaac Duran", "Duran" once the full name was seen) followed, maybe after an
 * apposition (", a 19-year-old man,"), by what happened to them.
 */
export function readNamedPerson(tokens: Token[], i: number, surnames: Set<string>): PeopleHead | null {
  if (!isCap(tokens[i]) || isCap(tokens[i - 1])) return null;
  let j = i;
  while (isCap(tokens[j]) || (tokens[j]?.text === "." && tokens[j - 1]?.text.length === 1)) {
    if (NOT_PERSON_WORDS.has(tokens[j]!.lower)) return null;
    j++;
  }
  const words = j - i;
  if (words < 2 && !surnames.has(tokens[i]!.lower)) return null;
  if (words > 4) return null;
  let end = j;
  if (tokens[end]?.lower === "of" && isCap(tokens[end + 1])) {
    end += 1;
    while (isCap(tokens[end]) && end < j + 5) end++;
  }
  if (tokens[end]?.text === ",") {
    let k = end + 1;
    while (k < Math.min(tokens.length, end + 16) && tokens[k]!.text !== ",") k++;
    if (tokens[k]?.text === ",") end = k + 1;
  }
  const next = tokens[end]?.lower ?? "";
  if (!/^(was|is|has|had|died|dies|were)$/.test(next)) return null;
  return {
    group: "all",
    label: tokens
      .slice(i, j)
      .map((t) => t.text)
      .join(" "),
    end,
    partitive: false,
  };
}

/** Last names of the people named in full in a text ("Isaac Duran" -> "duran"). */
export function collectSurnames(tokensBySentence: Token[][]): Set<string> {
  const names = new Set<string>();
  for (const tokens of tokensBySentence) {
    for (let i = 0; i < tokens.length; i++) {
      if (!isCap(tokens[i]) || isCap(tokens[i - 1])) continue;
      let j = i;
      while (isCap(tokens[j]) && !NOT_PERSON_WORDS.has(tokens[j]!.lower)) j++;
      if (j - i >= 2 && j - i <= 4 && !isCap(tokens[j])) names.add(tokens[j - 1]!.lower);
      i = j;
    }
  }
  return names;
}
