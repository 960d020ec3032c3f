import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleInput } from "../../model/article.js";
import { elementToText, type TextNodeLike } from "./html-to-text.js";
import { readPageMetadata } from "./page-metadata.js";
import { stripPageChrome } from "./strip-page-chrome.js";

/** Fewer characters than this after extraction means the page held no article worth keeping. */
const MIN_ARTICLE_CHARS = 80;

/** An article page read into text and metadata, or the reason it could not be. */
export type PageExtraction = { ok: true; article: ArticleInput } | { ok: false; reason: string };

/**
 * Extracts the article from a web page: metadata from meta tags and JSON-LD, then the body with
 * Readability on a document stripped of navigation, consent banners and footers.
 * `url` is the page's address (its id and outlet fallback); `origin` names it in messages.
 */
export function extractPageArticle(html: string, url: string | null, origin: string): PageExtraction {
  const { document } = parseHTML(html);
  if (!document.documentElement) return { ok: false, reason: "not an HTML document" };
  const metadata = readPageMetadata(document, url);
  stripPageChrome(document);
  let text = "";
  let readabilityByline: string | null = null;
  try {
    // The serializer hands back Readability's own element, so its text is read without a second parse.
    const parsed = new Readability<TextNodeLike>(document as unknown as Document, {
      charThreshold: 200,
      serializer: (node) => node as unknown as TextNodeLike,
    }).parse();
    if (parsed?.content) text = elementToText(parsed.content);
    readabilityByline = parsed?.byline?.trim() || null;
  } catch {
    // fall back to the stripped body below
  }
  if (text.length < MIN_ARTICLE_CHARS && document.body) {
    text = elementToText(document.body as unknown as TextNodeLike);
  }
  if (text.length < MIN_ARTICLE_CHARS) return { ok: false, reason: "no article text found on the page" };
  text = withoutLeadingTitle(text, metadata.title);
  const byline = metadata.byline ?? readabilityByline;
  return {
    ok: true,
    article: {
      id: url ?? origin,
      title: metadata.title,
      text,
      url,
      outlet: metadata.outlet,
      published: metadata.published,
      language: metadata.language,
      origin,
      extra: byline ? { byline } : {},
    },
  };
}

/** The body without a first paragraph that only repeats the headline. */
function withoutLeadingTitle(text: string, title: string | null): string {
  const [first, ...rest] = text.split("\n\n");
  return title !== null && rest.length > 0 && first?.trim() === title.trim() ? rest.join("\n\n") : text;
}
