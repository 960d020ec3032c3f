import type { Verdict } from "../model/story.js";
import type { NumericVerdict } from "./casualty-verdict.js";
import { describeCount } from "./interval.js";
import { countArticles, type KeyedValue } from "./keyed-value.js";
import { valueLabel } from "./value-label.js";

const figureOf = (v: KeyedValue) =>
  describeCount(v.value.count ?? 0, v.value.qualifier ?? "exact", v.value.countMax);

const nameOf = (series: readonly KeyedValue[]) => series[0]?.value.sourceName ?? "?";

const distinctFigures = (series: readonly KeyedValue[]) => [...new Set(series.map(figureOf))];

/** One or two sentences saying why a numeric finding's verdict and best figure are what they are. */
export function explainNumeric(judged: NumericVerdict): string {
  const all = [...judged.series.values()];
  let why: string;
  if (judged.verdict === "conflict") {
    why = judged.conflicts
      .map(([a, b]) => {
        const [sa, sb] = [judged.series.get(a)!, judged.series.get(b)!];
        return `${nameOf(sa)} (${distinctFigures(sa).join(", ")}) and ${nameOf(sb)} (${distinctFigures(sb).join(", ")}) give incompatible figures`;
      })
      .join("; ");
  } else if (judged.verdict === "update") {
    const moving = all.filter((s) => distinctFigures(s).length > 1);
    const dated = moving.every((s) => s.every((v) => v.value.date));
    const undated = judged.cumulative ? "undated, read as a rising cumulative toll" : "undated, lowest first";
    const order = dated ? "ordered by report date" : undated;
    const change = judged.cumulative ? "the toll rose" : "the figure changed";
    why =
      moving.length > 0
        ? `${moving.map((s) => `${nameOf(s)} moved ${distinctFigures(s).join(" → ")}`).join("; ")} (${order})`
        : `${change} from one report date to the next (${all.map((s) => `${nameOf(s)}: ${distinctFigures(s).join(", ")}`).join("; ")})`;
  } else if (judged.verdict === "agree") {
    const figures = [...new Set(all.flat().map(figureOf))];
    why = `${countArticles(all.flat())} reports agree once qualifiers are read (${figures.join(", ")})`;
  } else {
    why = `one report only (${nameOf(all[0]!)})`;
  }
  const bestSeries = judged.series.get(judged.bestSource)!;
  const n = countArticles(bestSeries);
  const best = `best: ${figureOf(judged.best)}, the latest figure of ${nameOf(bestSeries)} (best attested: ${n} article${n === 1 ? "" : "s"})`;
  const conservative = `most conservative current figure: ${figureOf(judged.conservative)} (${judged.conservative.value.sourceName})`;
  return `${judged.verdict}: ${why}. ${best}; ${conservative}.`;
}

/**
 * The different statements among `labels`, each once: spellings that differ only in capitals or a plural
 * "s" ("assault on Aleppo by Insurgents", "… by insurgents"; "… by rebel", "… by rebels") are one
 * statement, written the way most reports write it (on a tie, the lower-case one: a capital that only
 * opens a sentence is no part of the name).
 */
export function distinctStatements(labels: readonly string[]): string[] {
  const key = (label: string) => label.toLowerCase().replace(/(\p{L}{3,})s\b/gu, "$1");
  const groups = new Map<string, Map<string, number>>();
  for (const label of labels) {
    const spellings = groups.get(key(label)) ?? new Map<string, number>();
    spellings.set(label, (spellings.get(label) ?? 0) + 1);
    groups.set(key(label), spellings);
  }
  const capitals = (label: string) => label.replace(/[^\p{Lu}]/gu, "").length;
  return [...groups.values()].map(
    (spellings) =>
      [...spellings].sort(
        ([a, m], [b, n]) => n - m || capitals(a) - capitals(b) || b.length - a.length,
      )[0]![0],
  );
}

/** Why a control or attack finding's verdict is what it is. */
export function explainCategorical(
  verdict: Verdict,
  conflicts: readonly [string, string][],
  values: readonly KeyedValue[],
  moved: readonly (readonly KeyedValue[])[] = [],
): string {
  const name = (key: string) => values.find((v) => v.sourceKey === key)?.value.sourceName ?? key;
  const statements = distinctStatements(values.map((v) => valueLabel(v.value)));
  if (verdict === "conflict") {
    const pairs = conflicts.map(([a, b]) => `${name(a)} and ${name(b)}`).join("; ");
    return `conflict: ${pairs} disagree on who gained and who lost (${statements.join("; ")}).`;
  }
  if (verdict === "update") {
    const accounts = moved
      .map((list) => [name(list[0]!.sourceKey), ...new Set(list.map((v) => valueLabel(v.value)))])
      .map(([source, ...labels]) => `${source}: ${labels.join(" → ")}`);
    return `update: a source's account moved between its reports (${accounts.join("; ")}).`;
  }
  if (verdict === "agree") return `agree: ${countArticles(values)} reports (${statements.join("; ")}).`;
  return `single: one report only (${statements.join("; ")}).`;
}
