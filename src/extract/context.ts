import type { Claim, Mention, Sentence } from "../model/index.js";
import type { Token } from "./text/tokenize.js";

/** What every extractor reads: one article's normalized text, split once. */
export interface ExtractContext {
  articleId: string;
  text: string;
  /** Publication date (ISO) or null. */
  published: string | null;
  sentences: Sentence[];
  /** Tokens of each sentence, offsets in the article text. */
  tokens: Token[][];
  /** Name mentions from the entities extractor, when available (may be empty). */
  mentions: Mention[];
  /** Next claim id of this article (`c-<hash>-<n>`). */
  nextId: () => string;
}

/** One extractor: reads the context, returns claims (source, channel and eventDate are filled later). */
export type Extractor = (ctx: ExtractContext) => Claim[];

/** The fields every claim shares, for a claim whose evidence is `sentence`. */
export function claimBase(ctx: ExtractContext, sentence: Sentence) {
  return {
    id: ctx.nextId(),
    articleId: ctx.articleId,
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    source: null,
    channel: null,
    eventDate: null,
    background: false,
  };
}
