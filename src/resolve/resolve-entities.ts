import { createHash } from "node:crypto";
import type { Entity, Mention } from "../model/index.js";
import type { EntityUpsert } from "../store/store.js";

/** What resolution reads: entities that share a blocking key with the article's mentions. */
export interface EntityLookup {
  findEntitiesByKeys(keys: string[]): Promise<Entity[]>;
}

export interface ResolvedMentions {
  mentions: Mention[];
  upserts: EntityUpsert[];
}

export function entityKey(surface: string): string {
  return surface
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function entityId(type: string, key: string): string {
  return `e-${createHash("sha1").update(`${type}:${key}`).digest("hex").slice(0, 12)}`;
}

/**
 * First version: one entity per exact folded name. The resolution stage replaces this with
 * variant-, acronym- and surname-aware matching.
 */
export async function resolveEntities(
  articleId: string,
  mentions: Mention[],
  lookup: EntityLookup,
): Promise<ResolvedMentions> {
  const keys = [...new Set(mentions.map((m) => entityKey(m.text)))];
  const known = new Map((await lookup.findEntitiesByKeys(keys)).map((e) => [entityKey(e.name), e]));
  const touched = new Map<string, Entity>();
  const resolved = mentions.map((mention) => {
    const key = entityKey(mention.text);
    const entity = touched.get(key) ??
      structuredClone(known.get(key)) ?? {
        id: entityId(mention.type, key),
        type: mention.type,
        name: mention.text,
        aliases: [],
        articleIds: [],
        lat: null,
        lon: null,
        geoConfidence: null,
        country: null,
      };
    if (!entity.aliases.includes(mention.text)) entity.aliases.push(mention.text);
    if (!entity.articleIds.includes(articleId)) entity.articleIds.push(articleId);
    touched.set(key, entity);
    return { ...mention, entityId: entity.id };
  });
  return {
    mentions: resolved,
    upserts: [...touched.entries()].map(([key, entity]) => ({ entity, keys: [key] })),
  };
}
