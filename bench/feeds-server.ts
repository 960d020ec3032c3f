/**
 * The bench's feed site, run as its own process (a real site is another machine): N teaser items in
 * F RSS feeds plus one page per item. Prints its base URL on the first line of stdout.
 * Usage: node --import tsx bench/feeds-server.ts <items> <feeds>
 */
import { newsPage, storyFixture, teaserRssFeed } from "../test/feeds-fixtures.js";
import { type Route, startLocalServer } from "../test/feeds-server.js";

const items = Number(process.argv[2] ?? 1_000);
const feeds = Number(process.argv[3] ?? 10);
const stories = Array.from({ length: items }, (_, n) => storyFixture(n));
const routes: Record<string, Route> = {};
for (const story of stories) {
  const page = newsPage(story, "Bench Gazette");
  routes[`/${story.slug}`] = (_q, r) => r.writeHead(200, { "content-type": "text/html" }).end(page);
}
const server = await startLocalServer(routes);
const perFeed = Math.ceil(items / feeds);
for (let f = 0; f < feeds; f++) {
  const feed = teaserRssFeed(server.url, stories.slice(f * perFeed, (f + 1) * perFeed), `Bench feed ${f}`);
  routes[`/feed-${f}.xml`] = (_q, r) => r.writeHead(200, { "content-type": "application/rss+xml" }).end(feed);
}
process.stdout.write(`${server.url}\n`);
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
