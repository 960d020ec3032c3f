import { createHash } from "node:crypto";

/** A story's id, derived from the article that started it: stable across runs and stores. */
export function storyIdFor(firstArticleId: string): string {
  return `s-${createHash("sha256").update(firstArticleId).digest("hex").slice(0, 16)}`;
}
