import type { ControlClaim } from "../model/claim.js";
import type { Verdict } from "../model/story.js";
import { entityRefKey } from "./entity-ref-key.js";
import { countArticles, groupBySource, type KeyedValue } from "./keyed-value.js";

export interface ControlValue extends KeyedValue {
  claim: ControlClaim;
}

/** What a control claim says of its actor: +1 gained or holds, -1 lost or withdrew, 0 contested. */
function stanceOf(claim: ControlClaim): number {
  if (claim.change === "captured" || claim.change === "holds") return 1;
  if (claim.change === "lost" || claim.change === "withdrew") return -1;
  return 0;
}

const actorKey = (claim: ControlClaim) => (claim.actor ? entityRefKey(claim.actor) : null);

/** Two sources conflict when one says an actor gained a place and the other that it lost it. */
function sourcesConflict(a: readonly ControlValue[], b: readonly ControlValue[]): boolean {
  return a.some((x) =>
    b.some((y) => {
      const actor = actorKey(x.claim);
      return actor !== null && actor === actorKey(y.claim) && stanceOf(x.claim) * stanceOf(y.claim) < 0;
    }),
  );
}

/**
 * The statements of a source's account that moved: for one actor (or none named), a change or extent in
 * one of its articles that another of its articles does not state. What one article says of several
 * actors ("the rebels took most of the city; the army holds two districts") is one picture, not a change
 * over time. Returns that actor's statements, or null when nothing moved.
 */
function moved(series: readonly ControlValue[]): ControlValue[] | null {
  const byActor = new Map<string, ControlValue[]>();
  for (const v of series) {
    const actor = actorKey(v.claim) ?? "";
    byActor.set(actor, [...(byActor.get(actor) ?? []), v]);
  }
  for (const values of byActor.values()) {
    const states = new Map<string, Set<string>>();
    for (const v of values) {
      const state = `${v.claim.change}-${v.claim.extent}`;
      states.set(v.claim.articleId, (states.get(v.claim.articleId) ?? new Set()).add(state));
    }
    const perArticle = [...states.values()].map((set) => [...set].sort().join("|"));
    if (new Set(perArticle).size > 1) return values;
  }
  return null;
}

export interface ControlVerdict {
  verdict: Verdict;
  conflicts: [string, string][];
  /** Per source whose account moved, the statements that moved, oldest first as given. */
  moved: ControlValue[][];
}

/** Verdict of a `control:<place>` question (see docs/RECONCILE.md). */
export function judgeControlValues(values: readonly ControlValue[]): ControlVerdict {
  const series = groupBySource(values);
  const keys = [...series.keys()];
  const conflicts: [string, string][] = [];
  keys.forEach((a, i) => {
    for (const b of keys.slice(i + 1)) {
      if (sourcesConflict(series.get(a)!, series.get(b)!)) conflicts.push([a, b]);
    }
  });
  const movedSeries = [...series.values()].flatMap((list) => {
    const shifted = moved(list);
    return shifted ? [shifted] : [];
  });
  if (conflicts.length > 0) return { verdict: "conflict", conflicts, moved: movedSeries };
  if (movedSeries.length > 0) return { verdict: "update", conflicts, moved: movedSeries };
  return { verdict: countArticles(values) > 1 ? "agree" : "single", conflicts, moved: [] };
}
