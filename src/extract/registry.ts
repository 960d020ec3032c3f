import type { Claim } from "../model/index.js";
import { extractAttacks } from "./attack/extract-attacks.js";
import { attributeClaims } from "./attribution/index.js";
import { buildExtractContext, type ExtractionInput } from "./build-context.js";
import { extractCasualties } from "./casualties/extract-casualties.js";
import type { Extractor } from "./context.js";
import { extractControl } from "./control/extract-control.js";
import { assignEventDates, extractDates } from "./dates/extract-dates.js";
import { extractQuotes } from "./quotes/extract-quotes.js";

export type { ExtractionInput } from "./build-context.js";

/** Every claim extractor, in order. Adding one is a folder plus one line here. */
export const ExtractorsMap = {
  casualties: extractCasualties,
  control: extractControl,
  attacks: extractAttacks,
  quotes: extractQuotes,
  dates: extractDates,
} satisfies Record<string, Extractor>;

/**
 * Runs every registered extractor over one article and numbers the claims `c-<articleKey>-<n>`;
 * then fills each claim's source and channel (attribution) and event date.
 */
export function extractClaims(input: ExtractionInput, articleKey?: string): Claim[] {
  const ctx = buildExtractContext(input, articleKey);
  const claims: Claim[] = [];
  for (const extract of Object.values(ExtractorsMap)) claims.push(...extract(ctx));
  attributeClaims(claims, ctx.text, ctx.sentences);
  assignEventDates(claims);
  return claims;
}
