import type { Article, Claim, ClaimKind } from "../../model/index.js";
import { type ArticleRow, articleParams, toArticle } from "../rows.js";
import type { ArticleAnalysisRecord, ArticleCommit, Page, SearchHit } from "../store.js";
import type { PgQueryable } from "./pool.js";
import { HEADLINE_OPTIONS, searchSnippet } from "./search-snippet.js";
import { foldForSearch, searchWords } from "./search-text.js";

const COLUMNS = `id, content_hash, title, text, url, outlet, published, language, origin, extra,
  signature, story_id, duplicate_of, killed, injured, ingested_at`;

/** How much of an article's text is indexed for search (a tsvector holds at most 1 MB). */
const SEARCHED_CHARS = 300_000;

/** The article area of the PostgreSQL store. */
export class PostgresArticles {
  async findIdByHash(db: PgQueryable, hash: string): Promise<string | null> {
    const r = await db.query<{ id: string }>("SELECT id FROM articles WHERE content_hash = $1", [hash]);
    return r.rows[0]?.id ?? null;
  }

  async get(db: PgQueryable, id: string): Promise<Article | null> {
    const r = await db.query<ArticleRow>(`SELECT ${COLUMNS} FROM articles WHERE id = $1`, [id]);
    return r.rows[0] ? toArticle(r.rows[0]) : null;
  }

  async list(db: PgQueryable, page: Page): Promise<Article[]> {
    const r = await db.query<ArticleRow>(`SELECT ${COLUMNS} FROM articles ORDER BY seq LIMIT $1 OFFSET $2`, [
      page.limit,
      page.offset,
    ]);
    return r.rows.map(toArticle);
  }

  async listAfter(
    db: PgQueryable,
    position: number,
    limit: number,
  ): Promise<{ articles: Article[]; position: number }> {
    const r = await db.query<ArticleRow & { position: string }>(
      `SELECT seq AS position, ${COLUMNS} FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [position, limit],
    );
    const last = r.rows.at(-1);
    return { articles: r.rows.map(toArticle), position: last ? Number(last.position) : position };
  }

  async listByStory(db: PgQueryable, storyId: string): Promise<Article[]> {
    const r = await db.query<ArticleRow>(`SELECT ${COLUMNS} FROM articles WHERE story_id = $1 ORDER BY seq`, [
      storyId,
    ]);
    return r.rows.map(toArticle);
  }

  async count(db: PgQueryable): Promise<number> {
    const r = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
    return r.rows[0]?.n ?? 0;
  }

  /** Claims of the articles, only of `kinds` (all when empty), in the order they were stored. */
  async claimsOf(db: PgQueryable, articleIds: string[], kinds: ClaimKind[]): Promise<Claim[]> {
    if (articleIds.length === 0) return [];
    const r = await db.query<{ data: string }>(
      `SELECT data FROM claims WHERE article_id = ANY($1::text[])
         AND (cardinality($2::text[]) = 0 OR kind = ANY($2::text[])) ORDER BY seq`,
      [[...new Set(articleIds)], kinds],
    );
    return r.rows.map((row) => JSON.parse(row.data) as Claim);
  }

  async analysis(db: PgQueryable, id: string): Promise<ArticleAnalysisRecord | null> {
    const r = await db.query<{ sentences: string; mentions: string; claims: string[] }>(
      `SELECT x.sentences, x.mentions,
         ARRAY(SELECT c.data FROM claims c WHERE c.article_id = x.article_id ORDER BY c.seq) AS claims
       FROM article_analysis x WHERE x.article_id = $1`,
      [id],
    );
    const row = r.rows[0];
    if (!row) return null;
    return {
      sentences: JSON.parse(row.sentences),
      mentions: JSON.parse(row.mentions),
      claims: row.claims.map((c) => JSON.parse(c)),
    };
  }

  /**
   * Every query word must occur, as with SQLite's FTS5; best first by `ts_rank` over title (weighted up)
   * and text, normalised by length (FTS5 ranks by bm25, so ties and close calls may order differently).
   */
  async search(db: PgQueryable, query: string, page: Page): Promise<SearchHit[]> {
    const terms = searchWords(query);
    if (terms.length === 0) return [];
    const r = await db.query<{
      id: string;
      story_id: string;
      title: string | null;
      text: string;
      marked: string;
    }>(
      `SELECT a.id, a.story_id, a.title, a.text,
         ts_headline('simple', a.text, q,
           $4) AS marked
       FROM articles a, plainto_tsquery('simple', $1) q
       WHERE a.search @@ q ORDER BY ts_rank(a.search, q, 1) DESC, a.seq LIMIT $2 OFFSET $3`,
      [terms.join(" "), page.limit, page.offset, HEADLINE_OPTIONS],
    );
    return r.rows.map((row) => ({
      articleId: row.id,
      storyId: row.story_id,
      title: row.title,
      snippet: searchSnippet(row.text, row.marked),
    }));
  }

  async write(db: PgQueryable, commit: ArticleCommit): Promise<void> {
    const a = commit.article;
    await db.query(
      `INSERT INTO articles (${COLUMNS}, search) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
         $14, $15, $16, setweight(to_tsvector('simple', $17), 'A') || setweight(to_tsvector('simple', $18), 'B'))`,
      [...articleParams(a), foldForSearch(a.title ?? ""), foldForSearch(a.text.slice(0, SEARCHED_CHARS))],
    );
    await db.query("INSERT INTO article_analysis (article_id, sentences, mentions) VALUES ($1, $2, $3)", [
      a.id,
      JSON.stringify(commit.sentences),
      JSON.stringify(commit.mentions),
    ]);
    if (commit.claims.length === 0) return;
    await db.query(
      `INSERT INTO claims (id, article_id, kind, data)
       SELECT c.id, $1, c.kind, c.data FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS c(id, kind, data, n)
       ORDER BY c.n`,
      [
        a.id,
        commit.claims.map((c) => c.id),
        commit.claims.map((c) => c.kind),
        commit.claims.map((c) => JSON.stringify(c)),
      ],
    );
  }
}
