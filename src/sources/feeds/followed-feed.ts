/** A feed crosscheck follows, with what polling it needs to remember between runs. */
export interface FollowedFeed {
  url: string;
  title: string | null;
  /** Validators of the last 200 response, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  /** Consecutive failed polls; 0 after a success. */
  failures: number;
  /** ISO time before which the feed is not polled again (backoff), or null. */
  retryAfter: string | null;
  lastPolledAt: string | null;
  lastError: string | null;
  addedAt: string;
}

/** Where followed feeds and the ids of items already taken from each are kept (the store implements it). */
export interface FollowedFeedStore {
  listFollowedFeeds(): Promise<FollowedFeed[]>;
  /** Inserts or replaces the feed with this URL. */
  saveFollowedFeed(feed: FollowedFeed): Promise<void>;
  seenFeedItemIds(feedUrl: string): Promise<Set<string>>;
  addSeenFeedItemIds(feedUrl: string, itemIds: string[]): Promise<void>;
}

/** A feed to follow, as first added. */
export function newFollowedFeed(url: string, title: string | null, now: Date): FollowedFeed {
  return {
    url,
    title,
    etag: null,
    lastModified: null,
    failures: 0,
    retryAfter: null,
    lastPolledAt: null,
    lastError: null,
    addedAt: now.toISOString(),
  };
}

const BACKOFF_BASE_MS = 2 * 60_000;
const BACKOFF_MAX_MS = 24 * 60 * 60_000;

/** Exponential backoff: 2 min after the first failure, doubling, at most a day. */
export function backoffDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20));
}
