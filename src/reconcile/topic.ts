import type { Claim } from "../model/claim.js";
import { entityRefKey, slugOf } from "./entity-ref-key.js";

/**
 * The question a claim answers, or null when it answers none (quotes, dates, background figures).
 * Casualties: `outcome:group` (a part-of breakdown item counts under its own group), with the
 * written label added for `other` groups; control: `control:<place>`; attack: `attack:<target>`.
 */
export function topicOf(claim: Claim): string | null {
  if (claim.background) return null;
  switch (claim.kind) {
    case "casualty": {
      const base = `${claim.outcome}:${claim.group}`;
      const label = claim.group === "other" && claim.groupLabel ? slugOf(claim.groupLabel) : "";
      return label ? `${base}:${label}` : base;
    }
    case "control":
      return `control:${entityRefKey(claim.place)}`;
    case "attack":
      return claim.target ? `attack:${entityRefKey(claim.target)}` : `attack:~${slugOf(claim.weapon)}`;
    case "quote":
    case "date":
      return null;
  }
}
