import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { extractMentions } from "../src/extract/entities/extract-mentions.js";
import { extractClaims } from "../src/extract/registry.js";
import { splitSentences } from "../src/extract/sentences/split-sentences.js";
import type { Claim } from "../src/model/index.js";
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
    scoreArticle(tally, doc.id, text, allClaimsOf(doc), g);
  }
  return formatTally(name, tally);
}

/** "P 0.950 (19/20) R 0.905 (19/21) F1 0.927": precision, recall and F1 of `right` among `found` and `wanted`. */
function prf(right: number, found: number, wanted: number): string {
  const p = found ? right / found : 1;
  const r = wanted ? right / wanted : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)} (${right}/${found}) R ${r.toFixed(3)} (${right}/${wanted}) F1 ${f1.toFixed(3)}`;
}

/** The claims an article yields, read as ingest reads it (with its name mentions). */
function allClaimsOf(doc: Doc): Claim[] {
  const text = normalizeText(doc.text).text;
  const sentences = splitSentences(text);
  const mentions = extractMentions(text, sentences);
  return extractClaims({ articleId: doc.id, text, published: doc.published, sentences, mentions });
}

/** The claims of one kind an article yields, read as ingest reads it. */
function claimsOf<K extends Claim["kind"]>(doc: Doc, kind: K): Extract<Claim, { kind: K }>[] {
  return allClaimsOf(doc).filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind);
}

/** The documents a gold file labels, with their labels (keys such as "_about" hold notes, not labels). */
function* labelled<G>(docs: Doc[], gold: Record<string, G[] | string>): Generator<[Doc, G[]]> {
  for (const doc of docs) {
    const labels = gold[doc.id];
    if (Array.isArray(labels)) yield [doc, labels];
  }
}

/** Claims found, labels wanted, claims that matched a label, and what did not match, for one scorer. */
class Tally {
  found = 0;
  wanted = 0;
  right = 0;
  readonly misses: string[] = [];

  /** "seeds attack claims (kind and target): P ... R ... F1 ...<extra>", then one line per miss. */
  report(title: string, extra = ""): string {
    return [
      `${title}: ${prf(this.right, this.found, this.wanted)}${extra}`,
      ...this.misses.map((m) => `  ${m}`),
    ].join("\n");
  }
}

/** Takes out of `left` the first label that passes the first test any label passes, or returns null. */
function takeLabel<G>(left: G[], ...tests: ((label: G) => boolean)[]): G | null {
  for (const test of tests) {
    const i = left.findIndex(test);
    if (i >= 0) return left.splice(i, 1)[0]!;
  }
  return null;
}

/** "0.857 (30/35)": a share with its counts. */
const share = (part: number, whole: number) =>
  `${whole ? (part / whole).toFixed(3) : "n/a"} (${part}/${whole})`;

/** One labelled control claim: a place as the report names it, what happened to it, how often, and who. */
interface ControlGold {
  place: string;
  change: string;
  count: number;
  /** Who gained, held or lost the place: any of these names, or null when the report names nobody. */
  actor?: string | string[] | null;
}

const placeKey = (place: string) =>
  place
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();

/**
 * Precision and recall of control claims (place and change; the extent is not scored) against hand
 * labels, and how many of those found name the labelled actor (see `attackerMatches`). A (place, change)
 * a report asserts twice counts twice: a claim read from the wrong words does not hide behind a right one.
 */
function scoreControl(name: string, docs: Doc[], gold: Record<string, ControlGold[] | string>): string {
  const tally = new Tally();
  let actors = 0;
  for (const [doc, labels] of labelled(docs, gold)) {
    const left = labels.flatMap((g) =>
      Array.from({ length: g.count }, () => ({
        key: `${placeKey(g.place)} ${g.change}`,
        actor: g.actor ?? null,
      })),
    );
    tally.wanted += left.length;
    for (const c of claimsOf(doc, "control")) {
      tally.found++;
      const key = `${placeKey(c.place.text)} ${c.change}`;
      const actor = c.actor?.text ?? null;
      const same = (g: (typeof left)[number]) => g.key === key;
      const label = takeLabel(left, (g) => same(g) && actorMatches(actor, g.actor), same);
      if (label === null) {
        tally.misses.push(`${doc.id}: extra ${c.place.text} ${c.change}`);
        continue;
      }
      tally.right++;
      if (actorMatches(actor, label.actor)) actors++;
      else
        tally.misses.push(
          `${doc.id}: ${key} by ${actor ?? "-"}, actor labelled ${[label.actor].flat().join(" / ")}`,
        );
    }
    for (const key of new Set(left.map((g) => g.key)))
      tally.misses.push(`${doc.id}: missed ${key} x${left.filter((g) => g.key === key).length}`);
  }
  return tally.report(
    `${name} control claims (place and change)`,
    `; right actor ${share(actors, tally.right)}`,
  );
}

/** A found actor against a label that lists one or more names for it (or null for none). */
function actorMatches(found: string | null, label: string | string[] | null | undefined): boolean {
  if (label === null || label === undefined) return found === null;
  return [label].flat().some((name) => attackerMatches(found, name));
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
  const tally = new Tally();
  let resolved = 0;
  for (const [doc, labels] of labelled(docs, gold)) {
    const claims = claimsOf(doc, "date");
    tally.wanted += labels.length;
    tally.found += claims.length;
    const left = labels.map((g) => ({ ...g, key: dateKey(g.expression) }));
    let unpaired = claims.map((c) => ({ c, key: dateKey(c.expression) }));
    // same core words first (for every expression), then one containing the other ("end of february")
    for (const same of [true, false]) {
      unpaired = unpaired.filter(({ c, key }) => {
        const label = takeLabel(left, (g) =>
          same ? g.key === key : key.includes(g.key) || g.key.includes(key),
        );
        if (label === null) return true;
        tally.right++;
        if (c.date === label.date) resolved++;
        else tally.misses.push(`${doc.id}: "${c.expression}" -> ${c.date}, labelled ${label.date}`);
        return false;
      });
    }
    for (const { c } of unpaired) tally.misses.push(`${doc.id}: extra "${c.expression}" -> ${c.date}`);
    for (const g of left) tally.misses.push(`${doc.id}: missed "${g.expression}" (${g.date})`);
  }
  return tally.report(`${name} date expressions`, `; resolved as labelled ${share(resolved, tally.right)}`);
}

/** One labelled attack claim: its kind, the place named as attacked and the attacker named (or null). */
interface AttackGold {
  weapon: string;
  target: string | null;
  actor: string | null;
}

const nameKey = (name: string | null) => (name === null ? "-" : placeKey(name).replace(/['’]s$/, ""));

/** An attacker as found against its label: both none, or one name containing the other. */
function attackerMatches(found: string | null, label: string | null): boolean {
  const [a, b] = [nameKey(found), nameKey(label)];
  return a === b || (a !== "-" && b !== "-" && (a.includes(b) || b.includes(a)));
}

/**
 * Attack claims against hand labels: precision and recall of (kind, target place), one claim per
 * sentence that speaks of an attack (claims the extractor marks as background are not findings, so not
 * scored), and how many of those found name the labelled attacker (one name containing the other:
 * "Russian" and "Russian warplanes"; null only matches null).
 */
function scoreAttacks(name: string, docs: Doc[], gold: Record<string, AttackGold[] | string>): string {
  const tally = new Tally();
  let actors = 0;
  for (const [doc, labels] of labelled(docs, gold)) {
    tally.wanted += labels.length;
    const left = [...labels];
    for (const c of claimsOf(doc, "attack").filter((a) => !a.background)) {
      tally.found++;
      const actor = c.actor?.text ?? null;
      const target = nameKey(c.target?.text ?? null);
      const same = (g: AttackGold) => g.weapon === c.weapon && nameKey(g.target) === target;
      // a label with the same attacker first, so two claims of one kind and place pair up rightly
      const label = takeLabel(left, (g) => same(g) && attackerMatches(actor, g.actor), same);
      const said = `${c.weapon} on ${c.target?.text ?? "-"} by ${actor ?? "-"}`;
      if (label === null) {
        tally.misses.push(`${doc.id}: extra ${said}`);
        continue;
      }
      tally.right++;
      if (attackerMatches(actor, label.actor)) actors++;
      else tally.misses.push(`${doc.id}: ${said}, attacker labelled ${label.actor}`);
    }
    for (const g of left)
      tally.misses.push(`${doc.id}: missed ${g.weapon} on ${g.target ?? "-"} by ${g.actor ?? "-"}`);
  }
  return tally.report(
    `${name} attack claims (kind and target)`,
    `; right attacker ${share(actors, tally.right)}`,
  );
}

/** Claims evaluation: gvdb-dev main toll, seed figures, quotes, control claims, dates and attacks, demo figures when present. */
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
  const examples = join(repoDir, "examples");
  const corpora: { name: "seeds" | "demo"; docs: () => Doc[] | null }[] = [
    {
      name: "seeds",
      docs: () => {
        const dir = join(sharedDir, "corpus", "aleppo-2024");
        return existsSync(dir) ? filesUnder(dir, ".txt").map(readDoc) : null;
      },
    },
    {
      name: "demo",
      docs: () =>
        existsSync(examples)
          ? filesUnder(examples, ".md")
              .filter((p) => !p.endsWith("README.md"))
              .map(readDoc)
          : null,
    },
  ];
  for (const corpus of corpora) {
    const prefix = corpus.name === "seeds" ? "seed" : "demo";
    const gold = (kind: string) => {
      const path = join(repoDir, "eval", "gold", `${prefix}-${kind}.json`);
      return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
    };
    const figures = gold("figures");
    const docs = figures ? corpus.docs() : null;
    if (!figures || !docs) continue;
    console.log(scoreCorpus(corpus.name, docs, figures));
    const control = gold("control");
    if (control) console.log(scoreControl(corpus.name, docs, control));
    const dates = gold("dates");
    if (dates) console.log(scoreDates(corpus.name, docs, dates));
    const attacks = gold("attacks");
    if (attacks) console.log(scoreAttacks(corpus.name, docs, attacks));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const repoDir = fileURLToPath(new URL("../", import.meta.url));
  await evaluateClaims(process.env.CROSSCHECK_SHARED ?? join(repoDir, "..", "shared"), repoDir);
}
