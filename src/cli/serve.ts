import type { Command } from "commander";
import { defaultServerConfig, startServer } from "../server/index.js";
import { createStoreBackend } from "../server/store-backend.js";
import { findWebRoot } from "../server/web-root.js";
import { isLoopbackAddress } from "../server/write-guard.js";
import { openStore } from "../store/index.js";
import { dbPath } from "./context.js";

export interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  maxBody: string;
}

function positiveInt(value: string, name: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new Error(`${name} must be an integer from 0 to ${max}`);
  return n;
}

/** Starts the HTTP API and web UI; SIGINT/SIGTERM close the server (letting requests finish) and the store. */
export async function runServe(options: ServeOptions): Promise<void> {
  const port = positiveInt(options.port, "--port", 65535);
  const maxBodyBytes = positiveInt(options.maxBody, "--max-body", 1024 ** 3);
  const writeToken = process.env.CROSSCHECK_TOKEN?.trim() || null;
  const webRoot = findWebRoot();
  const store = openStore(dbPath(options.db));
  const backend = createStoreBackend({ store, clock: () => new Date() });
  const server = await startServer({ ...defaultServerConfig, writeToken, maxBodyBytes, webRoot }, backend, {
    host: options.host,
    port,
  }).catch(async (error: Error) => {
    await backend.close();
    throw error;
  });
  process.stdout.write(
    `crosscheck serving ${dbPath(options.db)} at ${server.url}/ (API at /api, /openapi.json)\n`,
  );
  if (!webRoot) process.stderr.write("crosscheck: web UI not built (npm run build); serving the API only\n");
  if (!writeToken && !isLoopbackAddress(options.host) && options.host !== "localhost") {
    process.stderr.write(
      "crosscheck: no CROSSCHECK_TOKEN set: POST /api/articles is refused to non-loopback clients\n",
    );
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(130); // a second signal forces the exit
    stopping = true;
    process.stderr.write(`crosscheck: ${signal}, closing\n`);
    void server.close().then(() => process.stderr.write("crosscheck: closed\n"));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API and the web UI")
    .option("--db <file>", "database file (default: $CROSSCHECK_DB or ./crosscheck.db)")
    .option("--port <n>", "port (0 = any free port)", "8080")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--max-body <bytes>", "largest accepted request body", String(defaultServerConfig.maxBodyBytes))
    .action(async (options: ServeOptions) => {
      await runServe(options);
    });
}
