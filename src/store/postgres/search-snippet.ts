/** How the store marks a matched term in a snippet (see `SearchHit.snippet`). */
const START = "\u0002";
const STOP = "\u0003";

/** `ts_headline` options: about a dozen words around the match, marked as `SearchHit.snippet` says. */
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=12, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=…`;

/**
 * Turns a `ts_headline` fragment into the snippet SQLite's `snippet()` gives: "…" where the fragment
 * starts after the text's start or ends before its end.
 */
export function searchSnippet(text: string, marked: string): string {
  const plain = marked.replaceAll(START, "").replaceAll(STOP, "");
  const at = text.indexOf(plain);
  if (at < 0) return marked;
  return `${at > 0 ? "…" : ""}${marked}${at + plain.length < text.length ? "…" : ""}`;
}
