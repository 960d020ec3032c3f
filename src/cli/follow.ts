import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { ArticleInput, InputProblem } from "../model/index.js";
import { correctStories, ingestArticle, itemName, type PipelineDeps } from "../pipeline.js";
import { feedsToFollowFromText, feedsToFollowFromUrl } from "../sources/feeds/feeds-to-follow.js";
import { newFollowedFeed } from "../sources/feeds/followed-feed.js";
import { type IngestArticles, pollFollowedFeeds } from "../sources/feeds/poll-followed-feeds.js";
import { isUrlArgument } from "../sources/feeds/read-url-sources.js";
import { createHttpClient } from "../sources/http/http-client.js";
import { fail, withPipeline } from "./context.js";
import { httpOptionsFrom } from "./http-options.js";

interface FollowOptions {
  db?: string;
  allowPrivate?: boolean;
  every?: string;
  json?: boolean;
}

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds in an interval such as "15m", "90s", "1h" or "2d" (a bare number is minutes). */
export function parseInterval(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  const ms = match ? Number(match[1]) * UNITS[(match[2] ?? "m").toLowerCase()]! : Number.NaN;
  if (!(ms >= 1_000)) throw new Error(`"${text}" is not an interval of at least a second (try 15m, 1h, 90s)`);
  return ms;
}

const printProblem = (problem: InputProblem) =>
  process.stderr.write(`skipped ${problem.item}: ${problem.reason}\n`);

/** `follow add`: a feed URL, an OPML URL or an OPML file; every feed it stands for is followed. */
async function followAdd(target: string, options: FollowOptions): Promise<void> {
  const http = createHttpClient(httpOptionsFrom(options));
  try {
    const found = isUrlArgument(target)
      ? await feedsToFollowFromUrl(http, target)
      : feedsToFollowFromText(await readFile(target, "utf8"), target, null);
    found.problems.forEach(printProblem);
    await withPipeline(options.db, async ({ store, clock }) => {
      const known = new Set((await store.listFollowedFeeds()).map((f) => f.url));
      for (const feed of found.feeds) {
        if (known.has(feed.url)) {
          process.stdout.write(`already following ${feed.url}\n`);
          continue;
        }
        await store.saveFollowedFeed(newFollowedFeed(feed.url, feed.title, clock()));
        process.stdout.write(`following ${feed.url}${feed.title ? ` (${feed.title})` : ""}\n`);
      }
    });
    if (found.feeds.length === 0) fail(`no feed to follow in ${target}`);
  } finally {
    await http.close();
  }
}

async function followList(options: FollowOptions): Promise<void> {
  await withPipeline(options.db, async ({ store }) => {
    const feeds = await store.listFollowedFeeds();
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ feeds }, null, 2)}\n`);
      return;
    }
    if (feeds.length === 0)
      process.stdout.write("no followed feeds; add one with: crosscheck follow add <feed-url|opml>\n");
    for (const feed of feeds) {
      const state = feed.lastError
        ? `failing x${feed.failures}: ${feed.lastError}`
        : feed.lastPolledAt
          ? `polled ${feed.lastPolledAt}`
          : "not polled yet";
      process.stdout.write(`${feed.url}\t${feed.title ?? "-"}\t${state}\n`);
    }
  });
}

/** The pipeline's ingest, one article (one transaction) at a time; a bad article never stops the rest. */
function ingestWith(deps: PipelineDeps): IngestArticles {
  return async (articles: ArticleInput[]) => {
    let added = 0;
    const problems: InputProblem[] = [];
    for (const input of articles) {
      try {
        const outcome = await ingestArticle(deps, input);
        if (outcome.status === "ingested") added++;
        else if (outcome.status === "failed") problems.push(outcome.problem);
      } catch (error) {
        problems.push({ item: itemName(input), reason: (error as Error).message });
      }
    }
    if (added > 0) await correctStories(deps);
    return { added, problems };
  };
}

async function followRunOnce(options: FollowOptions): Promise<number> {
  const http = createHttpClient(httpOptionsFrom(options));
  try {
    return await withPipeline(options.db, async (deps) => {
      const storedIds = async (ids: string[]) => {
        const found = await Promise.all(
          ids.map(async (id) => ((await deps.store.getArticle(id)) ? id : null)),
        );
        return new Set(found.filter((id): id is string => id !== null));
      };
      const outcomes = await pollFollowedFeeds({
        storedIds,
        http,
        store: deps.store,
        ingest: ingestWith(deps),
        now: deps.clock,
      });
      for (const outcome of outcomes) {
        outcome.problems.forEach(printProblem);
        process.stdout.write(`${outcome.url}: ${outcome.status}, ${outcome.added} new\n`);
      }
      return outcomes.reduce((sum, o) => sum + o.added, 0);
    });
  } finally {
    await http.close();
  }
}

/** `follow run`: one pass over the followed feeds, or one pass every `--every` until stopped. */
async function followRun(options: FollowOptions): Promise<void> {
  const interval = options.every === undefined ? null : parseInterval(options.every);
  let stopping = false;
  let wake: (() => void) | null = null;
  const stop = () => {
    stopping = true;
    wake?.();
  };
  process.once("SIGINT", stop).once("SIGTERM", stop);
  try {
    do {
      if (interval === null) {
        const added = await followRunOnce(options);
        process.stdout.write(`${new Date().toISOString()} added ${added} article(s)\n`);
        break;
      }
      try {
        const added = await followRunOnce(options);
        process.stdout.write(`${new Date().toISOString()} added ${added} article(s)\n`);
      } catch (error) {
        // a failed pass (database busy, disk full) is reported; the next pass tries again
        process.stderr.write(`crosscheck: follow run pass failed: ${(error as Error).message}\n`);
      }
      if (stopping) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, interval);
      });
    } while (!stopping);
  } finally {
    process.off("SIGINT", stop).off("SIGTERM", stop);
  }
}

export function registerFollow(program: Command): void {
  const follow = program.command("follow").description("keep watching feeds: add, list, run");
  const db = ["--db <file>", "database file (default: $CROSSCHECK_DB or ./crosscheck.db)"] as const;
  const allowPrivate = [
    "--allow-private",
    "allow URLs that resolve to loopback or private addresses",
  ] as const;
  follow
    .command("add")
    .description("follow a feed URL, or every feed of an OPML file or URL")
    .argument("<feed-or-opml>", "feed URL, OPML URL or OPML file")
    .option(...db)
    .option(...allowPrivate)
    .action((target: string, options: FollowOptions) => followAdd(target, options));
  follow
    .command("list")
    .description("list followed feeds and their state")
    .option(...db)
    .option("--json", "print JSON")
    .action((options: FollowOptions) => followList(options));
  follow
    .command("run")
    .description("poll followed feeds (conditional requests) and ingest new items")
    .option("--every <interval>", "keep polling at this interval, e.g. 15m")
    .option(...db)
    .option(...allowPrivate)
    .action((options: FollowOptions) => followRun(options));
}
