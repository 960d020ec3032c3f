import { describe, expect, it } from "vitest";
import { type Finding, ingestFixture } from "./cli-run.js";

/**
 * Five reports written for this test: the abduction of pupils from a school in Kuriga, Kaduna state, in
 * March 2024 (a teacher's count of 287, "hundreds" the next day, 137 freed two weeks later by the army's
 * count), and the kidnapping of 15 pupils in Sokoto state two days later. What an editor would check.
 */

describe("two school kidnappings in one week", () => {
  it("keeps them apart and reads the counts of the kidnapped, their sources and no change of control", async () => {
    const { stories, groups, brief, markdown } = await ingestFixture("nigeria-school-kidnappings");
    expect(groups).toEqual([
      ["ku1", "ku2", "ku3"],
      ["so1", "so2"],
    ]);
    const kuriga = stories.find((s) => s.articleIds.includes("ku1"))!;
    const { findings } = brief<{ findings: Finding[] }>(kuriga.id);
    const pupils = findings.find((f) => f.topic === "kidnapped:other:pupils")!;
    // "hundreds of pupils" the next day allows the teacher's 287: it tells no new count
    expect([pupils.verdict, pupils.best?.count]).toEqual(["agree", 287]);
    expect(pupils.values.find((v) => v.articleId === "ku1")?.sourceName).toBe("a teacher who escaped");
    // "137 hostages seized from a school in Kuriga" is no capture of Kuriga
    expect(findings.filter((f) => f.topic.startsWith("control:"))).toEqual([]);
    const page = markdown(kuriga.id);
    expect(page).toContain("**Toll:** 137 kidnapped");
    // "more than two weeks ago" names no day: the army spoke on the Sunday of the report
    expect(page).toMatch(/- 2024-03-24: Nigerian troops freed 137 hostages/);
  });
});
