import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFollowedFeedCases } from "../followed-feeds.case.test.js";
import { runStoreCases } from "../store.case.test.js";
import { openSqliteDatabase } from "./database.js";
import { SQLITE_MIGRATIONS } from "./migrations.js";
import { SqliteStore } from "./sqlite-store.js";

const openEmpty = async () => new SqliteStore(join(await mkdtemp(join(tmpdir(), "cc-store-")), "t.db"));
runStoreCases("sqlite", openEmpty);
runFollowedFeedCases("sqlite", openEmpty);

describe("SQLite migrations", () => {
  it("apply once, in order, and are recorded", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "cc-mig-")), "m.db");
    const extra = { version: 999, name: "test table", sql: "CREATE TABLE test_only (x INTEGER)" };
    openSqliteDatabase(path, [...SQLITE_MIGRATIONS, extra]).close();
    const db = openSqliteDatabase(path, [...SQLITE_MIGRATIONS, extra]);
    const versions = db.prepare("SELECT version FROM schema_migrations ORDER BY version").all() as {
      version: number;
    }[];
    expect(versions.map((v) => v.version)).toEqual([...SQLITE_MIGRATIONS.map((m) => m.version), 999]);
    // the term document frequencies of the first schema were never read: version 9 drops them
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'term_df'").all()).toEqual([]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'story_terms'").all()).toHaveLength(1);
    db.close();
  });
});
