import type { Story } from "../../model/index.js";
import { type StoryRow as BaseStoryRow, toStory as storyFromRow, storyParams } from "../rows.js";
import type { Page, StoryProfile } from "../store.js";
import type { PgQueryable } from "./pool.js";

interface StoryRow extends BaseStoryRow {
  article_ids: string[];
}

const WITH_ARTICLES = `SELECT s.id, s.title, s.first_date, s.last_date, s.killed, s.injured,
  ARRAY(SELECT a.id FROM articles a WHERE a.story_id = s.id ORDER BY a.seq) AS article_ids
  FROM stories s`;

const toStory = (row: StoryRow): Story => storyFromRow(row, row.article_ids);

/** The story area of the PostgreSQL store: stories, their term profiles, redirects and term DF. */
export class PostgresStories {
  async resolveId(db: PgQueryable, id: string): Promise<string | null> {
    const r = await db.query<{ id: string }>(
      `WITH RECURSIVE chain(id, hops) AS (
         SELECT $1::text, 0
         UNION ALL
         SELECT r.to_id, c.hops + 1 FROM chain c JOIN story_redirects r ON r.from_id = c.id WHERE c.hops < 100
       )
       SELECT s.id FROM (SELECT id FROM chain ORDER BY hops DESC LIMIT 1) last JOIN stories s ON s.id = last.id`,
      [id],
    );
    return r.rows[0]?.id ?? null;
  }

  async get(db: PgQueryable, id: string): Promise<Story | null> {
    const r = await db.query<StoryRow>(`${WITH_ARTICLES} WHERE s.id = $1`, [id]);
    return r.rows[0] ? toStory(r.rows[0]) : null;
  }

  async list(db: PgQueryable, page: Page): Promise<Story[]> {
    const r = await db.query<StoryRow>(
      `${WITH_ARTICLES} ORDER BY coalesce(s.last_date, s.updated_at) COLLATE "C" DESC, s.id COLLATE "C"
       LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
    return r.rows.map(toStory);
  }

  async count(db: PgQueryable): Promise<number> {
    const r = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM stories");
    return r.rows[0]?.n ?? 0;
  }

  async candidates(db: PgQueryable, terms: string[], limit: number): Promise<StoryProfile[]> {
    if (terms.length === 0) return [];
    const unique = [...new Set(terms)].slice(0, 500);
    const ranked = await db.query<{ story_id: string }>(
      `SELECT story_id, sum(weight) AS score FROM story_terms WHERE term = ANY($1::text[])
       GROUP BY story_id ORDER BY score DESC, story_id COLLATE "C" LIMIT $2`,
      [unique, limit],
    );
    const ids = ranked.rows.map((r) => r.story_id);
    if (ids.length === 0) return [];
    const stories = await db.query<StoryRow>(`${WITH_ARTICLES} WHERE s.id = ANY($1::text[])`, [ids]);
    const termRows = await db.query<{ story_id: string; term: string; weight: number }>(
      "SELECT story_id, term, weight FROM story_terms WHERE story_id = ANY($1::text[])",
      [ids],
    );
    const byId = new Map(stories.rows.map((row) => [row.id, toStory(row)]));
    return ids.flatMap((id) => {
      const story = byId.get(id);
      if (!story) return [];
      const rows = termRows.rows.filter((r) => r.story_id === id);
      return [{ story, terms: new Map(rows.map((r) => [r.term, r.weight])) }];
    });
  }

  async write(
    db: PgQueryable,
    profiles: StoryProfile[],
    redirects: { from: string; to: string }[],
    now: string,
    moves: { articleIds: string[]; storyId: string }[] = [],
  ): Promise<void> {
    for (const { story: s, terms } of profiles) {
      await db.query(
        `INSERT INTO stories (id, title, first_date, last_date, killed, injured, size, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_date = excluded.first_date,
           last_date = excluded.last_date, killed = excluded.killed, injured = excluded.injured,
           size = excluded.size, updated_at = excluded.updated_at`,
        storyParams(s, now),
      );
      await db.query("DELETE FROM story_terms WHERE story_id = $1", [s.id]);
      await db.query(
        "INSERT INTO story_terms (story_id, term, weight) SELECT $1, * FROM unnest($2::text[], $3::float8[])",
        [s.id, [...terms.keys()], [...terms.values()]],
      );
    }
    // stories whose articles this commit moves: their sizes change too
    const emptiedInto = new Map<string, string>();
    for (const { articleIds, storyId } of moves) {
      const left = await db.query<{ story_id: string }>(
        "SELECT DISTINCT story_id FROM articles WHERE id = ANY($1::text[])",
        [articleIds],
      );
      for (const { story_id } of left.rows) if (story_id !== storyId) emptiedInto.set(story_id, storyId);
    }
    for (const { from, to } of redirects) {
      // another worker already merged them the other way round: they are one story already; or the
      // story to fold into is gone since this worker read it: its articles must not follow it nowhere
      const target = await this.resolveId(db, to);
      if (target === from || target === null) continue;
      await db.query(
        `INSERT INTO story_redirects (from_id, to_id) VALUES ($1, $2)
         ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id`,
        [from, to],
      );
      await db.query("UPDATE articles SET story_id = $1 WHERE story_id = $2", [to, from]);
      await db.query("DELETE FROM stories WHERE id = $1", [from]);
      await db.query("DELETE FROM story_terms WHERE story_id = $1", [from]);
    }
    for (const { articleIds, storyId } of moves)
      await db.query("UPDATE articles SET story_id = $1 WHERE id = ANY($2::text[])", [storyId, articleIds]);
    await this.settle(db, [...profiles.map((p) => p.story.id), ...redirects.map((r) => r.to)], emptiedInto);
  }

  /**
   * Keeps the stored stories whole when several workers write: a story another worker merged away
   * after this article was placed is not written again (its articles follow the redirect), and each
   * touched story's size and date range are taken from its articles, not from what the writer saw. A
   * story the moves left without articles goes, redirected to the story that took them (`emptiedInto`).
   * A story written again after a merge that leads to no story any more is live again: the redirect goes.
   */
  private async settle(db: PgQueryable, storyIds: string[], emptiedInto: Map<string, string>): Promise<void> {
    const touched = new Set<string>();
    for (const id of new Set([...storyIds, ...emptiedInto.keys()])) {
      const redirected = await db.query("SELECT 1 FROM story_redirects WHERE from_id = $1", [id]);
      const live = redirected.rowCount === 0 ? id : await this.resolveId(db, id);
      if (live !== null && live !== id) {
        await db.query("UPDATE articles SET story_id = $1 WHERE story_id = $2", [live, id]);
        await db.query("DELETE FROM stories WHERE id = $1", [id]);
        await db.query("DELETE FROM story_terms WHERE story_id = $1", [id]);
      }
      // merged into a story gone since: the story written again is live, not a way to nowhere
      if (live === null) await db.query("DELETE FROM story_redirects WHERE from_id = $1", [id]);
      touched.add(live ?? id);
    }
    const counted = await db.query<{ id: string; size: number }>(
      // size and date range from the articles the story holds now, whoever wrote them
      `UPDATE stories SET size = (SELECT count(*) FROM articles a WHERE a.story_id = stories.id),
         first_date = (SELECT min(a.published COLLATE "C") FROM articles a WHERE a.story_id = stories.id),
         last_date = (SELECT max(a.published COLLATE "C") FROM articles a WHERE a.story_id = stories.id)
       WHERE id = ANY($1::text[]) RETURNING id, size`,
      [[...touched]],
    );
    for (const { id, size } of counted.rows) {
      if (Number(size) !== 0) continue;
      await db.query("DELETE FROM stories WHERE id = $1", [id]);
      await db.query("DELETE FROM story_terms WHERE story_id = $1", [id]);
      const into = emptiedInto.get(id);
      if (into !== undefined && (await this.resolveId(db, into)) !== null)
        await db.query(
          `INSERT INTO story_redirects (from_id, to_id) VALUES ($1, $2)
           ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id`,
          [id, into],
        );
    }
  }
}
