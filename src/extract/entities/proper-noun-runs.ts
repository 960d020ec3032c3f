import { NAME_CONNECTORS } from "./cue-words.js";
import type { WordToken } from "./tokenize-words.js";

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
      const after = tokens[j + 1];
      const joins =
        NAME_CONNECTORS.has(next.text) && after?.cap && !after.hashtag && adjacent(text, next, after);
      if (!joins) break;
      run.push(next, after);
      j += 2;
    }
    runs.push({ tokens: run, first: i, inHeading: headings.has(lineStartOf(text, head.start)) });
    i = j;
  }
  return runs;
}
