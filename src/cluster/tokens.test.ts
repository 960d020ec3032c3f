import { describe, expect, it } from "vitest";
import { contentWords, numbersIn, stemWord } from "./tokens.js";

describe("stemWord", () => {
  it.each([
    ["Victims", "victim"],
    ["cities", "city"],
    ["witness", "witness"],
    ["bus", "bus"],
    ["officer's", "officer"],
    ["crisis", "crisis"],
  ])("%s -> %s", (input, expected) => {
    expect(stemWord(input)).toBe(expected);
  });
});

describe("contentWords", () => {
  it.each([
    ["The storm hit the coast on Monday.", ["storm", "hit", "coast"]],
    ["Two officers were hurt", ["two", "officer", "hurt"]],
  ])("%s", (input, expected) => {
    expect(contentWords(input)).toEqual(expected);
  });
});

describe("numbersIn", () => {
  it.each([
    ["A man, 34, was shot at 12:30 in 2014.", { numbers: ["34"], years: ["2014"] }],
    ["The quake of magnitude 6.1 killed 1,200 people", { numbers: ["6.1", "1200"], years: [] }],
    ["Route 9A and 1 child", { numbers: [], years: [] }],
  ])("%s", (input, expected) => {
    expect(numbersIn(input)).toEqual(expected);
  });
});
