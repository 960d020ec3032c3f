import type { Entity, EntityType, Mention } from "../model/index.js";
import { canonicalName, keptName } from "./canonical-name.js";
import { entityId } from "./entity-id.js";
import { geocodeEntities } from "./geocode-entities.js";
import { linkInArticle, type MentionGroup } from "./link-in-article.js";
import { matchScore, SURNAME_LINK } from "./match-entity.js";

export interface ResolveInput {
  articleId: string;
  mentions: Mention[];
  /** Stored entities sharing a blocking key with the article's names (see articleBlockingKeys). */
  candidates: Entity[];
  /**
   * Entities already named in the article's story: a bare surname joins a stored person only when the
   * person is among them. Absent: no story known, a surname joins the one person of that surname.
   */
  contextEntityIds?: string[];
}

export interface ResolveResult {
  /** The article's mentions with `entityId` filled. */
  mentions: Mention[];
  /** Entities created or changed by this article, complete: store them as they are. */
  entities: Entity[];
}

function merge(entity: Entity, group: MentionGroup, articleId: string): Entity {
  const counts = { ...(entity.aliasCounts ?? Object.fromEntries(entity.aliases.map((a) => [a, 1]))) };
  for (const [name, count] of group.names) counts[name] = (counts[name] ?? 0) + count;
  const type: EntityType = entity.type === "other" ? group.type : entity.type;
  return {
    ...entity,
    type,
    name: keptName(counts, entity.name),
    aliases: Object.keys(counts),
    aliasCounts: counts,
    articleIds:
      entity.articleIds.at(-1) === articleId || entity.articleIds.includes(articleId)
        ? entity.articleIds
        : entity.articleIds.concat(articleId),
  };
}

function create(group: MentionGroup, articleId: string): Entity {
  const counts = Object.fromEntries(group.names);
  const name = canonicalName(counts);
  return {
    id: entityId(group.type, name, articleId),
    type: group.type,
    name,
    aliases: Object.keys(counts),
    aliasCounts: counts,
    articleIds: [articleId],
    lat: null,
    lon: null,
    geoConfidence: null,
    country: null,
  };
}

/**
 * Incremental resolution of one article: its mentions are grouped within the article, then each
 * group joins the best-matching stored entity or becomes a new one. Places get coordinates from the
 * offline gazetteer, ranked with the article's other places.
 */
export function resolveEntities(input: ResolveInput): ResolveResult {
  const context = input.contextEntityIds ? new Set(input.contextEntityIds) : null;
  const pool = new Map(input.candidates.map((e) => [e.id, e]));
  const changed = new Map<string, Entity>();
  const mentions = input.mentions.map((m) => ({ ...m }));
  for (const group of linkInArticle(input.mentions)) {
    let best: Entity | null = null;
    let bestScore = 0;
    let ties = 0;
    for (const entity of pool.values()) {
      const score = matchScore(group, entity, context);
      if (score > bestScore) [best, bestScore, ties] = [entity, score, 1];
      else if (score === bestScore && score > 0) ties++;
    }
    // A bare surname shared by several known people stays apart rather than guess.
    if (bestScore === SURNAME_LINK && ties > 1) best = null;
    const entity = best ? merge(best, group, input.articleId) : create(group, input.articleId);
    pool.set(entity.id, entity);
    changed.set(entity.id, entity);
    for (const i of group.mentionIndexes) (mentions[i] as Mention).entityId = entity.id;
  }
  const entities = geocodeEntities([...changed.values()]);
  return { mentions, entities };
}
