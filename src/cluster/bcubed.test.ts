import { describe, expect, it } from "vitest";
import { bcubed } from "./bcubed.js";

const labels = (pairs: string) => new Map(pairs.split(" ").map((p) => p.split("=") as [string, string]));

describe("bcubed", () => {
  it.each([
    ["a=1 b=1 c=2", "a=x b=x c=y", 1, 1],
    ["a=1 b=1 c=1", "a=x b=x c=y", 5 / 9, 1],
    ["a=1 b=2 c=3", "a=x b=x c=y", 1, 2 / 3],
  ])("%s vs %s", (predicted, gold, precision, recall) => {
    const score = bcubed(labels(predicted), labels(gold));
    expect(score.precision).toBeCloseTo(precision, 6);
    expect(score.recall).toBeCloseTo(recall, 6);
  });
});
