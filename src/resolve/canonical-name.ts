import { cachedTokens as nameTokens } from "./cached-names.js";
import { isAcronymName } from "./link-in-article.js";

/** A name written in capitals only ("KHARTOUM", "PORT SUDAN"): a dateline or a shouted headline. */
export const isAllCaps = (name: string): boolean => /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);

/**
 * The name to show: the fullest written form (most words, not an acronym), in ordinary case before
 * capitals ("Port Sudan" before a dateline's "PORT SUDAN"), the most often written among those.
 */
export function canonicalName(counts: Record<string, number>): string {
  let best = "";
  let bestScore: number[] = [-1, -1, -1, -1];
  for (const [name, count] of Object.entries(counts)) {
    const score = [isAcronymName(name) ? 0 : 1, nameTokens(name).length, isAllCaps(name) ? 0 : 1, count];
    const at = score.findIndex((s, i) => s !== bestScore[i]);
    if (at >= 0 && score[at]! > bestScore[at]!) [best, bestScore] = [name, score];
  }
  return best;
}

/**
 * The name an entity keeps as it gathers spellings: the canonical one, unless that is only the known
 * name in capitals ("KHARTOUM" for an entity already shown as "Khartoum").
 */
export function keptName(counts: Record<string, number>, known: string): string {
  const name = canonicalName(counts);
  return isAllCaps(name) && !isAllCaps(known) && name.toLowerCase() === known.toLowerCase() ? known : name;
}
