import { createHash } from "node:crypto";
import { collectSourceAliases, type SourceAliases } from "../src/extract/attribution/source-names.js";
import { mainToll } from "../src/extract/main-toll.js";
import type { CasualtyClaim, Claim, QuoteClaim } from "../src/model/index.js";

/** One article's careful reading: figures are facts; quotes as speaker + first words. */
export interface FigureGold {
  killed: number | null;
  injured: number | null;
  figures: {
    outcome: string;
    count: number;
    group: string;
    qualifier: string;
    source: string | null;
    in?: string;
  }[];
  background: number[];
  /**
   * Quotes as speaker and opening: the first words as written (texts we wrote), or, for texts we may
   * not copy, the length and SHA-256 (first 16 hex digits) of the normalised opening.
   */
  quotes?: ({ speaker: string; start: string } | { speaker: string; chars: number; sha256: string })[];
}

export interface FigureTally {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  rightGroup: number;
  rightSource: number;
  /** Matched figures credited to another source than the label's: "id: 38 killed: ministry, labelled X". */
  wrongSource: string[];
  /** Matched figures filed under another group than the label's. */
  wrongGroup: string[];
  tollRight: number;
  backgroundAsToll: string[];
  quotesGold: number;
  quotesFound: number;
  quotesVerbatim: number;
  speakersRight: number;
}

export const emptyTally = (): FigureTally => ({
  articles: 0,
  gold: 0,
  predicted: 0,
  matched: 0,
  rightGroup: 0,
  rightSource: 0,
  wrongSource: [],
  wrongGroup: [],
  tollRight: 0,
  backgroundAsToll: [],
  quotesGold: 0,
  quotesFound: 0,
  quotesVerbatim: 0,
  speakersRight: 0,
});

/** The first 16 hex digits of the SHA-256 of a normalised quote opening. */
const openingHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** A claim's group is one of these; a gold group written as a description ("in Acarí") is a part: "other". */
const GROUP_CATEGORIES = new Set(["all", "civilians", "children", "women", "combatants", "other"]);
const groupCategory = (group: string) => (GROUP_CATEGORIES.has(group) ? group : "other");

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
const key = (outcome: string, count: number, group: string) => `${outcome}|${count}|${group}`;

/**
 * The claim names the gold source: its surface form or the full name the article gives it. A gold
 * acronym the article defines ("AFAD") stands for the name it defines with it.
 */
function sameSource(c: CasualtyClaim, gold: string | null, aliases: SourceAliases): boolean {
  if (!c.source || gold === null) return !c.source && gold === null;
  const names = [gold, aliases.byAlias.get(gold.toLowerCase()) ?? gold].map((n) => n.toLowerCase());
  return names.some((g) => c.source!.text.toLowerCase() === g || (c.source!.name ?? "").toLowerCase() === g);
}

/** Adds one article's comparison (claims against its gold reading) to the tally. */
export function scoreArticle(
  t: FigureTally,
  id: string,
  text: string,
  claims: Claim[],
  gold: FigureGold,
): void {
  t.articles++;
  const aliases = collectSourceAliases(text);
  const casualties = claims.filter(
    (c): c is CasualtyClaim => c.kind === "casualty" && (c.outcome === "killed" || c.outcome === "injured"),
  );
  const predicted = new Map<string, CasualtyClaim>();
  for (const c of casualties) if (!c.background) predicted.set(key(c.outcome, c.count, c.group), c);
  const golds = new Map(
    gold.figures.filter((f) => f.in !== "headline").map((f) => [key(f.outcome, f.count, f.group), f]),
  );
  t.gold += golds.size;
  t.predicted += predicted.size;
  const used = new Set<string>();
  for (const f of golds.values()) {
    const exact = predicted.get(key(f.outcome, f.count, f.group));
    const loose = [...predicted.entries()].find(
      ([k, c]) => !used.has(k) && c.outcome === f.outcome && c.count === f.count,
    );
    const hit = exact ? ([key(f.outcome, f.count, f.group), exact] as const) : loose;
    if (!hit || used.has(hit[0])) continue;
    used.add(hit[0]);
    t.matched++;
    const what = `${id}: ${f.count} ${f.outcome}`;
    if (hit[1].group === groupCategory(f.group)) t.rightGroup++;
    else t.wrongGroup.push(`${what}: group ${hit[1].group}, labelled ${f.group}`);
    if (sameSource(hit[1], f.source, aliases)) t.rightSource++;
    else t.wrongSource.push(`${what}: source ${hit[1].source?.text ?? "-"}, labelled ${f.source ?? "-"}`);
  }
  const toll = mainToll(claims);
  if (toll.killed === gold.killed && toll.injured === gold.injured) t.tollRight++;
  for (const v of gold.background) {
    const near = (n: number) => (v < 100 ? n === v : n >= v / 2 && n <= v * 2);
    const bad = casualties.filter((c) => !c.background && near(c.count));
    if (bad.length > 0 || (toll.killed !== null && near(toll.killed))) {
      t.backgroundAsToll.push(`${id}:${v}`);
    }
  }
  const quotes = claims.filter((c): c is QuoteClaim => c.kind === "quote");
  for (const q of gold.quotes ?? []) {
    t.quotesGold++;
    const opens = (quote: string): boolean => {
      const text = norm(quote);
      if ("start" in q) return text.startsWith(norm(q.start));
      return text.length >= q.chars && openingHash(text.slice(0, q.chars)) === q.sha256;
    };
    const hit = quotes.find((p) => opens(p.quote));
    if (!hit) continue;
    t.quotesFound++;
    if (text.includes(hit.quote)) t.quotesVerbatim++;
    const last = norm(q.speaker).split(" ").at(-1)!;
    if (hit.speaker && norm(hit.speaker.text).includes(last)) t.speakersRight++;
  }
}

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

/** One line per measure, with the targets of the claims issue. */
export function formatTally(name: string, t: FigureTally): string {
  const p = t.predicted === 0 ? 0 : t.matched / t.predicted;
  const r = t.gold === 0 ? 0 : t.matched / t.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return [
    `${name}: ${t.articles} articles`,
    `  figures: gold ${t.gold}, found ${t.predicted}, matched ${t.matched} | P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (target >= 0.90)`,
    `  right group ${pct(t.rightGroup, t.matched)} (target >= 85%), right source ${pct(t.rightSource, t.matched)}`,
    ...[...t.wrongGroup, ...t.wrongSource].slice(0, 12).map((line) => `    ${line}`),
    `  main toll right ${t.tollRight}/${t.articles}`,
    `  background figures reported as a toll: ${t.backgroundAsToll.length === 0 ? "none" : t.backgroundAsToll.join(", ")}`,
    `  quotes: recall ${pct(t.quotesFound, t.quotesGold)} of ${t.quotesGold} (target >= 85%), verbatim ${pct(t.quotesVerbatim, t.quotesFound)}, right speaker ${pct(t.speakersRight, t.quotesFound)} (target >= 80%)`,
  ].join("\n");
}
