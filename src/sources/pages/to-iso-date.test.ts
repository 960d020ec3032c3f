import { describe, expect, it } from "vitest";
import { toIsoDate } from "./to-iso-date.js";

const now = new Date("2025-06-01T00:00:00Z");

describe("toIsoDate", () => {
  const rows: Array<[string | null, string | null]> = [
    ["Tue, 05 Mar 2024 08:00:00 GMT", "2024-03-05T08:00:00.000Z"],
    ["Tue, 05 Mar 2024 10:00:00 +0200", "2024-03-05T08:00:00.000Z"],
    ["2024-03-05T08:00:00Z", "2024-03-05T08:00:00.000Z"],
    ["2024-03-05T09:00:00+01:00", "2024-03-05T08:00:00.000Z"],
    ["2024-03-05", "2024-03-05"],
    ["Tuesday, 05 Mar 2024 08:00:00 GMT", "2024-03-05T08:00:00.000Z"],
    ["not a date", null],
    ["2099-01-01T00:00:00Z", null],
    ["", null],
    [null, null],
  ];
  it.each(rows)("%s -> %s", (value, expected) => {
    expect(toIsoDate(value, now)).toBe(expected);
  });
});
