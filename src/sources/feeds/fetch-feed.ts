import type { ArticleInput, InputProblem } from "../../model/article.js";
import type { HostLimiter } from "../http/host-limiter.js";
import type { HttpClient } from "../http/http-client.js";
import { completeTeasers } from "./complete-teasers.js";
import { readFeedText } from "./read-feed-text.js";

export const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

export interface FetchFeedOptions {
  /** Validators from the previous poll, sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /** Item ids already stored: kept out of the result and their pages are not fetched. */
  seenIds?: ReadonlySet<string>;
  /** Which of these item ids are already stored (from any source): treated like seen ones. */
  storedIds?: (ids: string[]) => Promise<ReadonlySet<string>>;
  /** Fetch the linked page of teaser-only items (default true). */
  fullText?: boolean;
  limiter?: HostLimiter;
}

export interface FetchFeedResult {
  notModified: boolean;
  /** Final URL after redirects. */
  url: string;
  etag: string | null;
  lastModified: string | null;
  feedTitle: string | null;
  articles: ArticleInput[];
  /** Ids of every item the feed currently lists (seen ones included). */
  itemIds: string[];
  problems: InputProblem[];
  /** Not failures: e.g. a teaser kept because its page could not be read. */
  notes: InputProblem[];
}

/** Fetches a feed (conditionally when validators are given) and reads its new items as articles. */
export async function fetchFeed(
  http: HttpClient,
  url: string,
  options: FetchFeedOptions = {},
): Promise<FetchFeedResult> {
  const get = () =>
    http.get(url, {
      accept: FEED_ACCEPT,
      etag: options.etag ?? null,
      lastModified: options.lastModified ?? null,
    });
  // Only the GET holds a host slot: teaser pages below take their own, so a feed never waits on itself.
  const response = await (options.limiter ? options.limiter.run(url, get) : get());
  const base = { url: response.url, etag: response.etag, lastModified: response.lastModified };
  if (response.notModified) {
    return {
      ...base,
      notModified: true,
      feedTitle: null,
      articles: [],
      itemIds: [],
      problems: [],
      notes: [],
    };
  }
  return {
    ...base,
    notModified: false,
    ...(await articlesFromFeedText(http, response.text, response.url, options)),
  };
}

/** Reads fetched feed text, drops already-seen items and completes teasers from their pages. */
export async function articlesFromFeedText(
  http: HttpClient,
  text: string,
  url: string,
  options: Pick<FetchFeedOptions, "seenIds" | "storedIds" | "fullText" | "limiter"> = {},
): Promise<Pick<FetchFeedResult, "feedTitle" | "articles" | "itemIds" | "problems" | "notes">> {
  const read = readFeedText(text, url, { baseUrl: url });
  const itemIds = read.articles.map((a) => a.id);
  const unseen = read.articles.filter((a) => !options.seenIds?.has(a.id));
  const stored =
    options.storedIds && unseen.length > 0 ? await options.storedIds(unseen.map((a) => a.id)) : null;
  const fresh = stored ? unseen.filter((a) => !stored.has(a.id)) : unseen;
  if (options.fullText === false)
    return { feedTitle: read.feedTitle, articles: fresh, itemIds, problems: read.problems, notes: [] };
  const completed = await completeTeasers(http, fresh, options.limiter);
  return {
    feedTitle: read.feedTitle,
    articles: completed.articles,
    itemIds,
    problems: read.problems,
    notes: completed.notes,
  };
}
