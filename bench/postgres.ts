import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestArticle } from "../src/pipeline.js";
import { PostgresStore, SqliteStore, type Store } from "../src/store/index.js";
import { createTestDatabase } from "../test/postgres-test-db.js";
import { generateCorpus, type SyntheticArticle } from "./synthetic-corpus.js";

const CLI = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));

async function ingestAll(store: Store, corpus: SyntheticArticle[]): Promise<number> {
  const deps = { store, clock: () => new Date() };
  const started = performance.now();
  for (const a of corpus)
    await ingestArticle(deps, { ...a, url: null, language: null, origin: a.id, extra: {} });
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return seconds;
}

/** Wall time of `workers` CLI ingest processes, each on its share of the corpus, on one database. */
async function ingestWithProcesses(db: string, corpus: SyntheticArticle[], workers: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "cc-bench-pg-"));
  const files = Array.from({ length: workers }, (_, w) => {
    const file = join(dir, `part-${w}.jsonl`);
    writeFileSync(
      file,
      `${corpus
        .filter((_, i) => i % workers === w)
        .map((a) => JSON.stringify(a))
        .join("\n")}\n`,
    );
    return file;
  });
  const started = performance.now();
  await Promise.all(
    files.map(
      (file) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, ["--import", "tsx", CLI, "ingest", file, "--db", db], {
            stdio: "ignore",
          });
          child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`ingest exited ${code}`))));
        }),
    ),
  );
  return (performance.now() - started) / 1000;
}

/**
 * Ingest throughput on PostgreSQL beside SQLite for the same synthetic corpus (one process each),
 * then with two processes sharing one PostgreSQL database. Needs CROSSCHECK_TEST_PG.
 */
export async function benchPostgres(size = 1000): Promise<void> {
  const admin = process.env.CROSSCHECK_TEST_PG;
  if (!admin) {
    console.log("skipped: set CROSSCHECK_TEST_PG (see scripts/start-test-postgres.sh)");
    return;
  }
  const corpus = generateCorpus(size);
  const rate = (seconds: number) =>
    `${(corpus.length / seconds).toFixed(0)} articles/s (${seconds.toFixed(1)} s)`;
  const sqlite = await ingestAll(
    new SqliteStore(join(mkdtempSync(join(tmpdir(), "cc-bench-")), "b.db")),
    corpus,
  );
  console.log(`sqlite, 1 process: ingest ${corpus.length} articles: ${rate(sqlite)}`);
  const one = await createTestDatabase(admin);
  try {
    console.log(
      `postgres, 1 process: ingest ${corpus.length} articles: ${rate(await ingestAll(new PostgresStore(one.url), corpus))}`,
    );
  } finally {
    await one.drop();
  }
  for (const workers of [1, 2]) {
    const shared = await createTestDatabase(admin);
    try {
      const seconds = await ingestWithProcesses(shared.url, corpus, workers);
      const store = new PostgresStore(shared.url);
      const [articles, stories] = [await store.countArticles(), await store.countStories()];
      await store.close();
      console.log(
        `postgres, ${workers} CLI process(es) on interleaved shares, wall time incl. start-up: ${rate(seconds)}; ${articles} articles in ${stories} stories`,
      );
    } finally {
      await shared.drop();
    }
  }
}
