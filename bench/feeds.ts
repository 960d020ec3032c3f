/**
 * Feed ingest speed: 1,000 teaser items in 10 RSS feeds served from 127.0.0.1 by a separate process; each item's page is
 * fetched and its article extracted, then the whole pipeline stores it. Target: >= 50 items/s.
 * Run: npm run bench -- feeds   (or npx tsx bench/feeds.ts)
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ingestArticle } from "../src/pipeline.js";
import { readUrlSources } from "../src/sources/feeds/read-url-sources.js";
import { SqliteStore } from "../src/store/index.js";

/** Starts bench/feeds-server.ts in a child process and resolves with its base URL. */
async function startFeedSite(items: number, feeds: number): Promise<{ url: string; stop: () => void }> {
  const script = fileURLToPath(new URL("./feeds-server.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, String(items), String(feeds)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = (await once(child.stdout.setEncoding("utf8"), "data")) as [string];
  return { url: line.trim(), stop: () => child.kill("SIGTERM") };
}

export async function benchFeeds(items = 1_000, feeds = 10): Promise<void> {
  const site = await startFeedSite(items, feeds);
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "cc-bench-feeds-")), "bench.db"));
  const deps = { store, clock: () => new Date() };

  const started = performance.now();
  const read = await readUrlSources(
    Array.from({ length: feeds }, (_, f) => `${site.url}/feed-${f}.xml`),
    { allowPrivate: true },
  );
  const fetchedAt = performance.now();
  let stored = 0;
  for (const input of read.articles) {
    if ((await ingestArticle(deps, input)).status === "ingested") stored++;
  }
  const seconds = (performance.now() - started) / 1000;
  site.stop();
  await store.close();
  const full = read.articles.filter((a) => a.text.length > 200).length;
  console.log(
    `feeds ${items} teaser items (${full} filled from their pages, ${read.problems.length} problems): ` +
      `${(stored / seconds).toFixed(0)} items/s end to end (${seconds.toFixed(1)} s; fetch+extract ` +
      `${((fetchedAt - started) / 1000).toFixed(1)} s, pipeline ${((performance.now() - fetchedAt) / 1000).toFixed(1)} s), ${stored} stored`,
  );
  if (stored !== items || full !== items) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchFeeds();
