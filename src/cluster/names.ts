import { isEnglishWord } from "../normalize/glued-words.js";
import { STOPWORDS } from "./stopwords.js";

const TOKEN = /[\p{L}][\p{L}\p{M}'’.-]*|\n|[^\s\p{L}]+/gu;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const SENTENCE_END = /[.!?:;"“”]$|^\n/u;
/** A dotted word that does not end a sentence: a short abbreviation ("Mr.", "Gen.") or initials ("U.S."). */
const ABBREVIATION = /^\p{L}{1,3}\.$|\p{L}\.\p{L}/u;

const endsSentence = (token: string): boolean => SENTENCE_END.test(token) && !ABBREVIATION.test(token);

function bare(token: string): string {
  return token
    .toLowerCase()
    .replace(/['’]s$/u, "")
    .replace(/[.'’-]+$/u, "");
}

/**
 * Capitalised words that name a time, not a thing: months (which every dated report shares) and the
 * clock and time-zone marks of datelines ("20:09 IST", "1:30 AM EST").
 */
const TIME_WORDS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec am pm a.m p.m gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist
aest aedt jst`.split(/\s+/),
);

/** "I'm", "We're", "They'll": a pronoun and a verb, capitalised at the start of a quote. */
const CONTRACTION = /['’](?:m|re|ve|ll|d)$/u;

/**
 * Whether the text opens with a headline in title case ("Daring Diamond Heist in Downtown Paris"): a first
 * line with at least three words outside the stop words, all of them capitalised. There a capital says
 * nothing about a word being a name. Only the first line: in the body, such lines are lists of names.
 */
function opensWithTitleCase(text: string): boolean {
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  const words = (firstLine.match(TOKEN) ?? []).filter(
    (token) => /^\p{L}/u.test(token) && token.length > 1 && !STOPWORDS.has(bare(token)),
  );
  return words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * Proper names written in the text: runs of capitalised words. A capitalised word counts only when the
 * same word never appears in lower case in the text (so a sentence-initial "Police" is not a name) and
 * is not a stop word, a month or clock mark, or a contraction ("I'm"). A lone capitalised word that opens a sentence and is an
 * English word ("Responding", "Thieves", "Four") is taken for a name only when the text also capitalises
 * it inside a sentence. In a title-case headline, no English word is a name unless the text
 * capitalises it inside a sentence after it. Returns each name as written, words joined by a space.
 */
export function properNames(text: string): string[] {
  const tokens = text.replace(/\n/g, " \n ").match(TOKEN) ?? [];
  const titleCase = opensWithTitleCase(text);
  const lowerSeen = new Set<string>();
  const capitalisedInside = new Set<string>();
  let opening = true;
  let line = 0;
  for (const token of tokens) {
    if (token === "\n") line++;
    if (/^\p{Ll}/u.test(token)) lowerSeen.add(bare(token));
    else if (!opening && !(titleCase && line === 0) && CAPITALISED.test(token))
      capitalisedInside.add(bare(token));
    if (token !== "\n" || !opening) opening = endsSentence(token);
  }
  const names: string[] = [];
  let run: string[] = [];
  let runOpens = false;
  const flush = (): void => {
    const lone = run.length === 1 ? bare(run[0]!) : null;
    const commonOpener = runOpens && lone !== null && !capitalisedInside.has(lone) && isEnglishWord(lone);
    if (run.length > 0 && !commonOpener) names.push(run.join(" "));
    run = [];
  };
  opening = true;
  line = 0;
  for (const token of tokens) {
    if (token === "\n") line++;
    const word = bare(token);
    const headlineWord = titleCase && line === 0 && !capitalisedInside.has(word) && isEnglishWord(word);
    const isName =
      !headlineWord &&
      CAPITALISED.test(token) &&
      word.length > 1 &&
      !STOPWORDS.has(word) &&
      !TIME_WORDS.has(word) &&
      !CONTRACTION.test(word) &&
      !lowerSeen.has(word);
    if (isName) {
      if (run.length === 0) runOpens = opening;
      run.push(token.replace(/['’]s$/u, "").replace(/[.'’]+$/u, ""));
    } else flush();
    if (isName ? endsSentence(token) : SENTENCE_END.test(token)) flush();
    if (token !== "\n" || !opening) opening = endsSentence(token);
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
