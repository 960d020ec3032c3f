/** B-cubed precision, recall and F1 of predicted clusters against gold clusters, over shared items. */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

function groups(labels: ReadonlyMap<string, string>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const label of labels.values()) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  return sizes;
}

export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  const items = [...gold.keys()].filter((id) => predicted.has(id));
  const restrict = (labels: ReadonlyMap<string, string>) =>
    new Map(items.map((id) => [id, labels.get(id)!] as [string, string]));
  const p = restrict(predicted);
  const g = restrict(gold);
  const both = groups(new Map(items.map((id) => [id, `${p.get(id)}\u0000${g.get(id)}`] as [string, string])));
  const predictedSizes = groups(p);
  const goldSizes = groups(g);
  let precision = 0;
  let recall = 0;
  for (const id of items) {
    const common = both.get(`${p.get(id)}\u0000${g.get(id)}`)!;
    precision += common / predictedSizes.get(p.get(id)!)!;
    recall += common / goldSizes.get(g.get(id)!)!;
  }
  const n = items.length || 1;
  precision /= n;
  recall /= n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
