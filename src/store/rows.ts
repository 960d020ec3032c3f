import type { Article, FollowedFeed, Story } from "../model/index.js";

/** An `articles` row as both SQL backends keep it (JSON as text, dates as ISO strings). */
export interface ArticleRow {
  id: string;
  content_hash: string;
  title: string | null;
  text: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  origin: string;
  extra: string;
  signature: string;
  story_id: string;
  duplicate_of: string | null;
  killed: number | null;
  injured: number | null;
  ingested_at: string;
}

export function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    url: row.url,
    outlet: row.outlet,
    published: row.published,
    language: row.language,
    origin: row.origin,
    extra: JSON.parse(row.extra) as Record<string, unknown>,
    contentHash: row.content_hash,
    signature: row.signature,
    storyId: row.story_id,
    duplicateOf: row.duplicate_of,
    casualties: { killed: row.killed, injured: row.injured },
    ingestedAt: row.ingested_at,
  };
}

/**
 * The values of an `articles` row in column order (id, content_hash, title, text, url, outlet,
 * published, language, origin, extra, signature, story_id, duplicate_of, killed, injured, ingested_at).
 */
export function articleParams(a: Article): (string | number | null)[] {
  return [
    a.id,
    a.contentHash,
    a.title,
    a.text,
    a.url,
    a.outlet,
    a.published,
    a.language,
    a.origin,
    JSON.stringify(a.extra),
    a.signature,
    a.storyId,
    a.duplicateOf,
    a.casualties.killed,
    a.casualties.injured,
    a.ingestedAt,
  ];
}

/** The values of a `stories` row in column order (id, title, first_date, last_date, killed, injured, size, updated_at). */
export function storyParams(s: Story, updatedAt: string): (string | number | null)[] {
  return [
    s.id,
    s.title,
    s.firstDate,
    s.lastDate,
    s.casualties.killed,
    s.casualties.injured,
    s.articleIds.length,
    updatedAt,
  ];
}

/** A `stories` row as both SQL backends keep it. */
export interface StoryRow {
  id: string;
  title: string;
  first_date: string | null;
  last_date: string | null;
  killed: number | null;
  injured: number | null;
}

export function toStory(row: StoryRow, articleIds: string[]): Story {
  return {
    id: row.id,
    title: row.title,
    articleIds,
    firstDate: row.first_date,
    lastDate: row.last_date,
    casualties: { killed: row.killed, injured: row.injured },
  };
}

/** A `followed_feeds` row as both SQL backends keep it. */
export interface FollowedFeedRow {
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

export function toFollowedFeed(row: FollowedFeedRow): FollowedFeed {
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
