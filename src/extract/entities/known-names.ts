import { foldName } from "../../resolve/fold-name.js";
import { getGazetteer } from "../../resolve/geo/gazetteer.js";
import { memoize } from "../../resolve/memoize.js";
import { WORLD_REGION_PHRASES, WORLD_REGIONS } from "./cue-words.js";
import { isCommonWord, isFirstName, isLexiconPlace, isPersonName } from "./word-lexicon.js";

/** A town this big counts as a known place without any cue around it. */
const KNOWN_TOWN_POPULATION = 15_000;

/** A country, world region, sizeable town or a place the lexicon knows. */
export const isKnownPlace = memoize((phrase: string): boolean => {
  const folded = foldName(phrase);
  if (WORLD_REGIONS.has(folded) || WORLD_REGION_PHRASES.has(folded)) return true;
  const top = getGazetteer().lookup(phrase)[0];
  if (top && (top.kind === "country" || top.population >= KNOWN_TOWN_POPULATION)) return true;
  // "District of Columbia", "North Kivu": a region's name of several words is no ordinary phrase
  if (/\s/.test(phrase.trim()) && getGazetteer().regions(phrase).length > 0) return true;
  // "Peloponnese", "Ishikawa": a one-word region's name that is no English word or name of a person
  if (isRegionName(phrase) && !isCommonWord(phrase) && !isPersonName(phrase)) return true;
  return isLexiconPlace(folded);
});

/**
 * A single word that the gazetteer knows as a town but that is first an English word or a first name
 * ("Most", "Man", "Spring", "Mary", "Eden"): a place only when the words around it say so ("in Most").
 * Countries, world regions and places the lexicon knows ("Paris", "Tulsa") are not ambiguous.
 */
export const isAmbiguousTownWord = memoize((word: string): boolean => {
  if (word.includes(" ") || !isKnownPlace(word)) return false;
  const folded = foldName(word);
  if (WORLD_REGIONS.has(folded) || isLexiconPlace(folded) || isCountry(word)) return false;
  return isCommonWord(word) || isFirstName(word);
});

/** Any gazetteer entry at all, however small: enough when a cue says "town of". */
export function isGazetteerPlace(phrase: string): boolean {
  return getGazetteer().lookup(phrase).length > 0;
}

/** A first-level region's name ("Texas", "North Kivu"). */
export function isRegionName(phrase: string): boolean {
  return getGazetteer().regions(phrase).length > 0;
}

/** A country name or country code ("US", "Türkiye"). */
export function isCountry(phrase: string): boolean {
  return getGazetteer().lookup(phrase)[0]?.kind === "country";
}
