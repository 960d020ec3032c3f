import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  defaultServerConfig,
  type RunningServer,
  type ServerConfig,
  startServer,
} from "../../src/server/index.js";
import { createStoreBackend } from "../../src/server/store-backend.js";
import { openStore, type Store } from "../../src/store/index.js";

/** Articles written for these tests: two reports of one made-up quake, and one hostile record. */
export const quakeArticles = [
  {
    id: "quake-1",
    title: "Earthquake strikes near Izmir",
    outlet: "Harbor Times",
    published: "2024-03-04",
    text:
      "A strong earthquake struck near Izmir on Monday morning, damaging dozens of buildings. " +
      "The provincial governor said at least 18 people were killed and 140 were injured. " +
      "Rescue teams worked through the night in the old town.",
  },
  {
    id: "quake-2",
    title: "Izmir earthquake toll rises",
    outlet: "Valley Wire",
    published: "2024-03-05",
    text:
      "Rescuers in Izmir pulled more survivors from collapsed buildings on Tuesday after the earthquake. " +
      "The health ministry said 23 people were killed and 160 were injured. " +
      "Aftershocks kept families in tents across the city.",
  },
];

export const hostileArticle = {
  id: "hostile-1",
  title: '<script>window.__xss="title"</script><img src=x onerror="window.__xss=\'title-img\'">Relief update',
  outlet: "<img src=x onerror=\"window.__xss='outlet'\"><svg onload=\"window.__xss='svg'\">",
  published: "2024-03-06",
  url: "javascript:window.__xss='url'",
  text:
    'Relief convoys reached the earthquake zone <script>window.__xss="text"</script> on Wednesday. ' +
    "Officials said 23 people were killed <img src=x onerror=\"window.__xss='text-img'\"> in the quake.",
};

export interface StoreServer {
  server: RunningServer;
  store: Store;
  dispose(): Promise<void>;
}

/** A server over a fresh SQLite store in a temporary folder, on 127.0.0.1 and a free port. */
export async function startStoreServer(config: Partial<ServerConfig> = {}): Promise<StoreServer> {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-server-"));
  const store = openStore(join(dir, "test.db"));
  const backend = createStoreBackend({ store, clock: () => new Date("2024-03-07T12:00:00Z") });
  const server = await startServer({ ...defaultServerConfig, ...config }, backend, {
    host: "127.0.0.1",
    port: 0,
  });
  return {
    server,
    store,
    dispose: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postArticles(server: RunningServer, body: unknown, token?: string) {
  const response = await fetch(`${server.url}/api/articles`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: response.status, body: await response.json() };
}
