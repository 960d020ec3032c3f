import { describe, expect, it } from "vitest";
import { type Finding, ingestFixture } from "./cli-run.js";

/**
 * Six reports written for this test: a hotel fire at a ski resort over two days (a wire report, a copy
 * of it, three follow-ups whose tolls rise and differ) and a snow report the same wire filed from the
 * same town on the second day. What an editor would check in the brief, end to end through the CLI.
 */
describe("a hotel fire told over two days, with a snow report from the same town", () => {
  it("keeps the snow report apart and reconciles the rising tolls", async () => {
    const { stories, groups, brief: briefOf } = await ingestFixture("ski-hotel-fire");
    // the snow report shares the town, the day and the wire, and nothing else
    expect(groups).toEqual(expect.arrayContaining([["h1", "h2", "h3", "h4", "h5"], ["h6"]]));
    const fire = stories.find((s) => s.articleIds.includes("h1"))!;
    // the title is a headline that tells the current toll, not the first report's ten
    expect(fire.casualties.killed).toBe(78);
    expect(fire.title).not.toMatch(/kills (?:at least )?10\b/);

    const brief = briefOf<{ findings: Finding[] }>(fire.id);
    const finding = (topic: string) => brief.findings.find((f) => f.topic === topic)!;
    // Tuesday's 66 is overtaken by Wednesday's 76 and 78, which differ on one day
    const killed = finding("killed:all");
    expect([killed.verdict, killed.best?.count, killed.conservative?.count]).toEqual(["conflict", 78, 76]);
    // the health minister and the health ministry are one source; "17 of the injured" bounds, not replaces, 51
    const injured = finding("injured:all");
    expect(injured.best?.count).toBe(51);
    expect(new Set(injured.values.map((v) => v.sourceName)).size).toBe(2);
    // the justice minister on Tuesday and the justice ministry on Wednesday: one source, moving 6 -> 9
    const detained = finding("detained:all");
    expect([detained.verdict, detained.best?.count, detained.independentSources]).toEqual(["update", 9, 1]);
  });
});
