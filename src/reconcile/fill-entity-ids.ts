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
 * A facility named after a place ("Um Kadada airstrip": the place's name, then lower-case words) gets
 * the place's canonical name ("Umm Keddada airstrip"), so its spellings are one key too; it stays a
 * place of its own, without the town's id. Claims are copied, never changed in place.
 */
export function fillEntityIds(claims: readonly Claim[], entities: readonly Entity[]): Claim[] {
  const index = aliasIndex(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const resolve = (ref: NamedRef): NamedRef => {
    if (ref.entityId !== null) return ref;
    const id = index.get(normal(ref.name ?? ref.text)) ?? index.get(normal(ref.text)) ?? null;
    if (id) return { ...ref, entityId: id };
    const facility = ref.name === undefined ? /^(.+?)((?:\s+\p{Ll}+)+)$/u.exec(ref.text) : null;
    const place = facility ? byId.get(index.get(normal(facility[1]!)) ?? "") : undefined;
    return place?.type === "place" ? { ...ref, name: `${place.name}${facility![2]}` } : ref;
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
