import type { Mention, Sentence } from "../model/index.js";
import type { ExtractContext } from "./context.js";
import { splitSentences } from "./sentences/split-sentences.js";
import { tokenize } from "./text/tokenize.js";

/** FNV-1a hash of a string, as 8 hex digits. */
export function shortHash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** What the claim extractors read: one article's normalized text and its first analysis. */
export interface ExtractionInput {
  articleId: string;
  title?: string | null;
  text: string;
  published: string | null;
  /** Sentences of `text`, when already split (else they are split here). */
  sentences?: Sentence[];
  mentions?: Mention[];
}

/** Splits an article once into the sentences and tokens every extractor reads. */
export function buildExtractContext(
  input: ExtractionInput,
  articleKey = shortHash(input.articleId),
): ExtractContext {
  const sentences = input.sentences ?? splitSentences(input.text);
  let n = 0;
  return {
    articleId: input.articleId,
    text: input.text,
    published: input.published,
    sentences,
    tokens: sentences.map((s) => tokenize(s.text, s.start)),
    mentions: input.mentions ?? [],
    nextId: () => `c-${articleKey}-${n++}`,
  };
}
