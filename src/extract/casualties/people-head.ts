import type { CasualtyGroup } from "../../model/index.js";
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

const NOT_PEOPLE = new Set([
  "shots",
  "shot",
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
    return { group: "all", label: null, end: i + 2, partitive: true };
  }
  const nouns = singular ? ANY_NOUNS : GROUP_NOUNS;
  for (let j = i; j < Math.min(tokens.length, i + 5); j++) {
    const t = tokens[j]!;
    if (NOT_PEOPLE.has(t.lower)) return null;
    const group = nouns[t.lower] ?? (singular ? undefined : PERSON_NOUNS[t.lower]);
    if (group !== undefined && !(t.lower === "police" && tokens[j + 1]?.lower === "officers")) {
      if (GROUP_MODIFIERS.has(t.lower) && nouns[tokens[j + 1]?.lower ?? ""] !== undefined) continue;
      let from = j;
      while (
        from > i &&
        /^(pro-|government|regime|security|opposition|army|allied|kurdish|rival)/.test(
          tokens[from - 1]!.lower,
        )
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
    if (!isModifier(t)) break;
  }
  if (BARE_FOLLOWERS.has(first.lower) || OUTCOME_WORDS[first.lower] !== undefined) {
    return { group: "all", label: null, end: i, partitive: false };
  }
  return null;
}

/** A phrase for one person ("a 20-year-old man", "another victim", "his wife"): its head, or null. */
export function readOnePerson(tokens: Token[], i: number, sentenceStart: boolean): PeopleHead | null {
  const t = tokens[i];
  if (!t) return null;
  const det = t.lower;
  const opener = /^(a|an|another|his|her|their|second|third|the)$/.test(det);
  if (!opener) {
    const group = PERSON_NOUNS[det];
    if (sentenceStart && group !== undefined && /^\p{Lu}/u.test(t.text)) {
      return { group, label: t.text, end: i + 1, partitive: false };
    }
    return null;
  }
  for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
    const w = tokens[j]!;
    const group = PERSON_NOUNS[w.lower];
    if (group !== undefined) return { group, label: w.text, end: j + 1, partitive: false };
    if (!(isModifier(w) || /^\d+$/.test(w.text) || w.text === "-")) return null;
  }
  return null;
}
