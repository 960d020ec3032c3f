import type { Finding, FindingValue } from "../model/story.js";
import { CUMULATIVE_OUTCOMES, currentValues } from "../reconcile/casualty-verdict.js";
import { intervalOf, intervalsOverlap } from "../reconcile/interval.js";
import { valueLabel } from "../reconcile/value-label.js";

const sourceKeyOf = (v: FindingValue) => `${v.source ?? ""}|${v.sourceName}`;
const figureOf = (v: FindingValue) => `${v.count}|${v.countMax}|${v.qualifier}`;

/**
 * Claim ids whose figure must not be stated as current: it is not its source's current figure (a later
 * figure of the same source replaced it, or a higher figure of a later day overtook the source's toll),
 * or it is below, and incompatible with, the finding's best figure (unless the finding is a conflict:
 * then each source's current figure stands, as its own side of the conflict).
 */
export function supersededClaimIds(findings: readonly Finding[]): Set<string> {
  const ids = new Set<string>();
  for (const finding of findings) {
    if (!finding.best) continue;
    const keyed = finding.values.map((value) => ({ value, sourceKey: sourceKeyOf(value) }));
    const cumulative = CUMULATIVE_OUTCOMES.has(finding.topic.split(":")[0] ?? "");
    const current = new Map(currentValues(keyed, cumulative).map((v) => [v.sourceKey, v.value] as const));
    const best = intervalOf(finding.best.count, finding.best.qualifier);
    for (const v of finding.values) {
      if (v.count === null || v.qualifier === null) continue;
      const standing = current.get(sourceKeyOf(v));
      const replaced = !standing || figureOf(standing) !== figureOf(v);
      const own = intervalOf(v.count, v.qualifier, v.countMax);
      const belowBest = finding.verdict !== "conflict" && !intervalsOverlap(own, best) && own.high < best.low;
      if (replaced || belowBest) ids.add(v.claimId);
    }
  }
  return ids;
}

/**
 * For a conflict, notes for the claims whose figure is incompatible with the best one, so a summary
 * sentence stating it says the figure is disputed and what the findings hold: claim id -> note.
 */
export function disputedFigureNotes(findings: readonly Finding[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const finding of findings) {
    if (finding.verdict !== "conflict" || !finding.best) continue;
    const b = finding.best;
    const best = finding.values.findLast((v) => v.count === b.count && v.qualifier === b.qualifier);
    const other = conflictCounterpart(finding);
    if (!best || !other) continue;
    const note = `disputed: sources conflict (best ${valueLabel(best)}, ${best.sourceName}; ${other.side} ${valueLabel(other.value)}, ${other.value.sourceName})`;
    const bestInterval = intervalOf(b.count, b.qualifier);
    for (const v of finding.values) {
      if (v.count === null || v.qualifier === null) continue;
      if (!intervalsOverlap(intervalOf(v.count, v.qualifier, v.countMax), bestInterval))
        notes.set(v.claimId, note);
    }
  }
  return notes;
}

/**
 * The other side of a conflict, to show beside its best figure: the most conservative figure; or, when
 * the best source's figure is itself the lowest, the highest current figure of another source that the
 * best figure rules out ("best about 900, United Nations; highest about 3,000, the government").
 */
export function conflictCounterpart(
  finding: Finding,
): { value: FindingValue; side: "lowest" | "highest" } | null {
  const { best, conservative } = finding;
  if (finding.verdict !== "conflict" || !best) return null;
  if (conservative && (conservative.count !== best.count || conservative.qualifier !== best.qualifier)) {
    const low = finding.values.findLast(
      (v) => v.count === conservative.count && v.qualifier === conservative.qualifier,
    );
    return low ? { value: low, side: "lowest" } : null;
  }
  const keyed = finding.values.map((value) => ({ value, sourceKey: sourceKeyOf(value) }));
  const cumulative = CUMULATIVE_OUTCOMES.has(finding.topic.split(":")[0] ?? "");
  const bestInterval = intervalOf(best.count, best.qualifier);
  const ruledOut = currentValues(keyed, cumulative)
    .map((k) => k.value)
    .filter(
      (v) =>
        v.count !== null &&
        v.qualifier !== null &&
        !intervalsOverlap(intervalOf(v.count, v.qualifier, v.countMax), bestInterval),
    );
  const high = ruledOut.reduce<FindingValue | null>(
    (top, v) => (top === null || (v.count ?? 0) > (top.count ?? 0) ? v : top),
    null,
  );
  return high ? { value: high, side: "highest" } : null;
}
