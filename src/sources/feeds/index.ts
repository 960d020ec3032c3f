export * from "./complete-teasers.js";
export * from "./fetch-feed.js";
export * from "./followed-feed.js";
export * from "./poll-followed-feeds.js";
export * from "./read-feed-text.js";
export * from "./read-url-source.js";
export * from "./repair-feed-xml.js";
