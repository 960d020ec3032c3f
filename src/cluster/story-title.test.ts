import { describe, expect, it } from "vitest";
import { chooseStoryTitle, headlineFrom, statesOlderToll } from "./story-title.js";

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

describe("chooseStoryTitle with the story's death toll", () => {
  const members = [
    article("Mine blast in Osso kills nine", "A blast tore through the Osso mine on Monday, killing nine."),
    article(
      "Osso mine blast kills 9 miners",
      "Nine miners died in a blast at the Osso mine, officials said.",
    ),
    article(
      "Osso mine blast toll rises to 14",
      "Five more miners died of their burns, raising the Osso toll.",
    ),
  ];
  it("passes over headlines telling a toll below the story's", () => {
    expect(chooseStoryTitle(members)).toBe("Osso mine blast kills 9 miners");
    expect(chooseStoryTitle(members, 14)).toBe("Osso mine blast toll rises to 14");
    // when every headline is behind the toll, the most central one still serves
    expect(chooseStoryTitle(members.slice(0, 2), 14)).toBe(chooseStoryTitle(members.slice(0, 2)));
  });

  it("reads only figures told with a death word", () => {
    expect(statesOlderToll("Fire at 12-storey hotel kills 10", 78)).toBe(true);
    expect(statesOlderToll("Hotel fire: 12 floors burned", 78)).toBe(false);
    expect(statesOlderToll("Day of mourning for 78 killed", 78)).toBe(false);
    expect(statesOlderToll("Fire kills 10", null)).toBe(false);
    // within a tenth of the toll, a headline still tells it
    expect(statesOlderToll("Flood toll passes 200", 205)).toBe(false);
    expect(statesOlderToll("Flood toll rises to 158", 205)).toBe(true);
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
