import type { Mention } from "../model/index.js";
import type { EntityUpsert } from "../store/store.js";
import { articleBlockingKeys } from "./article-keys.js";
import { entityBlockingKeys } from "./blocking-keys.js";
import type { EntityIndex } from "./entity-index.js";
import { resolveEntities } from "./resolve-entities.js";

export interface ResolvedArticle {
  /** The article's mentions with `entityId` filled. */
  mentions: Mention[];
  /** Entities created or changed, each with the blocking keys to file it under. */
  upserts: EntityUpsert[];
}

/**
 * Resolves one article against the stored entities: fetches the candidates sharing a blocking key
 * with its names, matches, and returns what to store. `contextEntityIds`: entities of the article's story.
 */
export async function resolveArticle(
  index: EntityIndex,
  articleId: string,
  mentions: Mention[],
  contextEntityIds?: string[],
): Promise<ResolvedArticle> {
  const candidates = await index.findEntitiesByKeys(articleBlockingKeys(mentions));
  const result = resolveEntities({
    articleId,
    mentions,
    candidates,
    ...(contextEntityIds ? { contextEntityIds } : {}),
  });
  return {
    mentions: result.mentions,
    upserts: result.entities.map((entity) => ({ entity, keys: entityBlockingKeys(entity) })),
  };
}
