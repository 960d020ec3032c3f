import { describe, expect, it } from "vitest";
import { type Finding, ingestFixture } from "./cli-run.js";

/**
 * Six reports written for this test: two airliner crashes four days apart in December 2024, an Azerbaijan
 * Airlines jet near Aktau in Kazakhstan (38 dead) and a Jeju Air jet at Muan airport in South Korea, whose
 * toll the fire agency gave first as "at least 28", then as "all but two of the 181 people on board".
 * What an editor would check.
 */

describe("two airliner crashes in one week", () => {
  it("keeps them apart, reads 'all but two of the 181' as 179 and names the people", async () => {
    const { stories, groups, brief } = await ingestFixture("plane-crashes");
    expect(groups).toEqual([
      ["a1", "a2", "a3"],
      ["j1", "j2", "j3"],
    ]);
    const muan = stories.find((s) => s.articleIds.includes("j1"))!;
    const { findings, entities } = brief<{ findings: Finding[]; entities: { name: string; type: string }[] }>(
      muan.id,
    );
    const killed = findings.find((f) => f.topic === "killed:all")!;
    // a rising toll, not a conflict of 181 against 179; "the fire agency" is the national fire agency
    expect(killed.verdict).toBe("update");
    expect(killed.best?.count).toBe(179);
    expect(killed.values.map((v) => [v.articleId, v.count, v.sourceName])).toEqual([
      ["j1", 28, "national fire agency"],
      ["j2", 179, "national fire agency"],
      ["j2", 179, "national fire agency"],
      ["j3", 179, "Continental Wire"],
    ]);
    const people = entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Choi Sang-mok", "Joo Jong-wan"]));
    const aktau = stories.find((s) => s.articleIds.includes("a1"))!;
    const other = brief<{ findings: Finding[]; entities: { name: string; type: string }[] }>(aktau.id);
    expect(other.findings.find((f) => f.topic === "killed:all")?.best?.count).toBe(38);
    expect(other.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(
      expect.arrayContaining(["Vladimir Putin", "Ilham Aliyev"]),
    );
  });
});
