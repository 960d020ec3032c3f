import type { Mention } from "../model/index.js";
import type { ExtractContext } from "./context.js";
import { splitSentences } from "./text/sentences.js";
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

export interface ArticleForExtraction {
  id: string;
  text: string;
  published: string | null;
}

/** Splits an article once into the sentences and tokens every extractor reads. */
export function buildExtractContext(article: ArticleForExtraction, mentions: Mention[] = []): ExtractContext {
  const sentences = splitSentences(article.text);
  const prefix = `c-${shortHash(article.id)}-`;
  let n = 0;
  return {
    articleId: article.id,
    text: article.text,
    published: article.published,
    sentences,
    tokens: sentences.map((s) => tokenize(s.text, s.start)),
    mentions,
    nextId: () => `${prefix}${n++}`,
  };
}
