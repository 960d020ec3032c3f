import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fullAtomFeed,
  newsPage,
  opmlList,
  storyFixture,
  teaserRssFeed,
} from "../../../test/feeds-fixtures.js";
import { type LocalServer, type Route, sendText, startLocalServer } from "../../../test/feeds-server.js";
import { createHttpClient } from "../http/http-client.js";
import { readUrlSource } from "./read-url-source.js";

let server: LocalServer;
const rssStories = [storyFixture(1), storyFixture(2)];
const atomStories = [storyFixture(3)];
const orphan = { ...storyFixture(4), slug: "no-such-page" };
const html = { "content-type": "text/html; charset=utf-8" };

beforeAll(async () => {
  const routes: Record<string, Route> = {};
  for (const story of [...rssStories, ...atomStories])
    routes[`/${story.slug}`] = sendText(newsPage(story, "Gazette Online"), html);
  server = await startLocalServer({
    ...routes,
    "/rss": (_q, r) =>
      r
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(teaserRssFeed(server.url, rssStories, "Gazette & Co")),
    "/atom": (_q, r) =>
      r
        .writeHead(200, { "content-type": "application/atom+xml" })
        .end(fullAtomFeed(server.url, atomStories, "Courier")),
    "/list.opml": (_q, r) =>
      r
        .writeHead(200, { "content-type": "text/x-opml" })
        .end(opmlList([`${server.url}/rss`, `${server.url}/atom`, `${server.url}/gone`])),
    "/orphans": (_q, r) => r.writeHead(200).end(teaserRssFeed(server.url, [orphan], "Orphans", false)),
    "/binary": sendText(Buffer.from([0x50, 0x4b, 0x03, 0x04]), {
      "content-type": "application/octet-stream",
    }),
    "/image": sendText(Buffer.from([0x89, 0x50, 0x4e, 0x47]), { "content-type": "image/png" }),
  });
});
afterAll(() => server.close());

describe("readUrlSource", () => {
  const http = () => createHttpClient({ allowPrivate: true, timeoutMs: 2_000 });

  it("reads a teaser RSS feed with a bare & and fills each item from its page", async () => {
    const result = await readUrlSource(http(), `${server.url}/rss`);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => [a.title, a.outlet, a.published])).toEqual(
      rssStories.map((s) => [s.title, "Gazette & Co", new Date(s.published).toISOString()]),
    );
    expect(result.articles[0]!.text).toBe(rssStories[0]!.paragraphs.join("\n\n"));
    expect(result.articles[0]!.id).toBe(`${server.url}/story-1?from=rss&v=1`);
  });

  it("reads a web page as one article with the URL as id", async () => {
    const result = await readUrlSource(http(), `${server.url}/story-3`);
    expect(result.articles.map((a) => [a.id, a.title, a.outlet, a.text])).toEqual([
      [
        `${server.url}/story-3`,
        atomStories[0]!.title,
        "Gazette Online",
        atomStories[0]!.paragraphs.join("\n\n"),
      ],
    ]);
  });

  it("reads every feed of an OPML list and reports the one that fails", async () => {
    const result = await readUrlSource(http(), `${server.url}/list.opml`);
    expect(result.articles.length).toBe(3);
    expect(result.problems).toEqual([{ item: `${server.url}/gone`, reason: "HTTP 404" }]);
  });

  it("keeps a teaser whose page is missing, with a note rather than a problem", async () => {
    const result = await readUrlSource(http(), `${server.url}/orphans`);
    expect(result.articles.map((a) => a.text)).toEqual([`${orphan.paragraphs[0]!.slice(0, 60)}…`]);
    expect(result.problems).toEqual([]);
    expect(result.notes.map((n) => n.reason)).toEqual([
      "kept the feed's teaser, the page could not be read (HTTP 404)",
    ]);
  });

  const failures: Array<[path: string, reason: string]> = [
    ["/image", "not a page or feed (image/png)"],
    ["/binary", "neither a feed nor a web page (application/octet-stream)"],
    ["/missing", "HTTP 404"],
  ];
  it.each(failures)("reports %s as a problem", async (path, reason) => {
    const result = await readUrlSource(http(), `${server.url}${path}`);
    expect(result).toEqual({ articles: [], problems: [{ item: `${server.url}${path}`, reason }], notes: [] });
  });
});
