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
    // a member's own headline beats another member's first sentence, however central that is
    [
      [
        article(
          null,
          "The Orvel bridge collapsed on Monday, sending two cars into the river Orvel. Divers searched.",
        ),
        article("Divers search river after Orvel bridge collapse", "Divers searched the river."),
        article(null, "The Orvel bridge collapse sent two cars into the river Orvel, officials said."),
      ],
      "Divers search river after Orvel bridge collapse",
    ],
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
