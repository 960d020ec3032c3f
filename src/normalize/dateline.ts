/**
 * A dateline opening a report's first sentence: the place the report was filed from in capitals, with an
 * optional state or country, date and agency, then a dash ("ANKARA, March 18 (GRW) - ", "PITTSBURGH - ",
 * "BELPRE, Ohio (WTAP) -- ", "KHARTOUM (Reuters) — "). The place it names is where the reporter was,
 * not where anything happened.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’/-]*(?:\s+\p{Lu}[\p{Lu}.'’/-]*)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{1,40}\))?\s*(?:--?|–|—)\s+/u;

/** The length of the dateline that opens `sentence`, or 0 when it opens with none. */
export function datelineLength(sentence: string): number {
  const match = DATELINE.exec(sentence);
  if (!match) return 0;
  // the place word is in capitals throughout (a headline word such as "Update" is no dateline)
  const place = match[0].split(/[\s,(]/)[0] ?? "";
  return place.length >= 2 && place === place.toUpperCase() ? match[0].length : 0;
}

/** A dateline opens the report: only a sentence starting this close to the top can carry one. */
export const DATELINE_REACH = 300;

/**
 * A sentence as a brief shows it: without the dateline that opens it when it opens the report
 * (`start` is its offset in the article's text), and the offset of what is left.
 */
export function withoutDateline(sentence: string, start: number): { text: string; start: number } {
  const cut = start < DATELINE_REACH ? datelineLength(sentence) : 0;
  return { text: sentence.slice(cut), start: start + cut };
}
