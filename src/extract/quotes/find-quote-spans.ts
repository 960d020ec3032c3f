/** A quoted passage: `start`/`end` cover the text inside the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** The passage fills its own line (a block quote). */
  block: boolean;
}

const OPENERS = new Set(["“", "«", "„", '"']);
const CLOSERS = new Set(["”", "»", '"', "“"]);

/**
 * Finds quoted passages with straight, curly or guillemet marks, also when the marks do not pair
 * ("“…»", "«…”"). A closing mark with no opener is skipped; a passage never crosses a line end.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") open = -1;
    if (open < 0) {
      if (OPENERS.has(ch) && (ch !== '"' || i === 0 || /[\s([{\-–—:]/.test(text[i - 1]!))) open = i;
      continue;
    }
    if (CLOSERS.has(ch) && !(ch === "“" && i === open + 1)) {
      const start = open + 1;
      const end = i;
      if (end > start) {
        const lineStart = text.lastIndexOf("\n", open) + 1;
        const lineEndAt = text.indexOf("\n", i);
        const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
        const block = text.slice(lineStart, open).trim() === "" && text.slice(i + 1, lineEnd).trim() === "";
        spans.push({ start, end, block });
      }
      open = -1;
    }
  }
  return spans;
}
