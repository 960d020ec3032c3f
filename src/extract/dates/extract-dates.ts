import type { Claim, DateClaim } from "../../model/index.js";
import { claimBase, type ExtractContext } from "../context.js";
import { findDates, referenceDate, resolveDateExpression } from "./resolve-date.js";

/**
 * A date that only says where a span begins, reaching to the present: "since 2019", "since the start
 * of the civil war in 2011", "for the first time since the war began in March 2011".
 */
const SINCE_BEFORE =
  /\bsince\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,6}(?:in|of|on)\s+$|\bsince\s+$/iu;

/** The sentence's words up to a date, with the date's own leading "in" or "of" ("in 2011"). */
function textBefore(text: string, sentenceStart: number, d: { start: number; expression: string }): string {
  const preposition = /^(?:in|on|of)\s+/i.exec(d.expression)?.[0] ?? "";
  return text.slice(Math.max(sentenceStart, d.start - 80), d.start) + preposition;
}

/** Date expressions of an article as claims, resolved against its publication date when known. */
export function extractDates(ctx: ExtractContext): DateClaim[] {
  const reference = referenceDate(ctx.published);
  const claims: DateClaim[] = [];
  let s = 0;
  for (const d of findDates(ctx.text, reference)) {
    while (s < ctx.sentences.length && ctx.sentences[s]!.end <= d.start) s++;
    const sentence = ctx.sentences[s];
    if (!sentence || sentence.start > d.start) continue;
    claims.push({
      ...claimBase(ctx, sentence),
      kind: "date",
      expression: d.expression,
      date: d.date,
      eventDate: d.date,
      background:
        /^since\b/i.test(d.expression) || SINCE_BEFORE.test(textBefore(ctx.text, sentence.start, d)),
    });
  }
  return claims;
}

/** Sets each claim's eventDate from the first resolved date claim of its sentence. */
export function assignEventDates(claims: Claim[]): void {
  const bySentence = new Map<number, string>();
  for (const c of claims) {
    if (c.kind === "date" && c.date && !c.background && !bySentence.has(c.start))
      bySentence.set(c.start, c.date);
  }
  for (const c of claims) if (c.kind !== "date") c.eventDate = bySentence.get(c.start) ?? null;
}

/**
 * Re-resolves an undated article's dates against a reference its story supplies (the latest dated
 * article), then re-assigns event dates. Returns new claim objects; the input is not changed.
 */
export function redateClaims(claims: Claim[], reference: string): Claim[] {
  const ref = referenceDate(reference);
  if (!ref) return claims;
  const out = claims.map((c) => {
    if (c.kind !== "date") return { ...c };
    const before = c.sentence.slice(0, Math.max(0, c.sentence.indexOf(c.expression)));
    return { ...c, date: resolveDateExpression(c.expression, ref, before) ?? c.date };
  });
  for (const c of out) if (c.kind === "date") c.eventDate = c.date;
  assignEventDates(out);
  return out;
}
