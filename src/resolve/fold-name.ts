/**
 * Spelling-insensitive forms of names, so transliteration variants meet:
 * accents and apostrophes fold away, hyphens become spaces, Arabic article prefixes
 * (al-, el-, ad-, ...) drop, doubled letters collapse, and a final "h" after a vowel goes.
 * Written as character loops: the gazetteer folds 135k names at start-up.
 */

const ARTICLE_PREFIXES = new Set(["al", "el", "ul", "as", "ash", "ad", "ar", "at", "az", "an"]);
const APOSTROPHES = new Set(["'", "’", "‘", "`", "ʿ", "ʾ", "´"]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const VOWELS = new Set(["a", "e", "i", "o", "u"]);

function isMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x20d0 && code <= 0x20ff)
  );
}

function isWordChar(ch: string, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

/** Lower case, accents and apostrophes removed, punctuation to single spaces. */
export function foldName(name: string): string {
  const lower = name.normalize("NFD").toLowerCase();
  let out = "";
  let gap = false;
  for (const ch of lower) {
    const code = ch.charCodeAt(0);
    if (isMark(code) || APOSTROPHES.has(ch)) continue;
    if (isWordChar(ch, code)) {
      if (gap && out.length > 0) out += " ";
      gap = false;
      out += ch === "ß" ? "ss" : ch === "ı" ? "i" : ch;
    } else gap = true;
  }
  return out;
}

/** Folded tokens without Arabic article prefixes ("Bashar al-Assad" -> bashar, assad). */
export function nameTokens(name: string): string[] {
  const tokens = foldName(name).split(" ");
  if (tokens.length === 1) return tokens[0] === "" ? [] : tokens;
  const kept = tokens.filter((t) => !ARTICLE_PREFIXES.has(t));
  return kept.length > 0 ? kept : tokens;
}

/** One folded token in a transliteration-neutral spelling: doubled letters collapse, final vowel+h drops its h. */
export function spellingKey(token: string): string {
  let out = "";
  for (let i = 0; i < token.length; i++) {
    const ch = token[i] as string;
    if (ch === out[out.length - 1]) continue;
    if (ch === "u" && out[out.length - 1] === "o") {
      out = `${out.slice(0, -1)}u`;
      continue;
    }
    out += ch;
  }
  if (out.length > 2 && out.endsWith("h") && VOWELS.has(out[out.length - 2] as string))
    out = out.slice(0, -1);
  return out;
}

/**
 * A folded token with an h after a vowel written g: Ukrainian names in Russian spelling ("Oleh" and
 * "Oleg", "Syniehubov" and "Sinegubov"). At a token's start or after a consonant ("Kharkiv", "Hill")
 * the h stays.
 */
export function hAsG(token: string): string {
  return token.replace(/(?<=[aeiouy])h/g, "g");
}

/** Consonant skeleton of a token: first letter, then the consonants (vowels, y, w, h dropped). */
export function skeleton(token: string): string {
  const key = spellingKey(token);
  let out = key.slice(0, 1);
  for (let i = 1; i < key.length; i++) {
    const ch = key[i] as string;
    if ("aeiouyhw".includes(ch) || ch === out[out.length - 1]) continue;
    out += ch;
  }
  return out;
}

function finishToken(token: string): string {
  const last = token.length - 1;
  return last > 1 && token[last] === "h" && VOWELS.has(token[last - 1] as string)
    ? token.slice(0, last)
    : token;
}

/**
 * The match key of a whole name: spelling keys of its tokens (Arabic articles dropped), space-joined.
 * Same as `nameTokens(name).map(spellingKey).join(" ")`, in one pass.
 */
export function nameKey(name: string): string {
  const lower = name.normalize("NFD").toLowerCase();
  const tokens: string[] = [];
  let token = "";
  for (const ch of lower) {
    const code = ch.charCodeAt(0);
    if (isMark(code) || APOSTROPHES.has(ch)) continue;
    if (!isWordChar(ch, code)) {
      if (token) tokens.push(finishToken(token));
      token = "";
      continue;
    }
    const letter = ch === "ß" ? "ss" : ch === "ı" ? "i" : ch;
    const prev = token[token.length - 1];
    if (letter === prev) continue;
    token = letter === "u" && prev === "o" ? `${token.slice(0, -1)}u` : token + letter;
  }
  if (token) tokens.push(finishToken(token));
  if (tokens.length > 1) {
    const kept = tokens.filter((t) => !ARTICLE_PREFIXES.has(t));
    if (kept.length > 0) return kept.join(" ");
  }
  return tokens.join(" ");
}

/** The consonant skeleton of a whole name, used as a blocking key. */
export function skeletonKey(name: string): string {
  return nameTokens(name).map(skeleton).join(" ");
}
