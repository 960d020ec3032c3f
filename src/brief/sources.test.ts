import { describe, expect, it } from "vitest";
import { article, casualty } from "../../test/reconcile/claim-builders.js";
import { buildBrief } from "./build-brief.js";

describe("the brief's sources", () => {
  it("credit a government's spokesperson to the government another report gives as a source", () => {
    const spoken = "Government spokesman Omar Kalu said 2,000 people died.";
    const articles = [
      article("a1", { outlet: "Lake Post", text: spoken }),
      article("a2", { outlet: "Hill Wire", text: "The Lakeland government said 2,100 people died." }),
    ];
    const claims = [
      casualty("c1", "a1", 2000, {
        sentence: spoken,
        start: 0,
        end: spoken.length,
        source: { text: "Omar Kalu", start: 21, end: 30, entityId: null },
      }),
      casualty("c2", "a2", 2100, {
        source: { text: "Lakeland government", start: 4, end: 23, entityId: null },
      }),
    ];
    const story = {
      id: "s-1",
      title: "Toll",
      articleIds: ["a1", "a2"],
      firstDate: null,
      lastDate: null,
      casualties: { killed: null, injured: null },
    };
    const brief = buildBrief({
      story,
      articles,
      claims,
      entities: [],
      now: new Date("2025-01-01T00:00:00Z"),
    });
    expect(brief.provenance.map((p) => p.sources)).toEqual([
      ["Lakeland government"],
      ["Lakeland government"],
    ]);
  });
});
