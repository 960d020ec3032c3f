export * from "./read-opml-text.js";
