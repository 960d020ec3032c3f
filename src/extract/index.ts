export * from "./build-context.js";
export * from "./context.js";
export * from "./dates/index.js";
export * from "./main-toll.js";
export * from "./registry.js";
