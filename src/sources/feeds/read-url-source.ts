import type { ArticleInput, InputProblem } from "../../model/article.js";
import { mediaTypeOf } from "../http/charset.js";
import { createHostLimiter, type HostLimiter } from "../http/host-limiter.js";
import type { HttpClient } from "../http/http-client.js";
import { looksLikeOpml, readOpmlText } from "../opml/read-opml-text.js";
import { extractPageArticle } from "../pages/extract-page-article.js";
import { isHtmlResponse } from "../pages/fetch-page-article.js";
import { articlesFromFeedText, fetchFeed } from "./fetch-feed.js";
import { reasonOf } from "./reason-of.js";

const URL_ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

export interface UrlSourceResult {
  articles: ArticleInput[];
  problems: InputProblem[];
  /** Not failures: e.g. a teaser kept because its page could not be read. */
  notes: InputProblem[];
}

/** True when text starts like an RSS, Atom, RDF or JSON feed rather than a web page. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2_000).replace(/^\uFEFF/, "");
  if (/^\s*\{/.test(head)) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org/i.test(head);
  return /<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/**
 * Everything a URL holds: a web page's article, a feed's items (teasers completed from their pages)
 * or, for an OPML list, the items of every feed it names. Failures are problems, never thrown.
 */
export async function readUrlSource(
  http: HttpClient,
  url: string,
  limiter: HostLimiter = createHostLimiter(4),
): Promise<UrlSourceResult> {
  try {
    const response = await limiter.run(url, () => http.get(url, { accept: URL_ACCEPT }));
    if (looksLikeOpml(response.text)) return await readOpmlFeeds(http, response.text, response.url, limiter);
    if (looksLikeFeed(response.text) || !isHtmlResponse(response.contentType, response.text)) {
      const feed = await articlesFromFeedText(http, response.text, response.url, { limiter });
      if (feed.articles.length > 0 || looksLikeFeed(response.text)) return feed;
      const media = mediaTypeOf(response.contentType) || "no content type";
      return {
        articles: [],
        problems: [{ item: url, reason: `neither a feed nor a web page (${media})` }],
        notes: [],
      };
    }
    const page = extractPageArticle(response.text, response.url, url);
    if (!page.ok) return { articles: [], problems: [{ item: url, reason: page.reason }], notes: [] };
    return { articles: [{ ...page.article, id: url, origin: url }], problems: [], notes: [] };
  } catch (error) {
    return { articles: [], problems: [{ item: url, reason: reasonOf(error, url) }], notes: [] };
  }
}

async function readOpmlFeeds(
  http: HttpClient,
  text: string,
  url: string,
  limiter: HostLimiter,
): Promise<UrlSourceResult> {
  const list = readOpmlText(text, url, url);
  const results = await Promise.all(
    list.feeds.map(async (feed): Promise<UrlSourceResult> => {
      try {
        return await fetchFeed(http, feed.url, { limiter });
      } catch (error) {
        return { articles: [], problems: [{ item: feed.url, reason: reasonOf(error, feed.url) }], notes: [] };
      }
    }),
  );
  return {
    articles: results.flatMap((r) => r.articles),
    problems: [...list.problems, ...results.flatMap((r) => r.problems)],
    notes: results.flatMap((r) => r.notes),
  };
}
