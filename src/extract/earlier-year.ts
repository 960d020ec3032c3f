import type { ExtractContext } from "./context.js";

/**
 * An event dated to a year near its words: "an offensive in March 2020", "after a battle in 2016" (not
 * "the first attack since 2016", nor "since the start of the war in 2011": both reach the present).
 */
const DATED_YEAR = /\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:\p{L}+\s+)?((?:19|20)\d\d)\b/giu;
/** How near a dated phrase must be to the event's words to date it. */
const DATED_NEAR = 80;

/**
 * Whether the sentence dates the event told at `from`..`to` to a year before `latest`: every year
 * named near it is earlier.
 */
export function datedEarlier(text: string, from: number, to: number, latest: number): boolean {
  const years = [...text.matchAll(DATED_YEAR)].filter((m) => {
    if (m.index > to + DATED_NEAR || m.index + m[0].length < from - DATED_NEAR) return false;
    return !/\bsince\b/i.test(text.slice(Math.max(0, m.index - 40), m.index));
  });
  return years.length > 0 && years.every((m) => Number(m[1]) < latest);
}

/**
 * The year an article reports from: its publication year, else the latest year it names. An event "in
 * 2016" in a report of 2024 is history.
 */
export function latestYear(ctx: Pick<ExtractContext, "published" | "text">): number {
  const published = ctx.published ? Number(ctx.published.slice(0, 4)) : 0;
  let latest = published;
  if (!published)
    for (const m of ctx.text.matchAll(/\b(?:19|20)\d\d\b/g)) latest = Math.max(latest, Number(m[0]));
  return latest;
}
