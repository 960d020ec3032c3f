import { createHash } from "node:crypto";
import type { ArticleInput, InputProblem } from "../../model/article.js";
import { htmlFragmentToText } from "../pages/html-to-text.js";
import { toIsoDate } from "../pages/to-iso-date.js";
import { type FeedEntry, feedEntries } from "./feed-entries.js";
import { parseAnyFeed } from "./parse-any-feed.js";

export interface FeedReadResult {
  /** The feed's own title (HTML removed), used as every item's outlet. */
  feedTitle: string | null;
  articles: ArticleInput[];
  problems: InputProblem[];
}

export interface ReadFeedOptions {
  /** The feed's URL, to resolve relative item links; defaults to `origin` when that is a URL. */
  baseUrl?: string | null;
  now?: Date;
}

/**
 * Reads an RSS 0.9x/1.0/2.0, Atom or JSON Feed document into articles: id = item link (or guid),
 * title and text without HTML, outlet = feed title, published as ISO or null. Broken XML (bare `&`)
 * is repaired and retried; a feed that still cannot be read is one problem naming `origin`.
 */
export function readFeedText(text: string, origin: string, options: ReadFeedOptions = {}): FeedReadResult {
  const parsed = parseAnyFeed(text);
  if (!parsed.ok)
    return { feedTitle: null, articles: [], problems: [{ item: origin, reason: parsed.reason }] };
  const summary = feedEntries(parsed.feed);
  const feedTitle = summary.title === null ? null : htmlFragmentToText(summary.title) || null;
  const base = options.baseUrl ?? (isHttpUrl(origin) ? origin : (summary.link ?? null));
  const articles: ArticleInput[] = [];
  const problems: InputProblem[] = [];
  summary.entries.forEach((entry, index) => {
    const article = entryToArticle(entry, {
      feedTitle,
      base,
      origin,
      language: summary.language,
      now: options.now,
    });
    if (article === null)
      problems.push({ item: `${origin} item ${index + 1}`, reason: "item has no title or text" });
    else articles.push(article);
  });
  if (summary.entries.length === 0) problems.push({ item: origin, reason: "feed has no items" });
  return { feedTitle, articles, problems };
}

interface EntryContext {
  feedTitle: string | null;
  base: string | null;
  origin: string;
  language: string | null;
  now: Date | undefined;
}

function entryToArticle(entry: FeedEntry, context: EntryContext): ArticleInput | null {
  const title = entry.title === null ? null : htmlFragmentToText(entry.title) || null;
  const text = entry.body === null ? "" : htmlFragmentToText(entry.body);
  if (title === null && text === "") return null;
  const url = resolveLink(entry.link, context.base);
  const id =
    url ??
    entry.guid ??
    `${context.origin}#${createHash("sha256").update(`${title}\n${text}`).digest("hex").slice(0, 16)}`;
  const extra: Record<string, unknown> = {};
  if (entry.author) extra.byline = htmlFragmentToText(entry.author);
  if (entry.guid && entry.guid !== id) extra.guid = entry.guid;
  return {
    id,
    title,
    text,
    url,
    outlet: context.feedTitle,
    published: toIsoDate(entry.published, context.now),
    language: context.language?.split(/[-_]/)[0]?.toLowerCase() ?? null,
    origin: url ?? context.origin,
    extra,
  };
}

function resolveLink(link: string | null, base: string | null): string | null {
  if (link === null) return null;
  try {
    const resolved = new URL(link.trim(), base ?? undefined);
    return resolved.protocol === "http:" || resolved.protocol === "https:" ? resolved.href : null;
  } catch {
    return null;
  }
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}
