import * as chrono from "chrono-node";

/** A date expression found in text, resolved against a reference date when one is known. */
export interface DateMention {
  expression: string;
  start: number;
  end: number;
  /**
   * ISO 8601 date at the precision the text gives ("2024-11-27" for "on Wednesday", "2020-03" for "in
   * March 2020", "2011" for "in 2011"), or null when it cannot be resolved without a reference.
   */
  date: string | null;
  /** The expression names its year ("Jan. 17, 2016", "in 2011"). */
  hasYear: boolean;
}

const DATE_HINT =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|ago|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(19|20)\d\d)\b/i;
const DAY_MS = 86_400_000;
/** Parsers for dates (not times of day, durations or future offsets): the slow ones are left out. */
const DATE_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENWeekdayParser",
  "ENTimeUnitAgoFormatParser",
  "ENYearMonthNameParser",
  "ENCasualDateParser",
  "ENMonthNameParser",
  "ENRelativeDateFormatParser",
]);
const dateParser = chrono.en.casual.clone();
dateParser.parsers = dateParser.parsers.filter((p) => DATE_PARSERS.has(p.constructor.name));
const YEAR = /\b(19|20)\d\d\b/;
const BARE_YEAR = /\b(in|since|by|until|of|from|early|late|mid-)\s*((?:19|20)\d\d)\b/gi;

/** How much of a date an expression states. */
export type DatePrecision = "day" | "month" | "year";

/** `date` as ISO 8601 at `precision`: "2024-11-27", "2024-11" or "2024". */
function iso(date: Date, precision: DatePrecision = "day"): string {
  return date.toISOString().slice(0, precision === "day" ? 10 : precision === "month" ? 7 : 4);
}

/**
 * What a parsed expression pins down: a day ("on Wednesday", "yesterday", "Nov. 27"), only a month
 * ("in November 2024", "last month") or only a year ("last year"). Expressions that pin nothing
 * ("this week") keep the day chrono resolves them to, as before.
 */
function precisionOf(result: chrono.ParsedResult): DatePrecision {
  const start = result.start;
  if (start.isCertain("day") || start.isCertain("weekday")) return "day";
  if (start.isCertain("month")) return "month";
  if (start.isCertain("year")) return "year";
  return "day";
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

const HINTS = new RegExp(DATE_HINT.source, "gi");
const MARGIN = 32;

/** Short stretches of text around date words: chrono only reads these (it is slow on long text). */
function dateWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(HINTS)) {
    let from = Math.max(0, m.index - MARGIN);
    while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    let to = Math.min(text.length, m.index + m[0].length + MARGIN);
    while (to < text.length && !/\s/.test(text[to]!)) to++;
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function toMention(r: chrono.ParsedResult, offset: number, reference: Date | null): DateMention {
  const hasYear = YEAR.test(r.text);
  const precision = precisionOf(r);
  const date = reference
    ? iso(biasToPast(r, reference), precision)
    : hasYear
      ? iso(r.start.date(), precision)
      : null;
  return {
    expression: r.text,
    start: r.index + offset,
    end: r.index + offset + r.text.length,
    date,
    hasYear,
  };
}

/** Every date expression in `text` (offsets shifted by `offset`), resolved against `reference`. */
export function findDates(text: string, reference: Date | null, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  const ref = reference ?? new Date(Date.UTC(2000, 0, 1));
  for (const [from, to] of dateWindows(text)) {
    for (const r of dateParser.parse(text.slice(from, to), ref, { forwardDate: false })) {
      found.push(toMention(r, offset + from, reference));
    }
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + offset;
    if (found.some((d) => d.start <= start + m[0].length && start <= d.end)) continue;
    found.push({ expression: m[0], start, end: start + m[0].length, date: m[2]!, hasYear: true });
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
