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

/**
 * Place keys of an article: the places it was given (from entity resolution), plus any of its proper
 * names that `isPlace` recognises (countries by default; the pipeline may pass a gazetteer lookup).
 */
export function placeKeys(
  names: readonly string[],
  given: readonly string[] | undefined,
  isPlace: (name: string) => boolean = isCountryName,
): string[] {
  const keys = new Set<string>((given ?? []).map((place) => place.toLowerCase()));
  for (const name of names) {
    if (isPlace(name)) keys.add(name.toLowerCase());
  }
  return [...keys];
}
