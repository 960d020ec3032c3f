/**
 * Average-linkage agglomeration over a symmetric similarity matrix (`similarity[i][j]`, overwritten):
 * the two most similar groups join, and the similarity of the joined group to each other group becomes
 * the size-weighted mean of its parts' (the Lance-Williams update), until `stop` says so given the
 * number of groups left and the best similarity between two of them. Returns the groups (item indices)
 * with, for each, the row of `similarity` that now holds its links to the others.
 */
export function averageLinkage(
  similarity: Float64Array[],
  stop: (groupsLeft: number, best: number) => boolean,
): { members: number[]; row: number }[] {
  const n = similarity.length;
  const groups: (number[] | null)[] = similarity.map((_, i) => [i]);
  for (let live = n; live > 1; live--) {
    let best = Number.NEGATIVE_INFINITY;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (groups[i] === null) continue;
      for (let j = i + 1; j < n; j++) {
        if (groups[j] === null) continue;
        if (similarity[i]![j]! > best) {
          best = similarity[i]![j]!;
          bi = i;
          bj = j;
        }
      }
    }
    if (stop(live, best)) break;
    const gi = groups[bi]!;
    const gj = groups[bj]!;
    for (let k = 0; k < n; k++) {
      if (groups[k] === null || k === bi || k === bj) continue;
      const value =
        (similarity[bi]![k]! * gi.length + similarity[bj]![k]! * gj.length) / (gi.length + gj.length);
      similarity[bi]![k] = value;
      similarity[k]![bi] = value;
    }
    groups[bi] = [...gi, ...gj];
    groups[bj] = null;
  }
  return groups.flatMap((members, row) => (members === null ? [] : [{ members, row }]));
}
