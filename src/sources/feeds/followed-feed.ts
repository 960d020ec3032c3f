import type { FollowedFeed } from "../../model/index.js";

export type { FollowedFeed } from "../../model/index.js";
export type { FollowedFeedStore } from "../../store/store.js";

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
