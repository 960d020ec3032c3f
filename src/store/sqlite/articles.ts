import type { Article, Claim, ClaimKind } from "../../model/index.js";
import { type ArticleRow, articleParams, toArticle } from "../rows.js";
import type { ArticleAnalysisRecord, ArticleCommit, Page, SearchHit } from "../store.js";
import type { SqliteDb } from "./database.js";

/** The article area of the SQLite store. */
export class SqliteArticles {
  constructor(private readonly db: SqliteDb) {}

  findIdByHash(hash: string): string | null {
    const row = this.db.prepare("SELECT id FROM articles WHERE content_hash = ?").get(hash) as
      | { id: string }
      | undefined;
    return row?.id ?? null;
  }

  get(id: string): Article | null {
    const row = this.db.prepare("SELECT * FROM articles WHERE id = ?").get(id) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }

  listAfter(position: number, limit: number): { articles: Article[]; position: number } {
    const rows = this.db
      .prepare("SELECT rowid AS position, * FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?")
      .all(position, limit) as (ArticleRow & { position: number })[];
    return { articles: rows.map(toArticle), position: rows.at(-1)?.position ?? position };
  }

  list(page: Page): Article[] {
    const rows = this.db
      .prepare("SELECT * FROM articles ORDER BY rowid LIMIT ? OFFSET ?")
      .all(page.limit, page.offset);
    return (rows as ArticleRow[]).map(toArticle);
  }

  listByStory(storyId: string): Article[] {
    const rows = this.db.prepare("SELECT * FROM articles WHERE story_id = ? ORDER BY rowid").all(storyId);
    return (rows as ArticleRow[]).map(toArticle);
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  }

  claimsOf(articleIds: string[], kinds: ClaimKind[]): Claim[] {
    const out: Claim[] = [];
    const kindFilter = kinds.length > 0 ? ` AND kind IN (${kinds.map(() => "?").join(",")})` : "";
    for (let i = 0; i < articleIds.length; i += 400) {
      const chunk = articleIds.slice(i, i + 400);
      const rows = this.db
        .prepare(
          `SELECT data FROM claims WHERE article_id IN (${chunk.map(() => "?").join(",")})${kindFilter} ORDER BY rowid`,
        )
        .all(...chunk, ...kinds) as { data: string }[];
      for (const row of rows) out.push(JSON.parse(row.data) as Claim);
    }
    return out;
  }

  analysis(id: string): ArticleAnalysisRecord | null {
    const row = this.db
      .prepare("SELECT sentences, mentions FROM article_analysis WHERE article_id = ?")
      .get(id) as { sentences: string; mentions: string } | undefined;
    if (!row) return null;
    const claims = (
      this.db.prepare("SELECT data FROM claims WHERE article_id = ? ORDER BY rowid").all(id) as {
        data: string;
      }[]
    ).map((r) => JSON.parse(r.data));
    return { sentences: JSON.parse(row.sentences), mentions: JSON.parse(row.mentions), claims };
  }

  search(query: string, page: Page): SearchHit[] {
    const terms = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (terms.length === 0) return [];
    const match = terms.map((t) => `"${t}"`).join(" ");
    const rows = this.db
      .prepare(
        `SELECT a.id, a.story_id, a.title, snippet(articles_fts, 1, char(2), char(3), '…', 12) AS snippet
         FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
      )
      .all(match, page.limit, page.offset) as {
      id: string;
      story_id: string;
      title: string | null;
      snippet: string;
    }[];
    return rows.map((r) => ({ articleId: r.id, storyId: r.story_id, title: r.title, snippet: r.snippet }));
  }

  write(commit: ArticleCommit): void {
    const a = commit.article;
    this.db
      .prepare(
        `INSERT INTO articles (id, content_hash, title, text, url, outlet, published, language, origin, extra,
           signature, story_id, duplicate_of, killed, injured, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...articleParams(a));
    this.db
      .prepare("INSERT INTO article_analysis (article_id, sentences, mentions) VALUES (?, ?, ?)")
      .run(a.id, JSON.stringify(commit.sentences), JSON.stringify(commit.mentions));
    const insertClaim = this.db.prepare(
      "INSERT INTO claims (id, article_id, kind, data) VALUES (?, ?, ?, ?)",
    );
    for (const claim of commit.claims) insertClaim.run(claim.id, a.id, claim.kind, JSON.stringify(claim));
  }
}
