import type { ControlClaim } from "../model/claim.js";
import type { Verdict } from "../model/story.js";
import { actorKeys } from "./actor-side.js";
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

/** The actor key of each statement of a question (see `actorKeys`: one side's common words are one actor). */
type ActorKey = (claim: ControlClaim) => string | null;

function actorKeyOf(values: readonly ControlValue[]): ActorKey {
  const keys = actorKeys(values.map((v) => v.claim.actor));
  const byClaim = new Map(values.map((v, i) => [v.claim, keys[i] ?? null]));
  return (claim) => byClaim.get(claim) ?? null;
}

/** Two sources conflict when one says an actor gained a place and the other that it lost it. */
function sourcesConflict(
  a: readonly ControlValue[],
  b: readonly ControlValue[],
  actorKey: ActorKey,
): boolean {
  return a.some((x) =>
    b.some((y) => {
      const actor = actorKey(x.claim);
      return actor !== null && actor === actorKey(y.claim) && stanceOf(x.claim) * stanceOf(y.claim) < 0;
    }),
  );
}

/**
 * Two statements of one actor that cannot both hold at once: one has it gain or hold the place and the
 * other lose it or fight for it, or both state how much it holds and differ ("part of" against "most
 * of"). A statement without an extent ("captured the town") fits any extent.
 */
function differ(a: ControlClaim, b: ControlClaim): boolean {
  if (stanceOf(a) !== stanceOf(b)) return true;
  return a.extent !== null && b.extent !== null && a.extent !== b.extent;
}

/**
 * The statements of a source's account that moved: for one actor (or none named), statements in two of
 * its articles that differ (see `differ`). What one article says of several actors ("the rebels took
 * most of the city; the army holds two districts") is one picture, not a change over time, and a later
 * report that only adds detail ("captured the town", then "holds most of it") has not moved. Returns that
 * actor's statements, or null when nothing moved.
 */
function moved(series: readonly ControlValue[], actorKey: ActorKey): ControlValue[] | null {
  const byActor = new Map<string, ControlValue[]>();
  for (const v of series) {
    const actor = actorKey(v.claim) ?? "";
    byActor.set(actor, [...(byActor.get(actor) ?? []), v]);
  }
  for (const values of byActor.values()) {
    const shifted = values.some((x) =>
      values.some((y) => x.claim.articleId !== y.claim.articleId && differ(x.claim, y.claim)),
    );
    if (shifted) return values;
  }
  return null;
}

const EXTENTS = [null, "partial", "majority", "complete"];

/**
 * Orders a source's statements oldest first: by date when both are dated. Undated, an actor that loses
 * the place somewhere in the question goes from holding it to fighting for it to losing it ("government
 * holds part of it" before "the regime lost it completely"); any other actor from fighting for it to
 * holding it, and to a growing extent ("captured part of it" before "captured all of it").
 */
function olderFirst(actorKey: ActorKey, losers: ReadonlySet<string>) {
  return (a: ControlValue, b: ControlValue): number => {
    const [da, db] = [a.value.date, b.value.date];
    if (da && db && da !== db) return da < db ? -1 : 1;
    const actor = actorKey(a.claim);
    const extent = EXTENTS.indexOf(a.claim.extent) - EXTENTS.indexOf(b.claim.extent);
    if (actor === null || actor !== actorKey(b.claim)) return extent;
    const stance = stanceOf(a.claim) - stanceOf(b.claim);
    if (!losers.has(actor)) return stance || extent;
    if (stance !== 0) return -stance;
    return stanceOf(a.claim) > 0 ? -extent : extent;
  };
}

/** Each source's statements, oldest first (see `olderFirst`), keyed by source. */
export function controlSeries(values: readonly ControlValue[]): Map<string, ControlValue[]> {
  const actorKey = actorKeyOf(values);
  const losers = new Set(values.flatMap((v) => (stanceOf(v.claim) < 0 ? [actorKey(v.claim) ?? ""] : [])));
  const series = groupBySource(values);
  for (const list of series.values()) list.sort(olderFirst(actorKey, losers));
  return series;
}

export interface ControlVerdict {
  verdict: Verdict;
  conflicts: [string, string][];
  /** Per source whose account moved, the statements that moved, oldest first as given. */
  moved: ControlValue[][];
}

/** Verdict of a `control:<place>` question (see docs/RECONCILE.md). */
export function judgeControlValues(values: readonly ControlValue[]): ControlVerdict {
  const actorKey = actorKeyOf(values);
  const series = controlSeries(values);
  const keys = [...series.keys()];
  const conflicts: [string, string][] = [];
  keys.forEach((a, i) => {
    for (const b of keys.slice(i + 1)) {
      if (sourcesConflict(series.get(a)!, series.get(b)!, actorKey)) conflicts.push([a, b]);
    }
  });
  const movedSeries = [...series.values()].flatMap((list) => {
    const shifted = moved(list, actorKey);
    return shifted ? [shifted] : [];
  });
  if (conflicts.length > 0) return { verdict: "conflict", conflicts, moved: movedSeries };
  if (movedSeries.length > 0) return { verdict: "update", conflicts, moved: movedSeries };
  return { verdict: countArticles(values) > 1 ? "agree" : "single", conflicts, moved: [] };
}
