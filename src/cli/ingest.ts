import { MultiBar } from "cli-progress";
import type { Command } from "commander";
import type { ArticleInput } from "../model/index.js";
import { correctStories, ingestArticle, itemName } from "../pipeline.js";
import { DEFAULT_MAX_BYTES, readPaths, type SourceItem } from "../sources/files/index.js";
import { fail, withPipeline } from "./context.js";
import { fileReadContextFrom } from "./http-options.js";

export interface IngestOptions {
  db?: string;
  outlet?: string;
  published?: string;
  maxSize?: string;
  allowPrivate?: boolean;
}

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  /** Ingested articles that nearly copy an earlier one: kept as its coverage, flagged `duplicateOf`. */
  nearCopies: number;
  failed: number;
  seconds: number;
}

/** Source readers for things that are not local paths (URLs); the feeds module registers itself here. */
export const UrlSourcesMap: Record<
  string,
  (url: string, options: IngestOptions) => AsyncGenerator<SourceItem>
> = {};

function isUrl(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

async function* itemsOf(targets: string[], options: IngestOptions): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxSize ? Number(options.maxSize) : DEFAULT_MAX_BYTES;
  for (const target of targets) {
    if (isUrl(target)) {
      const reader = UrlSourcesMap.url;
      if (!reader)
        yield { kind: "problem", problem: { item: target, reason: "URLs are not supported in this build" } };
      else yield* reader(target, options);
    } else {
      yield* readPaths([target], { maxBytes, context: fileReadContextFrom(options) });
    }
  }
}

function withDefaults(input: ArticleInput, options: IngestOptions): ArticleInput {
  return {
    ...input,
    outlet: input.outlet ?? options.outlet ?? null,
    published: input.published ?? options.published ?? null,
  };
}

/**
 * Items of local paths are read first so the progress bar knows its total; URL items stream in
 * (the total grows as they come).
 */
async function collectLocal(
  targets: string[],
  options: IngestOptions,
): Promise<{ local: SourceItem[]; urls: string[] }> {
  const local: SourceItem[] = [];
  const urls = targets.filter(isUrl);
  for await (const item of itemsOf(
    targets.filter((t) => !isUrl(t)),
    options,
  ))
    local.push(item);
  return { local, urls };
}

async function* allItems(
  local: SourceItem[],
  urls: string[],
  options: IngestOptions,
): AsyncGenerator<SourceItem> {
  yield* local;
  yield* itemsOf(urls, options);
}

/** Ingests every item of the targets; prints problems as they come and one summary line at the end. */
export async function runIngest(targets: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { ingested: 0, duplicates: 0, nearCopies: 0, failed: 0, seconds: 0 };
  const { local, urls } = await collectLocal(targets, options);
  // on a terminal: a progress bar, with skipped items logged above it; piped: plain lines
  const bars = process.stderr.isTTY
    ? new MultiBar({
        format: "ingest {bar} {value}/{total} | {eta_formatted} left | {status}",
        clearOnComplete: true,
        stream: process.stderr,
      })
    : null;
  const bar = bars?.create(local.length, 0, { status: "" }) ?? null;
  const report = (item: string, reason: string) => {
    summary.failed++;
    const line = `skipped ${item}: ${reason}\n`;
    if (bars) bars.log(line);
    else process.stderr.write(line);
  };
  await withPipeline(options.db, async (deps) => {
    for await (const item of allItems(local, urls, options)) {
      const done = summary.ingested + summary.duplicates + summary.failed;
      if (bar && done >= bar.getTotal()) bar.setTotal(done + 1);
      if (item.kind === "problem") {
        report(item.problem.item, item.problem.reason);
        bar?.increment(1);
        continue;
      }
      try {
        const outcome = await ingestArticle(deps, withDefaults(item.input, options));
        if (outcome.status === "ingested") {
          summary.ingested++;
          if (outcome.duplicateOf) summary.nearCopies++;
        } else if (outcome.status === "duplicate") summary.duplicates++;
        else report(outcome.problem.item, outcome.problem.reason);
      } catch (error) {
        report(itemName(item.input), (error as Error).message);
      }
      bar?.increment(1, { status: item.input.id.slice(-40) });
    }
    // fragments of one story that began apart in this run come together now that all of it is in
    await correctStories(deps);
  });
  bars?.stop();
  summary.seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `ingested ${summary.ingested}, duplicates ${summary.duplicates}, failed ${summary.failed}, ${summary.seconds.toFixed(2)} s\n`,
  );
  // "duplicates" are articles already stored; a near-copy is stored, flagged, and is no second source
  if (summary.nearCopies > 0)
    process.stdout.write(
      `${summary.nearCopies} of them nearly ${summary.nearCopies === 1 ? "copies" : "copy"} an earlier report: kept as its coverage, not counted as another source\n`,
    );
  if (summary.ingested === 0 && summary.duplicates === 0) fail("nothing could be ingested");
  return summary;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("read files, directories or URLs, analyse each article and store it")
    .argument("<targets...>", "files, directories (read recursively) or URLs")
    .option("--db <file>", "database file (default: $CROSSCHECK_DB or ./crosscheck.db)")
    .option("--outlet <name>", "outlet for articles that do not name one")
    .option("--published <iso-date>", "publication date for articles that carry none")
    .option("--max-size <bytes>", `largest file read (default ${DEFAULT_MAX_BYTES})`)
    .option("--allow-private", "allow URLs that resolve to loopback or private addresses")
    .action(async (targets: string[], options: IngestOptions) => {
      await runIngest(targets, options);
    });
}
