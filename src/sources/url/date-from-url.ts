/**
 * The publication day a news URL carries in its path ("/2013/05/02/lohan-rehab", "/2013/may/03/",
 * "-20130504", "/2013-08-02/"), as `YYYY-MM-DD`, or null. Outlets put the day they published in the
 * path; htmldate and newspaper read it the same way when a page states no date. A web archive's
 * capture time is not the article's: the archived URL after it is read instead.
 */
export function dateFromUrl(url: string, now: Date = new Date()): string | null {
  const archived = /^https?:\/\/web\.archive\.org\/web\/\d{14}[a-z_]*\/(.+)$/i.exec(url);
  if (archived) return dateFromUrl(archived[1]!, now);
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+([^?#]*)/i.exec(url)?.[1] ?? "";
  const latest = now.getUTCFullYear() + 1;
  for (const [pattern, read] of PATTERNS) {
    for (const match of path.matchAll(pattern)) {
      const [year, month, day] = read(match);
      const date = validDay(year, month, day, latest);
      if (date) return date;
    }
  }
  return null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

type Read = (m: RegExpMatchArray) => [number, number, number];
const numbers: Read = (m) => [Number(m[1]), Number(m[2]), Number(m[3])];

/** Most explicit first: separated year, month and day, then a month name, then eight digits in a row. */
const PATTERNS: [RegExp, Read][] = [
  [/(?<![\d])((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?![\d])/g, numbers],
  [
    /\/((?:19|20)\d\d)\/([a-z]{3})[a-z]*\/(\d{1,2})(?![\d])/gi,
    (m) => [Number(m[1]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[3])],
  ],
  [/(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?![\d])/g, numbers],
];

function validDay(year: number, month: number, day: number, latest: number): string | null {
  if (year < 1990 || year > latest || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 April
  return date.toISOString().slice(0, 10);
}
