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

/** One labelled control claim: a place as the report names it, what happened to it, how often. */
interface ControlGold {
  place: string;
  change: string;
  count: number;
}

const placeKey = (place: string) =>
  place
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();

/**
 * Precision and recall of control claims (place and change; the actor and extent are not scored) against
 * hand labels. A (place, change) a report asserts twice counts twice: a claim read from the wrong words
 * does not hide behind a right one.
 */
function scoreControl(name: string, docs: Doc[], gold: Record<string, ControlGold[] | string>): string {
  let found = 0;
  let right = 0;
  let wanted = 0;
  const misses: string[] = [];
  for (const doc of docs) {
    const labels = gold[doc.id];
    if (!Array.isArray(labels)) continue;
    const text = normalizeText(doc.text).text;
    const claims = extractClaims({ articleId: doc.id, text, published: doc.published }).filter(
      (c) => c.kind === "control",
    );
    const left = new Map(labels.map((g) => [`${placeKey(g.place)}|${g.change}`, g.count]));
    wanted += labels.reduce((sum, g) => sum + g.count, 0);
    for (const c of claims) {
      found++;
      const key = `${placeKey(c.place.text)}|${c.change}`;
      const n = left.get(key) ?? 0;
      if (n > 0) {
        right++;
        left.set(key, n - 1);
      } else misses.push(`${doc.id}: extra ${c.place.text} ${c.change}`);
    }
    for (const [key, n] of left) if (n > 0) misses.push(`${doc.id}: missed ${key.replace("|", " ")} x${n}`);
  }
  const p = found ? right / found : 1;
  const r = wanted ? right / wanted : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return [
    `${name} control claims (place and change): P ${p.toFixed(3)} (${right}/${found}) R ${r.toFixed(3)} (${right}/${wanted}) F1 ${f1.toFixed(3)}`,
    ...misses.map((m) => `  ${m}`),
  ].join("\n");
}

/** Claims evaluation: gvdb-dev main toll, seed figures, quotes and control claims, demo figures when present. */
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
    const controlGold = join(repoDir, "eval", "gold", "seed-control.json");
    if (existsSync(controlGold))
      console.log(scoreControl("seeds", docs, JSON.parse(readFileSync(controlGold, "utf8"))));
  }
  const demoGold = join(repoDir, "eval", "gold", "demo-figures.json");
  const examples = join(repoDir, "examples");
  if (existsSync(demoGold) && existsSync(examples)) {
    const docs = filesUnder(examples, ".md")
      .filter((p) => !p.endsWith("README.md"))
      .map(readDoc);
    console.log(scoreCorpus("demo", docs, JSON.parse(readFileSync(demoGold, "utf8"))));
    const controlGold = join(repoDir, "eval", "gold", "demo-control.json");
    if (existsSync(controlGold))
      console.log(scoreControl("demo", docs, JSON.parse(readFileSync(controlGold, "utf8"))));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const repoDir = fileURLToPath(new URL("../", import.meta.url));
  await evaluateClaims(process.env.CROSSCHECK_SHARED ?? join(repoDir, "..", "shared"), repoDir);
}
