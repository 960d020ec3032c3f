import type { Verdict } from "../model/story.js";
import { intervalOf, intervalsOverlap } from "./interval.js";
import { countArticles, groupBySource, type KeyedValue } from "./keyed-value.js";

export interface NumericVerdict {
  verdict: Verdict;
  /** Each source's values, oldest first. */
  series: Map<string, KeyedValue[]>;
  /** The best-attested source's key. */
  bestSource: string;
  best: KeyedValue;
  conservative: KeyedValue;
  /** Pairs of source keys whose figures cannot be reconciled. */
  conflicts: [string, string][];
  /** Whether the count only rises over time (`CUMULATIVE_OUTCOMES`). */
  cumulative: boolean;
}

const intervalOfValue = (v: KeyedValue) =>
  intervalOf(v.value.count ?? 0, v.value.qualifier ?? "exact", v.value.countMax);

const compatible = (a: KeyedValue, b: KeyedValue) => intervalsOverlap(intervalOfValue(a), intervalOfValue(b));

/**
 * Oldest first: by date when both are dated and differ, else a cumulative toll read as rising; of
 * equal figures the exact one counts as the later (it is the more precise statement).
 */
function olderFirst(a: KeyedValue, b: KeyedValue): number {
  const da = a.value.date;
  const db = b.value.date;
  if (da && db && da !== db) return da < db ? -1 : 1;
  const exact = (v: KeyedValue) => (v.value.qualifier === "exact" ? 1 : 0);
  return (
    (a.value.count ?? 0) - (b.value.count ?? 0) ||
    (a.value.countMax ?? 0) - (b.value.countMax ?? 0) ||
    exact(a) - exact(b) ||
    a.value.articleId.localeCompare(b.value.articleId)
  );
}

/** A source's figure moved when its values carry more than one distinct figure. */
function moves(series: readonly KeyedValue[]): boolean {
  return new Set(series.map((v) => `${v.value.count}-${v.value.countMax}`)).size > 1;
}

/**
 * Does `value` (from one source) contradict another source's series? Dated against dated: figures
 * of the same day must be compatible, and an earlier figure may not exceed a later one (a toll only
 * rises). Otherwise it contradicts only when it fits nowhere in the series: incompatible with every
 * figure and outside the span from the lowest to the highest. Two sources conflict when each holds
 * a figure that contradicts the other (an undated figure inside a rising series may be a point of it).
 * A count that is not `cumulative` (the missing, the detained: people are found, or set free) may fall
 * from one day to the next, so only figures of the same day contradict when both are dated.
 */
function contradicts(value: KeyedValue, series: readonly KeyedValue[], cumulative: boolean): boolean {
  const day = value.value.date;
  const dated = day ? series.filter((s) => s.value.date) : [];
  const own = intervalOfValue(value);
  if (dated.length > 0) {
    return dated.some((s) => {
      const other = intervalOfValue(s);
      if (s.value.date === day) return !intervalsOverlap(own, other);
      if (!cumulative) return false;
      return s.value.date! > day! ? own.low > other.high : other.low > own.high;
    });
  }
  if (series.some((s) => compatible(value, s))) return false;
  const low = Math.min(...series.map((s) => intervalOfValue(s).low));
  const high = Math.max(...series.map((s) => intervalOfValue(s).high));
  return own.high < low || own.low > high;
}

/** Intervals on a line overlap pairwise exactly when they share one point: the highest low <= the lowest high. */
/**
 * Dated figures of a later day that differ from an earlier day's: "at least 6" on one day, "at least 36"
 * the next and "106" a week on is a toll rising, though every figure allows the others. A cumulative
 * count must rise; the missing and the like may also fall.
 */
/**
 * A later figure that allows an earlier one ("hundreds" after "287") tells no change of it; nor does a
 * bound from the other side that the earlier one allows ("hundreds" after "up to 500": both hold).
 */
function allowsEarlier(later: KeyedValue, earlier: KeyedValue): boolean {
  const a = intervalOfValue(later);
  const b = intervalOfValue(earlier);
  if (a.low <= b.low && a.high >= b.high) return true;
  const floor = (v: KeyedValue) => v.value.qualifier === "at-least" || v.value.qualifier === "more-than";
  const opposite =
    (floor(later) && earlier.value.qualifier === "at-most") ||
    (later.value.qualifier === "at-most" && floor(earlier));
  return opposite && compatible(later, earlier);
}

function changesOverDays(values: readonly KeyedValue[], cumulative: boolean): boolean {
  const dated = values.filter((v) => v.value.date && v.value.count !== null);
  return dated.some((a) =>
    dated.some(
      (b) =>
        b.value.date! > a.value.date! &&
        (cumulative
          ? b.value.count! > a.value.count!
          : b.value.count !== a.value.count && !allowsEarlier(b, a)),
    ),
  );
}

function allCompatible(values: readonly KeyedValue[]): boolean {
  const intervals = values.map(intervalOfValue);
  return Math.max(...intervals.map((i) => i.low)) <= Math.min(...intervals.map((i) => i.high));
}

function conflictingPairs(series: Map<string, KeyedValue[]>, cumulative: boolean): [string, string][] {
  const keys = [...series.keys()];
  const pairs: [string, string][] = [];
  keys.forEach((a, i) => {
    for (const b of keys.slice(i + 1)) {
      const sa = series.get(a)!;
      const sb = series.get(b)!;
      if (sa.some((v) => contradicts(v, sb, cumulative)) && sb.some((v) => contradicts(v, sa, cumulative)))
        pairs.push([a, b]);
    }
  });
  return pairs;
}

/** Best-attested: most articles, then most values, then attributed, then the higher latest figure. */
function bestAttested(series: Map<string, KeyedValue[]>): string {
  const rank = (key: string) => {
    const list = series.get(key)!;
    const attributed = list[0]!.value.source || list[0]!.sourceKey.startsWith("~") ? 1 : 0;
    return [countArticles(list), list.length, attributed, latestOf(list).value.count ?? 0];
  };
  return [...series.keys()].reduce((best, key) => {
    const [a, b] = [rank(key), rank(best)];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? key : best;
    return best;
  });
}

/**
 * A source's current figure: its latest, unless that only bounds an earlier figure of its own ("51
 * injured" on Tuesday, "at least 17 of the injured" on Wednesday): a figure whose counts include an
 * earlier one says nothing new, so the earlier, more precise one stands.
 */
function latestOf(list: readonly KeyedValue[]): KeyedValue {
  let i = list.length - 1;
  while (i > 0) {
    const last = intervalOfValue(list[i]!);
    const earlier = list.slice(0, i).some((v) => {
      const own = intervalOfValue(v);
      return last.low <= own.low && own.high <= last.high && (last.low < own.low || own.high < last.high);
    });
    if (!earlier) break;
    i--;
  }
  return list[i]!;
}

/**
 * The sources whose latest figure is still current. A toll only rises, so when another source gives a
 * higher figure on a later day ("66 dead" on Tuesday, "78 dead" on Wednesday; "at least 51", then "at
 * least 205": the least count rose), the earlier one is overtaken, whoever gave it. A count that may fall
 * (the missing, the displaced) is overtaken by another source's count of any later day, whichever way
 * it moved. A count stated as lowered ("revised the toll down to 40") overtakes the higher figures of
 * its day and earlier days. Undated figures are never overtaken.
 */
function currentSeries(series: Map<string, KeyedValue[]>, cumulative: boolean): Map<string, KeyedValue[]> {
  const dated = [...series.values()].flat().filter((v) => v.value.date);
  const overtaken = (v: KeyedValue) => {
    const day = v.value.date;
    if (!day) return false;
    const own = intervalOfValue(v);
    // "at least 51" on Wednesday is overtaken by "at least 205" on Friday: the least count has risen;
    // a count that may fall is overtaken by any later day's count ("1,300 missing", then "388")
    // a count lowered that day or later ("revised the toll down to 18") replaces the higher ones before it
    const lowers = (o: KeyedValue) => o.value.lowered === true && intervalOfValue(o).high < own.low;
    return dated.some(
      (o) =>
        o.sourceKey !== v.sourceKey &&
        (o.value.date! > day || (o.value.date === day && lowers(o))) &&
        // "hundreds of pupils" the next day allows the 287 counted before: no new count of its own
        (cumulative ? intervalOfValue(o).low > own.low || lowers(o) : !allowsEarlier(o, v)),
    );
  };
  const current = new Map([...series].filter(([, list]) => !overtaken(latestOf(list))));
  return current.size > 0 ? current : series;
}

/**
 * Each current source's current figure (`latestOf`, for sources no later figure overtook): what a brief
 * may state as standing. `values` may come in any order.
 */
export function currentValues<V extends KeyedValue>(values: readonly V[], cumulative: boolean): V[] {
  const series = groupBySource(values);
  for (const list of series.values()) list.sort(olderFirst);
  return [...currentSeries(series, cumulative).values()].map((list) => latestOf(list) as V);
}

/**
 * Outcomes whose count only rises as a story goes on: the dead and the injured. The missing, the
 * detained, the kidnapped and the displaced may also fall (found, released, gone home).
 */
export const CUMULATIVE_OUTCOMES: ReadonlySet<string> = new Set(["killed", "injured"]);

/**
 * The verdict, best and conservative figure of one numeric question (see docs/RECONCILE.md); a count
 * that is not `cumulative` may fall between report dates without a conflict.
 */
export function judgeNumericValues(values: readonly KeyedValue[], cumulative = true): NumericVerdict {
  if (values.length === 0) throw new Error("judgeNumericValues needs at least one value");
  const series = groupBySource(values);
  for (const list of series.values()) list.sort(olderFirst);
  const conflicts = conflictingPairs(series, cumulative);
  const current = currentSeries(series, cumulative);
  const bestSource = bestAttested(current);
  const latest = [...current.values()].map(latestOf);
  const best = latestOf(current.get(bestSource)!);
  const conservative = latest.reduce((low, v) => ((v.value.count ?? 0) < (low.value.count ?? 0) ? v : low));
  let verdict: Verdict = "single";
  if (conflicts.length > 0) verdict = "conflict";
  else if ([...series.values()].some(moves) || !allCompatible(values) || changesOverDays(values, cumulative))
    verdict = "update";
  else if (countArticles(values) > 1) verdict = "agree";
  return { verdict, series, bestSource, best, conservative, conflicts, cumulative };
}
