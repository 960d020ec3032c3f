import { describe, expect, it } from "vitest";
import { fullAtomFeed, opmlList, storyFixture } from "../../../test/feeds-fixtures.js";
import { feedsToFollowFromText } from "./feeds-to-follow.js";

describe("feedsToFollowFromText", () => {
  const atom = fullAtomFeed("https://site.example", [storyFixture(1)], "Site News");
  const rows: Array<[text: string, url: string | null, feeds: string[], problem: string | null]> = [
    [atom, "https://site.example/atom", ["https://site.example/atom Site News"], null],
    [
      opmlList(["https://a.example/rss", "https://b.example/atom"]),
      null,
      ["https://a.example/rss Feed 1", "https://b.example/atom Feed 2"],
      null,
    ],
    [atom, null, [], "a local file can be followed only when it is an OPML list"],
    [
      "<html><body>A page</body></html>",
      "https://site.example/",
      [],
      "not a readable RSS, Atom or JSON feed (Unrecognized feed format)",
    ],
  ];
  it.each(rows)("row %#", (text, url, feeds, problem) => {
    const result = feedsToFollowFromText(text, url ?? "list.opml", url);
    expect(result.feeds.map((f) => `${f.url} ${f.title}`)).toEqual(feeds);
    expect(result.problems[0]?.reason ?? null).toBe(problem);
  });
});
