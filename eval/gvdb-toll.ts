import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildExtractContext } from "../src/extract/build-context.js";
import { extractCasualties } from "../src/extract/casualties/extract-casualties.js";
import { mainToll } from "../src/extract/main-toll.js";
import { normalizeText } from "../src/normalize/index.js";

interface GoldRow {
  id: string;
  killed: number;
  injured: number;
}
interface ArticleRow {
  id: string;
  title?: string;
  text: string;
  published?: string;
}

export interface TollScore {
  split: string;
  n: number;
  killed: number;
  injured: number;
}

/** Share of gvdb-dev articles whose main toll matches the labels (null = 0), on all, train and held-out. */
export function scoreGvdb(sharedDir: string, verbose = false): TollScore[] {
  const dir = join(sharedDir, "data", "gvdb-dev");
  const articles = readFileSync(join(dir, "articles.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as ArticleRow);
  const gold = new Map(
    readFileSync(join(dir, "gold.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => {
        const g = JSON.parse(l) as GoldRow;
        return [g.id, g] as const;
      }),
  );
  const splits: Record<string, { n: number; k: number; i: number }> = {
    all: { n: 0, k: 0, i: 0 },
    dev: { n: 0, k: 0, i: 0 },
    heldout: { n: 0, k: 0, i: 0 },
  };
  articles.forEach((a, index) => {
    const g = gold.get(a.id);
    if (!g) return;
    const ctx = buildExtractContext({
      articleId: a.id,
      text: normalizeText(a.text).text,
      published: a.published ?? null,
    });
    const claims = extractCasualties(ctx);
    const toll = mainToll(claims);
    const okK = (toll.killed ?? 0) === g.killed;
    const okI = (toll.injured ?? 0) === g.injured;
    for (const name of ["all", index % 4 === 3 ? "heldout" : "dev"]) {
      const s = splits[name]!;
      s.n++;
      if (okK) s.k++;
      if (okI) s.i++;
    }
    if (process.env.TOLL_DUMP) console.error(`${a.id} ${toll.killed} ${toll.injured}`);
    if (verbose && (!okK || !okI) && index % 4 !== 3) {
      console.log(`\n### ${a.id} gold k=${g.killed} i=${g.injured} got k=${toll.killed} i=${toll.injured}`);
      for (const c of claims) {
        console.log(
          `  ${c.outcome}${c.tentative ? "?" : ""} ${c.count} ${c.group}${c.partOf ? " part" : ""}${c.background ? " BG" : ""}${c.additional ? " +" : ""} | ${c.sentence.slice(0, 160)}`,
        );
      }
    }
  });
  return Object.entries(splits).map(([split, s]) => ({
    split,
    n: s.n,
    killed: s.k / s.n,
    injured: s.i / s.n,
  }));
}
