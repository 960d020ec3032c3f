import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { correctStories, ingestArticle } from "../src/pipeline.js";
import { SqliteStore } from "../src/store/index.js";
import { generateCorpus } from "./synthetic-corpus.js";

/**
 * End-to-end ingest (analysis + store) of synthetic corpora, with the corrections `crosscheck ingest` makes
 * at the end of a run (linking, regrouping): articles/s and peak memory.
 */
export async function benchIngest(sizes: number[] = [1000, 10_000]): Promise<void> {
  for (const size of sizes) {
    const corpus = generateCorpus(size);
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "cc-bench-")), "bench.db"));
    const deps = { store, clock: () => new Date() };
    let peak = process.memoryUsage().rss;
    const started = performance.now();
    for (const [i, a] of corpus.entries()) {
      await ingestArticle(deps, { ...a, url: null, language: null, origin: a.id, extra: {} });
      if (i % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const correcting = performance.now();
    const { folds, moves } = await correctStories(deps);
    const corrected = (performance.now() - correcting) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    console.log(
      `ingest ${size} articles: ${(size / seconds).toFixed(0)} articles/s (${seconds.toFixed(1)} s, of which ${corrected.toFixed(1)} s linking and regrouping at the end: ${folds.length} folds, ${moves.reduce((n, m) => n + m.articleIds.length, 0)} articles moved), peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`,
    );
  }
}
