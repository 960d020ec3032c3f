import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/synthetic-corpus.js";
import { startCli } from "./cli-run.js";

function countArticles(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

describe("crash safety", () => {
  it("SIGKILL in the middle of a 1,000-article ingest leaves every article whole or absent", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-kill-"));
    const corpus = join(dir, "corpus.jsonl");
    await writeFile(
      corpus,
      `${generateCorpus(1000)
        .map((a) => JSON.stringify(a))
        .join("\n")}\n`,
    );
    const db = join(dir, "k.db");
    const child = startCli(["ingest", corpus, "--db", db]);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const deadline = Date.now() + 60_000;
    while (countArticles(db) < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGKILL");
    await exited;

    const conn = new Database(db);
    expect(conn.pragma("integrity_check", { simple: true })).toBe("ok");
    const n = (conn.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    expect(n).toBeGreaterThanOrEqual(40);
    expect(n).toBeLessThan(1000);
    const orphans = conn
      .prepare(
        `SELECT count(*) AS n FROM articles a
         WHERE NOT EXISTS (SELECT 1 FROM article_analysis x WHERE x.article_id = a.id)
            OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)`,
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    const strayAnalysis = conn
      .prepare(
        "SELECT count(*) AS n FROM article_analysis x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)",
      )
      .get() as { n: number };
    expect(strayAnalysis.n).toBe(0);
    const fts = conn.prepare("SELECT count(*) AS n FROM articles_fts").get() as { n: number };
    expect(fts.n).toBe(n);
    conn.close();
  }, 90_000);
});
