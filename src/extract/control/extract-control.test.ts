import { describe, expect, it } from "vitest";
import { buildExtractContext } from "../build-context.js";
import { extractMentions } from "../entities/extract-mentions.js";
import { extractControl } from "./extract-control.js";

/** Control claims read as ingest reads them, with the article's name mentions. */
const control = (text: string) =>
  extractControl(
    buildExtractContext({ articleId: "t", text, published: null, mentions: extractMentions(text) }),
  ).map((c) => ({
    change: c.change,
    place: c.place.text,
    actor: c.actor?.text ?? null,
    extent: c.extent,
  }));

const rows: [string, { change: string; place: string; actor: string | null; extent: string | null }[]][] = [
  [
    "Rebel fighters captured the town of Marsa on Monday.",
    [{ change: "captured", place: "Marsa", actor: "Rebel fighters", extent: null }],
  ],
  [
    "The militias seized control of wide areas of Doran province.",
    [{ change: "captured", place: "Doran", actor: "militias", extent: "partial" }],
  ],
  // what protesters storm is a building of the place, not the place; a district of it is a part of it
  ["NORLAND CITY (Lake Wire) - Protesters stormed Norland's parliament on Tuesday.", []],
  [
    "Rebels captured Kessel's eastern districts.",
    [{ change: "captured", place: "Kessel", actor: "Rebels", extent: null }],
  ],
  [
    "Insurgents have taken most of Kessel, a monitor said.",
    [{ change: "captured", place: "Kessel", actor: "Insurgents", extent: "majority" }],
  ],
  [
    "The army lost complete control of Varna on Sunday.",
    [{ change: "lost", place: "Varna", actor: "army", extent: "complete" }],
  ],
  [
    "Government troops withdrew from Ostra overnight.",
    [{ change: "withdrew", place: "Ostra", actor: "Government troops", extent: null }],
  ],
  [
    "The FLM controls Tarsin, except for the old harbour district.",
    [{ change: "holds", place: "Tarsin", actor: "FLM", extent: "majority" }],
  ],
  ["The truce took effect in Lumen at noon.", []],
  // a facility named by a place's possessive is its own place
  [
    "The rebels overran Marsa's international airport on Friday.",
    [{ change: "captured", place: "Marsa airport", actor: "rebels", extent: null }],
  ],
  [
    "The militias seized the city's prison and Doran's citadel.",
    [{ change: "captured", place: "Doran citadel", actor: "militias", extent: null }],
  ],
  // acronyms, demonyms and organisations open runs that are not places
  [
    "Fighters of the PLF captured Ostra after Turkish shelling.",
    [{ change: "captured", place: "Ostra", actor: "PLF", extent: null }],
  ],
  // a place named as a landmark or in a phrase of time is not what changed hands
  ["The militia took six villages on the road towards Marsa.", []],
  // people taken away from a place: the place did not change hands
  ["Troops freed 137 hostages seized from a school in Kessel last month.", []],
  ["Government troops still hold the mountain pass north of Kessel.", []],
  ["The rebels seized the army-held capital of Doran province.", []],
  ["These were the heaviest clashes in two decades in Varna.", []],
  // a facility named before its town
  [
    "The rebels overran the airstrip of Ostra at dawn.",
    [{ change: "captured", place: "Ostra airstrip", actor: "rebels", extent: null }],
  ],
  // two places: the first is the claim's (each place is its own question)
  [
    "Insurgents hold Tarsin and Lumen after a week of fighting.",
    [{ change: "holds", place: "Tarsin", actor: "Insurgents", extent: null }],
  ],
  // a hypothesis is not a report
  ["The capture of Marsa would change the course of the war.", []],
  [
    "The capture of Marsa changed the course of the war.",
    [{ change: "captured", place: "Marsa", actor: null, extent: null }],
  ],
  // who: the subject, not a noun in a phrase of its own; a pronoun stands for who said so or for the
  // subject before; "government-held" and "the rebel capture" name who
  [
    "The Northern Front, an armed group that took up arms against the army in 2023, said it now controlled Castelmoor.",
    [{ change: "holds", place: "Castelmoor", actor: "Northern Front", extent: null }],
  ],
  [
    "The Northern Front says it seized Castelmoor on Tuesday.",
    [{ change: "captured", place: "Castelmoor", actor: "Northern Front", extent: null }],
  ],
  [
    "The militias' advance went on. They have also captured Lumen, a crossroads town.",
    [{ change: "captured", place: "Lumen", actor: "militias", extent: null }],
  ],
  [
    "The PLF, a coalition of hill clans, and its allied factions now hold Ostra.",
    [{ change: "holds", place: "Ostra", actor: "PLF", extent: null }],
  ],
  [
    "Drones struck government-held districts of Varna overnight.",
    [{ change: "holds", place: "Varna", actor: "government", extent: null }],
  ],
  [
    "The rebel capture of Marsa surprised the capital.",
    [{ change: "captured", place: "Marsa", actor: "rebel", extent: null }],
  ],
  // a compass word before the place names a region of it
  [
    "The Hill Front has regained significant ground in northwestern Lumenia this week.",
    [{ change: "captured", place: "Lumenia", actor: "Hill Front", extent: "partial" }],
  ],
  [
    "Militias now control southern Varna entirely.",
    [{ change: "holds", place: "Varna", actor: "Militias", extent: "partial" }],
  ],
  // "and its airstrip": the place's facility changed hands with it
  [
    "The Hill Front said it had seized Lumen and its airstrip.",
    [
      { change: "captured", place: "Lumen", actor: "Hill Front", extent: null },
      { change: "captured", place: "Lumen airstrip", actor: "Hill Front", extent: null },
    ],
  ],
  [
    "The Hill Front says it seized Lumen on Tuesday and its port on Friday.",
    [
      { change: "captured", place: "Lumen", actor: "Hill Front", extent: null },
      { change: "captured", place: "Lumen port", actor: "Hill Front", extent: null },
    ],
  ],
  // a weekday, month or demonym after the verb is no place
  ["The family will hold a vigil Thursday at the house.", []],
  ["The suspect was held Monday on a $20,000 bond.", []],
  ["Gunmen seized a Danish trawler off the coast.", []],
  // "took" is a change of control only for an armed actor
  ["The Harbour Police took the injured sailor to Marsa General Hospital.", []],
];

describe("extractControl", () => {
  it.each(rows)("%s", (input, expected) => {
    expect(control(input)).toEqual(expected);
  });
});

describe("extractControl background", () => {
  const background = (text: string, published: string | null = null) =>
    extractControl(
      buildExtractContext({ articleId: "t", text, published, mentions: extractMentions(text) }),
    ).map((c) => [c.change, c.place.text, c.background]);

  it("marks control the sentence dates to an earlier year as background", () => {
    expect(
      background(
        "Rebels seized Marsa in November 2024. Troops had held Marsa since a long siege ended in 2016.",
      ),
    ).toEqual([
      ["captured", "Marsa", false],
      ["holds", "Marsa", true],
    ]);
    expect(background("Government forces retook Kessel in 2019.", "2024-12-01")).toEqual([
      ["captured", "Kessel", true],
    ]);
  });

  it("marks the past perfect as background, unless a source is reporting the news", () => {
    expect(background("Army units had largely stabilised their control over Varna.")).toEqual([
      ["holds", "Varna", true],
    ]);
    expect(background("The rebels said they had captured Varna by dawn.")).toEqual([
      ["captured", "Varna", false],
    ]);
  });

  it("keeps a change of this year, or one since an earlier year, as news", () => {
    expect(background("Rebels seized Ostra in 2024.", "2024-12-01")).toEqual([["captured", "Ostra", false]]);
    expect(background("Rebels captured Ostra for the first time since 2016.")).toEqual([
      ["captured", "Ostra", false],
    ]);
  });
});
