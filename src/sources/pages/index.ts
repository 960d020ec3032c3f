export * from "./extract-page-article.js";
export * from "./fetch-page-article.js";
export * from "./html-to-text.js";
export * from "./page-metadata.js";
export * from "./to-iso-date.js";
