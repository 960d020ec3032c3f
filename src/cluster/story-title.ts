import { findNumbers } from "../extract/numbers/find-numbers.js";
import { contentWords } from "./tokens.js";

export interface TitledArticle {
  title: string | null;
  text: string;
}

/** A headline for an untitled article: its first sentence, cut at a word near 100 characters. */
export function headlineFrom(text: string): string {
  const first = (/^[^\n]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text.split("\n")[0] ?? "").trim();
  if (first.length <= 110) return first;
  return `${first.slice(0, 100).replace(/\s+\S*$/, "")}...`;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

const DEATH_WORD = /\b(?:kill(?:s|ed|ing)?|dead|die[sd]?|deaths?|toll|lives)\b/i;

/**
 * A headline telling a death toll well below the story's current one: "Fire kills 10" when 78 have died.
 * Within a tenth of it ("Toll passes 200" when it is 205) a headline still tells the story.
 */
export function statesOlderToll(headline: string, killed: number | null): boolean {
  if (killed === null || !DEATH_WORD.test(headline)) return false;
  return findNumbers(headline).some((n) => n.value > 0 && (n.max ?? n.value) < 0.9 * killed);
}

/**
 * The story's title: the member headline most central to the others (largest summed word overlap
 * with the other members' headlines and leads); ties go to the earlier member. Untitled members
 * offer their first sentence, but only when no member has a headline of its own. A headline that
 * tells a death toll below the story's (`killed`, when known) is passed over while another will do.
 */
export function chooseStoryTitle(members: readonly TitledArticle[], killed: number | null = null): string {
  const headlines = members.map((m) => m.title?.trim() || headlineFrom(m.text));
  const leads = members.map((m, i) => new Set(contentWords(`${headlines[i]} ${headlineFrom(m.text)}`)));
  const words = headlines.map((h) => new Set(contentWords(h)));
  const anyTitled = members.some((m) => m.title?.trim());
  const offered = headlines.map((_, i) => !anyTitled || Boolean(members[i]!.title?.trim()));
  const current = headlines.map((h, i) => offered[i]! && !statesOlderToll(h, killed));
  const anyCurrent = current.some(Boolean);
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < headlines.length; i++) {
    if (!offered[i] || (anyCurrent && !current[i])) continue;
    let score = 0;
    for (let j = 0; j < headlines.length; j++) if (j !== i) score += overlap(words[i]!, leads[j]!);
    if (score > bestScore + 1e-9) {
      best = i;
      bestScore = score;
    }
  }
  return headlines[best] ?? "";
}
