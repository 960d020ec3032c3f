import { describe, expect, it } from "vitest";
import { parseInterval } from "./follow.js";

describe("parseInterval", () => {
  const rows: Array<[string, number]> = [
    ["15m", 900_000],
    ["90s", 90_000],
    ["1h", 3_600_000],
    ["2d", 172_800_000],
    ["1.5h", 5_400_000],
    ["30", 1_800_000],
    [" 5M ", 300_000],
  ];
  it.each(rows)("%s -> %i ms", (text, ms) => expect(parseInterval(text)).toBe(ms));

  const bad = ["", "soon", "15 minutes", "0s", "500ms", "-5m"];
  it.each(bad)("refuses %j", (text) => expect(() => parseInterval(text)).toThrow("is not an interval"));
});
