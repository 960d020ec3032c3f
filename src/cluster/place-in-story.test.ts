import { describe, expect, it } from "vitest";
import type { Article } from "../model/index.js";
import { storyRecord } from "./place-in-story.js";

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
