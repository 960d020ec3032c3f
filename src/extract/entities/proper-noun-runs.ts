import { isEnglishWord } from "../../normalize/glued-words.js";
import { NAME_CONNECTORS, ORG_HEADS, PLACE_HEADS } from "./cue-words.js";
import { isKnownPlace } from "./known-names.js";
import type { WordToken } from "./tokenize-words.js";
import { isFirstName } from "./word-lexicon.js";

/** Consecutive capitalised words (with connectors such as "of", "al" between them) on one line. */
export interface ProperNounRun {
  tokens: WordToken[];
  /** Index in the token list of the first token. */
  first: number;
  /** The line is a heading (most words capitalised, no closing full stop). */
  inHeading: boolean;
}

const SAME_LINE_SPACE = /^[ \t\u00a0]+$/;
const PLURAL_POSSESSIVE_SPACE = /^['’][ \t\u00a0]+$/;

function adjacent(text: string, a: WordToken, b: WordToken): boolean {
  const gap = text.slice(a.end, b.start);
  return SAME_LINE_SPACE.test(gap) || (a.text.endsWith("s") && PLURAL_POSSESSIVE_SPACE.test(gap));
}

function headingLines(text: string, tokens: WordToken[]): Set<number> {
  const headings = new Set<number>();
  let k = 0;
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lineEnd = lineStart + line.length;
    let words = 0;
    let caps = 0;
    for (; k < tokens.length && (tokens[k] as WordToken).end <= lineEnd; k++) {
      const token = tokens[k] as WordToken;
      if (NAME_CONNECTORS.has(token.text)) continue;
      words++;
      if (token.cap) caps++;
    }
    if (words >= 2 && caps / words >= 0.6 && !/[.!?]["”]?\s*$/.test(line)) headings.add(lineStart);
    lineStart = lineEnd + 1;
  }
  return headings;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** The capitalised words from `from` on that would continue a run, connectors included. */
function continuation(text: string, tokens: WordToken[], from: number): WordToken[] {
  const out: WordToken[] = [];
  for (let j = from; j < tokens.length; j++) {
    const next = tokens[j] as WordToken;
    const prev = out[out.length - 1];
    if (next.hashtag || next.initial || (prev && !adjacent(text, prev, next))) break;
    if (!next.cap && !NAME_CONNECTORS.has(next.text)) break;
    out.push(next);
  }
  while (out.length > 0 && !out[out.length - 1]?.cap) out.pop();
  return out;
}

/**
 * "Disaster and Emergency Management Authority", "Food and Drug Administration": an "and" joins two
 * halves of one organisation's name when the words before it are ordinary words (not names of their
 * own, so "Hezbollah and Amal Movement" stays two) and the words after it end in an organisation head.
 */
function joinsOverAnd(
  text: string,
  run: WordToken[],
  and: WordToken,
  tokens: WordToken[],
  at: number,
): boolean {
  if (and.text !== "and" || run.length > 3) return false;
  const ordinary = (t: WordToken): boolean =>
    t.cap &&
    !t.acronym &&
    isEnglishWord(t.text) &&
    !isFirstName(t.text) &&
    !isKnownPlace(t.text) &&
    !ORG_HEADS.has(t.text.toLowerCase());
  const own = run[0]?.text.toLowerCase() === "the" ? run.slice(1) : run;
  if (own.length === 0 || !own.every(ordinary)) return false;
  const rest = continuation(text, tokens, at);
  const last = rest[rest.length - 1];
  return rest.length > 0 && rest.length <= 4 && last !== undefined && ORG_HEADS.has(last.text.toLowerCase());
}

/**
 * "International Committee of the Red Cross", "Democratic Republic of the Congo": "of the" joins a
 * name that ends in an organisation or place head word to the capitalised words after it.
 */
function joinsOverOfThe(
  text: string,
  prev: WordToken,
  of: WordToken,
  the: WordToken | undefined,
  after: WordToken | undefined,
): boolean {
  if (of.text !== "of" || the?.text !== "the" || !after?.cap || after.hashtag || after.initial) return false;
  const head = prev.text.toLowerCase();
  return (
    (ORG_HEADS.has(head) || PLACE_HEADS.has(head)) &&
    adjacent(text, prev, of) &&
    adjacent(text, of, the) &&
    adjacent(text, the, after)
  );
}

/** "the council on Monday": a weekday or month after "on" is a date, not a name's last words. */
const isCalendarName = (word: string): boolean =>
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
    word,
  );

/** Finds the runs of capitalised words in `text`. Hashtags never join a run. */
export function findProperNounRuns(text: string, tokens: WordToken[]): ProperNounRun[] {
  const headings = headingLines(text, tokens);
  const runs: ProperNounRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = tokens[i];
    if (!head?.cap || head.hashtag) {
      i++;
      continue;
    }
    const run = [head];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run[run.length - 1] as WordToken;
      const next = tokens[j] as WordToken;
      if (next.hashtag || !adjacent(text, prev, next) || next.initial) break;
      if (next.cap) {
        run.push(next);
        j++;
        continue;
      }
      // "Commission on Human Rights", "Council on Foreign Relations": "on" inside a body's name
      const after1 = tokens[j + 1];
      if (
        next.text === "on" &&
        ORG_HEADS.has(prev.text.toLowerCase()) &&
        after1?.cap &&
        !after1.initial &&
        !isCalendarName(after1.text) &&
        adjacent(text, prev, next) &&
        adjacent(text, next, after1)
      ) {
        run.push(next, after1);
        j += 2;
        continue;
      }
      if (joinsOverOfThe(text, prev, next, tokens[j + 1], tokens[j + 2])) {
        run.push(next, tokens[j + 1] as WordToken, tokens[j + 2] as WordToken);
        j += 3;
        continue;
      }
      const after = tokens[j + 1];
      const joins =
        (NAME_CONNECTORS.has(next.text) || joinsOverAnd(text, run, next, tokens, j + 1)) &&
        after?.cap &&
        !after.hashtag &&
        adjacent(text, next, after);
      if (!joins) break;
      run.push(next, after);
      j += 2;
    }
    runs.push({ tokens: run, first: i, inHeading: headings.has(lineStartOf(text, head.start)) });
    i = j;
  }
  return runs;
}
