import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface HtmlArticle {
  title: string | null;
  text: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  language: string | null;
}

function meta(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

/** Turns Readability's HTML into text with one paragraph a line. */
function blocksToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = document.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre");
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.querySelector("p, li, blockquote")) continue; // the inner blocks carry the text
    const line = (block.textContent ?? "").replace(/\s+/g, " ").trim();
    if (line) lines.push(line);
  }
  return lines.length > 0 ? lines.join("\n\n") : (document.body.textContent ?? "").trim();
}

/** Extracts the article of an HTML page with @mozilla/readability on a linkedom document. */
export function extractHtmlArticle(html: string): HtmlArticle | null {
  const { document } = parseHTML(html);
  const published = meta(document, [
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
  ]);
  const siteName = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const language = document.documentElement?.getAttribute("lang") ?? null;
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) return null;
  const text = blocksToText(parsed.content);
  if (!text) return null;
  return {
    title: parsed.title?.trim() || null,
    text,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || siteName,
    published: parsed.publishedTime?.trim() || published,
    language: parsed.lang?.trim() || language,
  };
}
