const START = "\u0001";
const STOP = "\u0002";

/** `ts_headline` options: about a dozen words around the match, marked with characters text never holds. */
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=12, MinWords=6, ShortWord=0`;

/**
 * Turns a `ts_headline` fragment into the snippet SQLite's `snippet()` gives: matches in [brackets],
 * and "…" where the fragment starts after the text's start or ends before its end.
 */
export function searchSnippet(text: string, marked: string): string {
  const plain = marked.replaceAll(START, "").replaceAll(STOP, "");
  const at = text.indexOf(plain);
  const snippet = marked.replaceAll(START, "[").replaceAll(STOP, "]");
  if (at < 0) return snippet;
  return `${at > 0 ? "…" : ""}${snippet}${at + plain.length < text.length ? "…" : ""}`;
}
