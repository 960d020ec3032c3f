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
    if (finding.verdict !== "conflict" || !finding.best || !finding.conservative) continue;
    const { best: b, conservative: c } = finding;
    const find = (f: { count: number; qualifier: string }) =>
      finding.values.findLast((v) => v.count === f.count && v.qualifier === f.qualifier);
    const [best, low] = [find(b), find(c)];
    if (!best || !low) continue;
    const note = `disputed: sources conflict (best ${valueLabel(best)}, ${best.sourceName}; lowest ${valueLabel(low)}, ${low.sourceName})`;
    const bestInterval = intervalOf(b.count, b.qualifier);
    for (const v of finding.values) {
      if (v.count === null || v.qualifier === null) continue;
      if (!intervalsOverlap(intervalOf(v.count, v.qualifier, v.countMax), bestInterval))
        notes.set(v.claimId, note);
    }
  }
  return notes;
}
