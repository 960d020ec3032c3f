import * as chrono from "chrono-node";

/** A date expression found in text, resolved against a reference date when one is known. */
export interface DateMention {
  expression: string;
  start: number;
  end: number;
  /** ISO date (YYYY-MM-DD), or null when it cannot be resolved without a reference. */
  date: string | null;
  /** The expression names its year ("Jan. 17, 2016", "in 2011"). */
  hasYear: boolean;
}

const DATE_HINT =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|ago|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(19|20)\d\d)\b/i;
const DAY_MS = 86_400_000;
const YEAR = /\b(19|20)\d\d\b/;
const BARE_YEAR = /\b(in|since|by|until|of|from|early|late|mid-)\s*((?:19|20)\d\d)\b/gi;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Moves a date chrono placed after the reference back into the past: news reports past events, so
 * "on Wednesday" is the last Wednesday and "on March 3" the last March 3.
 */
function biasToPast(result: chrono.ParsedResult, reference: Date): Date {
  const date = result.start.date();
  if (date.getTime() <= reference.getTime() + DAY_MS / 2 || result.start.isCertain("year")) return date;
  if (result.start.isCertain("weekday") && !result.start.isCertain("day")) {
    return new Date(date.getTime() - 7 * DAY_MS);
  }
  if (!result.start.isCertain("year")) {
    const back = new Date(date);
    back.setUTCFullYear(back.getUTCFullYear() - 1);
    return back;
  }
  return date;
}

/** Every date expression in `text` (offsets shifted by `offset`), resolved against `reference`. */
export function findDates(text: string, reference: Date | null, offset = 0): DateMention[] {
  if (!DATE_HINT.test(text)) return [];
  const results = chrono.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const found: DateMention[] = results.map((r) => {
    const hasYear = YEAR.test(r.text);
    const date = reference ? iso(biasToPast(r, reference)) : hasYear ? iso(r.start.date()) : null;
    return {
      expression: r.text,
      start: r.index + offset,
      end: r.index + offset + r.text.length,
      date,
      hasYear,
    };
  });
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + offset;
    if (found.some((d) => d.start <= start + m[0].length && start <= d.end)) continue;
    found.push({ expression: m[0], start, end: start + m[0].length, date: `${m[2]}-01-01`, hasYear: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Resolves one expression (as written) against a reference date, biased to the past. */
export function resolveDateExpression(expression: string, reference: Date): string | null {
  return findDates(expression, reference)[0]?.date ?? null;
}

/** The reference date for an ISO publication date, or null. */
export function referenceDate(published: string | null): Date | null {
  if (!published) return null;
  const date = new Date(published.length === 10 ? `${published}T12:00:00Z` : published);
  return Number.isNaN(date.getTime()) ? null : date;
}
