export * from "./address-guard.js";
export * from "./blocked-addresses.js";
export * from "./charset.js";
export * from "./fetch-error.js";
export * from "./host-limiter.js";
export * from "./http-client.js";
