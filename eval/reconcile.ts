import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Brief } from "../src/model/brief.js";
import { briefForStory, exportStore, ingestArticle, type PipelineDeps } from "../src/pipeline.js";
import { readPaths } from "../src/sources/files/index.js";
import { SqliteStore } from "../src/store/index.js";
import { REPO_DIR, SHARED_DIR } from "./shared-data.js";

/** Ingests paths into a fresh store and returns the brief of every story, largest first. */
async function briefsOf(paths: string[]): Promise<Brief[]> {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "cc-eval-")), "eval.db"));
  const deps: PipelineDeps = { store, clock: () => new Date("2026-01-01T00:00:00Z") };
  try {
    for await (const item of readPaths(paths))
      if (item.kind === "article") await ingestArticle(deps, item.input);
    const exported = await exportStore(deps);
    const briefs: Brief[] = [];
    for (const story of exported.stories) {
      const brief = await briefForStory(deps, story.id);
      if (brief) briefs.push(brief);
    }
    return briefs.sort((a, b) => b.articles.length - a.articles.length);
  } finally {
    await store.close();
  }
}

/** What a reader checks first in a story's brief: its figures, their sources and what one outlet alone says. */
function describe(brief: Brief): string[] {
  const lines = [
    `story ${brief.storyId} (${brief.articles.length} articles): toll ${JSON.stringify(brief.casualties)}`,
  ];
  for (const f of brief.findings) {
    const counts = f.values.map((v) => v.count ?? v.label).join(", ");
    const sources = [...new Set(f.values.map((v) => v.sourceName))].join(" | ");
    lines.push(
      `  ${f.topic}: ${f.verdict}, best ${f.best ? `${f.best.qualifier} ${f.best.count}` : "-"}, ${f.independentSources} source(s) over ${f.outlets} outlet(s); values ${counts}; sources ${sources}`,
    );
  }
  const label = new Map(brief.coverage.facts.map((f) => [f.key, f.label]));
  for (const p of brief.coverage.perArticle) {
    if (p.exclusive.length > 0)
      lines.push(`  only ${p.articleId}: ${p.exclusive.map((k) => label.get(k)).join("; ")}`);
  }
  return lines;
}

/**
 * Reconciliation end to end (ingest -> brief): the seed reports and the demo corpus's stories with
 * their findings, verdicts, original sources and exclusive facts, printed for review against the
 * acceptance criteria of the reconcile issue and examples/README.md.
 */
export async function evaluateReconcile(): Promise<void> {
  const seeds = join(SHARED_DIR, "corpus", "aleppo-2024");
  if (existsSync(seeds)) {
    const [main] = await briefsOf([seeds]);
    console.log("seed reports, largest story:");
    if (main) console.log(describe(main).join("\n"));
  }
  const demo = await briefsOf([join(REPO_DIR, "examples")]);
  console.log(`demo corpus: ${demo.length} stories`);
  for (const brief of demo.filter((b) => b.findings.length > 0)) console.log(describe(brief).join("\n"));
  const conflicts = demo.flatMap((b) =>
    b.findings.filter((f) => f.verdict === "conflict" && f.independentSources > 1),
  );
  console.log(
    `demo conflicts between original sources: ${conflicts.map((f) => f.explanation).join(" / ") || "none"}`,
  );
}
