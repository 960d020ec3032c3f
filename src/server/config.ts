/** Everything the server is configured with; the CLI reads the environment and builds this. */
export interface ServerConfig {
  /** Bearer token required for writes; null = writes only from loopback clients. */
  writeToken: string | null;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Folder of the built web UI (index.html, app.js, ...), or null to serve the API only. */
  webRoot: string | null;
}

export const defaultServerConfig: ServerConfig = {
  writeToken: null,
  maxBodyBytes: 5 * 1024 * 1024,
  webRoot: null,
};
