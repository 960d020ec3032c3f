import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const SHARED =
  process.env.CROSSCHECK_SHARED ?? fileURLToPath(new URL("../../../shared/", import.meta.url));
const CLI = ["--import", "tsx", fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url))];

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the crosscheck CLI from source and waits for it. */
export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [...CLI, ...args], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the crosscheck CLI from source without waiting. */
export function startCli(args: string[]) {
  return spawn(process.execPath, [...CLI, ...args], { cwd: REPO, stdio: "pipe" });
}

/** A finding of a brief's JSON (`crosscheck brief ID --format json`), as the end-to-end tests read it. */
export interface Finding {
  topic: string;
  verdict: string;
  independentSources: number;
  best: { count: number } | null;
  conservative: { count: number } | null;
  values: { count: number | null; sourceName: string; label: string | null; articleId: string }[];
}

/** A test set's stories, as `crosscheck stories --json` lists them. */
export interface ListedStory {
  id: string;
  articleIds: string[];
  title: string;
  casualties: { killed: number | null };
}

/**
 * Ingests one of the written test sets (`fixtures/<name>.jsonl`) into a fresh database and lists its
 * stories (`groups`: their article ids); `brief` reads one story's brief from that database as JSON, `markdown`
 * as Markdown.
 */
export async function ingestFixture(name: string) {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const db = join(await mkdtemp(join(tmpdir(), `cc-${name}-`)), `${name}.db`);
  const fixture = fileURLToPath(new URL(`./fixtures/${name}.jsonl`, import.meta.url));
  const ingested = runCli(["ingest", fixture, "--db", db]);
  if (ingested.status !== 0) throw new Error(`ingest of ${name} failed: ${ingested.stderr}`);
  const { stories } = JSON.parse(runCli(["stories", "--db", db, "--json"]).stdout) as {
    stories: ListedStory[];
  };
  return {
    stories,
    /** Each story's article ids, sorted, the stories in order of their first id: how the set was grouped. */
    groups: stories.map((s) => [...s.articleIds].sort()).sort(),
    brief: <T>(id: string) => JSON.parse(runCli(["brief", id, "--db", db, "--format", "json"]).stdout) as T,
    markdown: (id: string) => runCli(["brief", id, "--db", db]).stdout,
  };
}
