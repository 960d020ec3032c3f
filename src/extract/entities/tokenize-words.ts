import { isEnglishWord } from "../../normalize/glued-words.js";

/** A word of the text with its offsets (`end` exclusive) and what its shape says. */
export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital, or is an article-prefixed name part such as "al-Sham". */
  cap: boolean;
  /** Every letter a capital, at least two letters ("HTS", "U.S."). */
  acronym: boolean;
  hashtag: boolean;
  /** First word of a sentence, a line or a glued-word repair. */
  initial: boolean;
}

const WORD = /#?(?:(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’‘ʿ-][\p{L}\p{M}\p{N}]+)*)/gu;
const PARTICLE_CAP = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|de|van|von)-\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;
const OPENERS = /[\s"“”'‘’«»([\-–—•*#]/u;
const SENTENCE_END = /[.!?:;…]/u;

function isInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.test(text[i] ?? "")) {
    if (text[i] === "\n") return true;
    i--;
  }
  return i < 0 || SENTENCE_END.test(text[i] ?? "");
}

function makeToken(text: string, start: number, end: number, initial: boolean): WordToken {
  const word = text.slice(start, end);
  const letters = word.replace(/[^\p{L}]/gu, "");
  return {
    start,
    end,
    text: word,
    cap: /^#?\p{Lu}/u.test(word) || PARTICLE_CAP.test(word),
    acronym: letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
    hashtag: word.startsWith("#"),
    initial,
  };
}

/** Splits "ArticlesThe" into "Articles" + "The" (a lower-case letter followed by a capital, 4+ letters in). */
function splitCamelGlue(text: string, start: number, end: number, initial: boolean): WordToken[] {
  const word = text.slice(start, end);
  if (word.length < 6 || !/\p{Ll}\p{Lu}/u.test(word)) return [makeToken(text, start, end, initial)];
  const glue = /(?<=\p{Ll}{3})(?<=^[#\p{L}]\p{Ll}+)\p{Lu}\p{Ll}/u.exec(word);
  if (!glue || word.includes("-")) return [makeToken(text, start, end, initial)];
  const cut = start + glue.index;
  return [makeToken(text, start, cut, initial), ...splitCamelGlue(text, cut, end, true)];
}

/** Short English words that end a compound after a name ("Taliban-led", "Kremlin-run"). */
const SHORT_TAILS = /^(?:led|run|set|old|era|new|big|bred|fed|way)$/;

/** The lower-case end of a hyphenated word that makes it a compound, not a name ("backed", "led"). */
function isCompoundTail(tail: string): boolean {
  return SHORT_TAILS.test(tail) || (tail.length >= 4 && isEnglishWord(tail));
}

/** Words of `text` with offsets; possessive endings are left outside the word. */
export function tokenizeWords(text: string, sentenceStarts?: ReadonlySet<number>): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let end = start + match[0].length;
    if (POSSESSIVE.test(match[0]) && match[0].length > 3) end -= 2;
    // "Syrian-backed", "Taliban-led": a name and an English word; not a name's own syllable ("Sang-mok")
    const compound = /^#?\p{Lu}[\p{L}.]*(?=-(\p{Ll}+)$)/u.exec(text.slice(start, end));
    if (compound && isCompoundTail(compound[1]!)) end = start + compound[0].length;
    const initial = isInitial(text, start) || (sentenceStarts?.has(start) ?? false);
    tokens.push(...splitCamelGlue(text, start, end, initial));
  }
  return tokens;
}
