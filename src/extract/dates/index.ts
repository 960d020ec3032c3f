export * from "./extract-dates.js";
export * from "./resolve-date.js";
