export * from "./find-numbers.js";
export * from "./number-words.js";
