import { existsSync } from "node:fs";
import { join } from "node:path";
import { ingestAndExport } from "./pipeline-ingest.js";
import { bcubed, fmt, readDataSet, SHARED_DIR } from "./shared-data.js";

/** End-to-end scores of the whole pipeline (ingest -> export), as ../shared/data/README.md names them. */
export async function evaluatePipeline(): Promise<void> {
  for (const [name, label] of [
    ["ecbplus-dev", "subtopic"],
    ["gvc-dev", "incident"],
  ] as const) {
    const data = readDataSet<{ id: string } & Record<string, string>>(name);
    if (!data) continue;
    const exported = await ingestAndExport(data.articles);
    const predicted = new Map(exported.articles.map((a) => [a.id, a.storyId]));
    const gold = new Map([...data.gold].map(([id, g]) => [id, String(g[label])]));
    const s = bcubed(predicted, gold);
    // merges and splits rewrite stored story ids: each story row must list exactly its articles
    const disagree = exported.stories.filter(
      (story) =>
        [...story.articleIds].sort().join() !==
        exported.articles
          .filter((a) => a.storyId === story.id)
          .map((a) => a.id)
          .sort()
          .join(),
    ).length;
    console.log(
      `clustering ${name} (${label}, end to end): B-cubed P ${fmt(s.p)} R ${fmt(s.r)} F1 ${fmt(s.f1)} | ${exported.stories.length} stories, ${disagree} whose stored members disagree with their articles' story ids`,
    );
  }
  const gvdb = readDataSet<{ id: string; killed: number; injured: number }>("gvdb-dev");
  if (gvdb) {
    const exported = await ingestAndExport(gvdb.articles);
    let killed = 0;
    let injured = 0;
    for (const a of exported.articles) {
      const g = gvdb.gold.get(a.id);
      if (!g) continue;
      if ((a.casualties.killed ?? 0) === g.killed) killed++;
      if ((a.casualties.injured ?? 0) === g.injured) injured++;
    }
    const n = exported.articles.length;
    console.log(
      `casualties gvdb-dev (end to end, ${n} articles): killed accuracy ${fmt(killed / n)}, injured accuracy ${fmt(injured / n)}`,
    );
  }
  const seeds = join(SHARED_DIR, "corpus", "aleppo-2024");
  if (existsSync(seeds)) {
    const exported = await ingestAndExport([], [seeds]);
    console.log(`seeds: ${exported.articles.length} articles in ${exported.stories.length} story/stories`);
  }
}
