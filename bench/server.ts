/**
 * Server benchmark: with N articles stored (default 10,000, synthetic corpus, kept in .tmp/ between
 * runs), measures GET /api/stories and brief latencies (p50/p95, sequential) and runs autocannon with
 * 200 concurrent clients on 127.0.0.1 for a bounded time. Exits non-zero when a target is missed.
 *   npx tsx bench/server.ts [--articles N] [--seconds S] [--connections C]
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { ingestArticle } from "../src/pipeline.js";
import { defaultServerConfig, startServer } from "../src/server/index.js";
import { createStoreBackend } from "../src/server/store-backend.js";
import { openStore } from "../src/store/index.js";
import { generateCorpus } from "./synthetic-corpus.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "200" },
    samples: { type: "string", default: "200" },
  },
});
const N = Number(values.articles);
const TARGET_P95_MS = 50;

const root = join(import.meta.dirname, "..");
mkdirSync(join(root, ".tmp"), { recursive: true });
const dbFile = join(root, ".tmp", `bench-server-${N}.db`);
const fresh = !existsSync(dbFile);
const store = openStore(dbFile);
const deps = { store, clock: () => new Date("2025-01-01T00:00:00Z") };

const stored = await store.countArticles();
if (fresh || stored < N) {
  const started = performance.now();
  const corpus = generateCorpus(N);
  for (const [i, a] of corpus.entries()) {
    await ingestArticle(deps, { ...a, url: null, language: "en", origin: `synthetic:${a.id}`, extra: {} });
    if ((i + 1) % 1000 === 0) process.stderr.write(`  ingested ${i + 1}/${N}\n`);
  }
  process.stdout.write(`ingested ${N} articles in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
process.stdout.write(`store: ${await store.countArticles()} articles, ${await store.countStories()} stories\n`);

const server = await startServer({ ...defaultServerConfig }, createStoreBackend(deps), { host: "127.0.0.1", port: 0 });

async function timed(paths: string[]): Promise<{ p50: number; p95: number; max: number }> {
  const ms: number[] = [];
  for (const path of paths) {
    const t = performance.now();
    const response = await fetch(server.url + path);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: ms.at(-1) ?? 0 };
}

const samples = Number(values.samples);
const total = (await (await fetch(`${server.url}/api/stories?limit=1`)).json()).total as number;
const pages = Array.from({ length: samples }, (_, i) => `/api/stories?limit=50&offset=${(i * 50) % Math.max(total, 1)}`);
const storyIds: string[] = [];
for (let offset = 0; storyIds.length < samples && offset < total; offset += 200) {
  const page = await (await fetch(`${server.url}/api/stories?limit=200&offset=${offset}`)).json();
  storyIds.push(...page.stories.map((s: { id: string }) => s.id));
}
const briefPaths = storyIds.slice(0, samples).map((id) => `/api/stories/${encodeURIComponent(id)}/brief`);

const results = {
  "GET /api/stories (first page)": await timed(Array(samples).fill("/api/stories")),
  "GET /api/stories (pages across the list)": await timed(pages),
  "GET brief (first request, built)": await timed(briefPaths),
  "GET brief (again, cached)": await timed(briefPaths),
};
let ok = true;
for (const [name, r] of Object.entries(results)) {
  const pass = r.p95 < TARGET_P95_MS;
  ok &&= pass;
  process.stdout.write(
    `${name.padEnd(42)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms  ${pass ? "ok" : `FAIL (p95 >= ${TARGET_P95_MS} ms)`}\n`,
  );
}

const load = await autocannon({
  url: server.url,
  connections: Number(values.connections),
  duration: Number(values.seconds),
  requests: [{ method: "GET", path: "/api/stories" }, { method: "GET", path: briefPaths[0] ?? "/api/stories" }],
});
const loadOk = load.errors === 0 && load.timeouts === 0 && load.non2xx === 0;
ok &&= loadOk;
process.stdout.write(
  `autocannon ${values.connections} clients ${values.seconds} s: ${load.requests.total} requests, ` +
    `${load.requests.average.toFixed(0)} req/s, latency p50 ${load.latency.p50} ms p97.5 ${load.latency.p97_5} ms, ` +
    `errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}  ${loadOk ? "ok" : "FAIL"}\n`,
);

await server.close();
process.exitCode = ok ? 0 : 1;
