import { describe, expect, it } from "vitest";
import { article, casualty, control, entity, quote, ref } from "../../test/reconcile/claim-builders.js";
import { reconcileStory } from "../reconcile/reconcile-story.js";
import { buildCoverage } from "./coverage.js";

const articles = ["a1", "a2", "a3", "a4"].map((id) => article(id, { outlet: id.toUpperCase() }));
const port = ref("e-port", "the port");
const claims = [
  casualty("c1", "a1", 9),
  casualty("c2", "a2", 9),
  casualty("c3", "a3", 9, { eventDate: "2025-05-02", sentence: "Nine died on Friday." }),
  control("k1", "a2", port, {
    actor: ref("e-guard", "the guard"),
    eventDate: "2025-05-01",
    sentence: "The guard took the port.",
  }),
  quote("q1", "a4", { speaker: ref("e-mayor", "Mayor Ilse Brandt"), quote: "We will rebuild the pier" }),
];
const entities = [
  entity("e-envoy", "Envoy Tomas Reyes", { type: "person", articleIds: ["a3"] }),
  entity("e-port", "Port Selma", { type: "place", articleIds: ["a1", "a2", "a3", "a4"] }),
];
const findings = reconcileStory({ articles, claims, entities });

describe("buildCoverage", () => {
  const coverage = buildCoverage(articles, claims, entities, findings);
  const per = new Map(coverage.perArticle.map((p) => [p.articleId, p]));

  it("names what each article alone reports", () => {
    expect(per.get("a1")!.exclusive).toEqual([]);
    expect(per.get("a2")!.exclusive).toEqual(["control:e-port"]);
    expect(per.get("a3")!.exclusive).toEqual(["entity:e-envoy"]);
    expect(per.get("a4")!.exclusive).toEqual(["quote:e-mayor"]);
  });

  it("names the widely reported facts an article leaves out", () => {
    expect(per.get("a4")!.missing).toEqual(["killed:all"]);
    expect(per.get("a1")!.missing).toEqual([]);
  });

  it("counts a near-duplicate as the article it copies", () => {
    const copy = article("a5", { duplicateOf: "a4" });
    const withCopy = buildCoverage(
      [...articles, copy],
      [...claims, quote("q2", "a5", { speaker: ref("e-mayor") })],
      entities,
      findings,
    );
    expect(withCopy.perArticle.find((p) => p.articleId === "a4")!.exclusive).toEqual(["quote:e-mayor"]);
  });

  it("does not count an article naming its own outlet as reporting it", () => {
    const wires = [article("w1", { outlet: "Horn Wire" }), article("w2", { outlet: "Delta Post" })];
    const named = [
      entity("e-horn", "Horn Wire", { type: "organization", articleIds: ["w1", "w2"] }),
      entity("e-delta", "The Delta Post", { type: "organization", articleIds: ["w2"] }),
    ];
    const own = buildCoverage(wires, [], named, []);
    const exclusive = new Map(own.perArticle.map((p) => [p.articleId, p.exclusive]));
    // Horn Wire's dateline names itself: only Delta Post reports on Horn Wire
    expect(exclusive.get("w1")).toEqual([]);
    expect(exclusive.get("w2")).toEqual(["entity:e-horn"]);
  });

  it("does not count a wire's initials in its own dateline as reporting on it", () => {
    const wires = [article("g1", { outlet: "Global Report Wire" }), article("g2", { outlet: "Delta Post" })];
    const named = [
      entity("e-grw", "GRW", { type: "organization", articleIds: ["g1"] }),
      entity("e-gr", "GR", { type: "organization", articleIds: ["g2"] }),
    ];
    const exclusive = new Map(
      buildCoverage(wires, [], named, []).perArticle.map((p) => [p.articleId, p.exclusive]),
    );
    expect(exclusive.get("g1")).toEqual([]);
    // other initials are another organisation's
    expect(exclusive.get("g2")).toEqual(["entity:e-gr"]);
  });

  it("counts a headline naming a place as reporting it", () => {
    const reports = [
      article("h1", { outlet: "Delta Post", title: "Ferry sinks on Lake Osso" }),
      article("h2", { outlet: "Horn Wire", title: "Divers search Lake Osso for survivors" }),
      article("h3", { outlet: "Reef Daily", title: "Ferry owner charged" }),
    ];
    const lake = entity("e-lake", "Lake Osso", { type: "place", articleIds: ["h1", "h3"] });
    const coverage = buildCoverage(reports, [], [lake], []);
    expect(coverage.facts[0]!.articleIds).toEqual(["h1", "h2", "h3"]);
    // "Lake" alone in a headline is no mention of the lake
    const other = article("h4", { outlet: "Bay News", title: "Lake levels fall" });
    const alone = buildCoverage(
      [reports[0]!, other],
      [],
      [entity("e-lake", "Lake Osso", { type: "place", articleIds: ["h1"] })],
      [],
    );
    expect(alone.perArticle.map((p) => p.exclusive)).toEqual([["entity:e-lake"], []]);
  });

  it("does not count a town only a report's dateline names as reporting it", () => {
    const reports = [
      article("d1", { outlet: "Delta Post", text: "RIVA (Delta Post) - Floods cut the road to Osso." }),
      article("d2", { outlet: "Horn Wire", text: "RIVA (Horn Wire) - Rain kept falling on Osso." }),
      article("d3", { outlet: "Reef Daily", text: "Osso was cut off; the army flew food in from Riva." }),
    ];
    const riva = entity("e-riva", "Riva", { type: "place", articleIds: ["d1", "d2", "d3"] });
    const coverage = buildCoverage(reports, [], [riva], []);
    expect(coverage.facts[0]!.articleIds).toEqual(["d3"]);
    expect(coverage.perArticle.map((p) => p.missing)).toEqual([[], [], []]);
  });

  it("does not count the agency a dateline credits as reported, in the wire's copy either", () => {
    const reports = [
      article("n1", { outlet: "Horn Wire", text: "OSSO (Horn Wire) - The dam held overnight." }),
      article("n2", {
        outlet: "Bay News",
        duplicateOf: "n1",
        text: "OSSO (Horn Wire) - The dam held through the night.",
      }),
      article("n3", { outlet: "Reef Daily", text: "Engineers said the dam at Osso would hold." }),
    ];
    const wire = entity("e-horn", "Horn Wire", { type: "organization", articleIds: ["n1", "n2"] });
    const coverage = buildCoverage(reports, [], [wire], []);
    expect(coverage.facts).toEqual([]);
    expect(coverage.perArticle.map((p) => p.exclusive)).toEqual([[], [], []]);
  });

  it("does not say an article left out what was first reported after it was published", () => {
    const reports = [
      article("t1", { outlet: "Delta Post", published: "2025-05-01T07:00:00Z" }),
      article("t2", { outlet: "Horn Wire", published: "2025-05-02T09:00:00Z" }),
      article("t3", { outlet: "Reef Daily", published: "2025-05-02T12:00:00Z" }),
    ];
    const arrests = [
      casualty("d2", "t2", 9, { outcome: "detained" }),
      casualty("d3", "t3", 9, { outcome: "detained" }),
    ];
    const told = reconcileStory({ articles: reports, claims: arrests, entities: [] });
    const coverage = buildCoverage(reports, arrests, [], told);
    // the first report came out a day before the arrests were reported
    expect(coverage.perArticle.map((p) => p.missing)).toEqual([[], [], []]);
    const later = article("t4", { outlet: "Bay News", published: "2025-05-03T08:00:00Z" });
    const withLater = buildCoverage([...reports, later], arrests, [], told);
    expect(withLater.perArticle.find((p) => p.articleId === "t4")!.missing).toEqual(["detained:all"]);
  });

  it("does not count naming the country the story's towns lie in, but counts another country", () => {
    const reports = [
      article("c1", {
        outlet: "Delta Post",
        text: "Fire in Bolu, Turkey, killed nine. Italy sent condolences.",
      }),
      article("c2", { outlet: "Horn Wire", text: "A hotel fire in Bolu killed nine." }),
    ];
    const places = [
      entity("e-tr", "Turkey", { type: "place", lat: 39.9, lon: 32.9, country: "TR", articleIds: ["c1"] }),
      entity("e-it", "Italy", { type: "place", lat: 41.9, lon: 12.5, country: "IT", articleIds: ["c1"] }),
      entity("e-bo", "Bolu", {
        type: "place",
        lat: 40.7,
        lon: 31.6,
        country: "TR",
        articleIds: ["c1", "c2"],
      }),
    ];
    const coverage = buildCoverage(reports, [], places, []);
    expect(coverage.perArticle.find((p) => p.articleId === "c1")!.exclusive).toEqual(["entity:e-it"]);
  });

  it("labels a quote fact without the comma that led into the speaker's name", () => {
    const said = [
      quote("q9", "a1", {
        speaker: ref("e-mayor", "Mayor Ilse Brandt"),
        quote: "The pier will open in May,",
      }),
    ];
    const facts = buildCoverage(articles, said, [], []).facts;
    expect(facts.map((f) => f.label)).toEqual(["Mayor Ilse Brandt: “The pier will open in May”"]);
  });
});
