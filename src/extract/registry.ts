import type { Claim, Mention, Sentence } from "../model/index.js";
import { extractCasualties } from "./casualties/extract-casualties.js";

/** What every claim extractor reads: one article's normalized text and its first analysis. */
export interface ExtractionInput {
  articleId: string;
  title: string | null;
  text: string;
  published: string | null;
  sentences: Sentence[];
  mentions: Mention[];
}

export interface ClaimExtractor {
  extract(input: ExtractionInput): Claim[];
}

/** Every claim extractor, in order. Adding one is a folder plus one line here. */
export const ExtractorsMap: Record<string, ClaimExtractor> = {
  casualties: { extract: (input) => extractCasualties(input.articleId, input.sentences) },
};

/** Runs every registered extractor and numbers the claims `c-<articleKey>-<n>`. */
export function extractClaims(input: ExtractionInput, articleKey: string): Claim[] {
  const claims = Object.values(ExtractorsMap).flatMap((extractor) => extractor.extract(input));
  return claims.map((claim, n) => ({ ...claim, id: `c-${articleKey}-${n}` }));
}
