import { describe, expect, it } from "vitest";
import type { Qualifier } from "../model/claim.js";
import { describeCount, intervalOf, intervalsOverlap } from "./interval.js";

type Fig = [number, Qualifier];

describe("intervalsOverlap", () => {
  const rows: [Fig, Fig, boolean][] = [
    [[300, "at-least"], [311, "exact"], true],
    [[311, "exact"], [320, "exact"], false],
    [[320, "more-than"], [320, "exact"], false],
    [[320, "more-than"], [412, "exact"], true],
    [[300, "about"], [311, "exact"], true],
    [[300, "about"], [340, "exact"], false],
    [[50, "at-most"], [48, "exact"], true],
    [[50, "at-most"], [51, "at-least"], false],
    [[50, "exact"], [80, "exact"], false],
  ];
  it.each(rows)("%j with %j -> %s", (a, b, expected) => {
    expect(intervalsOverlap(intervalOf(...a), intervalOf(...b))).toBe(expected);
    expect(intervalsOverlap(intervalOf(...b), intervalOf(...a))).toBe(expected);
  });

  it("reads a range from count to countMax", () => {
    expect(intervalOf(10, "range", 15)).toEqual({ low: 10, high: 15 });
    expect(intervalsOverlap(intervalOf(10, "range", 15), intervalOf(16, "exact"))).toBe(false);
  });
});

describe("describeCount", () => {
  const rows: [number, Qualifier, number | null, string][] = [
    [311, "at-least", null, "at least 311"],
    [412, "exact", null, "412"],
    [10, "range", 15, "10-15"],
    [320, "more-than", null, "more than 320"],
    // thousands are grouped as a reader writes them
    [2000, "at-least", null, "at least 2,000"],
    [12500, "range", 15000, "12,500-15,000"],
    [1200000, "about", null, "about 1,200,000"],
  ];
  it.each(rows)("%d %s -> %s", (count, qualifier, max, expected) => {
    expect(describeCount(count, qualifier, max)).toBe(expected);
  });
});
