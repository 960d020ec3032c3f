export { acronymLetters, initialsOf } from "./acronym-definitions.js";
export { extractMentions } from "./extract-mentions.js";
