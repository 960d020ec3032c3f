import type { Entity } from "../../model/index.js";
import type { EntityUpsert } from "../store.js";
import type { PgQueryable } from "./pool.js";

interface EntityRow {
  id: string;
  data: string;
  article_ids?: string[];
}

const parse = (row: EntityRow): Entity => ({
  ...(JSON.parse(row.data) as Entity),
  articleIds: row.article_ids ?? [],
});

const WITH_ARTICLES = `SELECT e.id, e.data,
  ARRAY(SELECT l.article_id FROM entity_articles l WHERE l.entity_id = e.id ORDER BY l.seq) AS article_ids
  FROM entities e`;

/**
 * The entity area of the PostgreSQL store: entities as JSON rows (without their article list), a
 * blocking-key table and an entity -> article link table.
 */
export class PostgresEntities {
  async byKeys(db: PgQueryable, keys: string[]): Promise<Entity[]> {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return [];
    const r = await db.query<EntityRow>(
      `SELECT e.id, e.data FROM entities e
       WHERE e.id IN (SELECT k.entity_id FROM entity_keys k WHERE k.key = ANY($1::text[]))`,
      [unique],
    );
    return r.rows.map(parse);
  }

  /** With `withinArticles`, each entity's `articleIds` keeps only those articles. */
  async byIds(db: PgQueryable, ids: string[], withinArticles?: string[]): Promise<Entity[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const r =
      withinArticles === undefined
        ? await db.query<EntityRow>(`${WITH_ARTICLES} WHERE e.id = ANY($1::text[])`, [unique])
        : await db.query<EntityRow>(
            `SELECT e.id, e.data, ARRAY(SELECT l.article_id FROM entity_articles l
               WHERE l.entity_id = e.id AND l.article_id = ANY($2::text[]) ORDER BY l.seq) AS article_ids
             FROM entities e WHERE e.id = ANY($1::text[])`,
            [unique, [...new Set(withinArticles)]],
          );
    const byId = new Map(r.rows.map((row) => [row.id, parse(row)]));
    return unique.flatMap((id) => byId.get(id) ?? []);
  }

  async all(db: PgQueryable): Promise<Entity[]> {
    const r = await db.query<EntityRow>(`${WITH_ARTICLES} ORDER BY e.id COLLATE "C"`);
    return r.rows.map(parse);
  }

  /** Upserts entities (a later upsert of the same id wins), adds their keys and article links. */
  async write(db: PgQueryable, upserts: EntityUpsert[]): Promise<void> {
    if (upserts.length === 0) return;
    const latest = new Map(upserts.map((u) => [u.entity.id, u.entity]));
    const rows = [...latest.values()].map(({ articleIds: _links, ...rest }) => rest);
    await db.query(
      `INSERT INTO entities (id, type, name, data)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, data = excluded.data`,
      [
        rows.map((e) => e.id),
        rows.map((e) => e.type),
        rows.map((e) => e.name),
        rows.map((e) => JSON.stringify(e)),
      ],
    );
    const keys = upserts.flatMap(({ entity, keys }) => keys.map((key) => [key, entity.id] as const));
    await db.query(
      `INSERT INTO entity_keys (key, entity_id) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT DO NOTHING`,
      [keys.map((k) => k[0]), keys.map((k) => k[1])],
    );
    const links = upserts.flatMap(({ entity }) => entity.articleIds.map((a) => [entity.id, a] as const));
    await db.query(
      `INSERT INTO entity_articles (entity_id, article_id)
       SELECT l.entity_id, l.article_id FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS l(entity_id, article_id, n)
       ORDER BY l.n ON CONFLICT DO NOTHING`,
      [links.map((l) => l[0]), links.map((l) => l[1])],
    );
  }
}
