import type { EntityRef, QuoteClaim } from "../../model/index.js";
import { claimBase, type ExtractContext } from "../context.js";
import { findQuoteSpans } from "./find-quote-spans.js";
import { findSpeaker } from "./find-speaker.js";

const MIN_WORDS = 4;

/**
 * Quotes of an article, verbatim, with their speaker. A passage of fewer than four words is a
 * scare quote ("de-escalation"), not a quote. "He added" and "the expert said" go to the last named
 * speaker.
 */
export function extractQuotes(ctx: ExtractContext): QuoteClaim[] {
  const claims: QuoteClaim[] = [];
  let lastNamed: EntityRef | null = null;
  for (const span of findQuoteSpans(ctx.text)) {
    const quote = ctx.text.slice(span.start, span.end);
    if (quote.trim().split(/\s+/).length < MIN_WORDS) continue;
    const guess = findSpeaker(ctx.text, span.start, span.end, span.block);
    let speaker: EntityRef | null = null;
    if (guess?.anaphor) {
      speaker =
        lastNamed ??
        (guess.role ? { text: guess.text, start: guess.start, end: guess.end, entityId: null } : null);
    } else if (guess) {
      speaker = { text: guess.text, start: guess.start, end: guess.end, entityId: null };
      lastNamed = speaker;
    }
    const sentence = ctx.sentences.find((s) => s.start <= span.start && span.start < s.end) ?? {
      index: -1,
      start: span.start,
      end: span.end,
      text: quote,
    };
    claims.push({ ...claimBase(ctx, sentence), kind: "quote", speaker, quote });
  }
  return claims;
}
