export * from "./attribute-claims.js";
export * from "./find-attribution.js";
export * from "./source-names.js";
