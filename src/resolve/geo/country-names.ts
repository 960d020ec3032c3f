/**
 * Country names from the runtime's CLDR data (Intl.DisplayNames) in a few languages, plus common
 * English alternatives CLDR does not list. General vocabulary: one entry per country, no story terms.
 */

const EXTRA_ALIASES: Record<string, string[]> = {
  US: ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  GB: ["UK", "U.K.", "Britain", "Great Britain", "England"],
  TR: ["Turkey", "Türkiye", "Turkiye"],
  MM: ["Burma"],
  CI: ["Ivory Coast"],
  CZ: ["Czech Republic"],
  NL: ["Holland", "The Netherlands"],
  RU: ["Russian Federation"],
  // news style (AP, Reuters): "Congo" alone is the Democratic Republic; the other is "Republic of Congo"
  CD: ["Congo", "DRC", "DR Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo"],
  CG: ["Republic of the Congo", "Republic of Congo"],
  KR: ["Korea"],
  KP: ["North Korea"],
  PS: ["Palestine", "Palestinian Territories"],
  VA: ["Vatican", "Holy See"],
  AE: ["UAE", "U.A.E."],
  SZ: ["Swaziland"],
  MK: ["Macedonia"],
  CV: ["Cape Verde"],
  TL: ["East Timor"],
};

const LANGUAGES = ["en", "fr", "es", "de"];
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

let cache: Map<string, string[]> | null = null;

/** ISO 3166-1 alpha-2 code -> every known name of the country (English first). */
export function countryNames(): Map<string, string[]> {
  if (cache) return cache;
  const names = new Map<string, string[]>();
  const displays = LANGUAGES.map(
    (lang) => new Intl.DisplayNames([lang], { type: "region", fallback: "none" }),
  );
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      const found = new Set<string>();
      for (const display of displays) {
        const name = display.of(code);
        if (!name) continue;
        found.add(name);
        const bare = name.replace(/\s*\(.*\)\s*/, "").trim();
        if (bare !== name) found.add(bare);
        const inside = /\((.+)\)/.exec(name)?.[1];
        if (inside) found.add(inside);
      }
      if (found.size === 0) continue;
      for (const extra of EXTRA_ALIASES[code] ?? []) found.add(extra);
      names.set(code, [...found]);
    }
  }
  for (const drop of ["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"]) names.delete(drop);
  // an alias listed above names its country only, whatever another language calls a neighbour
  for (const [code, extras] of Object.entries(EXTRA_ALIASES)) {
    const taken = new Set(extras.map((name) => name.toLowerCase()));
    for (const [other, list] of names)
      if (other !== code)
        names.set(
          other,
          list.filter((name) => !taken.has(name.toLowerCase())),
        );
  }
  cache = names;
  return names;
}
