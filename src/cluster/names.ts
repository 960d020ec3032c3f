import { STOPWORDS } from "./stopwords.js";

const TOKEN = /[\p{L}][\p{L}\p{M}'’.-]*|[^\s\p{L}]+/gu;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const SENTENCE_END = /[.!?:;"“”]$|^\n/u;

function bare(token: string): string {
  return token
    .toLowerCase()
    .replace(/['’]s$/u, "")
    .replace(/[.'’-]+$/u, "");
}

/**
 * Proper names written in the text: runs of capitalised words. A capitalised word counts only when the
 * same word never appears in lower case in the text (so a sentence-initial "Police" is not a name) and
 * is not a stop word. Returns each name as written, words joined by a space.
 */
export function properNames(text: string): string[] {
  const tokens = text.replace(/\n/g, " \n ").match(TOKEN) ?? [];
  const lowerSeen = new Set<string>();
  for (const token of tokens) {
    if (/^\p{Ll}/u.test(token)) lowerSeen.add(bare(token));
  }
  const names: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) names.push(run.join(" "));
    run = [];
  };
  for (const token of tokens) {
    const word = bare(token);
    const isName = CAPITALISED.test(token) && word.length > 1 && !STOPWORDS.has(word) && !lowerSeen.has(word);
    if (isName) run.push(token.replace(/['’]s$/u, "").replace(/[.'’]+$/u, ""));
    else flush();
    if (!isName && SENTENCE_END.test(token)) flush();
  }
  flush();
  return names;
}

/** Keys for comparing names across articles: each word of a name, lower-cased ("Ana Ruiz" -> ana, ruiz). */
export function nameKeys(names: readonly string[]): string[] {
  const keys: string[] = [];
  for (const name of names) {
    for (const word of name.split(" ")) {
      const key = bare(word);
      if (key.length > 1) keys.push(key);
    }
  }
  return keys;
}
