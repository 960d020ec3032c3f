import { describe, expect, it } from "vitest";
import { type Finding, ingestFixture } from "./cli-run.js";

/**
 * Three reports written for this test: a hurricane across Jamaica, Haiti and Cuba over four days, each
 * country's toll told apart ("In Haiti the toll stood at 31"), one figure for two countries ("at least
 * 30 people in Haiti and Jamaica") and Cuba's "no deaths". What an editor would check, end to end.
 */
describe("a hurricane told country by country", () => {
  it("asks each country's toll apart and adds them up for the story", async () => {
    const { stories, brief: briefOf, markdown } = await ingestFixture("caribbean-hurricane");
    expect(stories).toHaveLength(1);
    const [storm] = stories;
    // 31 in Haiti, 19 in Jamaica and none in Cuba, more than the "at least 30" for two of them
    expect(storm!.casualties.killed).toBe(50);
    const brief = briefOf<{ findings: Finding[] }>(storm!.id);
    const finding = (topic: string) => brief.findings.find((f) => f.topic === topic);
    // Haiti's and Jamaica's tolls rose; neither conflicts with the other or with Cuba's none
    expect([finding("killed:all:in-haiti")?.verdict, finding("killed:all:in-haiti")?.best?.count]).toEqual([
      "update",
      31,
    ]);
    expect([
      finding("killed:all:in-jamaica")?.verdict,
      finding("killed:all:in-jamaica")?.best?.count,
    ]).toEqual(["update", 19]);
    expect(finding("killed:all:in-cuba")?.best?.count).toBe(0);
    expect(finding("killed:all")?.values.map((v) => v.count)).toEqual([30]);
    const md = markdown(storm!.id);
    expect(md).toContain("**Toll:** 50 killed (31 in Haiti; 19 in Jamaica; 0 in Cuba)");
  });
});
