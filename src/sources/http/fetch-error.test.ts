import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./fetch-error.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-05-01T00:00:00Z");
  const rows: Array<[string | null, number | null]> = [
    ["120", 120_000],
    [" 5 ", 5_000],
    ["Wed, 01 May 2024 00:10:00 GMT", 600_000],
    ["Tue, 30 Apr 2024 00:00:00 GMT", 0],
    ["soon", null],
    ["", null],
    [null, null],
  ];
  it.each(rows)("%s -> %s", (value, expected) => expect(parseRetryAfter(value, now)).toBe(expected));
});
