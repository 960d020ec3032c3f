import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../../model/article.js";
import { isTeaser } from "./complete-teasers.js";

const item = (text: string, url: string | null = "https://a.example/x"): ArticleInput => ({
  id: "x",
  title: "T",
  text,
  url,
  outlet: null,
  published: null,
  language: null,
  origin: "feed",
  extra: {},
});
const sentence = "The council met on Monday to agree the budget for the coming year. ";

describe("isTeaser", () => {
  const rows: Array<[string, ArticleInput, boolean]> = [
    ["short summary", item("The council met on Monday."), true],
    ["empty", item(""), true],
    ["no link to follow", item("Short.", null), false],
    ["full text", item(sentence.repeat(8)), false],
    ["cut off with an ellipsis", item(`${sentence.repeat(6)}The vote\u2026`), true],
    ["cut off with [...]", item(`${sentence.repeat(6)}The vote [...]`), true],
    ["ends with read more", item(`${sentence.repeat(6)}Read more`), true],
    ["long text with an ellipsis", item(`${sentence.repeat(20)}\u2026`), false],
  ];
  it.each(rows)("%s", (_name, article, expected) => expect(isTeaser(article)).toBe(expected));
});
