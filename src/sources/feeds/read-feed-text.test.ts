import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFeedText } from "./read-feed-text.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const now = new Date("2025-01-01T00:00:00Z");

describe("readFeedText", () => {
  type Row = [file: string, index: number, expected: Record<string, unknown>];
  const rows: Row[] = [
    [
      "broken-rss2.xml",
      0,
      {
        id: "https://times.example/news/ferry?id=7&src=rss",
        title: "Ferry service resumes & fares fall",
        text: "The ferry runs again.",
        outlet: "Harbour & Hill Times",
        published: "2024-03-14T08:15:00.000Z",
        language: "en",
        extra: { guid: "hht-7" },
      },
    ],
    [
      "broken-rss2.xml",
      1,
      {
        text: "The weekly market moves to Saturday because of roadworks on the square.\n\nStall holders were told by letter.",
        published: null,
      },
    ],
    ["broken-rss2.xml", 2, { id: "hht-9", url: null, title: "Notice without a link" }],
    [
      "atom.xml",
      0,
      {
        id: "https://courier.example/2024/dam",
        title: "Dam inspection finds cracks",
        outlet: "Valley Courier",
        published: "2024-05-02T08:00:00.000Z",
        text: "Inspectors found two cracks in the spillway.",
        extra: { byline: "Lee Park", guid: "tag:courier.example,2024:101" },
      },
    ],
    [
      "atom.xml",
      1,
      {
        id: "tag:courier.example,2024:102",
        published: "2024-05-01T07:00:00.000Z",
        text: "Short summary text.",
      },
    ],
    [
      "json-feed.json",
      0,
      {
        id: "https://coast.example/c-1",
        text: "Forecasters lifted the warning overnight.\n\nWinds dropped below gale force.",
        published: "2024-02-11T03:00:00.000Z",
        language: "fr",
        outlet: "Coastline Daily",
      },
    ],
    ["json-feed.json", 1, { id: "c-2", title: "Beach reopens", text: "The beach reopened." }],
    [
      "rss1-rdf.xml",
      0,
      {
        id: "https://plains.example/wind-farm",
        published: "2024-01-20T10:00:00.000Z",
        extra: { byline: "Ira Novak" },
      },
    ],
    [
      "rss091.xml",
      0,
      { title: "Clock tower repaired", outlet: "Old Town Bulletin", url: "http://bulletin.example/clock" },
    ],
  ];
  it.each(rows)("%s item %i", (file, index, expected) => {
    const { articles } = readFeedText(fixture(file), `fixtures/${file}`, { now });
    expect(articles[index]).toMatchObject(expected);
  });

  const counts: Array<[file: string, articles: number, problems: string[]]> = [
    ["broken-rss2.xml", 3, ["fixtures/broken-rss2.xml item 4: item has no title or text"]],
    ["atom.xml", 2, []],
    ["json-feed.json", 2, []],
  ];
  it.each(counts)("%s gives %i articles and the problems listed", (file, articles, problems) => {
    const result = readFeedText(fixture(file), `fixtures/${file}`, { now });
    expect(result.articles.length).toBe(articles);
    expect(result.problems.map((p) => `${p.item}: ${p.reason}`)).toEqual(problems);
  });

  const broken: Array<[text: string, count: number]> = [
    [
      '<rss version="2.0"><channel><title>T</title><item><title>5 < 6 now</title><link>http://a.test/1</link></item></channel></rss>',
      1,
    ],
    ["<html><body>Not a feed</body></html>", 0],
    ["{ not json", 0],
  ];
  it.each(broken)("repairs or reports %s", (text, count) => {
    const result = readFeedText(text, "inline");
    expect(result.articles.length).toBe(count);
    expect(result.problems.length).toBe(count === 0 ? 1 : 0);
  });
});
