import { PostgresStore } from "./postgres/postgres-store.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

/** True when a --db / CROSSCHECK_DB location names a PostgreSQL database rather than a SQLite file. */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store a location names: a `postgres://` or `postgresql://` URL opens PostgreSQL, anything
 * else is a SQLite file path (the default).
 */
export function openStore(location: string, clock: () => Date = () => new Date()): Store {
  if (isPostgresLocation(location)) return new PostgresStore(location, clock);
  return new SqliteStore(location, clock);
}
