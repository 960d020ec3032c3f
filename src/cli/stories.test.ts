import { describe, expect, it } from "vitest";
import type { Story } from "../model/index.js";
import { storyDays, storyLines, storyToll } from "./stories.js";

const story = (
  id: string,
  size: number,
  first: string | null,
  last: string | null,
  killed: number | null,
  injured: number | null,
  title: string,
): Story => ({
  id,
  title,
  articleIds: Array.from({ length: size }, (_, i) => `${id}-a${i}`),
  firstDate: first,
  lastDate: last,
  casualties: { killed, injured },
});

describe("crosscheck stories, as text", () => {
  it("writes one day once, a span as from..to", () => {
    expect(storyDays("2025-03-19T08:00:00Z", "2025-03-19T17:00:00Z")).toBe("2025-03-19");
    expect(storyDays("2025-03-16", "2025-03-19")).toBe("2025-03-16..2025-03-19");
    expect(storyDays(null, null)).toBe("undated");
  });

  it("states the toll in words, and says when there is none", () => {
    expect(storyToll({ killed: 81, injured: 150 })).toBe("81 killed, 150 injured");
    expect(storyToll({ killed: null, injured: 4 })).toBe("4 injured");
    expect(storyToll({ killed: null, injured: null })).toBe("no toll");
  });

  it("lines the columns up", () => {
    const lines = storyLines([
      story("s-one", 12, "2025-03-16", "2025-03-19", 81, 150, "Rebels take the town"),
      story("s-two", 1, "2025-03-19", "2025-03-19", null, null, "Council passes budget"),
    ]);
    expect(lines).toEqual([
      "s-one  12 articles  2025-03-16..2025-03-19  81 killed, 150 injured  Rebels take the town",
      "s-two   1 article   2025-03-19              no toll                 Council passes budget",
    ]);
  });
});
