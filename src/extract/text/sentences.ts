import type { Sentence } from "../../model/index.js";

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "gen",
  "lt",
  "col",
  "sgt",
  "capt",
  "maj",
  "gov",
  "sen",
  "rep",
  "no",
  "vs",
  "jr",
  "sr",
  "inc",
  "co",
  "corp",
  "ave",
  "blvd",
  "rd",
  "mt",
  "ft",
  "u.s",
  "a.m",
  "p.m",
  "e.g",
  "i.e",
  "approx",
]);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  return /^[a-z]$/.test(word);
}

/**
 * Splits normalized text into sentences: at line breaks, and after . ! ? (with closing quotes or
 * brackets) followed by space and an upper-case letter, a digit or an opening quote; at " | " separators;
 * and where a title is glued to the text ("Main StreetPolice said": lower-case run, then a capital).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const re =
    /\n|\s\|\s|(?<=[a-z]{3})(?=\p{Lu}[a-z]{2})|(?<=[a-z]{2})(?=\p{Lu}{3})|[.!?]+["'”’»)\]]*(?=\s+["'“‘«(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === "") re.lastIndex++;
    const end = m.index + m[0].length;
    if (m[0].startsWith(".") && m[0].length === 1 && endsWithAbbreviation(text, m.index)) {
      continue;
    }
    push(end);
  }
  push(text.length);
  return sentences;
}
