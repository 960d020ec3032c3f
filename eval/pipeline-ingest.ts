import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExportDocument } from "../src/brief/export-document.js";
import { correctStories, exportStore, ingestArticle, type PipelineDeps } from "../src/pipeline.js";
import { articleFromRecord } from "../src/sources/files/article-record.js";
import { readPaths } from "../src/sources/files/index.js";
import { SqliteStore } from "../src/store/index.js";

/** Ingests JSON records (or paths) through the real pipeline into a fresh temporary store and exports it. */
export async function ingestAndExport(
  records: Record<string, unknown>[],
  paths: string[] = [],
): Promise<ExportDocument> {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "cc-eval-")), "eval.db"));
  const deps: PipelineDeps = { store, clock: () => new Date("2026-01-01T00:00:00Z") };
  try {
    for (const [i, record] of records.entries()) {
      const parsed = articleFromRecord(record, `record ${i}`, `r${i}`);
      if (parsed.ok) await ingestArticle(deps, parsed.input);
    }
    for await (const item of readPaths(paths))
      if (item.kind === "article") await ingestArticle(deps, item.input);
    // as `crosscheck ingest` does at the end of a run
    await correctStories(deps);
    return await exportStore(deps);
  } finally {
    await store.close();
  }
}
