import type { Mention } from "../model/index.js";
import { articleBlockingKeys } from "./article-keys.js";
import type { EntityIndex } from "./entity-index.js";
import { type ResolveResult, resolveEntities } from "./resolve-entities.js";

/** Fetches the candidate entities for an article's names from `index`, then resolves the article. */
export async function resolveArticle(
  index: EntityIndex,
  articleId: string,
  mentions: Mention[],
  contextArticleIds?: string[],
): Promise<ResolveResult> {
  const candidates = await index.candidates(articleBlockingKeys(mentions));
  return resolveEntities({
    articleId,
    mentions,
    candidates,
    ...(contextArticleIds ? { contextArticleIds } : {}),
  });
}
