import { foldName } from "../../resolve/fold-name.js";
import { getGazetteer } from "../../resolve/geo/gazetteer.js";
import { memoize } from "../../resolve/memoize.js";
import { WORLD_REGION_PHRASES, WORLD_REGIONS } from "./cue-words.js";
import { isLexiconPlace } from "./word-lexicon.js";

/** A town this big counts as a known place without any cue around it. */
const KNOWN_TOWN_POPULATION = 15_000;

/** A country, world region, sizeable town or a place the lexicon knows. */
export const isKnownPlace = memoize((phrase: string): boolean => {
  const folded = foldName(phrase);
  if (WORLD_REGIONS.has(folded) || WORLD_REGION_PHRASES.has(folded)) return true;
  const top = getGazetteer().lookup(phrase)[0];
  if (top && (top.kind === "country" || top.population >= KNOWN_TOWN_POPULATION)) return true;
  return isLexiconPlace(folded);
});

/** Any gazetteer entry at all, however small: enough when a cue says "town of". */
export function isGazetteerPlace(phrase: string): boolean {
  return getGazetteer().lookup(phrase).length > 0;
}

/** A country name or country code ("US", "Türkiye"). */
export function isCountry(phrase: string): boolean {
  return getGazetteer().lookup(phrase)[0]?.kind === "country";
}
