import type { FindingValue } from "../model/story.js";

/** A finding value with the key of its original source, as the verdict rules read it. */
export interface KeyedValue {
  value: FindingValue;
  sourceKey: string;
}

/** Values grouped by original source, in first-seen order. */
export function groupBySource<T extends KeyedValue>(values: readonly T[]): Map<string, T[]> {
  const bySource = new Map<string, T[]>();
  for (const v of values) {
    const list = bySource.get(v.sourceKey);
    if (list) list.push(v);
    else bySource.set(v.sourceKey, [v]);
  }
  return bySource;
}

/** Distinct outlets (outlet name, else article id) among values. */
export function countOutlets(values: readonly KeyedValue[]): number {
  return new Set(values.map((v) => v.value.outlet ?? v.value.articleId)).size;
}

/** Distinct articles among values. */
export function countArticles(values: readonly KeyedValue[]): number {
  return new Set(values.map((v) => v.value.articleId)).size;
}
