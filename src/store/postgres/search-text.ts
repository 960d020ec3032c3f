/**
 * Text as the search index holds it, folded as SQLite's FTS5 (unicode61) folds it: lower case,
 * accents and other combining marks removed, so "Malmo" finds "Malmö" on either backend.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** The words of a search query, folded; every one must occur in a hit. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).match(/[\p{L}\p{N}]+/gu) ?? [];
}
