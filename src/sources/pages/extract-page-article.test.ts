import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractPageArticle } from "./extract-page-article.js";

const newsPage = readFileSync(new URL("./fixtures/news-page.html", import.meta.url), "utf8");

describe("extractPageArticle", () => {
  const result = extractPageArticle(newsPage, "https://www.herald.example/news/bridge", "fixture");
  const article = result.ok ? result.article : null;

  it("keeps every paragraph of the article, in order, as paragraphs", () => {
    expect(article?.text.split("\n\n").map((p) => p.slice(0, 24))).toEqual([
      "The old stone bridge ove",
      "Engineers replaced 40 da",
      "Buses will return to the",
      "Shop owners on both bank",
    ]);
  });

  const absent: string[] = [
    "cookies",
    "Accept",
    "Sport",
    "Share on social",
    "Related stories",
    "Copyright",
    "Riverside Herald",
  ];
  it.each(absent)("leaves out page furniture: %s", (fragment) => {
    expect(article?.text).not.toContain(fragment);
  });

  const fields: Array<[keyof NonNullable<typeof article>, unknown]> = [
    ["id", "https://www.herald.example/news/bridge"],
    ["title", "Bridge reopens after repairs"],
    ["outlet", "Riverside Herald"],
    ["published", "2024-04-10T04:30:00.000Z"],
    ["language", "en"],
    ["extra", { byline: "Dana Okafor" }],
  ];
  it.each(fields)("reads %s", (field, expected) => {
    expect(article?.[field]).toEqual(expected);
  });

  const metadataRows: Array<[string, string, unknown]> = [
    [
      '<meta property="article:published_time" content="2023-12-01T10:00:00Z">',
      "published",
      "2023-12-01T10:00:00.000Z",
    ],
    [
      '<script type="application/ld+json">{"@type":"Article","publisher":{"name":"Valley Post"}}</script>',
      "outlet",
      "Valley Post",
    ],
    ["<title>Quiet day | other.example</title>", "outlet", "other.example"],
    ["<title>Quiet day | other.example</title>", "title", "Quiet day"],
    ['<script type="application/ld+json">{broken</script>', "published", null],
  ];
  it.each(metadataRows)("head %s -> %s", (head, field, expected) => {
    const body = `<p>${"A calm day in town with nothing much to report beyond the weather. ".repeat(4)}</p>`;
    const page = `<html><head>${head}</head><body><article>${body}</article></body></html>`;
    const extracted = extractPageArticle(page, "https://www.other.example/a", "row");
    expect(extracted.ok && extracted.article[field as "outlet"]).toEqual(expected);
  });

  it("takes the day in the page's URL when the page states no date", () => {
    const body = `<p>${"A calm day in town with nothing much to report beyond the weather. ".repeat(4)}</p>`;
    const page = `<html><head><title>Quiet day</title></head><body><article>${body}</article></body></html>`;
    const extracted = extractPageArticle(page, "https://www.other.example/2025/03/02/quiet-day/", "row");
    expect(extracted.ok && extracted.article.published).toBe("2025-03-02");
  });

  it("reports a page without article text", () => {
    expect(extractPageArticle("<html><body><nav>Home</nav></body></html>", null, "empty.html")).toEqual({
      ok: false,
      reason: "no article text found on the page",
    });
  });
});
