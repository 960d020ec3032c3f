import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

/**
 * Opens the store a location names: a SQLite file path (the default). A `postgres://` URL is the
 * planned server backend; it is refused clearly until it exists.
 */
export function openStore(location: string, clock: () => Date = () => new Date()): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error("the PostgreSQL backend is not available yet; use a SQLite file path for --db");
  }
  return new SqliteStore(location, clock);
}
