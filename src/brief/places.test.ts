import { describe, expect, it } from "vitest";
import { attack, casualty, control, entity, ref } from "../../test/reconcile/claim-builders.js";
import { buildPlaces } from "./places.js";

const entities = [
  entity("e-a", "Arden", { type: "place", lat: 1, lon: 2, aliases: ["Ardenne"] }),
  entity("e-ab", "Arden Bay", { type: "place", lat: 3, lon: 4 }),
  entity("e-n", "Nowhere", { type: "place" }),
  entity("e-g", "Guard", { type: "organization" }),
];

describe("buildPlaces", () => {
  const claims = [
    control("k1", "a1", ref("e-a", "Arden"), { actor: ref("e-g", "the guard"), change: "holds" }),
    attack("t1", "a2", { target: ref("e-ab", "Arden Bay"), weapon: "shelling" }),
    casualty("c1", "a1", 4, { sentence: "Four died in Ardenne on Monday." }),
    casualty("c2", "a2", 9, { sentence: "Nine died in Ardenberg." }),
    casualty("c3", "a3", 2, { sentence: "Two died in Arden, officials said." }),
    casualty("c4", "a3", 1, { sentence: "One died in Arden.", background: true }),
  ];

  it("lists geocoded places with what happened there, by whole-word names", () => {
    expect(buildPlaces(claims, entities)).toEqual([
      {
        entityId: "e-a",
        name: "Arden",
        lat: 1,
        lon: 2,
        scope: "local",
        events: [
          { text: "Guard holds Arden", articleIds: ["a1"] },
          { text: "4 killed", articleIds: ["a1"] },
          { text: "2 killed", articleIds: ["a3"] },
        ],
      },
      {
        entityId: "e-ab",
        name: "Arden Bay",
        lat: 3,
        lon: 4,
        scope: "local",
        events: [{ text: "shelling of Arden Bay", articleIds: ["a2"] }],
      },
    ]);
  });

  it("puts no toll on a country the sentence's towns are not in", () => {
    const places = buildPlaces(
      [casualty("r1", "a1", 4, { sentence: "Russia's strike on Velko killed four people in Ukraine." })],
      [
        entity("e-ru", "Russia", { type: "place", lat: 55.7, lon: 37.6, country: "RU" }),
        entity("e-ua", "Ukraine", { type: "place", lat: 50.4, lon: 30.5, country: "UA" }),
        entity("e-ve", "Velko", { type: "place", lat: 50, lon: 36, country: "UA" }),
      ],
    );
    const tolls = new Map(places.map((p) => [p.name, p.events.map((e) => e.text)]));
    expect(tolls.get("Velko")).toEqual(["4 killed"]);
    expect(tolls.get("Ukraine")).toEqual(["4 killed"]);
    expect(tolls.get("Russia")).toEqual([]);
  });

  it("tells a whole country from a town in it", () => {
    const places = buildPlaces(
      [],
      [
        entity("e-sy", "Syria", { type: "place", lat: 33.5, lon: 36.3, country: "SY" }),
        entity("e-al", "Aleppo", { type: "place", lat: 36.2, lon: 37.16, country: "SY" }),
        entity("e-x", "Arden", { type: "place", lat: 1, lon: 2 }),
      ],
    );
    expect(places.map((p) => [p.name, p.scope])).toEqual([
      ["Syria", "country"],
      ["Aleppo", "local"],
      ["Arden", "local"],
    ]);
  });

  it("leaves superseded figures out", () => {
    const [arden] = buildPlaces(claims, entities, new Set(["c1"]));
    expect(arden!.events.map((e) => e.text)).toEqual(["Guard holds Arden", "2 killed"]);
  });

  it("does not put a toll on the town of the dateline the report was filed from", () => {
    const places = buildPlaces(
      [
        casualty("d1", "a4", 14, {
          sentence: "ARDEN, March 18 (Wire) - The toll in Kell rose to 14.",
          start: 0,
        }),
        casualty("d2", "a4", 3, { sentence: "Three more died in ARDEN on Tuesday.", start: 400 }),
      ],
      [
        entity("e-a", "Arden", { type: "place", lat: 1, lon: 2, aliases: ["ARDEN"] }),
        entity("e-k", "Kell", { type: "place", lat: 3, lon: 4 }),
      ],
    );
    expect(places.map((p) => [p.name, p.events.map((e) => e.text)])).toEqual([
      ["Arden", ["3 killed"]],
      ["Kell", ["14 killed"]],
    ]);
  });

  it("leaves out a town only the reports' datelines name", () => {
    const reports = [
      { title: "Ferry sinks off Arden", text: "ARDEN BAY (Wire) - A ferry sank off Arden on Monday." },
      { title: null, text: "Divers searched the water near Arden." },
    ];
    expect(buildPlaces([], entities, new Set(), reports).map((p) => p.name)).toEqual(["Arden"]);
    // named again in a report's text, the filing town is a place of the story
    const again = [...reports, { title: null, text: "Boats left Arden Bay at dawn." }];
    expect(buildPlaces([], entities, new Set(), again).map((p) => p.name)).toEqual(["Arden", "Arden Bay"]);
  });
});
