import { describe, expect, it } from "vitest";
import type { MapPlace } from "../../model/brief.js";
import { placesSvg } from "./places-svg.js";

const place = (name: string, lat: number, lon: number, scope: MapPlace["scope"] = "local"): MapPlace => ({
  entityId: `e-${name}`,
  name,
  lat,
  lon,
  scope,
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

  it("leaves whole countries off a map of towns, naming them in a caption", () => {
    // the country's point is its capital, 300 km from the towns: drawn, it would stretch the frame
    const svg = placesSvg([
      place("Harrow", 36.2, 37.1),
      place("Lindel", 36.3, 37.2),
      place("Ostia", 33.5, 36.3, "country"),
    ]);
    expect(dots(svg)).toHaveLength(2);
    expect(svg).toContain("Whole countries, not drawn: Ostia");
    expect(svg).toContain("about 11 km across");
  });

  it("draws countries as rings when the story names no town", () => {
    const svg = placesSvg([place("Ostia", 33.5, 36.3, "country"), place("Vale", 39.9, 32.9, "country")]);
    expect(dots(svg)).toHaveLength(2);
    expect(svg.match(/class="country"/g)).toHaveLength(2);
    expect(svg).not.toContain("not drawn");
  });

  it("frames the places something happened in and names far places only mentioned in a caption", () => {
    const named = (name: string, lat: number, lon: number): MapPlace => ({
      ...place(name, lat, lon),
      events: [],
    });
    const svg = placesSvg([
      place("Harrow", 36.2, 37.1),
      named("Lindel", 36.3, 37.2),
      named("Farport", 38.9, -77.0),
      place("Distant", 55.7, 37.6),
    ]);
    // Harrow and Lindel (inside Harrow's frame) are drawn; the far event and the far name are not
    expect(dots(svg)).toHaveLength(2);
    expect(svg).toContain("Outside the sketch: Farport, Distant");
    expect(svg).toContain("about 11 km across");
  });

  it("labels close places on either side rather than over each other", () => {
    const svg = placesSvg([
      place("Harrow", 36.2, 37.1),
      place("Lindel", 36.21, 37.11),
      place("Corner", 37.2, 38.1),
    ]);
    expect(
      svg.match(/<text x="[\d.]+" y="[\d.]+"( text-anchor="end")?>(Harrow|Lindel|Corner)</g),
    ).toHaveLength(3);
    expect(svg).toContain('text-anchor="end"');
  });

  it("escapes names and events", () => {
    const svg = placesSvg([place("A&B", 1, 1)]);
    expect(svg).toContain("A&amp;B &lt;held&gt;");
    expect(svg).not.toContain("<held>");
  });
});
