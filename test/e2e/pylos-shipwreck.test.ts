import { describe, expect, it } from "vitest";
import { type Finding, ingestFixture } from "./cli-run.js";

/**
 * Six reports written for this test: a migrant boat that sank off Pylos, Greece, in June 2023, told over
 * five days (the coast guard's toll rising from 59 to 82, UN agencies fearing up to 500 missing, arrests in
 * Greece and Pakistan), and the loss of the Titan submersible in the North Atlantic the next week, another
 * story of a coast guard, a search and people lost at sea. What an editor would check.
 */

describe("a shipwreck told over five days, and a lost submersible the next week", () => {
  it("keeps them apart, credits the coast guard once, reads the missing and dates the arrests", async () => {
    const { stories, groups, brief } = await ingestFixture("pylos-shipwreck");
    expect(groups).toEqual([
      ["p1", "p2", "p3", "p4"],
      ["t1", "t2"],
    ]);
    const wreck = stories.find((s) => s.articleIds.includes("p1"))!;
    const { findings, timeline } = brief<{
      findings: Finding[];
      timeline: { date: string; text: string }[];
    }>(wreck.id);
    const topic = (name: string) => findings.find((f) => f.topic === name)!;
    // "the coast guard" of the later reports is the Hellenic coast guard the first one names: one source
    const killed = topic("killed:all");
    expect(killed.verdict).toBe("update");
    expect(killed.independentSources).toBe(1);
    expect(killed.values.map((v) => [v.articleId, v.count])).toEqual([
      ["p1", 59],
      ["p2", 78],
      ["p3", 78],
      ["p4", 82],
    ]);
    expect(new Set(killed.values.map((v) => v.sourceName))).toEqual(new Set(["Hellenic coast guard"]));
    // "up to 500 feared missing" (not background for being "the deadliest in a decade") and "hundreds
    // ... are still missing" both hold
    const missing = topic("missing:all");
    expect(missing.verdict).toBe("agree");
    expect(missing.values.map((v) => [v.count, v.sourceName])).toEqual([
      [500, "International Organization for Migration"],
      [200, "aid groups"],
    ]);
    // the arrests in each country, each credited to whoever gave them
    expect(topic("detained:all:in-greece").values.map((v) => [v.count, v.sourceName])).toEqual([
      [9, "a court official in Kalamata"],
    ]);
    expect(topic("detained:all:in-pakistan").values.map((v) => [v.count, v.sourceName])).toEqual([
      [10, "Pakistani police"],
    ]);
    // the arrests were told on Thursday, not on Wednesday, the day of the sinking their sentence names
    const arrests = timeline.find((e) => e.text.startsWith("Greek police have arrested"));
    expect(arrests?.date).toBe("2023-06-15");
  });
});
