import { STOPWORDS } from "./stopwords.js";

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const NUMBER =
  /(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?![\d\p{L}])|(?<![\p{L}\d.,:])\d+(?:\.\d+)?(?![\d:\p{L}])/gu;

/** Lower-case, drop a possessive, and strip a plural `s` so that "victims" and "victim" meet. */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, "");
  w = w.replace(/['’]/gu, "");
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
    return w.slice(0, -1);
  }
  return w;
}

/** Content words of a text, stemmed, without stop words or one- and two-letter tokens. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const stem = stemWord(match[0]);
    if (stem.length < 3 || STOPWORDS.has(stem)) continue;
    out.push(stem);
  }
  return out;
}

/** Figures written with digits, split into calendar years (1900-2099) and other numbers. */
export function numbersIn(text: string): { numbers: string[]; years: string[] } {
  const numbers: string[] = [];
  const years: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0].replace(/,/g, "");
    const value = Number(raw);
    if (!Number.isFinite(value)) continue;
    if (/^(19|20)\d\d$/.test(raw)) years.push(raw);
    else if (value >= 2) numbers.push(String(value));
  }
  return { numbers, years };
}
