import type { Migration } from "../sqlite/migrations.js";
import { inTransaction, lockTransaction, type PgPool, quoteIdentifier } from "./pool.js";

/**
 * The PostgreSQL schema, versioned like the SQLite one (same version numbers for the same change).
 * Text columns keep exactly what SQLite keeps (JSON as text, dates as ISO strings); `search` is the
 * full-text vector of title (weight A) and text (weight B), folded as SQLite's FTS5 folds (see search-text.ts).
 */
export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, analysis, entities, stories",
    sql: `
      CREATE TABLE articles (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT, text TEXT NOT NULL, url TEXT, outlet TEXT, published TEXT,
        language TEXT NOT NULL, origin TEXT NOT NULL, extra TEXT NOT NULL,
        signature TEXT NOT NULL, story_id TEXT NOT NULL, duplicate_of TEXT,
        killed INTEGER, injured INTEGER, ingested_at TEXT NOT NULL,
        search tsvector NOT NULL
      );
      CREATE INDEX articles_story ON articles(story_id);
      CREATE INDEX articles_search ON articles USING GIN (search);
      CREATE TABLE article_analysis (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        sentences TEXT NOT NULL, mentions TEXT NOT NULL
      );
      CREATE TABLE claims (
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL, data TEXT NOT NULL
      );
      CREATE INDEX claims_article ON claims(article_id, seq);
      CREATE TABLE entities (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL
      );
      CREATE TABLE entity_keys (key TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (key, entity_id));
      CREATE TABLE entity_articles (
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        entity_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (entity_id, article_id)
      );
      CREATE TABLE stories (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, first_date TEXT, last_date TEXT,
        killed INTEGER, injured INTEGER, size INTEGER NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE TABLE story_terms (
        story_id TEXT NOT NULL, term TEXT NOT NULL, weight DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (term, story_id)
      );
      CREATE INDEX story_terms_story ON story_terms(story_id);
      CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
      CREATE TABLE story_redirects (from_id TEXT PRIMARY KEY, to_id TEXT NOT NULL);
    `,
  },
  {
    version: 8,
    name: "followed feeds and the item ids taken from each",
    sql: `
      CREATE TABLE followed_feeds (
        url TEXT PRIMARY KEY, title TEXT, etag TEXT, last_modified TEXT,
        failures INTEGER NOT NULL DEFAULT 0, retry_after TEXT, last_polled_at TEXT, last_error TEXT,
        added_at TEXT NOT NULL
      );
      CREATE TABLE feed_items (
        feed_url TEXT NOT NULL REFERENCES followed_feeds(url) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        PRIMARY KEY (feed_url, item_id)
      );
    `,
  },
  {
    version: 9,
    name: "no term document frequencies (the clusterer counts them from the stored articles)",
    sql: "DROP TABLE IF EXISTS term_df;",
  },
];

/**
 * Applies pending migrations in order, each in its own transaction under an advisory lock, so
 * several workers starting at once apply each migration exactly once (the others wait, then skip it).
 */
export async function migratePostgres(
  pool: PgPool,
  schema: string | undefined,
  migrations: Migration[] = POSTGRES_MIGRATIONS,
): Promise<void> {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  if (await allApplied(pool, sorted)) return;
  for (const migration of sorted) {
    await inTransaction(pool, async (client) => {
      await lockTransaction(client, "migrations");
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
      await client.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
      );
      const done = await client.query("SELECT 1 FROM schema_migrations WHERE version = $1", [
        migration.version,
      ]);
      if (done.rowCount !== 0) return;
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    });
  }
}

/** True when every migration is recorded already (the common start: no lock needed). */
async function allApplied(pool: PgPool, migrations: Migration[]): Promise<boolean> {
  const exists = await pool.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS ok");
  if (exists.rows[0]?.ok !== true) return false;
  const rows = await pool.query<{ version: number }>("SELECT version FROM schema_migrations");
  const applied = new Set(rows.rows.map((r) => r.version));
  return migrations.every((m) => applied.has(m.version));
}
