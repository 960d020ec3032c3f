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
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|ago|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|christmas|boxing|halloween|valentine['’]s|(19|20)\d\d)\b/i;
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

/** Days named for a feast on a fixed date: "on New Year's Day", "on Christmas Eve". Month and day, 1-based. */
const FIXED_FEASTS: Record<string, [number, number]> = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "christmas day": [12, 25],
  "christmas eve": [12, 24],
  "boxing day": [12, 26],
  halloween: [10, 31],
  "valentine's day": [2, 14],
};
dateParser.parsers.push({
  pattern: () =>
    /\b(New Year['’]s (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day|Halloween|Valentine['’]s Day)\b/i,
  // the year stays open: `resolveAround` puts the day on the side of the report its clause points to
  extract: (_context, match) => {
    const [month, day] = FIXED_FEASTS[match[1]!.toLowerCase().replace(/’/g, "'")]!;
    return { month, day };
  },
});
const YEAR = /\b(19|20)\d\d\b/;
/**
 * A year without month or day: after a preposition ("in 2011", "since 2016") or naming an event ("the
 * 2007 Pisco earthquake", "the 2016 battle"; a count such as "the 1500 troops" is not a year).
 */
const BARE_YEAR =
  /\b(in|since|by|until|of|from|early|late|mid-|the)\s*((?:19|20)\d\d)\b(?<=\b(?:in|since|by|until|of|from|early|late|mid-)\s*\d{4}|\bthe\s+\d{4}(?=\s+(?:[A-Z][\w-]*\s+){0,2}(?:earthquake|quake|election|elections|war|attack|attacks|shooting|flood|floods|offensive|uprising|revolution|crisis|ceasefire|truce|agreement|deal|accord|hurricane|cyclone|storm|tsunami|fire|wildfire|massacre|bombing|bombings|coup|battle|invasion|protests|riots|summit|census|campaign|siege|famine|drought|eruption|disaster|tragedy|games|olympics|season|referendum)\b))/gi;

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
 * Which way an expression points from the report's date. News tells past events, so "on Wednesday" is
 * the last Wednesday; "will meet in April", "is due to start in July" or "scheduled for Friday" point
 * forward; "would fly there on Friday" may be either ("said on Saturday he would go on Friday"), so it
 * takes the nearer one.
 */
export type Tense = "past" | "future" | "either";

const FUTURE =
  /\b(will|shall|won't|'ll|upcoming|(?:is|are)\s+to\s+be|set\s+(?:for|to)|(?:is|are|was|were)\s+(?:\w+\s+)?(?:due|scheduled|expected|planned)\b)/i;
const CONDITIONAL = /\b(would|could|might|plans?)\b/i;
/**
 * Where a clause ends: punctuation, a reporting verb, a relative or a subordinating word ("before" not
 * as a preposition after a verb of appearing: "is expected to appear before a judge on Monday").
 */
const CLAUSE_BREAK =
  /[,;:()]|\b(?:said|says|that|which|who|whose|where|when|after|(?<!\b(?:appear|appears|appeared|appearing|brought|go|goes|come|comes|testify|testifies|testified|stand|stands)\s+)before|because|while|as)\b/i;

/**
 * The tense of the clause leading up to a date expression, read from the words before it in its
 * sentence, since the last comma, "said", relative or subordinating word (so "the strike that began
 * on Monday will end" and "charges are expected after he shot a man on Monday" both read past).
 */
export function tenseBefore(before: string): Tense {
  const sentence = before.split(/[.!?]["”’)]*\s+/).at(-1) ?? "";
  const clauses = sentence.split(new RegExp(CLAUSE_BREAK.source, "gi"));
  const clause = clauses.at(-1) ?? "";
  if (FUTURE.test(clause)) return "future";
  if (CONDITIONAL.test(clause)) return "either";
  return "past";
}

/**
 * Places a date whose year (or week) the text leaves open on the side of the reference its tense
 * points to: the last Wednesday or March 3 for a past clause, the next for a future one, the nearer of
 * the two for "would". A date with its year stated stays as written.
 */
function resolveAround(
  result: chrono.ParsedResult,
  reference: Date,
  precision: DatePrecision,
  tense: Tense,
): Date {
  const date = result.start.date();
  const weekdayOnly = result.start.isCertain("weekday") && !result.start.isCertain("day");
  const yearOpen = result.start.isCertain("month") && !result.start.isCertain("year");
  // a stated year, or a span told from the reference ("yesterday", "this week", "next month")
  if (!weekdayOnly && !yearOpen) return date;
  const step = (d: Date, sign: number) => {
    const out = new Date(d);
    if (weekdayOnly) out.setTime(out.getTime() + sign * 7 * DAY_MS);
    else out.setUTCFullYear(out.getUTCFullYear() + sign);
    return out;
  };
  const ref = reference.getTime();
  // a month counts as now while the reference lies inside it ("will meet in March", said in March)
  const end = (d: Date) =>
    precision === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : d.getTime() + DAY_MS / 2;
  let past = date;
  while (past.getTime() > ref + DAY_MS / 2) past = step(past, -1);
  let future = date;
  while (end(future) < ref) future = step(future, 1);
  if (tense === "past") return past;
  if (tense === "future") return future;
  return ref - past.getTime() <= future.getTime() - ref ? past : future;
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

/** "last week", "this week", "over the past week": a span of days, no one day of it. */
const WEEK_SPAN = /\b(?:this|last|next|past|previous|coming)\s+week\b/i;

/**
 * "on Monday last week": that weekday in the calendar week (Monday to Sunday) before the reference's,
 * not the last Monday before the reference.
 */
function inWeekBefore(result: chrono.ParsedResult, reference: Date): Date | null {
  if (!/\b(?:last|previous)\s+week\b/i.test(result.text) || !result.start.isCertain("weekday")) return null;
  const weekday = result.start.get("weekday") ?? 0;
  const sinceMonday = (reference.getUTCDay() + 6) % 7;
  const monday =
    Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()) -
    (sinceMonday + 7) * DAY_MS;
  return new Date(monday + ((weekday + 6) % 7) * DAY_MS + DAY_MS / 2);
}

function toMention(
  r: chrono.ParsedResult,
  offset: number,
  reference: Date | null,
  before: string,
): DateMention {
  const hasYear = YEAR.test(r.text);
  const precision = precisionOf(r);
  const weekday = r.start.isCertain("weekday");
  const date =
    WEEK_SPAN.test(r.text) && !weekday
      ? null
      : reference
        ? iso(
            inWeekBefore(r, reference) ?? resolveAround(r, reference, precision, tenseBefore(before)),
            precision,
          )
        : hasYear
          ? iso(r.start.date(), precision)
          : null;
  // chrono may take the space or comma after the expression ("on Tuesday, ")
  const expression = r.text.replace(/[\s,;:]+$/u, "");
  return {
    expression,
    start: r.index + offset,
    end: r.index + offset + expression.length,
    date,
    hasYear,
  };
}

/** Words that make a span told back from the report rough: "more than two weeks ago". */
const ROUGHLY_BEFORE =
  /\b(?:more than|over|nearly|almost|about|around|some|at least|less than|under|roughly)\s+$/i;

/** A month name written in lower case ("their march towards", "may"): a noun or verb, not a month. */
const LOWER_MONTH = /\b(march|may)\b/;
/** "now" and "right now" tell the time of writing, not when something happened. */
const NOT_A_DATE = /^(right\s+)?now$/i;

/**
 * Every date expression in `text` (offsets shifted by `offset`), resolved against `reference` in the
 * direction its clause points (see `tenseBefore`), at the precision it states.
 */
export function findDates(text: string, reference: Date | null, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  const ref = reference ?? new Date(Date.UTC(2000, 0, 1));
  for (const [from, to] of dateWindows(text)) {
    for (const r of dateParser.parse(text.slice(from, to), ref, { forwardDate: false })) {
      if (LOWER_MONTH.test(r.text) || NOT_A_DATE.test(r.text.trim())) continue;
      const start = from + r.index;
      // "more than two weeks ago", "nearly a month ago": no one day
      if (/\bago\b/i.test(r.text) && ROUGHLY_BEFORE.test(text.slice(Math.max(0, start - 16), start)))
        continue;
      found.push(toMention(r, offset + from, reference, text.slice(Math.max(0, start - 160), start)));
    }
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + offset;
    if (found.some((d) => d.start <= start + m[0].length && start <= d.end)) continue;
    found.push({ expression: m[0], start, end: start + m[0].length, date: m[2]!, hasYear: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Resolves one expression (as written) against a reference date, in the direction the words before it
 * in its sentence point (`before`; none: the past).
 */
export function resolveDateExpression(expression: string, reference: Date, before = ""): string | null {
  const at = before.length + 1;
  return findDates(`${before} ${expression}`, reference).find((d) => d.start >= at - 1)?.date ?? null;
}

/** The reference date for an ISO publication date, or null. */
export function referenceDate(published: string | null): Date | null {
  if (!published) return null;
  const date = new Date(published.length === 10 ? `${published}T12:00:00Z` : published);
  return Number.isNaN(date.getTime()) ? null : date;
}
