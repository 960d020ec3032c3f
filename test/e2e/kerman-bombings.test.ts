import { describe, expect, it } from "vitest";
import { type Finding, ingestFixture } from "./cli-run.js";

/**
 * Six reports written for this test: twin bombings in Kerman, Iran, in January 2024, whose toll state
 * television gave as 103, the interior minister revised down to 84 the next day and the state agency
 * raised to 89 a day later, with a claim of responsibility by the Islamic State; and an earthquake in
 * Japan the same week, whose toll also passed 84. What an editor would check.
 */

describe("a toll revised down, then up, and a claim of responsibility", () => {
  it("takes the latest count after the revision, credits each figure and folds the claim into the bombing", async () => {
    const { stories, groups, brief } = await ingestFixture("kerman-bombings");
    expect(groups).toEqual([
      ["k1", "k2", "k3", "k4"],
      ["n1", "n2"],
    ]);
    const bombing = stories.find((s) => s.articleIds.includes("k1"))!;
    const { findings } = brief<{ findings: Finding[] }>(bombing.id);
    const killed = findings.find((f) => f.topic === "killed:all")!;
    // 103 was revised down to 84 ("revising down the figure of 103"), and the toll then rose to 89
    expect(killed.best?.count).toBe(89);
    const by = Object.fromEntries(killed.values.map((v) => [`${v.articleId} ${v.count}`, v.sourceName]));
    expect(by).toEqual({
      "k1 103": "state television",
      "k2 84": "Ahmad Vahidi",
      "k3 84": "Iranian officials",
      "k4 89": "IRNA",
    });
    // the group that said its members set off the explosives is the bombing's attacker, not a place
    const attacks = findings.filter((f) => f.topic.startsWith("attack"));
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.verdict).toBe("agree");
    expect(attacks[0]!.values.map((v) => v.label).sort()).toEqual([
      "bombing by Islamic State",
      "bombing in Kerman",
    ]);
  });
});
