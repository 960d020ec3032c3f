import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractionInput } from "../src/extract/registry.js";
import { extractClaims } from "../src/extract/registry.js";
import { generateCorpus } from "./synthetic-corpus.js";

const REPO_DIR = fileURLToPath(new URL("../", import.meta.url));
const SHARED_DIR = process.env.CROSSCHECK_SHARED ?? join(REPO_DIR, "..", "shared");

/** Best of `rounds` passes of every claim extractor over the corpus: KB of text per second. */
function measure(name: string, corpus: ExtractionInput[], rounds = 3): void {
  const bytes = corpus.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  for (const a of corpus.slice(0, 50)) extractClaims(a);
  let best = 0;
  let claims = 0;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    claims = 0;
    for (const a of corpus) claims += extractClaims(a).length;
    best = Math.max(best, bytes / 1024 / ((performance.now() - started) / 1000));
  }
  console.log(
    `extract ${name}: ${corpus.length} articles, ${(bytes / 1024).toFixed(0)} KB, ${claims} claims: ${best.toFixed(0)} KB/s on one core (target >= 300 KB/s)`,
  );
}

/** All claim extractors together (casualties, control, attacks, quotes, dates, attribution). */
export function benchExtract(): void {
  measure(
    "synthetic",
    generateCorpus(3000).map((a) => ({ articleId: a.id, text: a.text, published: a.published })),
  );
  const gvdb = join(SHARED_DIR, "data", "gvdb-dev", "articles.jsonl");
  if (existsSync(gvdb)) {
    const rows = readFileSync(gvdb, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as { id: string; text: string });
    const corpus = [0, 1, 2].flatMap((copy) =>
      rows.map((r) => ({ articleId: `${r.id}-${copy}`, text: r.text, published: "2016-02-01" })),
    );
    measure("gvdb-dev news text (x3)", corpus);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) benchExtract();
