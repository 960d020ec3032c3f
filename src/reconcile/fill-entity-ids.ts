import type { Claim, EntityRef } from "../model/claim.js";
import type { Entity } from "../model/entity.js";

type NamedRef = EntityRef & { name?: string | undefined };

const REF_FIELDS = ["source", "channel", "place", "actor", "target", "speaker"] as const;

const normal = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();

/** Names and aliases that point at exactly one of the entities. */
function aliasIndex(entities: readonly Entity[]): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const e of entities) {
    for (const alias of new Set([e.name, ...e.aliases].map(normal))) {
      const known = index.get(alias);
      index.set(alias, known === undefined || known === e.id ? e.id : null);
    }
  }
  return index;
}

/**
 * Claims whose unresolved references (no entity id) name, by full name or text, exactly one of the
 * story's entities get that entity's id, so one source or place is one key however it was written.
 * Claims are copied, never changed in place.
 */
export function fillEntityIds(claims: readonly Claim[], entities: readonly Entity[]): Claim[] {
  const index = aliasIndex(entities);
  const resolve = (ref: NamedRef): NamedRef => {
    if (ref.entityId !== null) return ref;
    const id = index.get(normal(ref.name ?? ref.text)) ?? index.get(normal(ref.text)) ?? null;
    return id ? { ...ref, entityId: id } : ref;
  };
  return claims.map((claim) => {
    let copy: Claim | null = null;
    for (const field of REF_FIELDS) {
      const ref = (claim as unknown as Record<string, NamedRef | null | undefined>)[field];
      if (!ref || ref.entityId !== null) continue;
      const resolved = resolve(ref);
      if (resolved === ref) continue;
      copy ??= { ...claim };
      (copy as unknown as Record<string, NamedRef>)[field] = resolved;
    }
    return copy ?? claim;
  });
}
