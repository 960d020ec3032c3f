import { describe, expect, it } from "vitest";
import { type Finding, ingestFixture } from "./cli-run.js";

/**
 * Seven reports written for this test: a flood in eastern Libya over a week, whose toll went from "at least
 * 150" to an aid group's 11,300 and was then lowered by the UN to 3,958, and an earthquake in Morocco
 * the same week, which one flood report mentions in its closing paragraph. What an editor would check.
 */
describe("a flood toll lowered days later, beside a quake the same week", () => {
  it("keeps the quake apart, credits each figure to its source and takes the lowered count as best", async () => {
    const { stories, brief: briefOf } = await ingestFixture("libya-floods");
    // the flood report that ends "Meanwhile in Morocco, ..." does not carry the quake's reports off
    const quake = stories.find((s) => s.articleIds.includes("m1"));
    expect(quake?.articleIds.sort()).toEqual(["m1", "m2"]);
    const flood = stories.find((s) => s.articleIds.includes("d5"))!;
    expect(flood.articleIds).toEqual(expect.arrayContaining(["d1", "d2", "d4", "d5"]));
    const brief = briefOf<{ findings: Finding[] }>(flood.id);
    const killed = brief.findings.find((f) => f.topic === "killed:all")!;
    // 11,300 and 3,958 cannot both be right; the UN's count lowered on the last day replaces the higher ones
    expect([killed.verdict, killed.best?.count]).toEqual(["conflict", 3958]);
    const by = Object.fromEntries(killed.values.map((v) => [v.count, v.sourceName]));
    expect(by[5300]).toBe("interior ministry of the eastern administration");
    expect(by[11300]).toBe("Libyan Red Crescent");
    expect(by[150]).toBe("health officials in the east");
    // "had earlier cited the Libyan Red Crescent's figure of 11,300" is no figure of the last day
    expect(killed.values.filter((v) => v.count === 11300)).toHaveLength(1);
  });
});
