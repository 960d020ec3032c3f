import { describe, expect, it } from "vitest";
import { consensusGroups, type Grouping } from "./consensus.js";

const grouping = (groups: string[][]): Grouping =>
  new Map(groups.flatMap((group, i) => group.map((id) => [id, `g${i}`] as const)));
const sorted = (groups: string[][]) =>
  groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe("consensusGroups", () => {
  const ids = ["a", "b", "c", "d", "e"];

  it("keeps the grouping all orders agree on", () => {
    const same = grouping([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
    expect(sorted(consensusGroups(ids, [same, same, same]))).toEqual([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
  });

  it("takes the grouping most orders agree on, whichever order came first", () => {
    const wrong = grouping([["a", "b", "c", "d", "e"]]);
    const right = grouping([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
    // one order put everything together; three of four kept two groups
    expect(sorted(consensusGroups(ids, [wrong, right, right, right]))).toEqual([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
    // and the other way round: one order left "c" alone
    const lone = grouping([["a", "b"], ["c"], ["d", "e"]]);
    expect(sorted(consensusGroups(ids, [lone, right, right]))).toEqual([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
  });

  it("joins two groups when their members were together in at least half of the orders on average", () => {
    // a-b together in 2 of 4; c-d in 1 of 4
    const orders = [
      grouping([["a", "b"], ["c", "d"], ["e"]]),
      grouping([["a", "b"], ["c"], ["d"], ["e"]]),
      grouping([["a"], ["b"], ["c"], ["d"], ["e"]]),
      grouping([["a"], ["b"], ["c"], ["d"], ["e"]]),
    ];
    expect(sorted(consensusGroups(ids, orders))).toEqual([["a", "b"], ["c"], ["d"], ["e"]]);
    // a stricter agreement keeps a and b apart too
    expect(consensusGroups(ids, orders, 0.75)).toHaveLength(5);
  });

  it("weighs a group by all its members (average linkage), not by its closest pair", () => {
    // c was with a in 3 of 4 orders but never with b, which was always with a
    const orders = [
      grouping([["a", "b", "c"]]),
      grouping([["a", "c"], ["b"]]),
      grouping([["a", "c"], ["b"]]),
      grouping([["a", "b"], ["c"]]),
    ].map((g) => new Map([...g, ["d", "x"], ["e", "y"]]));
    // a-c 0.75, a-b 0.5, b-c 0.25: a and c join first; b against {a, c} averages (0.5 + 0.25) / 2 < 0.5
    expect(sorted(consensusGroups(ids, orders))).toEqual([["a", "c"], ["b"], ["d"], ["e"]]);
  });

  it("counts an article missing from a grouping as alone there", () => {
    const orders = [grouping([["a", "b"]]), grouping([["a", "b"]]), grouping([["a"]])];
    expect(sorted(consensusGroups(["a", "b"], orders))).toEqual([["a", "b"]]);
    expect(sorted(consensusGroups(["a", "b"], orders, 0.7))).toEqual([["a"], ["b"]]);
    expect(consensusGroups(["a"], [])).toEqual([["a"]]);
  });
});
