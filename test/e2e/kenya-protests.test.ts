import { describe, expect, it } from "vitest";
import { type Finding, ingestFixture } from "./cli-run.js";

/**
 * Four reports written for this test: the Kenyan tax protests of June 2024, when protesters stormed
 * parliament and police opened fire; rights groups' "at least five" the first night, the human rights
 * commission's 22 and then 39 over two weeks, and the president's 19. What an editor would check.
 */
describe("a protest toll disputed between a rights commission and the president", () => {
  it("credits each figure to whoever gave it, shows the dispute and reads no armed assault", async () => {
    const { stories, groups, brief } = await ingestFixture("kenya-protests");
    expect(groups).toEqual([["k1", "k2", "k3", "k4"]]);
    const { findings } = brief<{ findings: Finding[] }>(stories[0]!.id);
    const killed = findings.find((f) => f.topic === "killed:all")!;
    expect(killed.verdict).toBe("conflict");
    expect(killed.independentSources).toBe(3);
    expect(killed.values.map((v) => [v.articleId, v.count, v.sourceName])).toEqual([
      // "according to a joint statement by Amnesty Kenya, ...": the statement's first body
      ["k1", 5, "Amnesty Kenya"],
      ["k2", 22, "Kenya National Commission on Human Rights"],
      ["k3", 22, "Kenya National Commission on Human Rights"],
      ["k4", 39, "Kenya National Commission on Human Rights"],
      ["k3", 19, "William Ruto"],
    ]);
    // protesters who stormed parliament in Nairobi made no "assault on Nairobi"
    expect(findings.filter((f) => f.topic.startsWith("attack"))).toEqual([]);
  });
});
