import type { Claim, EntityRef, Mention } from "../model/index.js";
import { resolveRef } from "./resolve-ref.js";

const REF_FIELDS = ["source", "channel", "place", "actor", "target", "speaker"] as const;

/** Fills `entityId` in every entity reference of the claims from the article's resolved mentions. */
export function resolveClaimRefs(claims: Claim[], resolvedMentions: Mention[]): Claim[] {
  return claims.map((claim) => {
    const out: Record<string, unknown> = { ...claim };
    for (const field of REF_FIELDS) {
      const ref = out[field] as EntityRef | null | undefined;
      if (ref) out[field] = resolveRef(ref, resolvedMentions);
    }
    return out as unknown as Claim;
  });
}
