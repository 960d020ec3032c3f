export { openStore } from "./open-store.js";
export { SqliteStore } from "./sqlite/sqlite-store.js";
export type * from "./store.js";
