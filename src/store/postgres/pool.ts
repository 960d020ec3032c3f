import type pg from "pg";

export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;
/** Anything that runs a query: the pool itself, or one client inside a transaction. */
export type PgQueryable = Pick<pg.Pool, "query">;

export interface PostgresOptions {
  /** Schema the tables live in (created if missing); default: the role's search_path (public). */
  schema?: string;
  /** Most connections the store opens at once. */
  maxConnections?: number;
}

/** `postgres://user@host:port/db`: the location with any password left out, for messages. */
export function describeLocation(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    url.password = "";
    url.search = "";
    return url.toString();
  } catch {
    return "the PostgreSQL location";
  }
}

/** Quotes an identifier (a schema name) for SQL. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A connection pool to one database; each connection works in `options.schema` when given. The
 * driver is loaded here, on first use, so commands on a SQLite file never load it.
 */
export async function openPool(connectionString: string, options: PostgresOptions = {}): Promise<PgPool> {
  const { default: driver } = await import("pg");
  const pool = new driver.Pool({
    connectionString,
    max: options.maxConnections ?? 4,
    application_name: "crosscheck",
    ...(options.schema === undefined ? {} : { options: `-c search_path=${quoteIdentifier(options.schema)}` }),
  });
  // an idle connection dropped by the server must not crash the process; the next query reports it
  pool.on("error", () => {});
  return pool;
}

/** Runs `work` in one transaction on one connection: COMMIT when it returns, ROLLBACK when it throws. */
export async function inTransaction<T>(pool: PgPool, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (error) {
    // a connection that cannot even roll back is closed rather than handed to the next caller
    const broken = await client.query("ROLLBACK").then(
      () => false,
      () => true,
    );
    client.release(broken);
    throw error;
  }
}

/** Takes a transaction-level advisory lock named `name`, scoped to the search path (schema). */
export async function lockTransaction(client: PgClient, name: string): Promise<void> {
  await client.query(
    "SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || current_setting('search_path'), 0))",
    [`crosscheck:${name}`],
  );
}
