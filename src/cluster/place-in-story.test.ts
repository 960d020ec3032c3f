import { describe, expect, it } from "vitest";
import type { Article } from "../model/index.js";
import { storyRecord, storyWrite } from "./place-in-story.js";
import type { Placement } from "./story-clusterer.js";

const member = (id: string, title: string | null, published: string | null): Article => ({
  id,
  title,
  text: "Body.",
  url: null,
  outlet: null,
  published,
  language: "en",
  origin: id,
  extra: {},
  contentHash: id,
  signature: "",
  storyId: "s-1",
  duplicateOf: null,
  casualties: { killed: null, injured: null },
  ingestedAt: "2031-01-01T00:00:00Z",
});

describe("storyRecord", () => {
  it.each([
    [
      [
        member("a", "Dam leak forces evacuation", "2031-03-02"),
        member("b", "Evacuation after dam leak ends", "2031-03-05"),
      ],
      { articleIds: ["a", "b"], firstDate: "2031-03-02", lastDate: "2031-03-05" },
    ],
    [[member("c", null, null)], { articleIds: ["c"], firstDate: null, lastDate: null }],
    [
      [member("d", "x", null), member("e", "y", "2031-01-09"), member("f", "z", "2031-01-01")],
      { articleIds: ["d", "e", "f"], firstDate: "2031-01-01", lastDate: "2031-01-09" },
    ],
  ])("%#", (members, expected) => {
    const story = storyRecord("s-1", members, { killed: 3, injured: null });
    expect({ articleIds: story.articleIds, firstDate: story.firstDate, lastDate: story.lastDate }).toEqual(
      expected,
    );
  });
});

describe("storyWrite", () => {
  // stored: s-1 holds a, b, c; s-2 (merged into s-1 by the new article n) holds d
  const stored: Record<string, Article[]> = {
    "s-1": ["a", "b", "c"].map((id) => member(id, id, null)),
    "s-2": [member("d", "d", null)],
  };
  const write = (placement: Partial<Placement>) =>
    storyWrite(
      { storyId: "s-1", duplicateOf: null, signature: "", merged: [], split: null, ...placement },
      "n",
      async (id) => stored[id] ?? [],
      (id) => new Map([[id, 1]]),
    );
  const ids = (articles: readonly Article[] | undefined) => articles?.map((a) => a.id);

  it("gathers the members of the story and of those merged into it", async () => {
    const w = await write({ merged: ["s-2"] });
    expect([ids(w.members), w.redirects, w.other, w.moves]).toEqual([
      ["a", "b", "c", "d"],
      [{ from: "s-2", to: "s-1" }],
      null,
      [],
    ]);
  });

  it("moves the split-off members and writes both sides, whichever side the article took", async () => {
    const joinedLeavers = await write({
      storyId: "s-9",
      merged: ["s-2"],
      split: { from: "s-1", to: "s-9", articleIds: ["c", "d", "n"] },
    });
    expect([
      ids(joinedLeavers.members),
      joinedLeavers.other?.storyId,
      ids(joinedLeavers.other?.members),
      joinedLeavers.moves,
      joinedLeavers.redirects,
    ]).toEqual([
      ["c", "d"],
      "s-1",
      ["a", "b"],
      [{ articleIds: ["c", "d"], storyId: "s-9" }],
      [{ from: "s-2", to: "s-1" }],
    ]);
    const stayed = await write({ split: { from: "s-1", to: "s-9", articleIds: ["b", "c"] } });
    expect([ids(stayed.members), stayed.other?.storyId, ids(stayed.other?.members), stayed.moves]).toEqual([
      ["a"],
      "s-9",
      ["b", "c"],
      [{ articleIds: ["b", "c"], storyId: "s-9" }],
    ]);
  });
});
