import { describe, expect, it } from "vitest";
import { chooseStoryTitle, headlineFrom } from "./story-title.js";

const article = (title: string | null, text = "Body text.") => ({ title, text });

describe("chooseStoryTitle", () => {
  it.each([
    [
      [
        article("Flood cuts the coastal road"),
        article("Coastal road cut by flood, towns isolated"),
        article("Markets"),
      ],
      "Flood cuts the coastal road",
    ],
    [
      [
        article("Council vote"),
        article("Council passes harbour budget"),
        article("Harbour budget passes council vote"),
      ],
      "Harbour budget passes council vote",
    ],
    [[article(null, "A bridge collapsed in Orvel. Two cars fell.")], "A bridge collapsed in Orvel."],
    [[], ""],
  ])("%#", (members, expected) => {
    expect(chooseStoryTitle(members)).toBe(expected);
  });
});

describe("headlineFrom", () => {
  it.each([
    ["First sentence here. Second one.", "First sentence here."],
    ["No stop at all", "No stop at all"],
  ])("%s", (text, expected) => {
    expect(headlineFrom(text)).toBe(expected);
  });
});
