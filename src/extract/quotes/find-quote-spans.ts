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
 * ("“…»", "«…”"), and with single curly marks (‘…’) as British outlets write them. A closing mark with
 * no opener is skipped; a passage never crosses a line end.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const double = findDoubleQuoteSpans(text);
  const single = findSingleQuoteSpans(text).filter(
    (s) => !double.some((d) => s.start <= d.end && d.start <= s.end),
  );
  return [...double, ...single].sort((a, b) => a.start - b.start);
}

/** Where an opening mark may stand: at the start, or after a space, bracket, dash or colon. */
const BEFORE_OPENER = /[\s([{\-–—:]/;
/** What may follow a closing ‘…’ mark: the end, a space or punctuation (not a letter: "they’re"). */
const AFTER_CLOSER = /^(?:$|[\s,.;:!?)\]}\-–—])/;

/**
 * Passages in single curly marks. The closing mark is also the apostrophe, so it closes only when no
 * letter follows it, and not after an "s" followed by a lower-case word ("the soldiers’ homes") unless a
 * new passage opens before any other close ("‘hormones’ and ‘reasoning’"). An opening mark must be
 * followed by a letter ("the ‘90s" opens nothing).
 */
function findSingleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const opens = (k: number) =>
    text[k] === "‘" && (k === 0 || BEFORE_OPENER.test(text[k - 1]!)) && /\p{L}/u.test(text[k + 1] ?? "");
  let i = 0;
  while (i < text.length) {
    if (!opens(i)) {
      i++;
      continue;
    }
    const lineEndAt = text.indexOf("\n", i);
    const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
    let close = -1;
    let possessive = -1;
    for (let j = i + 2; j < lineEnd && close < 0; j++) {
      if (opens(j)) {
        close = possessive;
        break;
      }
      if (text[j] !== "’") continue;
      const after = text.slice(j + 1, j + 3);
      if (!AFTER_CLOSER.test(after)) continue;
      if (/[sS]/.test(text[j - 1]!) && /^ \p{Ll}/u.test(after)) possessive = j;
      else close = j;
    }
    if (close < 0) {
      i++;
      continue;
    }
    const lineStart = text.lastIndexOf("\n", i) + 1;
    const block = text.slice(lineStart, i).trim() === "" && text.slice(close + 1, lineEnd).trim() === "";
    spans.push({ start: i + 1, end: close, block });
    i = close + 1;
  }
  return spans;
}

function findDoubleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") open = -1;
    if (open < 0) {
      if (OPENERS.has(ch) && (ch !== '"' || i === 0 || BEFORE_OPENER.test(text[i - 1]!))) open = i;
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
