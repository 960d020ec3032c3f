/**
 * Feed ingest speed: 1,000 teaser items in RSS feeds served from 127.0.0.1, each item's page fetched
 * and extracted. Run: npx tsx bench/feeds.ts  (target: >= 50 items/s)
 */

import { readUrlSources } from "../src/sources/feeds/read-url-sources.js";
import { newsPage, storyFixture, teaserRssFeed } from "../test/feeds-fixtures.js";
import { type Route, startLocalServer } from "../test/feeds-server.js";

const ITEMS = 1_000;
const FEEDS = 10;
const stories = Array.from({ length: ITEMS }, (_, n) => storyFixture(n));
const routes: Record<string, Route> = {};
for (const story of stories) {
  const page = newsPage(story, "Bench Gazette");
  routes[`/${story.slug}`] = (_q, r) => r.writeHead(200, { "content-type": "text/html" }).end(page);
}
const server = await startLocalServer(routes);
const perFeed = ITEMS / FEEDS;
for (let f = 0; f < FEEDS; f++) {
  const feed = teaserRssFeed(server.url, stories.slice(f * perFeed, (f + 1) * perFeed), `Bench feed ${f}`);
  routes[`/feed-${f}.xml`] = (_q, r) => r.writeHead(200, { "content-type": "application/rss+xml" }).end(feed);
}

const started = performance.now();
const result = await readUrlSources(
  Array.from({ length: FEEDS }, (_, f) => `${server.url}/feed-${f}.xml`),
  { allowPrivate: true },
);
const seconds = (performance.now() - started) / 1000;
await server.close();
const full = result.articles.filter((a) => a.text.length > 200).length;
console.log(
  `feeds: ${result.articles.length} items (${full} with full page text, ${result.problems.length} problems) in ${seconds.toFixed(2)} s = ${(result.articles.length / seconds).toFixed(0)} items/s`,
);
if (result.articles.length !== ITEMS || full !== ITEMS) process.exitCode = 1;
