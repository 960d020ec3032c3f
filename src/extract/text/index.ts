export * from "./sentences.js";
export * from "./tokenize.js";
