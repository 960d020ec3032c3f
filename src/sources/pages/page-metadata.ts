import { dateFromUrl } from "../url/date-from-url.js";
import { outletFromUrl } from "../url/outlet-from-url.js";
import { findArticleNode, jsonLdName, jsonLdString } from "./json-ld.js";
import { toIsoDate } from "./to-iso-date.js";

/** What a page says about its article outside the body text. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  language: string | null;
}

const PUBLISHED_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "datepublished",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.created",
  "pubdate",
  "publishdate",
  "publish-date",
  "date",
  "parsely-pub-date",
];

type Doc = Pick<Document, "querySelectorAll" | "querySelector" | "title" | "documentElement">;

function metaValues(document: Doc): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of document.querySelectorAll("meta")) {
    const key = (
      meta.getAttribute("property") ??
      meta.getAttribute("name") ??
      meta.getAttribute("itemprop") ??
      ""
    )
      .trim()
      .toLowerCase();
    const content = (meta.getAttribute("content") ?? "").trim();
    if (key !== "" && content !== "" && !values.has(key)) values.set(key, content);
  }
  return values;
}

function firstOf(...values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    const trimmed = value?.replace(/\s+/g, " ").trim();
    if (trimmed) return trimmed;
  }
  return null;
}

/** Drops a trailing " | Site" / " - Site" from a <title> when it names the outlet. */
function withoutSiteSuffix(title: string | null, outlet: string | null): string | null {
  if (title === null || outlet === null) return title;
  const match = /^(.*\S)\s+[|\-–—:·]\s+(.+)$/.exec(title);
  return match && match[2]!.toLowerCase() === outlet.toLowerCase() ? match[1]! : title;
}

/**
 * Title, byline, published time, outlet and language from meta tags, JSON-LD and the URL (its host for
 * the outlet, the day in its path when the page states no date).
 */
export function readPageMetadata(document: Doc, url: string | null): PageMetadata {
  const meta = metaValues(document);
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => s.textContent ?? "",
  );
  const ld = findArticleNode(scripts);
  const host = url ? outletFromUrl(url) : null;
  const outlet = firstOf(
    meta.get("og:site_name"),
    jsonLdName(ld?.publisher),
    meta.get("application-name"),
    host,
  );
  const published =
    [...PUBLISHED_KEYS.map((key) => meta.get(key)), jsonLdString(ld, "datePublished")]
      .map((value) => toIsoDate(value))
      .find((value) => value !== null) ??
    toIsoDate(document.querySelector("article time[datetime], time[pubdate]")?.getAttribute("datetime"));
  const authorMeta = meta.get("author") ?? meta.get("article:author");
  return {
    title: firstOf(
      meta.get("og:title"),
      jsonLdString(ld, "headline"),
      meta.get("twitter:title"),
      document.querySelector("h1")?.textContent,
      withoutSiteSuffix(firstOf(document.title), outlet),
    ),
    byline: firstOf(authorMeta && !/^https?:/.test(authorMeta) ? authorMeta : null, jsonLdName(ld?.author)),
    published: published ?? (url ? dateFromUrl(url) : null),
    outlet,
    language: firstOf(
      document.documentElement?.getAttribute("lang")?.split(/[-_]/)[0]?.toLowerCase(),
      meta.get("og:locale")?.split(/[-_]/)[0]?.toLowerCase(),
    ),
  };
}
