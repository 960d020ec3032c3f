import { averageLinkage } from "./average-linkage.js";

/**
 * Consensus of several groupings of the same articles: each pair of articles is as close as the share of
 * groupings that put them together (their co-association), and the consensus groups are grown by average
 * linkage over those shares, joining two groups while their members were together, on average, in at least
 * `threshold` of the groupings (a majority by default).
 */

/** One grouping: the group key of each article (articles missing from it count as alone). */
export type Grouping = ReadonlyMap<string, string>;

/** Groups larger than this are left as the first grouping has them (the dense linkage would cost too much). */
const MAX_COMPONENT = 600;

export function consensusGroups(
  ids: readonly string[],
  groupings: readonly Grouping[],
  threshold = 0.5,
): string[][] {
  if (groupings.length === 0) return ids.map((id) => [id]);
  const index = new Map(ids.map((id, i) => [id, i]));
  // pairs ever grouped together, with how many groupings did so
  const together = new Map<number, number>();
  const components = new DisjointSets(ids.length);
  for (const grouping of groupings) {
    const byGroup = new Map<string, number[]>();
    for (const id of ids) {
      const group = grouping.get(id);
      if (group === undefined) continue;
      const members = byGroup.get(group);
      if (members === undefined) byGroup.set(group, [index.get(id)!]);
      else members.push(index.get(id)!);
    }
    for (const members of byGroup.values())
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) {
          const key = pairKey(members[i]!, members[j]!, ids.length);
          together.set(key, (together.get(key) ?? 0) + 1);
          components.union(members[i]!, members[j]!);
        }
  }
  const byComponent = new Map<number, number[]>();
  for (let i = 0; i < ids.length; i++) {
    const root = components.find(i);
    const members = byComponent.get(root);
    if (members === undefined) byComponent.set(root, [i]);
    else members.push(i);
  }
  const share = (a: number, b: number) => (together.get(pairKey(a, b, ids.length)) ?? 0) / groupings.length;
  const groups: string[][] = [];
  for (const members of byComponent.values()) {
    if (members.length === 1) groups.push([ids[members[0]!]!]);
    else if (members.length > MAX_COMPONENT) groups.push(...asGrouped(members, ids, groupings[0]!));
    else for (const group of groupByShare(members, share, threshold)) groups.push(group.map((i) => ids[i]!));
  }
  return groups;
}

function pairKey(a: number, b: number, n: number): number {
  return a < b ? a * n + b : b * n + a;
}

/** The members of an oversized component as `grouping` has them. */
function asGrouped(members: readonly number[], ids: readonly string[], grouping: Grouping): string[][] {
  const byGroup = new Map<string, string[]>();
  for (const i of members) {
    const id = ids[i]!;
    const key = grouping.get(id) ?? `\u0000${id}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), id]);
  }
  return [...byGroup.values()];
}

/** Average-linkage agglomeration of `members` while the closest two groups share at least `threshold`. */
function groupByShare(
  members: readonly number[],
  share: (a: number, b: number) => number,
  threshold: number,
): number[][] {
  const n = members.length;
  const similarity = members.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const value = share(members[i]!, members[j]!);
      similarity[i]![j] = value;
      similarity[j]![i] = value;
    }
  return averageLinkage(similarity, (_, best) => best < threshold).map((g) =>
    g.members.map((i) => members[i]!),
  );
}

class DisjointSets {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    let at = i;
    while (this.parent[at] !== root) {
      const next = this.parent[at]!;
      this.parent[at] = root;
      at = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}
