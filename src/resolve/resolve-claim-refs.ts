import type { Claim, EntityRef, Mention } from "../model/index.js";
import { resolveRef } from "./resolve-ref.js";

const REF_FIELDS = ["source", "channel", "place", "actor", "target", "speaker"] as const;
/** Who said or did something: a body named with its place ("the Waukesha County medical examiner's office") is not the place. */
const WHO_FIELDS = new Set<string>(["source", "channel", "speaker"]);

/** Fills `entityId` in every entity reference of the claims from the article's resolved mentions. */
export function resolveClaimRefs(claims: Claim[], resolvedMentions: Mention[]): Claim[] {
  return claims.map((claim) => {
    const out: Record<string, unknown> = { ...claim };
    for (const field of REF_FIELDS) {
      const ref = out[field] as EntityRef | null | undefined;
      if (ref) out[field] = resolveRef(ref, resolvedMentions, WHO_FIELDS.has(field));
    }
    return out as unknown as Claim;
  });
}
