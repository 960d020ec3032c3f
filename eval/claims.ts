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

/** One labelled date expression: its core words as the report writes them, and the date it means. */
interface DateGold {
  expression: string;
  date: string | null;
}

/** An expression's core words: "On Tuesday evening," and "Tuesday's" both read "tuesday". */
const dateKey = (expression: string) =>
  expression
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .replace(/^\s*(on|in|by|since|at|from|until|before|after|the)\s+/, "")
    .replace(/\s+(morning|afternoon|evening|night)\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Date expressions against hand labels: precision and recall of the expressions found (an expression
 * matches a label when either's words contain the other's: "on Tuesday evening" and "Tuesday evening"),
 * and how many of those found resolve to the labelled date at the labelled precision ("2020-03" is not
 * "2020-03-01").
 */
function scoreDates(name: string, docs: Doc[], gold: Record<string, DateGold[] | string>): string {
  let found = 0;
  let matched = 0;
  let resolved = 0;
  let wanted = 0;
  const misses: string[] = [];
  for (const doc of docs) {
    const labels = gold[doc.id];
    if (!Array.isArray(labels)) continue;
    wanted += labels.length;
    const text = normalizeText(doc.text).text;
    const claims = extractClaims({ articleId: doc.id, text, published: doc.published }).filter(
      (c) => c.kind === "date",
    );
    found += claims.length;
    const left = labels.map((g) => ({ ...g, key: dateKey(g.expression) }));
    let unpaired = claims.map((c) => ({ c, key: dateKey(c.expression) }));
    // same core words first, then one containing the other ("end of february" and "february")
    for (const same of [true, false]) {
      unpaired = unpaired.filter(({ c, key }) => {
        const i = left.findIndex((g) => (same ? g.key === key : key.includes(g.key) || g.key.includes(key)));
        if (i < 0) return true;
        const [label] = left.splice(i, 1);
        matched++;
        if (c.date === label!.date) resolved++;
        else misses.push(`${doc.id}: "${c.expression}" -> ${c.date}, labelled ${label!.date}`);
        return false;
      });
    }
    for (const { c } of unpaired) misses.push(`${doc.id}: extra "${c.expression}" -> ${c.date}`);
    for (const g of left) misses.push(`${doc.id}: missed "${g.expression}" (${g.date})`);
  }
  const p = found ? matched / found : 1;
  const r = wanted ? matched / wanted : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return [
    `${name} date expressions: P ${p.toFixed(3)} (${matched}/${found}) R ${r.toFixed(3)} (${matched}/${wanted}) F1 ${f1.toFixed(3)}; resolved as labelled ${matched ? (resolved / matched).toFixed(3) : "n/a"} (${resolved}/${matched})`,
    ...misses.map((m) => `  ${m}`),
  ].join("\n");
}

/** Claims evaluation: gvdb-dev main toll, seed figures, quotes, control claims and dates, demo figures when present. */
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
    const datesGold = join(repoDir, "eval", "gold", "seed-dates.json");
    if (existsSync(datesGold))
      console.log(scoreDates("seeds", docs, JSON.parse(readFileSync(datesGold, "utf8"))));
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
    const datesGold = join(repoDir, "eval", "gold", "demo-dates.json");
    if (existsSync(datesGold))
      console.log(scoreDates("demo", docs, JSON.parse(readFileSync(datesGold, "utf8"))));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const repoDir = fileURLToPath(new URL("../", import.meta.url));
  await evaluateClaims(process.env.CROSSCHECK_SHARED ?? join(repoDir, "..", "shared"), repoDir);
}
