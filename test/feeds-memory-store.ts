import type { ArticleInput } from "../src/model/article.js";
import type { FollowedFeed, FollowedFeedStore } from "../src/sources/feeds/followed-feed.js";
import type { IngestArticles } from "../src/sources/feeds/poll-followed-feeds.js";

/** Followed feeds and an idempotent article list in memory (tests only). */
export class MemoryFeedStore implements FollowedFeedStore {
  readonly feeds = new Map<string, FollowedFeed>();
  readonly seen = new Map<string, Set<string>>();
  readonly articles = new Map<string, ArticleInput>();
  /** Every batch handed to ingest, to show what polling re-sent. */
  readonly batches: string[][] = [];

  async listFollowedFeeds() {
    return [...this.feeds.values()];
  }
  async saveFollowedFeed(feed: FollowedFeed) {
    this.feeds.set(feed.url, { ...feed });
  }
  async seenFeedItemIds(feedUrl: string) {
    return new Set(this.seen.get(feedUrl));
  }
  async addSeenFeedItemIds(feedUrl: string, ids: string[]) {
    const set = this.seen.get(feedUrl) ?? new Set<string>();
    for (const id of ids) set.add(id);
    this.seen.set(feedUrl, set);
  }
  readonly ingest: IngestArticles = async (articles) => {
    this.batches.push(articles.map((a) => a.id));
    let added = 0;
    for (const article of articles) {
      if (this.articles.has(article.id)) continue;
      this.articles.set(article.id, article);
      added++;
    }
    return { added, problems: [] };
  };
}
