import type { Claim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import { withoutDateline } from "../normalize/dateline.js";
import { countryNames } from "../resolve/geo/country-names.js";
import { slugOf } from "./entity-ref-key.js";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The countries of the geocoded places a sentence tells a figure in (its dateline left out): a place
 * after "in", "at", "near", "across", "outside" or "from", or a country's possessive ("Haiti's civil
 * protection agency said 23 had died there"), and a country's authorities by their adjective ("Cuban
 * authorities said no deaths had been reported"). A place naming the victims ("12 US service members")
 * says who they were, not where.
 */
function countriesNamed(sentence: string, start: number, places: readonly Entity[]): Set<string> {
  const text = withoutDateline(sentence, start).text;
  const found = new Set<string>();
  for (const place of places) {
    const names = [...new Set([place.name, ...place.aliases])].filter((n) => n.length > 1);
    if (!names.some((n) => text.includes(n))) continue;
    const alternatives = names.map(escapeRegExp).join("|");
    const where = new RegExp(
      `(?:\\b(?:in|at|near|across|outside|inside|throughout|around|from)\\s+(?:the\\s+)?(?:${LISTED})*(?:${alternatives})(?:$|[^\\p{L}])|(?:^|[^\\p{L}])(?:${alternatives})['’]s\\s)`,
      "iu",
    );
    if (where.test(text)) found.add(place.country!);
  }
  for (const m of text.matchAll(AUTHORITIES)) {
    const word = m[1]!;
    const stems = ["n", "an", "ian", "ese", "ish", "i"]
      .filter((end) => word.endsWith(end))
      .map((end) => word.slice(0, -end.length))
      .filter((stem) => stem.length >= 4);
    const country = places.find(
      (p) => p.country && stems.some((stem) => p.name.startsWith(stem)) && isCountryName(p),
    );
    if (country) found.add(country.country!);
  }
  return found;
}

/** Names listed before another after one preposition: "in Haiti and Jamaica", "in Kessel, Varna and Doran". */
const LISTED = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)";

/** "Cuban authorities", "Jamaican officials": a country's adjective before who spoke for it. */
const AUTHORITIES =
  /\b(\p{Lu}\p{Ll}{3,})\s+(?:authorities|officials|government|police|ministry|health ministry|civil protection)\b/gu;

const isCountryName = (place: Entity): boolean =>
  (countryNames().get(place.country ?? "") ?? []).includes(place.name);

/**
 * For a story whose figures are told country by country (a storm across Jamaica and Haiti, an
 * earthquake in Turkey and Syria), the country each casualty figure is told of: the one country of
 * the places its sentence names. A figure whose sentence names no place, or places in several
 * countries ("at least 30 in Haiti and Jamaica"), has none and stays the story's own. Empty when the
 * story's figures name fewer than two countries: then every figure is the story's.
 * Returns claim id -> a topic part ("in-jamaica").
 */
export function countryScopes(claims: readonly Claim[], entities: readonly Entity[]): Map<string, string> {
  const places = entities.filter((e) => e.type === "place" && e.country && e.lat !== null);
  const scoped = new Map<string, string>();
  for (const claim of claims) {
    if (claim.kind !== "casualty" || claim.background) continue;
    const countries = countriesNamed(claim.sentence, claim.start, places);
    if (countries.size === 1) scoped.set(claim.id, [...countries][0]!);
  }
  if (new Set(scoped.values()).size < 2) return new Map();
  const names = countryNames();
  const out = new Map<string, string>();
  for (const [id, code] of scoped) {
    const name = places.find((p) => p.country === code && (names.get(code) ?? []).includes(p.name))?.name;
    out.set(id, `in-${slugOf(name ?? names.get(code)?.[0] ?? code)}`);
  }
  return out;
}
