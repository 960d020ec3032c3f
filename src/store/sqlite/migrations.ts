/** Versioned schema changes, applied in order, each once, each in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, analysis, entities, stories",
    sql: `
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT, text TEXT NOT NULL, url TEXT, outlet TEXT, published TEXT,
        language TEXT NOT NULL, origin TEXT NOT NULL, extra TEXT NOT NULL,
        signature TEXT NOT NULL, story_id TEXT NOT NULL, duplicate_of TEXT,
        killed INTEGER, injured INTEGER, ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_story ON articles(story_id);
      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
      CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
      CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TABLE article_analysis (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        sentences TEXT NOT NULL, mentions TEXT NOT NULL
      );
      CREATE TABLE claims (
        id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL, data TEXT NOT NULL
      );
      CREATE INDEX claims_article ON claims(article_id);
      CREATE TABLE entities (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL
      );
      CREATE TABLE entity_keys (key TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (key, entity_id));
      CREATE TABLE entity_articles (
        entity_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (entity_id, article_id)
      );
      CREATE TABLE stories (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, first_date TEXT, last_date TEXT,
        killed INTEGER, injured INTEGER, size INTEGER NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE TABLE story_terms (
        story_id TEXT NOT NULL, term TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (term, story_id)
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
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 9,
    name: "no term document frequencies (the clusterer counts them from the stored articles)",
    sql: "DROP TABLE IF EXISTS term_df;",
  },
];
