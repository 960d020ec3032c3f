import { createRequire } from "node:module";
import type { TextEdit } from "./offset-map.js";

const require = createRequire(import.meta.url);
let lexicon: Set<string> | null = null;

/** The English word list shipped by `an-array-of-english-words` (loaded once, lower case). */
function englishWords(): Set<string> {
  lexicon ??= new Set(require("an-array-of-english-words") as string[]);
  return lexicon;
}

/** A word of the English word list, in any case ("Disaster", "food"). */
export function isEnglishWord(word: string): boolean {
  return englishWords().has(word.toLowerCase());
}

/**
 * Short words that news text glues onto the word before it when markup is stripped
 * ("Aleppothe", "deadmostly"). Only these may be the second half of a split.
 */
const GLUE_TAILS = [
  "the",
  "and",
  "but",
  "mostly",
  "which",
  "while",
  "where",
  "when",
  "who",
  "with",
  "were",
  "was",
  "has",
  "have",
  "had",
  "said",
  "according",
  "including",
  "after",
  "before",
  "that",
  "this",
  "their",
  "there",
  "from",
  "into",
  "amid",
  "since",
  "also",
  "its",
  "his",
  "her",
  "they",
  "many",
  "some",
  "as",
  "in",
  "on",
  "at",
  "of",
  "for",
  "by",
  "to",
  "a",
  "an",
];

const TOKEN = /\p{L}{6,}/gu;

/**
 * Splits a token glued from a known word and a common short word, when a lexicon makes it certain:
 * the whole token is not a word (in English or elsewhere in the article), the head is a word the
 * article uses on its own (or an English word of 4+ letters), and the tail is a common glue word.
 */
export function gluedWordEdits(text: string): TextEdit[] {
  const words = englishWords();
  const standalone = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const key = m[0].toLowerCase();
    standalone.set(key, (standalone.get(key) ?? 0) + 1);
  }
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const lower = token.toLowerCase();
    if (words.has(lower) || (standalone.get(lower) ?? 0) > 1) continue;
    for (const tail of GLUE_TAILS) {
      if (!lower.endsWith(tail) || lower.length - tail.length < 4) continue;
      const head = lower.slice(0, lower.length - tail.length);
      const headSeen = (standalone.get(head) ?? 0) > 0;
      const headIsWord = words.has(head);
      if (!headSeen && !headIsWord) continue;
      // a capitalised head must be a name the article writes on its own; a name ending in a vowel
      // and "an" or "a" is another word ("Hawaiian", "Chilean", "Indiana"), not "Assad" glued to "an"
      const headRaw = token.slice(0, head.length);
      const capital = /^\p{Lu}/u.test(headRaw);
      if (capital && (!headSeen || (/^an?$/.test(tail) && /[aeiouy]$/.test(head)))) continue;
      const at = match.index + head.length;
      edits.push({ from: at, to: at, replacement: " " });
      break;
    }
  }
  return edits;
}
