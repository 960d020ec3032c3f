import type { PipelineDeps } from "../pipeline.js";
import { openStore } from "../store/index.js";

export const DEFAULT_DB = "crosscheck.db";

/** The database a command uses: --db, else CROSSCHECK_DB, else ./crosscheck.db. */
export function dbPath(option: string | undefined): string {
  return option ?? process.env.CROSSCHECK_DB ?? DEFAULT_DB;
}

/** Opens the store and hands the command its pipeline dependencies; closes the store after. */
export async function withPipeline<T>(
  db: string | undefined,
  run: (deps: PipelineDeps) => Promise<T>,
): Promise<T> {
  const store = openStore(dbPath(db));
  try {
    return await run({ store, clock: () => new Date() });
  } finally {
    await store.close();
  }
}

/** Prints an error for the user and sets a failing exit code. */
export function fail(message: string, code = 1): void {
  process.stderr.write(`crosscheck: ${message}\n`);
  process.exitCode = code;
}
