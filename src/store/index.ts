export { isPostgresLocation, openStore } from "./open-store.js";
export { PostgresStore } from "./postgres/postgres-store.js";
export { SqliteStore } from "./sqlite/sqlite-store.js";
export type * from "./store.js";
