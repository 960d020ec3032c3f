import { describe, expect, it } from "vitest";
import { buildExtractContext } from "../build-context.js";
import { extractControl } from "./extract-control.js";

const control = (text: string) =>
  extractControl(buildExtractContext({ articleId: "t", text, published: null })).map((c) => ({
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
    "The militias seized control of large swathes of Doran province.",
    [{ change: "captured", place: "Doran", actor: "militias", extent: "partial" }],
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
    [{ change: "holds", place: "Tarsin", actor: "FLM", extent: "partial" }],
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
];

describe("extractControl", () => {
  it.each(rows)("%s", (input, expected) => {
    expect(control(input)).toEqual(expected);
  });
});
