import { describe, expect, it } from "vitest";
import { looksLikeOpml, readOpmlText } from "./read-opml-text.js";

const opml = (body: string) =>
  `<?xml version="1.0"?><opml version="2.0"><head><title>My feeds</title></head><body>${body}</body></opml>`;

describe("readOpmlText", () => {
  const rows: Array<[body: string, urls: string[], problems: number]> = [
    ['<outline text="A" type="rss" xmlUrl="https://a.example/feed.xml"/>', ["https://a.example/feed.xml"], 0],
    [
      '<outline text="News"><outline text="B" xmlUrl="https://b.example/rss"/><outline text="C" xmlUrl="/local.xml"/></outline>',
      ["https://b.example/rss", "https://lists.example/local.xml"],
      0,
    ],
    [
      '<outline text="Dup" xmlUrl="https://a.example/f"/><outline text="Dup2" xmlUrl="https://a.example/f"/>',
      ["https://a.example/f"],
      0,
    ],
    ['<outline text="Bad" xmlUrl="ftp://a.example/f"/>', [], 1],
    ['<outline text="Folder only"/>', [], 1],
    ['<outline text="Tom & Jerry" xmlUrl="https://t.example/?a=1&b=2"/>', ["https://t.example/?a=1&b=2"], 0],
  ];
  it.each(rows)("%s", (body, urls, problems) => {
    const result = readOpmlText(opml(body), "subs.opml", "https://lists.example/subs.opml");
    expect(result.feeds.map((f) => f.url)).toEqual(urls);
    expect(result.problems.length).toBe(problems);
  });

  it("names the first outline's title", () => {
    expect(readOpmlText(opml(rows[0]![0]), "x").feeds[0]?.title).toBe("A");
  });
});

describe("looksLikeOpml", () => {
  const rows: Array<[string, boolean]> = [
    [opml(""), true],
    ['<rss version="2.0"></rss>', false],
  ];
  it.each(rows)("%s -> %s", (text, expected) => expect(looksLikeOpml(text)).toBe(expected));
});
