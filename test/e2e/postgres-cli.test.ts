import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/synthetic-corpus.js";
import { createTestDatabase, reportMissingPostgres, TEST_PG } from "../postgres-test-db.js";
import { type CliResult, runCli, SHARED, startCli } from "./cli-run.js";

const seeds = join(SHARED, "corpus", "aleppo-2024");

/** Reports written for this test: two incidents, three outlets, one exact re-post. */
const REPORTS = [
  {
    id: "r1",
    title: "Ferry capsizes near Port Kelso",
    outlet: "Coast Wire",
    published: "2025-02-04",
    text: "A passenger ferry capsized near Port Kelso on Tuesday. At least 14 people were killed and 30 injured, the coast guard said. Divers searched the hull through the night.",
  },
  {
    id: "r2",
    title: "Death toll in Port Kelso ferry sinking rises",
    outlet: "Harbour Daily",
    published: "2025-02-05",
    text: "The number of people killed when a ferry capsized near Port Kelso rose to 17, the coast guard said on Wednesday. Port officials blamed overloading.",
  },
  {
    id: "r3",
    title: "Warehouse blaze in Milford",
    outlet: "Valley Courier",
    published: "2025-03-10",
    text: "A fire tore through a warehouse in Milford on Monday. Two workers were injured, the fire brigade said, and nobody was killed.",
  },
  {
    id: "r4",
    title: "Ferry capsizes near Port Kelso",
    outlet: "Coast Wire",
    published: "2025-02-04",
    text: "A passenger ferry capsized near Port Kelso on Tuesday. At least 14 people were killed and 30 injured, the coast guard said. Divers searched the hull through the night.",
  },
];

const VOLATILE = new Set(["ingestedAt", "generatedAt", "updatedAt", "exportedAt"]);

/** The JSON a command printed, without fields that name the moment it ran. */
function stable(result: CliResult): unknown {
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout, (key, value) => (VOLATILE.has(key) ? undefined : value));
}

async function writeJsonl(path: string, rows: object[]): Promise<string> {
  await writeFile(path, `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
  return path;
}

const exited = (child: ReturnType<typeof startCli>) =>
  new Promise<{ code: number | null; stdout: string }>((resolve) => {
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.on("exit", (code) => resolve({ code, stdout }));
  });

if (TEST_PG === undefined) {
  reportMissingPostgres("crosscheck CLI on PostgreSQL");
} else {
  const admin = TEST_PG;
  const drops: (() => Promise<void>)[] = [];
  const freshDatabase = async () => {
    const db = await createTestDatabase(admin);
    drops.push(db.drop);
    return db.url;
  };
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  describe("crosscheck CLI on PostgreSQL", () => {
    it("ingests and exports the same articles, stories, entities, claims and briefs as SQLite", async () => {
      const dir = await mkdtemp(join(tmpdir(), "cc-pg-"));
      const corpus = await writeJsonl(join(dir, "reports.jsonl"), REPORTS);
      const sqlite = join(dir, "same.db");
      const postgres = await freshDatabase();
      for (const db of [sqlite, postgres]) {
        expect(runCli(["ingest", corpus, "--db", db]).stdout).toMatch(/^ingested 3, duplicates 1, failed 0/);
      }
      const exported = stable(runCli(["export", "--db", postgres])) as { stories: { id: string }[] };
      expect(exported).toEqual(stable(runCli(["export", "--db", sqlite])));
      expect(exported.stories).toHaveLength(2);
      for (const { id } of exported.stories) {
        const brief = (db: string) => stable(runCli(["brief", id, "--db", db, "--format", "json"]));
        expect(brief(postgres)).toEqual(brief(sqlite));
      }
      // the location may also come from CROSSCHECK_DB
      expect(runCli(["ingest", corpus], { CROSSCHECK_DB: postgres }).stdout).toMatch(
        /^ingested 0, duplicates 4/,
      );
    }, 180_000);

    it.skipIf(!existsSync(seeds))(
      "exports the seed reports as SQLite does",
      async () => {
        const sqlite = join(await mkdtemp(join(tmpdir(), "cc-pg-seeds-")), "seeds.db");
        const postgres = await freshDatabase();
        for (const db of [sqlite, postgres]) expect(runCli(["ingest", seeds, "--db", db]).status).toBe(0);
        expect(stable(runCli(["export", "--db", postgres]))).toEqual(
          stable(runCli(["export", "--db", sqlite])),
        );
      },
      120_000,
    );

    it("two ingest processes on one database store every article of their halves once", async () => {
      const dir = await mkdtemp(join(tmpdir(), "cc-pg-two-"));
      const articles = generateCorpus(160, 11);
      const half = articles.length / 2;
      const halves = await Promise.all([
        writeJsonl(join(dir, "first.jsonl"), articles.slice(0, half)),
        writeJsonl(join(dir, "second.jsonl"), articles.slice(half)),
      ]);
      const postgres = await freshDatabase();
      const runs = await Promise.all(
        halves.map((file) => exited(startCli(["ingest", file, "--db", postgres]))),
      );
      const counted = runs.map((r) =>
        /ingested (\d+), duplicates (\d+), failed (\d+)/.exec(r.stdout)?.slice(1),
      );
      const exported = stable(runCli(["export", "--db", postgres])) as {
        articles: { id: string; storyId: string }[];
        stories: { id: string }[];
      };
      const ids = exported.articles.map((a) => a.id);
      const storyIds = new Set(exported.stories.map((s) => s.id));
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      expect(counted).toEqual([
        [String(half), "0", "0"],
        [String(half), "0", "0"],
      ]);
      expect(ids.toSorted()).toEqual(articles.map((a) => a.id).toSorted());
      expect(exported.articles.filter((a) => !storyIds.has(a.storyId))).toEqual([]);
    }, 180_000);
  });
}
