import type { Entity } from "../../model/index.js";
import type { EntityUpsert } from "../store.js";
import type { SqliteDb } from "./database.js";

/** The entity area of the SQLite store: entities as JSON rows plus a blocking-key table. */
export class SqliteEntities {
  constructor(private readonly db: SqliteDb) {}

  byKeys(keys: string[]): Entity[] {
    if (keys.length === 0) return [];
    const unique = [...new Set(keys)];
    const rows: { data: string }[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const sql = `SELECT DISTINCT e.id, e.data FROM entity_keys k JOIN entities e ON e.id = k.entity_id
                   WHERE k.key IN (${chunk.map(() => "?").join(",")})`;
      for (const row of this.db.prepare(sql).all(...chunk) as { id: string; data: string }[]) {
        if (!seen.has(row.id)) {
          seen.add(row.id);
          rows.push(row);
        }
      }
    }
    return rows.map((r) => JSON.parse(r.data) as Entity);
  }

  byIds(ids: string[]): Entity[] {
    const out: Entity[] = [];
    const get = this.db.prepare("SELECT data FROM entities WHERE id = ?");
    for (const id of new Set(ids)) {
      const row = get.get(id) as { data: string } | undefined;
      if (row) out.push(JSON.parse(row.data) as Entity);
    }
    return out;
  }

  all(): Entity[] {
    return (this.db.prepare("SELECT data FROM entities ORDER BY id").all() as { data: string }[]).map(
      (r) => JSON.parse(r.data) as Entity,
    );
  }

  write(upserts: EntityUpsert[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO entities (id, type, name, data) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET type = excluded.type, name = excluded.name, data = excluded.data`,
    );
    const addKey = this.db.prepare("INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)");
    for (const { entity, keys } of upserts) {
      upsert.run(entity.id, entity.type, entity.name, JSON.stringify(entity));
      for (const key of keys) addKey.run(key, entity.id);
    }
  }
}
