import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { createApp } from "./app.js";
import type { ServerBackend } from "./backend.js";
import type { ServerConfig } from "./config.js";

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections, lets open requests finish (up to `graceMs`), then closes the backend. */
  close(graceMs?: number): Promise<void>;
}

function closeHttp(server: ServerType, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  });
}

/** Listens on host:port (port 0 = a free one) and resolves once the socket is bound. */
export function startServer(
  config: ServerConfig,
  backend: ServerBackend,
  listen: { host: string; port: number },
): Promise<RunningServer> {
  const app = createApp(config, backend);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: listen.host, port: listen.port },
      (info: AddressInfo) => {
        const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
        let closing: Promise<void> | null = null;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: (graceMs = 5000) => {
            closing ??= closeHttp(server, graceMs).then(() => backend.close());
            return closing;
          },
        });
      },
    );
    server.once("error", reject);
  });
}
