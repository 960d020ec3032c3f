import { describe, expect, it } from "vitest";
import type { FollowedFeed } from "../model/index.js";
import { newFollowedFeed } from "../sources/feeds/followed-feed.js";
import type { Store } from "./store.js";

const feed = (url: string, changes: Partial<FollowedFeed> = {}): FollowedFeed => ({
  ...newFollowedFeed(url, null, new Date("2024-05-01T00:00:00.000Z")),
  ...changes,
});

/** The followed-feeds part of the Store conformance suite (run by each backend's test file). */
export function runFollowedFeedCases(name: string, openEmpty: () => Promise<Store>): void {
  describe(`Followed feeds: ${name}`, () => {
    it("saves, replaces and lists feeds in the order they were added", async () => {
      const store = await openEmpty();
      await store.saveFollowedFeed(feed("https://b.example/rss", { addedAt: "2024-05-02T00:00:00.000Z" }));
      await store.saveFollowedFeed(feed("https://a.example/atom"));
      const updated = feed("https://b.example/rss", {
        addedAt: "2024-05-02T00:00:00.000Z",
        title: "B",
        etag: '"e1"',
        lastModified: "Wed, 01 May 2024 10:00:00 GMT",
        failures: 2,
        retryAfter: "2024-05-02T01:00:00.000Z",
        lastError: "HTTP 503",
        lastPolledAt: "2024-05-02T00:30:00.000Z",
      });
      await store.saveFollowedFeed(updated);
      expect(await store.listFollowedFeeds()).toEqual([feed("https://a.example/atom"), updated]);
      await store.close();
    });

    it("remembers item ids per feed, each once", async () => {
      const store = await openEmpty();
      await store.saveFollowedFeed(feed("https://a.example/atom"));
      await store.saveFollowedFeed(feed("https://b.example/rss"));
      await store.addSeenFeedItemIds("https://a.example/atom", ["x", "y"]);
      await store.addSeenFeedItemIds("https://a.example/atom", ["y", "z"]);
      const seen = [...(await store.seenFeedItemIds("https://a.example/atom"))].sort();
      expect([seen, (await store.seenFeedItemIds("https://b.example/rss")).size]).toEqual([
        ["x", "y", "z"],
        0,
      ]);
      await store.close();
    });
  });
}
