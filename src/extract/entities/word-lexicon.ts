import { createRequire } from "node:module";
import { memoize } from "../../resolve/memoize.js";
import { CALENDAR_WORDS } from "./cue-words.js";

/**
 * Word knowledge from compromise's shipped lexicon (tags per lower-case word): first names,
 * places, demonyms, weekdays and months, and common words that are not names.
 */

type Lexicon = Record<string, string | string[]>;

const NAME_TAGS = new Set([
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Person",
  "Place",
  "Country",
  "City",
  "Region",
  "Organization",
  "ProperNoun",
  "SportsTeam",
]);
const FIRST_NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "Person"]);
const PERSON_NAME_TAGS = new Set([...FIRST_NAME_TAGS, "LastName"]);
const PLACE_TAGS = new Set(["Place", "Country", "City", "Region"]);
const CALENDAR_TAGS = new Set(["WeekDay", "Month", "Date", "Holiday"]);

let lexicon: Lexicon | null = null;

/** compromise's lexicon, loaded on first use so that commands which extract nothing start fast. */
function getLexicon(): Lexicon {
  if (!lexicon) {
    const nlp = createRequire(import.meta.url)("compromise/two") as {
      model(): { one: { lexicon: Lexicon } };
    };
    lexicon = nlp.model().one.lexicon;
  }
  return lexicon;
}

export function wordTags(word: string): string[] {
  const tags = getLexicon()[word.toLowerCase()];
  if (tags === undefined) return [];
  return typeof tags === "string" ? [tags] : tags;
}

const hasAny = (tags: string[], set: Set<string>): boolean => tags.some((t) => set.has(t));

/** A first name ("Sean", "Oleg"). */
export function isFirstName(word: string): boolean {
  return hasAny(wordTags(word), FIRST_NAME_TAGS);
}

/** A first or last name the lexicon knows ("Sean", "Harding"). */
export function isPersonName(word: string): boolean {
  return hasAny(wordTags(word), PERSON_NAME_TAGS);
}

/** "male" or "female" for a first name the lexicon gives one gender ("Luke", "Anita"), else null. */
export function firstNameGender(word: string): "male" | "female" | null {
  const tags = wordTags(word);
  const male = tags.includes("MaleName");
  const female = tags.includes("FemaleName");
  return male === female ? null : male ? "male" : "female";
}

/** A place the lexicon knows (country, city, region). */
export function isLexiconPlace(phrase: string): boolean {
  return hasAny(wordTags(phrase), PLACE_TAGS);
}

export function isDemonym(word: string): boolean {
  const tags = wordTags(word);
  return tags.includes("Demonym") || (/(?:ian|ish|ese|ean|i)s?$/i.test(word) && tags.includes("Adjective"));
}

/** An adjective by its ending ("Islamist", "Kurdish"), unless it is a first name. */
export function looksLikeAdjective(word: string): boolean {
  return /\p{Ll}(?:ist|ic|ian|ean|ese|ish|ern|ite)$/u.test(word) && !isFirstName(word);
}

const VERB_TAGS = new Set([
  "PastTense",
  "PresentTense",
  "Infinitive",
  "Modal",
  "Copula",
  "Adverb",
  "Gerund",
  "Auxiliary",
]);

/** A verb or adverb ("said", "has", "also"): what follows a subject, not what an adjective qualifies. */
export function isVerbLike(word: string): boolean {
  return hasAny(wordTags(word), VERB_TAGS);
}

/** Weekday, month, holiday: never an entity on its own. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORDS.has(word.toLowerCase()) || hasAny(wordTags(word), CALENDAR_TAGS);
}

function isCommonByTags(tags: string[]): boolean {
  return tags.length > 0 && !hasAny(tags, NAME_TAGS);
}

/** A common English word (verb, adjective, noun...) and no name, trying simple inflections too. */
export const isCommonWord = memoize(function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  const own = wordTags(lower);
  if (isCommonByTags(own)) return true;
  // a name the lexicon knows is no inflected common word ("Harding" is not "hard" + "-ing")
  if (hasAny(own, NAME_TAGS)) return false;
  for (const [suffix, replacement] of [
    ["ies", "y"],
    ["es", ""],
    ["s", ""],
    ["ed", ""],
    ["ed", "e"],
    ["ing", ""],
    ["ing", "e"],
    ["ly", ""],
  ] as const) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) {
      if (isCommonByTags(wordTags(lower.slice(0, -suffix.length) + replacement))) return true;
    }
  }
  return false;
});
