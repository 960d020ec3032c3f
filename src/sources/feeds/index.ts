export * from "./complete-teasers.js";
export * from "./fetch-feed.js";
export * from "./read-feed-text.js";
export * from "./read-url-source.js";
export * from "./repair-feed-xml.js";
