import type { FollowedFeed } from "../../model/index.js";
import type { SqliteDb } from "./database.js";

interface FollowedFeedRow {
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  retry_after: string | null;
  last_polled_at: string | null;
  last_error: string | null;
  added_at: string;
}

function toFollowedFeed(row: FollowedFeedRow): FollowedFeed {
  return {
    url: row.url,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    failures: row.failures,
    retryAfter: row.retry_after,
    lastPolledAt: row.last_polled_at,
    lastError: row.last_error,
    addedAt: row.added_at,
  };
}

/** The followed-feeds area of the SQLite store: one row per feed, plus the item ids taken from it. */
export class SqliteFollowedFeeds {
  constructor(private readonly db: SqliteDb) {}

  list(): FollowedFeed[] {
    const rows = this.db
      .prepare("SELECT * FROM followed_feeds ORDER BY added_at, url")
      .all() as FollowedFeedRow[];
    return rows.map(toFollowedFeed);
  }

  save(feed: FollowedFeed): void {
    this.db
      .prepare(
        `INSERT INTO followed_feeds (url, title, etag, last_modified, failures, retry_after, last_polled_at, last_error, added_at)
         VALUES (@url, @title, @etag, @lastModified, @failures, @retryAfter, @lastPolledAt, @lastError, @addedAt)
         ON CONFLICT(url) DO UPDATE SET title = excluded.title, etag = excluded.etag,
           last_modified = excluded.last_modified, failures = excluded.failures, retry_after = excluded.retry_after,
           last_polled_at = excluded.last_polled_at, last_error = excluded.last_error`,
      )
      .run(feed);
  }

  seenItemIds(feedUrl: string): Set<string> {
    const rows = this.db.prepare("SELECT item_id FROM feed_items WHERE feed_url = ?").all(feedUrl) as {
      item_id: string;
    }[];
    return new Set(rows.map((r) => r.item_id));
  }

  addSeenItemIds(feedUrl: string, itemIds: string[]): void {
    const insert = this.db.prepare("INSERT OR IGNORE INTO feed_items (feed_url, item_id) VALUES (?, ?)");
    this.db.transaction(() => {
      for (const id of itemIds) insert.run(feedUrl, id);
    })();
  }
}
