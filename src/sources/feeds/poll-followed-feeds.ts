import type { ArticleInput, InputProblem } from "../../model/article.js";
import { findFetchError } from "../http/fetch-error.js";
import { createHostLimiter, type HostLimiter } from "../http/host-limiter.js";
import type { HttpClient } from "../http/http-client.js";
import { fetchFeed } from "./fetch-feed.js";
import { backoffDelayMs, type FollowedFeed, type FollowedFeedStore } from "./followed-feed.js";
import { reasonOf } from "./reason-of.js";

/** The wait a server asked for with Retry-After (capped at a week), else 0. */
function askedDelay(error: unknown): number {
  const asked = findFetchError(error)?.retryAfterMs ?? 0;
  return Math.min(asked, 7 * 24 * 3_600_000);
}

/** Stores articles (the pipeline's ingest); returns how many were new. */
export type IngestArticles = (
  articles: ArticleInput[],
) => Promise<{ added: number; problems: InputProblem[] }>;

export interface FeedPollOutcome {
  url: string;
  status: "new-items" | "unchanged" | "not-modified" | "failed" | "backing-off";
  added: number;
  problems: InputProblem[];
  notes: InputProblem[];
}

export interface PollOptions {
  http: HttpClient;
  store: FollowedFeedStore;
  ingest: IngestArticles;
  now?: () => Date;
  limiter?: HostLimiter;
  /** Which item ids are already stored (e.g. ingested before the feed was followed). */
  storedIds?: (ids: string[]) => Promise<ReadonlySet<string>>;
}

/**
 * Polls every followed feed that is not backing off: a conditional GET, only unseen items, teasers
 * completed from their pages, then ingest. Item ids are remembered per feed so a feed repeating
 * an item never stores it twice; failures push the next poll back exponentially.
 */
export async function pollFollowedFeeds(options: PollOptions): Promise<FeedPollOutcome[]> {
  const now = options.now ?? (() => new Date());
  const limiter = options.limiter ?? createHostLimiter(2);
  const feeds = await options.store.listFollowedFeeds();
  return Promise.all(feeds.map((feed) => pollOneFeed(feed, { ...options, now, limiter })));
}

async function pollOneFeed(
  feed: FollowedFeed,
  options: PollOptions & { now: () => Date; limiter: HostLimiter },
): Promise<FeedPollOutcome> {
  const started = options.now();
  if (feed.retryAfter !== null && Date.parse(feed.retryAfter) > started.getTime()) {
    return { url: feed.url, status: "backing-off", added: 0, problems: [], notes: [] };
  }
  try {
    const seenIds = await options.store.seenFeedItemIds(feed.url);
    const result = await fetchFeed(options.http, feed.url, {
      etag: feed.etag,
      lastModified: feed.lastModified,
      seenIds,
      ...(options.storedIds ? { storedIds: options.storedIds } : {}),
      limiter: options.limiter,
    });
    const ingested =
      result.articles.length > 0 ? await options.ingest(result.articles) : { added: 0, problems: [] };
    const newIds = result.itemIds.filter((id) => !seenIds.has(id));
    if (newIds.length > 0) await options.store.addSeenFeedItemIds(feed.url, newIds);
    await options.store.saveFollowedFeed({
      ...feed,
      title: result.feedTitle ?? feed.title,
      etag: result.etag ?? feed.etag,
      lastModified: result.lastModified ?? feed.lastModified,
      failures: 0,
      retryAfter: null,
      lastPolledAt: started.toISOString(),
      lastError: null,
    });
    const status = result.notModified ? "not-modified" : ingested.added > 0 ? "new-items" : "unchanged";
    return {
      url: feed.url,
      status,
      added: ingested.added,
      problems: [...result.problems, ...ingested.problems],
      notes: result.notes,
    };
  } catch (error) {
    const failures = feed.failures + 1;
    const reason = reasonOf(error, feed.url);
    await options.store.saveFollowedFeed({
      ...feed,
      failures,
      retryAfter: new Date(
        started.getTime() + Math.max(backoffDelayMs(failures), askedDelay(error)),
      ).toISOString(),
      lastPolledAt: started.toISOString(),
      lastError: reason,
    });
    return { url: feed.url, status: "failed", added: 0, problems: [{ item: feed.url, reason }], notes: [] };
  }
}
