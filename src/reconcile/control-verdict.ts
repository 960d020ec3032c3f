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

/** A source's account moved when it states more than one change or extent for the place. */
function moves(series: readonly ControlValue[]): boolean {
  return new Set(series.map((v) => `${v.claim.change}-${v.claim.extent}`)).size > 1;
}

export interface ControlVerdict {
  verdict: Verdict;
  conflicts: [string, string][];
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
  if (conflicts.length > 0) return { verdict: "conflict", conflicts };
  if ([...series.values()].some(moves)) return { verdict: "update", conflicts };
  return { verdict: countArticles(values) > 1 ? "agree" : "single", conflicts };
}
