import type { AnyFeed } from "feedsmith";

/** One feed item, whatever the format, before its HTML is turned into text. */
export interface FeedEntry {
  link: string | null;
  guid: string | null;
  /** May hold markup (HTML in titles is common). */
  title: string | null;
  /** Body as HTML (plain text is valid HTML here). */
  body: string | null;
  published: string | null;
  author: string | null;
}

export interface FeedSummary {
  title: string | null;
  link: string | null;
  language: string | null;
  entries: FeedEntry[];
}

type TextLike = string | { value?: string } | undefined;
const textOf = (value: TextLike): string | null =>
  typeof value === "string" ? value : (value?.value ?? null);
const firstOf = (...values: Array<string | null | undefined>): string | null =>
  values.find((v): v is string => typeof v === "string" && v.trim() !== "") ?? null;

/** The items of any feed format in one shape: link, guid, title, body, published date, author. */
export function feedEntries(parsed: AnyFeed): FeedSummary {
  switch (parsed.format) {
    case "rss": {
      const feed = parsed.feed;
      return {
        title: firstOf(feed.title),
        link: firstOf(feed.link),
        language: firstOf(feed.language),
        entries: (feed.items ?? []).map((item) => ({
          link: firstOf(item.link),
          guid: firstOf(item.guid?.value),
          title: firstOf(item.title, item.dc?.titles?.[0]),
          body: firstOf(item.content?.encoded, item.description),
          published: firstOf(item.pubDate, item.dc?.dates?.[0], item.dcterms?.issued?.[0]),
          author: firstOf(item.authors?.[0]?.name, item.authors?.[0]?.email, item.dc?.creators?.[0]),
        })),
      };
    }
    case "rdf": {
      const feed = parsed.feed;
      return {
        title: firstOf(feed.title),
        link: firstOf(feed.link),
        language: firstOf(feed.dc?.languages?.[0]),
        entries: (feed.items ?? []).map((item) => ({
          link: firstOf(item.link),
          guid: firstOf(item.rdf?.about),
          title: firstOf(item.title, item.dc?.titles?.[0]),
          body: firstOf(item.content?.encoded, item.description),
          published: firstOf(item.dc?.dates?.[0], item.dcterms?.issued?.[0]),
          author: firstOf(item.dc?.creators?.[0]),
        })),
      };
    }
    case "atom": {
      const feed = parsed.feed;
      const alternate = (links: Array<{ href?: string; rel?: string }> | undefined) =>
        firstOf(links?.find((l) => !l.rel || l.rel === "alternate")?.href, links?.[0]?.href);
      return {
        title: textOf(feed.title),
        link: alternate(feed.links),
        language: null,
        entries: (feed.entries ?? []).map((entry) => ({
          link: alternate(entry.links),
          guid: firstOf(entry.id),
          title: textOf(entry.title),
          body: firstOf(textOf(entry.content), textOf(entry.summary)),
          published: firstOf(entry.published, entry.updated, entry.dc?.dates?.[0]),
          author: firstOf(entry.authors?.[0]?.name),
        })),
      };
    }
    case "json": {
      const feed = parsed.feed;
      return {
        title: firstOf(feed.title),
        link: firstOf(feed.home_page_url, feed.feed_url),
        language: firstOf(feed.language),
        entries: (feed.items ?? []).map((item) => ({
          link: firstOf(item.url, item.external_url),
          guid: firstOf(item.id),
          title: firstOf(item.title),
          body: firstOf(item.content_html, escapeText(item.content_text), item.summary),
          published: firstOf(item.date_published, item.date_modified),
          author: firstOf(item.authors?.[0]?.name),
        })),
      };
    }
  }
}

function escapeText(text: string | undefined): string | null {
  return text === undefined
    ? null
    : text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/\n\s*\n/g, "<p>");
}
