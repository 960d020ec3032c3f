import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_DIR = fileURLToPath(new URL("../", import.meta.url));
/** ../shared beside the checkout, or CROSSCHECK_SHARED. */
export const SHARED_DIR = process.env.CROSSCHECK_SHARED ?? join(REPO_DIR, "..", "shared");

export interface Labelled<G> {
  articles: Record<string, unknown>[];
  gold: Map<string, G>;
}

/** Reads a labelled data set of ../shared/data (articles.jsonl + gold.jsonl), or null when absent. */
export function readDataSet<G extends { id: string }>(name: string): Labelled<G> | null {
  const dir = join(SHARED_DIR, "data", name);
  if (!existsSync(join(dir, "articles.jsonl"))) return null;
  const lines = (file: string) =>
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const gold = new Map(lines("gold.jsonl").map((g) => [String(g.id), g as unknown as G]));
  return { articles: lines("articles.jsonl"), gold };
}

/** B-cubed precision, recall and F1 of a clustering against gold labels (same item ids). */
export function bcubed(
  predicted: Map<string, string>,
  gold: Map<string, string>,
  only?: (id: string) => boolean,
): { p: number; r: number; f1: number } {
  const members = (m: Map<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const [item, label] of m) out.set(label, (out.get(label) ?? new Set()).add(item));
    return out;
  };
  const pc = members(predicted);
  const gc = members(gold);
  let p = 0;
  let r = 0;
  // with `only`, the other items still count in the stories they share (a precision loss if mixed)
  const items = [...gold.keys()].filter((id) => predicted.has(id) && (only?.(id) ?? true));
  for (const item of items) {
    const mine = pc.get(predicted.get(item)!)!;
    const truth = gc.get(gold.get(item)!)!;
    let both = 0;
    for (const other of mine) if (truth.has(other)) both++;
    p += both / mine.size;
    r += both / truth.size;
  }
  const n = items.length || 1;
  p /= n;
  r /= n;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export const fmt = (x: number) => x.toFixed(3);
