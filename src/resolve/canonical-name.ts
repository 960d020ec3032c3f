import { cachedTokens as nameTokens } from "./cached-names.js";
import { isAcronymName } from "./link-in-article.js";

/** The name to show: the fullest written form (most words, not an acronym), the most often written among those. */
export function canonicalName(counts: Record<string, number>): string {
  let best = "";
  let bestScore: [number, number, number] = [-1, -1, -1];
  for (const [name, count] of Object.entries(counts)) {
    const score: [number, number, number] = [isAcronymName(name) ? 0 : 1, nameTokens(name).length, count];
    const better =
      score[0] !== bestScore[0]
        ? score[0] > bestScore[0]
        : score[1] !== bestScore[1]
          ? score[1] > bestScore[1]
          : score[2] > bestScore[2];
    if (better) [best, bestScore] = [name, score];
  }
  return best;
}
