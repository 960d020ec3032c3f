import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { extractClaims } from "../src/extract/registry.js";
import { normalizeText } from "../src/normalize/index.js";
import { emptyTally, type FigureGold, formatTally, scoreArticle } from "./figure-score.js";
import { scoreGvdb } from "./gvdb-toll.js";

interface Doc {
  id: string;
  text: string;
  published: string | null;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

function readDoc(path: string): Doc {
  const raw = readFileSync(path, "utf8");
  const front = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  const meta = front ? ((parseYaml(front[1]!) ?? {}) as Record<string, unknown>) : {};
  const published = meta.published ? new Date(String(meta.published)).toISOString() : null;
  const text = front ? raw.slice(front[0].length) : raw;
  return { id: basename(path).replace(/\.[^.]+$/, ""), text, published };
}

function scoreCorpus(name: string, docs: Doc[], gold: Record<string, FigureGold>): string {
  const tally = emptyTally();
  for (const doc of docs) {
    const g = gold[doc.id];
    if (!g) continue;
    const text = normalizeText(doc.text).text;
    const claims = extractClaims({ articleId: doc.id, text, published: doc.published });
    scoreArticle(tally, doc.id, text, claims, g);
  }
  return formatTally(name, tally);
}

/** Claims evaluation: gvdb-dev main toll, seed figures and quotes, demo figures when present. */
export async function evaluateClaims(sharedDir: string, repoDir: string): Promise<void> {
  if (existsSync(join(sharedDir, "data", "gvdb-dev", "articles.jsonl"))) {
    console.log(
      "gvdb-dev main toll (share of articles equal to the labels, null = 0; held-out = every 4th):",
    );
    for (const s of scoreGvdb(sharedDir)) {
      console.log(
        `  ${s.split.padEnd(8)} n=${s.n} killed ${s.killed.toFixed(3)} injured ${s.injured.toFixed(3)}`,
      );
    }
  }
  const seeds = join(sharedDir, "corpus", "aleppo-2024");
  const seedGold = join(repoDir, "eval", "gold", "seed-figures.json");
  if (existsSync(seeds) && existsSync(seedGold)) {
    const docs = filesUnder(seeds, ".txt").map(readDoc);
    console.log(scoreCorpus("seeds", docs, JSON.parse(readFileSync(seedGold, "utf8"))));
  }
  const demoGold = join(repoDir, "eval", "gold", "demo-figures.json");
  const examples = join(repoDir, "examples");
  if (existsSync(demoGold) && existsSync(examples)) {
    const docs = filesUnder(examples, ".md")
      .filter((p) => !p.endsWith("README.md"))
      .map(readDoc);
    console.log(scoreCorpus("demo", docs, JSON.parse(readFileSync(demoGold, "utf8"))));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const repoDir = fileURLToPath(new URL("../", import.meta.url));
  await evaluateClaims(process.env.CROSSCHECK_SHARED ?? join(repoDir, "..", "shared"), repoDir);
}
