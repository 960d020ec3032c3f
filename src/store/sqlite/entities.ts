import type { Entity } from "../../model/index.js";
import type { EntityUpsert } from "../store.js";
import type { SqliteDb } from "./database.js";

/**
 * The entity area of the SQLite store: entities as JSON rows (without their article list), a
 * blocking-key table and an entity -> article link table.
 */
export class SqliteEntities {
  constructor(private readonly db: SqliteDb) {}

  private parse(data: string): Entity {
    return { ...(JSON.parse(data) as Entity), articleIds: [] };
  }

  private withArticles(entity: Entity, within?: string[]): Entity {
    if (!within) {
      const rows = this.db
        .prepare("SELECT article_id FROM entity_articles WHERE entity_id = ? ORDER BY rowid")
        .all(entity.id) as { article_id: string }[];
      return { ...entity, articleIds: rows.map((r) => r.article_id) };
    }
    // Index seeks on (entity_id, article_id): cheap even for entities named in most of the corpus.
    const articleIds: string[] = [];
    for (let i = 0; i < within.length; i += 500) {
      const chunk = within.slice(i, i + 500);
      const sql = `SELECT article_id FROM entity_articles WHERE entity_id = ?
                   AND article_id IN (${chunk.map(() => "?").join(",")}) ORDER BY rowid`;
      const rows = this.db.prepare(sql).all(entity.id, ...chunk) as { article_id: string }[];
      articleIds.push(...rows.map((r) => r.article_id));
    }
    return { ...entity, articleIds };
  }

  byKeys(keys: string[]): Entity[] {
    const unique = [...new Set(keys)];
    const out = new Map<string, Entity>();
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const sql = `SELECT DISTINCT e.id, e.data FROM entity_keys k JOIN entities e ON e.id = k.entity_id
                   WHERE k.key IN (${chunk.map(() => "?").join(",")})`;
      for (const row of this.db.prepare(sql).all(...chunk) as { id: string; data: string }[]) {
        if (!out.has(row.id)) out.set(row.id, this.parse(row.data));
      }
    }
    return [...out.values()];
  }

  byIds(ids: string[], withinArticles?: string[]): Entity[] {
    const get = this.db.prepare("SELECT data FROM entities WHERE id = ?");
    const within = withinArticles ? [...new Set(withinArticles)] : undefined;
    return [...new Set(ids)].flatMap((id) => {
      const row = get.get(id) as { data: string } | undefined;
      return row ? [this.withArticles(this.parse(row.data), within)] : [];
    });
  }

  all(): Entity[] {
    return (this.db.prepare("SELECT data FROM entities ORDER BY id").all() as { data: string }[]).map((r) =>
      this.withArticles(this.parse(r.data)),
    );
  }

  write(upserts: EntityUpsert[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO entities (id, type, name, data) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET type = excluded.type, name = excluded.name, data = excluded.data`,
    );
    const addKey = this.db.prepare("INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)");
    const link = this.db.prepare(
      "INSERT OR IGNORE INTO entity_articles (entity_id, article_id) VALUES (?, ?)",
    );
    for (const { entity, keys } of upserts) {
      const { articleIds, ...rest } = entity;
      upsert.run(entity.id, entity.type, entity.name, JSON.stringify(rest));
      for (const key of keys) addKey.run(key, entity.id);
      for (const articleId of articleIds) link.run(entity.id, articleId);
    }
  }
}
