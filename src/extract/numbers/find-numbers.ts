import { type Token, tokenize } from "../text/tokenize.js";
import {
  type NumberQualifier,
  QUALIFIER_PHRASES,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_PLURALS,
} from "./number-words.js";

/** A number found in text: offsets cover the qualifier and the whole expression. */
export interface NumberSpan {
  start: number;
  end: number;
  value: number;
  /** Upper bound of a range, else null. */
  max: number | null;
  qualifier: NumberQualifier;
  /** Token indexes [first, last) in the token list the span was read from. */
  tokenStart: number;
  tokenEnd: number;
  /** Token index where the number itself starts (after the qualifier). */
  coreStart: number;
  /** True for vague plurals ("dozens of", "hundreds of"). */
  vague: boolean;
  /** The number was written in digits. */
  digits: boolean;
}

interface Core {
  value: number;
  end: number;
  vague: boolean;
  digits: boolean;
}

function wordValue(word: string): number | null {
  const unit = UNIT_WORDS[word];
  if (unit !== undefined) return unit;
  const tens = TENS_WORDS[word];
  if (tens !== undefined) return tens;
  const dash = word.indexOf("-");
  if (dash > 0) {
    const t = TENS_WORDS[word.slice(0, dash)];
    const u = UNIT_WORDS[word.slice(dash + 1)];
    if (t !== undefined && u !== undefined && u < 10) return t + u;
  }
  return null;
}

/** Reads a chain such as "one hundred and twenty", "forty-four", "3.5 million", "half a million". */
function readCore(tokens: Token[], i: number): Core | null {
  const t = tokens[i];
  if (!t) return null;
  const next = tokens[i + 1]?.lower;
  if (/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(t.text) && !/^\d+,\d{1,2}$/.test(t.text)) {
    let value = Number(t.text.replace(/,/g, ""));
    let end = i + 1;
    const scale = next ? SCALE_WORDS[next] : undefined;
    if (scale !== undefined) {
      value *= scale;
      end++;
    }
    return { value, end, vague: false, digits: true };
  }
  if (t.lower === "half" && next === "a") {
    const scale = SCALE_WORDS[tokens[i + 2]?.lower ?? ""];
    if (scale !== undefined) return { value: scale / 2, end: i + 3, vague: false, digits: false };
  }
  if ((t.lower === "a" || t.lower === "an") && next) {
    if (next === "dozen") return { value: 12, end: i + 2, vague: false, digits: false };
    const scale = SCALE_WORDS[next];
    if (scale !== undefined && scale >= 100) return { value: scale, end: i + 2, vague: false, digits: false };
    return null;
  }
  if (t.lower === "dozen") return { value: 12, end: i + 1, vague: false, digits: false };
  const vague = VAGUE_PLURALS[t.lower];
  if (vague !== undefined) {
    let value = vague;
    let end = i + 1;
    if (next === "of") {
      const inner = VAGUE_PLURALS[tokens[i + 2]?.lower ?? ""];
      if (inner !== undefined && inner >= 1_000 && vague < inner) {
        value = (vague / 2) * inner;
        end = i + 3;
      }
    }
    return { value, end, vague: true, digits: false };
  }
  let total = 0;
  let current = 0;
  let end = i;
  let seen = false;
  for (let j = i; j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    const v = wordValue(w);
    const scale = SCALE_WORDS[w];
    if (v !== null) {
      current += v;
      seen = true;
      end = j + 1;
    } else if (scale !== undefined && seen) {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      end = j + 1;
    } else if (w === "and" && seen && wordValue(tokens[j + 1]?.lower ?? "") !== null) {
    } else break;
  }
  if (!seen) return null;
  if (tokens[end]?.lower === "dozen")
    return { value: (total + current) * 12, end: end + 1, vague: false, digits: false };
  return { value: total + current, end, vague: false, digits: false };
}

/** Qualifier phrases by their first word, longest first. */
const QUALIFIERS_BY_FIRST = new Map<string, [string[], NumberQualifier][]>();
for (const entry of QUALIFIER_PHRASES) {
  const list = QUALIFIERS_BY_FIRST.get(entry[0][0]!) ?? [];
  list.push(entry);
  list.sort((a, b) => b[0].length - a[0].length);
  QUALIFIERS_BY_FIRST.set(entry[0][0]!, list);
}

/** Words a number expression can start with (besides digits). */
const STARTERS = new Set([
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(VAGUE_PLURALS),
  ...QUALIFIERS_BY_FIRST.keys(),
  "a",
  "an",
  "half",
  "dozen",
  "between",
  "from",
]);

function readQualifier(tokens: Token[], i: number): { qualifier: NumberQualifier; length: number } | null {
  for (const [phrase, qualifier] of QUALIFIERS_BY_FIRST.get(tokens[i]!.lower) ?? []) {
    if (phrase.every((w, k) => tokens[i + k]?.lower === w)) return { qualifier, length: phrase.length };
  }
  return null;
}

function mayStartNumber(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return STARTERS.has(t.lower) || (t.lower.includes("-") && wordValue(t.lower) !== null);
}

/** Words of a figure that moved: "rose from 84 to 103" gives two figures, not the range 84 to 103. */
const CHANGED =
  /^(?:rose|risen|rises|rising|climbed|climbs|increased|increases|jumped|grew|up|raised|raises|revised|revises|revising|lowered|lowers|fell|falls|fallen|dropped|drops|declined|reduced|cut|down|corrected|adjusted|updated|amended|changed|went|gone|moved)$/;

/** Token `i` is "from" after a word of change, within three words ("rose sharply from", "was revised down from"). */
function changeFrom(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== "from") return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (CHANGED.test(tokens[k]!.lower)) return true;
  return false;
}

/** Reads the number expression starting at token `i` (qualifier, number, optional range), or null. */
export function readNumberAt(tokens: Token[], i: number): NumberSpan | null {
  const first = tokens[i];
  if (!first || !mayStartNumber(first)) return null;
  let qualifier: NumberQualifier = "exact";
  let coreStart = i;
  if (changeFrom(tokens, i)) return null;
  const between = first.lower === "between" || first.lower === "from";
  if (between) coreStart = i + 1;
  else {
    const q = readQualifier(tokens, i);
    if (q) {
      qualifier = q.qualifier;
      coreStart = i + q.length;
    }
  }
  const core = readCore(tokens, coreStart);
  if (!core) return null;
  let end = core.end;
  let max: number | null = null;
  const joiner = tokens[end]?.lower;
  const moved = changeFrom(tokens, i - 1);
  const joinOk =
    (joiner === "to" && !moved) ||
    joiner === "-" ||
    joiner === "–" ||
    (between && (joiner === "and" || joiner === "to"));
  if (joinOk && tokens[end + 1] && (joiner !== "-" || tokens[end]!.start === tokens[end - 1]!.end)) {
    const upper = readCore(tokens, end + 1);
    if (upper && upper.value > core.value && upper.digits === core.digits) {
      max = upper.value;
      end = upper.end;
      qualifier = "range";
    }
  }
  if (between && max === null) return null;
  if (core.vague && qualifier === "exact") qualifier = "at-least";
  return {
    start: tokens[i]!.start,
    end: tokens[end - 1]!.end,
    value: core.value,
    max,
    qualifier,
    tokenStart: i,
    tokenEnd: end,
    coreStart,
    vague: core.vague,
    digits: core.digits,
  };
}

/** Every number expression in a token list, left to right, not overlapping. */
export function findNumbersInTokens(tokens: Token[]): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = readNumberAt(tokens, i);
    if (span) {
      spans.push(span);
      i = span.tokenEnd - 1;
    }
  }
  return spans;
}

/** Every number expression in a text: `{start, end, value, max, qualifier}` and token details. */
export function findNumbers(text: string): NumberSpan[] {
  return findNumbersInTokens(tokenize(text));
}
