import { describe, expect, it } from "vitest";
import { findNumbers } from "./find-numbers.js";

const rows: [string, { value: number; max: number | null; qualifier: string; text: string }[]][] = [
  ["The fire burned 1,250 acres.", [{ value: 1250, max: null, qualifier: "exact", text: "1,250" }]],
  ["eight boats sank", [{ value: 8, max: null, qualifier: "exact", text: "eight" }]],
  ["forty-four votes", [{ value: 44, max: null, qualifier: "exact", text: "forty-four" }]],
  ["a dozen eggs", [{ value: 12, max: null, qualifier: "exact", text: "a dozen" }]],
  ["half a million tourists", [{ value: 500000, max: null, qualifier: "exact", text: "half a million" }]],
  ["hundreds of birds", [{ value: 200, max: null, qualifier: "at-least", text: "hundreds" }]],
  ["dozens of cars", [{ value: 24, max: null, qualifier: "at-least", text: "dozens" }]],
  [
    "hundreds of thousands of fans",
    [{ value: 200000, max: null, qualifier: "at-least", text: "hundreds of thousands" }],
  ],
  ["some 40 cyclists", [{ value: 40, max: null, qualifier: "about", text: "some 40" }]],
  ["nearly 90 trees", [{ value: 90, max: null, qualifier: "about", text: "nearly 90" }]],
  ["approximately 300 sheep", [{ value: 300, max: null, qualifier: "about", text: "approximately 300" }]],
  ["at least 17 ships", [{ value: 17, max: null, qualifier: "at-least", text: "at least 17" }]],
  ["more than 3,000 runners", [{ value: 3000, max: null, qualifier: "more-than", text: "more than 3,000" }]],
  ["over 320 guests", [{ value: 320, max: null, qualifier: "more-than", text: "over 320" }]],
  ["up to 50 jobs", [{ value: 50, max: null, qualifier: "at-most", text: "up to 50" }]],
  ["at most five seats", [{ value: 5, max: null, qualifier: "at-most", text: "at most five" }]],
  ["between 10 and 15 lorries", [{ value: 10, max: 15, qualifier: "range", text: "between 10 and 15" }]],
  ["10-15 lorries", [{ value: 10, max: 15, qualifier: "range", text: "10-15" }]],
  ["two to three weeks", [{ value: 2, max: 3, qualifier: "range", text: "two to three" }]],
  ["from 10 to 15 lorries", [{ value: 10, max: 15, qualifier: "range", text: "from 10 to 15" }]],
  // a figure that moved is two figures, not a range
  [
    "the toll rose from 84 to 103",
    [
      { value: 84, max: null, qualifier: "exact", text: "84" },
      { value: 103, max: null, qualifier: "exact", text: "103" },
    ],
  ],
  [
    "the count was revised down from 103 to 84",
    [
      { value: 103, max: null, qualifier: "exact", text: "103" },
      { value: 84, max: null, qualifier: "exact", text: "84" },
    ],
  ],
  [
    "one hundred and twenty pages",
    [{ value: 120, max: null, qualifier: "exact", text: "one hundred and twenty" }],
  ],
  ["2.5 million viewers", [{ value: 2500000, max: null, qualifier: "exact", text: "2.5 million" }]],
  ["a thousand cranes", [{ value: 1000, max: null, qualifier: "exact", text: "a thousand" }]],
  ["The bus left at 8:20 today.", []],
  ["a man and a dog", []],
  ["some people came", []],
];

describe("findNumbers", () => {
  it.each(rows)("%s", (input, expected) => {
    const got = findNumbers(input).map((n) => ({
      value: n.value,
      max: n.max,
      qualifier: n.qualifier,
      text: input.slice(n.start, n.end),
    }));
    expect(got).toEqual(expected);
  });
});
