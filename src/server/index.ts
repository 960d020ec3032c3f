export { createApp } from "./app.js";
export type { ServerBackend } from "./backend.js";
export { defaultServerConfig, type ServerConfig } from "./config.js";
export { type RunningServer, startServer } from "./start.js";
