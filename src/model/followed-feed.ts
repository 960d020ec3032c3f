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
