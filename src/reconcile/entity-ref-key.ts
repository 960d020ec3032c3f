import type { EntityRef } from "../model/claim.js";
import type { Entity } from "../model/entity.js";

/** A reference as extractors may hand it in: with the full name an article defines for its text. */
type NamedRef = EntityRef & { name?: string | undefined };

/** Lower-case words joined by dashes: a stable key for a name no entity was resolved for. */
export function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** The resolved entity id of a reference, else a key made from its full name or surface text. */
export function entityRefKey(ref: NamedRef): string {
  return ref.entityId ?? `~${slugOf(ref.name ?? ref.text)}`;
}

/** The canonical name of a reference's entity, else its full name or text as written. */
export function entityRefName(ref: NamedRef, entityById: ReadonlyMap<string, Entity>): string {
  return (ref.entityId ? entityById.get(ref.entityId)?.name : undefined) ?? ref.name ?? ref.text;
}
