import type { FollowedFeed } from "../../model/index.js";
import { type FollowedFeedRow, toFollowedFeed } from "../rows.js";
import type { SqliteDb } from "./database.js";

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
