import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { reportMissingPostgres, TEST_PG, testSchemas } from "../../../test/postgres-test-db.js";
import type { Article } from "../../model/index.js";
import { runFollowedFeedCases } from "../followed-feeds.case.test.js";
import { SqliteStore } from "../sqlite/sqlite-store.js";
import { runStoreCases } from "../store.case.test.js";
import type { ArticleCommit, Store } from "../store.js";
import { migratePostgres, POSTGRES_MIGRATIONS } from "./migrations.js";
import { openPool } from "./pool.js";
import { PostgresStore } from "./postgres-store.js";

const article = (
  id: string,
  contentHash: string,
  text = `Report ${id} on the bridge collapse.`,
): Article => ({
  id,
  title: null,
  text,
  url: null,
  outlet: null,
  published: null,
  language: "en",
  origin: id,
  extra: {},
  contentHash,
  signature: "0".repeat(16),
  storyId: `s-${id}`,
  duplicateOf: null,
  casualties: { killed: null, injured: null },
  ingestedAt: "2025-03-02T00:00:00.000Z",
});
const commit = (a: Article): ArticleCommit => ({
  article: a,
  sentences: [],
  mentions: [],
  claims: [],
  entities: [],
  stories: [
    {
      story: {
        id: a.storyId,
        title: "t",
        articleIds: [a.id],
        firstDate: null,
        lastDate: null,
        casualties: a.casualties,
      },
      terms: new Map([["bridge", 1]]),
    },
  ],
  redirects: [],
});

if (TEST_PG === undefined) {
  reportMissingPostgres("PostgreSQL store");
} else {
  const url = TEST_PG;
  const schemas = testSchemas(url);
  afterAll(() => schemas.dropAll());

  runStoreCases("postgres", () => schemas.openEmpty());
  runFollowedFeedCases("postgres", () => schemas.openEmpty());

  describe("PostgreSQL store", () => {
    it("applies each migration once when several workers start at once", async () => {
      const schema = schemas.reserve();
      const extra = { version: 999, name: "test table", sql: "CREATE TABLE test_only (x INTEGER)" };
      const pools = await Promise.all([1, 2, 3, 4].map(() => openPool(url, { schema })));
      await Promise.all(pools.map((p) => migratePostgres(p, schema, [...POSTGRES_MIGRATIONS, extra])));
      const versions = await pools[0]?.query<{ version: number }>(
        "SELECT version FROM schema_migrations ORDER BY version",
      );
      await Promise.all(pools.map((p) => p.end()));
      expect(versions?.rows.map((r) => r.version)).toEqual([
        ...POSTGRES_MIGRATIONS.map((m) => m.version),
        999,
      ]);
    });

    it("stores a content hash once when workers commit it at the same moment", async () => {
      const schema = schemas.reserve();
      const stores = [1, 2, 3, 4, 5, 6].map(() => new PostgresStore(url, undefined, { schema }));
      const outcomes = await Promise.all(
        stores.map((s, i) => s.commitArticle(commit(article(`a${i}`, "same-hash")))),
      );
      const count = await stores[0]?.countArticles();
      await Promise.all(stores.map((s) => s.close()));
      expect([outcomes.filter((o) => o === "stored").length, count]).toEqual([1, 1]);
    });

    it.each([
      ["malmo", ["p1"]],
      ["MALMÖ harbour", ["p1"]],
      ["São Tomé", ["p2"]],
      ["ferry", ["p2", "p3"]],
      ["ferry Tome", ["p2"]],
      ["al-Bab", ["p3"]],
      ["bab 2024", ["p3"]],
      ["volcano", []],
      ["& | !", []],
    ])("finds the articles SQLite finds for %j", async (query, expected) => {
      const texts = [
        "Cranes toppled in the Malmö harbour overnight.",
        "A ferry ran aground off São Tomé on Friday.",
        "The ferry service to al-Bab resumed in 2024.",
      ];
      const hits = async (store: Store) => {
        for (const [i, text] of texts.entries())
          await store.commitArticle(commit(article(`p${i + 1}`, `h${i}`, text)));
        const found = (await store.searchArticles(query)).map((h) => h.articleId).sort();
        await store.close();
        return found;
      };
      const sqlite = new SqliteStore(join(await mkdtemp(join(tmpdir(), "cc-parity-")), "p.db"));
      expect([await hits(await schemas.openEmpty()), await hits(sqlite)]).toEqual([expected, expected]);
    });

    it("says which database it could not reach, without the password", async () => {
      const bad = new URL(url);
      bad.port = "1";
      bad.password = "s3cret-pw";
      const store = new PostgresStore(bad.toString());
      const error = await store.countArticles().then(
        () => "",
        (e: Error) => e.message,
      );
      await store.close();
      expect(error).toContain(`PostgreSQL store at postgres://${bad.username}@${bad.host}${bad.pathname}:`);
      expect(error).not.toContain("s3cret-pw");
    });
  });
}
