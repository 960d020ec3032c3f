import type { Finding, FindingValue } from "../model/story.js";
import { intervalOf, intervalsOverlap } from "../reconcile/interval.js";

const sourceKeyOf = (v: FindingValue) => `${v.source ?? ""}|${v.sourceName}`;
const figureOf = (v: FindingValue) => `${v.count}|${v.countMax}|${v.qualifier}`;

/**
 * Claim ids whose figure must not be stated as current: a later figure of the same source replaced
 * it, or it is below, and incompatible with, the finding's best figure (unless the finding is a
 * conflict: then each source's latest figure stands, as its own side of the conflict).
 */
export function supersededClaimIds(findings: readonly Finding[]): Set<string> {
  const ids = new Set<string>();
  for (const finding of findings) {
    if (!finding.best) continue;
    const latest = new Map<string, FindingValue>();
    for (const v of finding.values) latest.set(sourceKeyOf(v), v); // values run oldest first per source
    const best = intervalOf(finding.best.count, finding.best.qualifier);
    for (const v of finding.values) {
      if (v.count === null || v.qualifier === null) continue;
      const replaced = figureOf(latest.get(sourceKeyOf(v))!) !== figureOf(v);
      const own = intervalOf(v.count, v.qualifier, v.countMax);
      const belowBest = finding.verdict !== "conflict" && !intervalsOverlap(own, best) && own.high < best.low;
      if (replaced || belowBest) ids.add(v.claimId);
    }
  }
  return ids;
}
