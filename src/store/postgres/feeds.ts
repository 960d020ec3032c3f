import type { FollowedFeed } from "../../model/index.js";
import { type FollowedFeedRow, toFollowedFeed } from "../rows.js";
import type { PgQueryable } from "./pool.js";

/** The followed-feeds area of the PostgreSQL store: one row per feed, plus the item ids taken from it. */
export class PostgresFollowedFeeds {
  async list(db: PgQueryable): Promise<FollowedFeed[]> {
    const r = await db.query<FollowedFeedRow>(
      `SELECT * FROM followed_feeds ORDER BY added_at COLLATE "C", url COLLATE "C"`,
    );
    return r.rows.map(toFollowedFeed);
  }

  async save(db: PgQueryable, feed: FollowedFeed): Promise<void> {
    await db.query(
      `INSERT INTO followed_feeds (url, title, etag, last_modified, failures, retry_after, last_polled_at, last_error, added_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (url) DO UPDATE SET title = excluded.title, etag = excluded.etag,
         last_modified = excluded.last_modified, failures = excluded.failures, retry_after = excluded.retry_after,
         last_polled_at = excluded.last_polled_at, last_error = excluded.last_error`,
      [
        feed.url,
        feed.title,
        feed.etag,
        feed.lastModified,
        feed.failures,
        feed.retryAfter,
        feed.lastPolledAt,
        feed.lastError,
        feed.addedAt,
      ],
    );
  }

  async seenItemIds(db: PgQueryable, feedUrl: string): Promise<Set<string>> {
    const r = await db.query<{ item_id: string }>("SELECT item_id FROM feed_items WHERE feed_url = $1", [
      feedUrl,
    ]);
    return new Set(r.rows.map((row) => row.item_id));
  }

  /** One statement, so all the ids are added or none. */
  async addSeenItemIds(db: PgQueryable, feedUrl: string, itemIds: string[]): Promise<void> {
    if (itemIds.length === 0) return;
    await db.query(
      "INSERT INTO feed_items (feed_url, item_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING",
      [feedUrl, itemIds],
    );
  }
}
