import { describe, expect, it } from "vitest";
import type { MapPlace } from "../../model/brief.js";
import { placesSvg } from "./places-svg.js";

const place = (name: string, lat: number, lon: number): MapPlace => ({
  entityId: `e-${name}`,
  name,
  lat,
  lon,
  events: [{ text: `${name} <held>`, articleIds: ["a1"] }],
});

const dots = (svg: string): [number, number][] =>
  [...svg.matchAll(/cx="([\d.-]+)" cy="([\d.-]+)"/g)].map(
    (m) => [Number(m[1]), Number(m[2])] as [number, number],
  );

describe("placesSvg", () => {
  it("draws nothing without places", () => expect(placesSvg([])).toBe(""));

  it("centres a lone place", () => {
    expect(dots(placesSvg([place("Alpha", 10, 20)]))).toEqual([[320, 60]]);
  });

  it("puts north up and east right, inside the frame", () => {
    const svg = placesSvg([place("West", 0, 0), place("East", 0, 10), place("North", 5, 5)]);
    const [w, e, n] = dots(svg);
    expect(w![0]).toBeLessThan(e![0]);
    expect(n![1]).toBeLessThan(w![1]);
    for (const [x, y] of [w!, e!, n!]) expect(x >= 0 && x <= 640 && y >= 0).toBe(true);
  });

  it("states the scale", () => {
    expect(placesSvg([place("West", 0, 0), place("East", 0, 1)])).toContain("about 111 km across");
    expect(placesSvg([place("Alone", 0, 0)])).not.toContain("km across");
  });

  it("escapes names and events", () => {
    const svg = placesSvg([place("A&B", 1, 1)]);
    expect(svg).toContain("A&amp;B &lt;held&gt;");
    expect(svg).not.toContain("<held>");
  });
});
