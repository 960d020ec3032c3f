import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fullAtomFeed, storyFixture } from "../../../test/feeds-fixtures.js";
import { MemoryFeedStore } from "../../../test/feeds-memory-store.js";
import { type LocalServer, startLocalServer } from "../../../test/feeds-server.js";
import { createHttpClient } from "../http/http-client.js";
import { backoffDelayMs, newFollowedFeed } from "./followed-feed.js";
import { pollFollowedFeeds } from "./poll-followed-feeds.js";

let server: LocalServer;
/** Which stories the rolling feed lists on each version; items repeat across versions. */
const versions = [
  [1, 2],
  [2, 3],
  [1, 3, 4],
];
let version = 0;
let failing = true;

beforeAll(async () => {
  server = await startLocalServer({
    "/rolling": (q, r) => {
      const etag = `"v${version}"`;
      if (q.headers["if-none-match"] === etag) return void r.writeHead(304).end();
      const stories = versions[version]!.map(storyFixture);
      r.writeHead(200, { etag, "content-type": "application/atom+xml" }).end(
        fullAtomFeed(server.url, stories, "Rolling"),
      );
    },
    "/busy": (_q, r) => r.writeHead(429, { "retry-after": "3600" }).end(),
    "/flaky": (_q, r) => {
      if (failing) r.writeHead(503).end();
      else
        r.writeHead(200, { "content-type": "application/atom+xml" }).end(
          fullAtomFeed(server.url, [storyFixture(9)], "Flaky"),
        );
    },
  });
});
afterAll(() => server.close());

describe("pollFollowedFeeds", () => {
  it("asks conditionally, gets 304 when unchanged, and never ingests a repeated item twice", async () => {
    const store = new MemoryFeedStore();
    const url = `${server.url}/rolling`;
    await store.saveFollowedFeed(newFollowedFeed(url, null, new Date()));
    const http = createHttpClient({ allowPrivate: true });
    const poll = () => pollFollowedFeeds({ http, store, ingest: store.ingest });
    const statuses: string[] = [];
    for (const next of [0, 0, 1, 2, 2]) {
      version = next;
      const [outcome] = await poll();
      statuses.push(`${outcome!.status}:${outcome!.added}`);
    }
    expect(statuses).toEqual([
      "new-items:2",
      "not-modified:0",
      "new-items:1",
      "new-items:1",
      "not-modified:0",
    ]);
    expect(store.batches.map((ids) => ids.map((id) => id.replace(`${server.url}/`, "")))).toEqual([
      ["story-1", "story-2"],
      ["story-3"],
      ["story-4"],
    ]);
    const conditional = server.requests
      .filter((r) => r.path === "/rolling")
      .map((r) => r.headers["if-none-match"] ?? "-");
    expect(conditional).toEqual(["-", '"v0"', '"v0"', '"v1"', '"v2"']);
    expect(store.feeds.get(url)?.title).toBe("Rolling");
    await http.close();
  });

  it("skips items already stored from another source", async () => {
    const store = new MemoryFeedStore();
    const url = `${server.url}/rolling`;
    version = 2;
    await store.saveFollowedFeed(newFollowedFeed(url, null, new Date()));
    const http = createHttpClient({ allowPrivate: true });
    const storedIds = async (ids: string[]) => new Set(ids.filter((id) => id.endsWith("/story-3")));
    const [outcome] = await pollFollowedFeeds({ http, store, ingest: store.ingest, storedIds });
    expect(outcome).toMatchObject({ status: "new-items", added: 2 });
    expect(store.batches.map((ids) => ids.map((id) => id.replace(`${server.url}/`, "")))).toEqual([
      ["story-1", "story-4"],
    ]);
    await http.close();
  });

  it("backs off exponentially after failures and resets on success", async () => {
    const store = new MemoryFeedStore();
    const url = `${server.url}/flaky`;
    await store.saveFollowedFeed(newFollowedFeed(url, null, new Date(0)));
    const http = createHttpClient({ allowPrivate: true });
    let clock = Date.parse("2024-05-01T00:00:00Z");
    const poll = async () =>
      (await pollFollowedFeeds({ http, store, ingest: store.ingest, now: () => new Date(clock) }))[0]!;

    expect((await poll()).status).toBe("failed");
    expect(store.feeds.get(url)).toMatchObject({
      failures: 1,
      lastError: "HTTP 503",
      retryAfter: "2024-05-01T00:02:00.000Z",
    });
    expect((await poll()).status).toBe("backing-off");
    clock += backoffDelayMs(1);
    expect((await poll()).status).toBe("failed");
    expect(store.feeds.get(url)).toMatchObject({ failures: 2, retryAfter: "2024-05-01T00:06:00.000Z" });
    clock += backoffDelayMs(2);
    failing = false;
    expect(await poll()).toMatchObject({ status: "new-items", added: 1 });
    expect(store.feeds.get(url)).toMatchObject({ failures: 0, retryAfter: null, lastError: null });
    await http.close();
  });
});

describe("Retry-After", () => {
  it("waits as long as a 429 asks when that is longer than the backoff", async () => {
    const store = new MemoryFeedStore();
    const url = `${server.url}/busy`;
    await store.saveFollowedFeed(newFollowedFeed(url, null, new Date(0)));
    const http = createHttpClient({ allowPrivate: true });
    await pollFollowedFeeds({
      http,
      store,
      ingest: store.ingest,
      now: () => new Date("2024-05-01T00:00:00Z"),
    });
    expect(store.feeds.get(url)).toMatchObject({
      failures: 1,
      lastError: "HTTP 429",
      retryAfter: "2024-05-01T01:00:00.000Z",
    });
    await http.close();
  });
});

describe("backoffDelayMs", () => {
  const rows: Array<[number, number]> = [
    [0, 0],
    [1, 120_000],
    [2, 240_000],
    [5, 1_920_000],
    [30, 86_400_000],
  ];
  it.each(rows)("%i failures -> %i ms", (failures, expected) =>
    expect(backoffDelayMs(failures)).toBe(expected),
  );
});
