/** A word, number or punctuation mark of a text, with its offsets (`end` exclusive). */
export interface Token {
  text: string;
  /** Lower-cased text with curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

const TOKEN_RE = /\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,:]\d+)*|[^\s\p{L}\d]/gu;

/** Splits text into words, digit groups ("1,234.5", "8:20") and single punctuation marks. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    tokens.push({
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start: m.index + offset,
      end: m.index + offset + raw.length,
    });
  }
  return tokens;
}
