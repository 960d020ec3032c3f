import { applyEdits, type TextEdit } from "./offset-map.js";

/** A mark of punctuation standing alone between spaces ("Iran , five hurt ."), or attached to a word. */
const SPACED_MARK = / [,.;:!?](?=\s|$)/gmu;
const ATTACHED_MARK = /[\p{L}\d)][,.;:!?](?=\s|$)/gmu;

/**
 * Whether a text was written out token by token, as research corpora ship news (ECB+, CoNLL): a space
 * before most commas and full stops. Ordinary prose has almost none.
 */
export function looksTokenised(text: string): boolean {
  const spaced = text.match(SPACED_MARK)?.length ?? 0;
  const attached = text.match(ATTACHED_MARK)?.length ?? 0;
  return spaced >= 3 && spaced >= 0.7 * (spaced + attached);
}

/** Spaces to delete, each found by a pattern whose match starts or ends with the space(s) concerned. */
const SPACE_RULES: { pattern: RegExp; spaces: (match: RegExpMatchArray) => number[] }[] = [
  // "Iran , five" / "hurt ." / "Updated : 04" / "50 %" / "( which )": no space before a closing mark
  { pattern: / (?=[,.;:!?%)\]}](?:\s|$|[,.;:!?"')\]]))/gmu, spaces: (m) => [m.index!] },
  // "5 . 9", "4 : 59", "11 / 27 / 2005", "2013 - 09 - 26": a number written in pieces
  { pattern: /(?<=\d) [.:/-] (?=\d)/gu, spaces: (m) => [m.index!, m.index! + 2] },
  // "( which", "$ 108", "€ 2m": no space after an opening mark or a currency sign
  { pattern: /(?<=(?:^|\s)[([{$€£#]) /gmu, spaces: (m) => [m.index!] },
  // "Reid 's", "did n't", "they 're"
  { pattern: /(?<=\p{L}) (?=(?:'(?:s|re|ve|ll|d|m)|n't)\b)/gu, spaces: (m) => [m.index!] },
  // "Lohan ' s", "can ' t"
  { pattern: /(?<=\p{L}) ' (?=(?:s|t|re|ve|ll|d|m)\b)/gu, spaces: (m) => [m.index!, m.index! + 2] },
  // "a . m .", "U . S .": initials with their stops
  {
    pattern: /(?<![\p{L}\d])\p{L} \. \p{L} \.(?=\s|$)/gmu,
    spaces: (m) => [m.index! + 1, m.index! + 3, m.index! + 5],
  },
  // "90 - day", "26 - year - old": a figure hyphened to its unit, and "-year-old"
  { pattern: /(?<=\d) - (?=\p{L})/gu, spaces: (m) => [m.index!, m.index! + 2] },
  { pattern: /(?<=\b(?:year|month|week|day)s?) - (?=old\b)/giu, spaces: (m) => [m.index!, m.index! + 2] },
];

/** A quote mark standing alone as a token: `"`, or the `` and '' such corpora write for opening and closing. */
const QUOTE_TOKEN = /(?<=^|\s)(?:"|''|``)(?=\s|$)/gu;

/**
 * Undoes the token spacing of a tokenised text ("Reid 's representative , Jack Ketsoyan , said the
 * 5 . 9 quake hit at 4 : 59 p . m ." reads "Reid's representative, Jack Ketsoyan, said the 5.9 quake hit
 * at 4:59 p.m."), so that dates, figures, names and quotes are read as in ordinary prose. Only spaces
 * are removed (and a `` or '' quote token becomes `"`); a text that does not look tokenised is left alone.
 */
export function tokenSpacingEdits(text: string): TextEdit[] {
  if (!looksTokenised(text)) return [];
  const drop = new Set<number>();
  for (const rule of SPACE_RULES) {
    for (const match of text.matchAll(rule.pattern)) for (const at of rule.spaces(match)) drop.add(at);
  }
  const edits: TextEdit[] = [];
  // quote tokens alternate, opening (no space after) and closing (none before); a quote may span lines,
  // so the state carries over, but a token that starts a line opens and one that ends a line closes
  let open = false;
  for (const quote of text.matchAll(QUOTE_TOKEN)) {
    const at = quote.index!;
    const end = at + quote[0].length;
    if (quote[0] !== '"') edits.push({ from: at, to: end, replacement: '"' });
    const startsLine = at === 0 || text[at - 1] === "\n";
    const endsLine = end === text.length || text[end] === "\n";
    open = startsLine || (!endsLine && !open);
    if (open && text[end] === " ") drop.add(end);
    if (!open && text[at - 1] === " ") drop.add(at - 1);
  }
  for (const at of drop) if (text[at] === " ") edits.push({ from: at, to: at + 1, replacement: "" });
  return edits;
}

/** A tokenised text read as prose (see `tokenSpacingEdits`); any other text unchanged. */
export function untokenise(text: string): string {
  return applyEdits(text, tokenSpacingEdits(text)).text;
}
