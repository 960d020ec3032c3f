import type { Sentence } from "../../model/index.js";

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "sen",
  "rep",
  "gov",
  "st",
  "jr",
  "sr",
  "inc",
  "co",
  "corp",
  "ltd",
  "vs",
  "no",
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
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
  "approx",
  "est",
  "fig",
  "mt",
  "ft",
]);

/**
 * US states as AP style abbreviates them after a town in a dateline ("BROOKFIELD, Wis. (AP) -"): there
 * the full stop ends no sentence. Case-sensitive ("iron ore." may end one).
 */
const STATE_ABBREVIATIONS = new Set(
  "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Va Vt Wash Wis Wyo N.H N.J N.M N.Y N.C N.D R.I S.C S.D W.Va D.C".split(
    " ",
  ),
);

/** A bullet or a list number opening a line, with the space after it. */
const LIST_MARKER = /^(?:[-\u2013\u2014\u2022\u2023\u25aa\u25cf\u00b7*]|\d{1,2}[.)])[ \t]+/u;

/**
 * Splits text into sentences with character offsets (`end` exclusive). Breaks at line ends and at
 * . ! ? (and a closing quote) followed by space and an upper-case letter, digit or quote, except
 * after common abbreviations and initials; at " | " separators; and where a title is glued to the
 * text ("Main StreetPolice said": a lower-case run, then a capitalized word). A list item's bullet or
 * number is left out of its sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    // a list item's marker ("- ", "• ", "2. ") is layout, not part of its sentence
    const marker = LIST_MARKER.exec(text.slice(s, Math.min(e, s + 8)));
    if (marker && s + marker[0].length < e) s += marker[0].length;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const boundary =
    /\n+|\s\|\s|(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})|(?<=\p{Ll}{2})(?=\p{Lu}{3})|(?<=\p{Ll}{2})(?=(?:A|An|The)\s)|[.!?]+["'”’)\]»]*(?=\s+["'“‘(«]?[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0][0] === ".") {
      const before =
        /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, match.index - 12), match.index))?.[1] ?? "";
      const word = before.toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before)) continue;
      // a dateline's state ("BROOKFIELD, Wis. (AP) - "): the agency or the dash comes next
      const dateline = /^\s*[(\-–—]/u.test(text.slice(end, end + 4));
      if (
        dateline &&
        STATE_ABBREVIATIONS.has(before) &&
        /,\s*$/.test(text.slice(start, match.index - before.length))
      )
        continue;
      // "2. The army said": a list number opening a line, not a sentence of its own
      if (/(?:^|\n)[ \t]*\d{1,2}$/.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    }
    push(end);
  }
  push(text.length);
  return sentences;
}
