import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, it } from "vitest";
import { PostgresStore } from "../src/store/postgres/postgres-store.js";

/** The PostgreSQL the tests use (a role that may create databases), e.g. postgres://u:p@127.0.0.1:5432/db. */
export const TEST_PG = process.env.CROSSCHECK_TEST_PG;

const HOW =
  "set CROSSCHECK_TEST_PG=postgres://crosscheck:crosscheck@127.0.0.1:5432/crosscheck_test (see scripts/start-test-postgres.sh)";

/**
 * Registers what stands in for a PostgreSQL suite when no test database is configured: in CI a failing
 * test (CI must run them), elsewhere a skipped one that says how to run it.
 */
export function reportMissingPostgres(suite: string): void {
  if (process.env.CI) {
    describe(suite, () => {
      it("needs a PostgreSQL test database", () => {
        throw new Error(`CROSSCHECK_TEST_PG is not set, so the PostgreSQL tests cannot run in CI: ${HOW}`);
      });
    });
  } else {
    describe.skip(`${suite} (skipped: ${HOW})`, () => {
      it("needs a PostgreSQL test database", () => {});
    });
  }
}

const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;

async function runAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Hands out stores in fresh schemas of the test database; `dropAll` removes them. */
export function testSchemas(url: string) {
  const created: string[] = [];
  return {
    /** A new schema name, dropped with the others (the schema itself is created by the store). */
    reserve(): string {
      const schema = uniqueName("cc_test");
      created.push(schema);
      return schema;
    },
    async openEmpty(clock?: () => Date): Promise<PostgresStore> {
      return new PostgresStore(url, clock, { schema: this.reserve() });
    },
    async dropAll(): Promise<void> {
      for (const schema of created.splice(0))
        await runAdmin(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}

/** Creates a fresh database beside the test database; returns its URL and a function that drops it. */
export async function createTestDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = uniqueName("cc_e2e");
  await runAdmin(url, `CREATE DATABASE "${name}"`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return { url: own.toString(), drop: () => runAdmin(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
