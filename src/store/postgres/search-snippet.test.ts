import { describe, expect, it } from "vitest";
import { searchSnippet } from "./search-snippet.js";

const text = "Crews fought the harbour fire for six hours before dawn on Sunday.";

describe("searchSnippet", () => {
  it.each([
    ["a fragment in the middle", "fought the \u0001harbour\u0002 fire", "…fought the [harbour] fire…"],
    ["a fragment at the start", "Crews fought the \u0001harbour\u0002", "Crews fought the [harbour]…"],
    ["a fragment at the end", "on \u0001Sunday\u0002.", "…on [Sunday]."],
    ["the whole text", text.replace("fire", "\u0001fire\u0002"), text.replace("fire", "[fire]")],
    ["a fragment not found verbatim", "\u0001harbour\u0002  fire", "[harbour]  fire"],
  ])("%s", (_name, marked, expected) => {
    expect(searchSnippet(text, marked)).toBe(expected);
  });
});
