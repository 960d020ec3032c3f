import { isKnownPlace } from "./known-names.js";
import type { WordToken } from "./tokenize-words.js";
import { isCommonWord, isPersonName } from "./word-lexicon.js";

const GLUED_WORDS = [
  "which",
  "that",
  "with",
  "from",
  "the",
  "and",
  "for",
  "who",
  "was",
  "an",
  "of",
  "in",
  "to",
  "is",
];

/**
 * Splits a name glued to the next small word ("Aleppothe" -> "Aleppo" + "the") when the name
 * stands alone elsewhere in the article or is a known place, and the glued form is no word itself.
 */
export function repairGluedNames(tokens: WordToken[]): WordToken[] {
  const counts = new Map<string, number>();
  for (const t of tokens) if (t.cap) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  const out: WordToken[] = [];
  for (const token of tokens) {
    const glued =
      token.cap &&
      !token.acronym &&
      !token.hashtag &&
      counts.get(token.text) === 1 &&
      !isCommonWord(token.text) &&
      !isPersonName(token.text)
        ? GLUED_WORDS.find((w) => {
            const name = token.text.slice(0, -w.length);
            return (
              token.text.length - w.length >= 3 &&
              token.text.endsWith(w) &&
              // a place known by a common word ("Put") glued to "in" is more likely a name ("Putin")
              ((counts.get(name) ?? 0) > 0 || (isKnownPlace(name) && !isCommonWord(name))) &&
              !isKnownPlace(token.text)
            );
          })
        : undefined;
    if (!glued) {
      out.push(token);
      continue;
    }
    const cut = token.end - glued.length;
    out.push({ ...token, end: cut, text: token.text.slice(0, -glued.length) });
    out.push({
      start: cut,
      end: token.end,
      text: glued,
      cap: false,
      acronym: false,
      hashtag: false,
      initial: false,
    });
  }
  return out;
}
