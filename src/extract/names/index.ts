export * from "./name-runs.js";
