import { describe, expect, it } from "vitest";
import { searchSnippet } from "./search-snippet.js";

const text = "Crews fought the harbour fire for six hours before dawn on Sunday.";
const mark = (word: string) => `\u0002${word}\u0003`;

describe("searchSnippet", () => {
  it.each([
    [
      "a fragment in the middle",
      `fought the ${mark("harbour")} fire`,
      `…fought the ${mark("harbour")} fire…`,
    ],
    [
      "a fragment at the start",
      `Crews fought the ${mark("harbour")}`,
      `Crews fought the ${mark("harbour")}…`,
    ],
    ["a fragment at the end", `on ${mark("Sunday")}.`, `…on ${mark("Sunday")}.`],
    ["the whole text", text.replace("fire", mark("fire")), text.replace("fire", mark("fire"))],
    ["a fragment not found verbatim", `${mark("harbour")}  fire`, `${mark("harbour")}  fire`],
  ])("%s", (_name, marked, expected) => {
    expect(searchSnippet(text, marked)).toBe(expected);
  });
});
