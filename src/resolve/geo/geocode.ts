import { type GazetteerPlace, getGazetteer } from "./gazetteer.js";

/** Where a place name points, with how sure we are (0..1). */
export interface GeoHit {
  placeId: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  confidence: number;
}

/** A place to geocode: a key of the caller's choosing and every spelling seen for it. */
export interface PlaceQuery {
  key: string;
  names: string[];
}

/** Below this confidence no coordinates are given: none is better than a wrong one. */
export const MIN_GEO_CONFIDENCE = 0.5;
const NEAR_KM = 300;
/** A region scores as a town of ten million people would: above any town of its name but its seat. */
const REGION_SCORE = 7;
/** A region's centre may lie far from its towns. */
const REGION_NEAR_KM = 600;

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

function candidatesOf(query: PlaceQuery): GazetteerPlace[] {
  const gazetteer = getGazetteer();
  const seen = new Set<GazetteerPlace>();
  for (const name of query.names) {
    for (const place of gazetteer.lookup(name)) seen.add(place);
    for (const place of gazetteer.regions(name)) seen.add(place);
  }
  return [...seen];
}

interface Context {
  /** Countries the places name or clearly lie in, each with the keys of the queries that put it there. */
  countries: Map<string, Set<string>>;
  points: GazetteerPlace[];
  /** States and provinces the story names, placed with confidence: a town in one is likely meant. */
  regions: GazetteerPlace[];
}

/**
 * Whether another of the story's places puts `country` in context: a lone name's own country is no
 * evidence for it ("the village of Kuma" is not in Indonesia because Kuma, Indonesia is its only match).
 */
function inContext(country: string, key: string, context: Context): boolean {
  const keys = context.countries.get(country);
  return keys !== undefined && [...keys].some((k) => k !== key);
}

function score(place: GazetteerPlace, key: string, context: Context, rivals: GazetteerPlace[]): number {
  if (place.kind === "country") return 20;
  // a state or province outranks a small town of its name ("California", Maryland), not a large city
  // ("New York", "Aleppo") or a capital
  if (place.kind === "region") {
    let region = REGION_SCORE;
    if (inContext(place.country, key, context)) region += 3;
    // near the story's other towns (not the town of its own name)
    if (context.points.some((p) => !rivals.includes(p) && distanceKm(p, place) < REGION_NEAR_KM)) region += 2;
    return region;
  }
  let total = Math.log10(place.population + 10);
  if (place.featureCode === "PPLC") total += 2;
  else if (place.featureCode === "PPLA") total += 1.5;
  // the seat of a region of its name ("Idlib", "Kharkiv"): the name means both, the town is the point
  const seat = place.featureCode === "PPLC" || place.featureCode === "PPLA";
  if (seat && rivals.some((r) => isRegionAround(r, place))) total += 2;
  if (inContext(place.country, key, context)) total += 3;
  if (context.points.some((p) => p !== place && distanceKm(p, place) < NEAR_KM)) total += 2;
  // "Lisbon" in a story of Lewiston, Maine: the town of that name in the state the story names
  if (context.regions.some((r) => !rivals.includes(r) && isRegionAround(r, place))) total += 3;
  return total;
}

const isRegionAround = (region: GazetteerPlace, town: GazetteerPlace): boolean =>
  region.kind === "region" && region.country === town.country && distanceKm(region, town) < REGION_NEAR_KM;

function pick(candidates: GazetteerPlace[], key: string, context: Context): GeoHit | null {
  const ranked = candidates
    .map((place) => ({ place, value: score(place, key, context, candidates) }))
    .sort((a, b) => b.value - a.value);
  const top = ranked[0];
  if (!top) return null;
  const margin = ranked[1] ? top.value - ranked[1].value : 1;
  const { place } = top;
  const population = place.population >= 100_000 ? 0.15 : place.population >= 10_000 ? 0.05 : 0;
  const contextBonus = inContext(place.country, key, context) ? 0.25 : 0;
  const confidence =
    place.kind === "country"
      ? 0.95
      : Math.min(0.99, 0.3 + 0.15 * Math.min(margin, 3) + contextBonus + population);
  return {
    placeId: place.id,
    name: place.name,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
    confidence,
  };
}

/**
 * Geocodes the places of one story or article together: each is ranked by population, by the
 * countries the others name or unambiguously lie in, and by nearness to the others' confident hits.
 * Returns a hit (possibly below MIN_GEO_CONFIDENCE) or null per query key.
 */
export function geocodePlaces(queries: PlaceQuery[]): Map<string, GeoHit | null> {
  const candidates = new Map(queries.map((q) => [q.key, candidatesOf(q)]));
  const context: Context = { countries: new Map(), points: [], regions: [] };
  for (const [key, list] of candidates) {
    const first = list[0];
    if (!first) continue;
    const second = list[1];
    const clear =
      first.kind === "country" || !second || first.population >= 10 * Math.max(second.population, 1);
    if (clear)
      context.countries.set(first.country, (context.countries.get(first.country) ?? new Set()).add(key));
  }
  const firstPass = new Map<string, GeoHit | null>();
  for (const [key, list] of candidates) firstPass.set(key, pick(list, key, context));
  for (const [key, hit] of firstPass) {
    if (!hit || hit.confidence < 0.7) continue;
    const place = candidates.get(key)?.find((p) => p.id === hit.placeId);
    if (place && place.kind === "city") context.points.push(place);
    if (place && place.kind === "region") context.regions.push(place);
  }
  const result = new Map<string, GeoHit | null>();
  for (const [key, list] of candidates) result.set(key, pick(list, key, context));
  return result;
}
