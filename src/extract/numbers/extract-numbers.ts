import type { Qualifier } from "../../model/index.js";

export interface NumberMention {
  start: number;
  end: number;
  value: number;
  max: number | null;
  qualifier: Qualifier;
}

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(at least|no fewer than|no less than)\s+$/i, "at-least"],
  [/(more than|over|upwards of)\s+$/i, "more-than"],
  [/(about|around|some|nearly|almost|approximately|roughly|an estimated)\s+$/i, "about"],
  [/(up to|at most|as many as)\s+$/i, "at-most"],
];

/** First version: digit numbers with separators, with a bound or approximation read before them. */
export function extractNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const match of text.matchAll(/\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const qualifier = QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? "exact";
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      value: Number(match[0].replace(/,/g, "")),
      max: null,
      qualifier,
    });
  }
  return out;
}
