import type { EntityRef } from "../model/claim.js";
import type { Entity } from "../model/entity.js";

/** Lower-case words joined by dashes: a stable key for a name no entity was resolved for. */
export function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** The resolved entity id of a reference, else a key made from its surface text. */
export function entityRefKey(ref: EntityRef): string {
  return ref.entityId ?? `~${slugOf(ref.text)}`;
}

/** The canonical name of a reference's entity, else its text as written. */
export function entityRefName(ref: EntityRef, entityById: ReadonlyMap<string, Entity>): string {
  return (ref.entityId ? entityById.get(ref.entityId)?.name : undefined) ?? ref.text;
}
