export { contentFingerprint } from "./fingerprint.js";
export { detectLanguage } from "./language.js";
export { type NormalizeOptions, normalizeText } from "./normalize-text.js";
export { applyEdits, type MappedText, type TextEdit } from "./offset-map.js";
