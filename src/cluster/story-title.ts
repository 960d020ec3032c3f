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

/**
 * The story's title: the member headline most central to the others (largest summed word overlap
 * with the other members' headlines and leads); ties go to the earlier member. Untitled members
 * offer their first sentence, but only when no member has a headline of its own.
 */
export function chooseStoryTitle(members: readonly TitledArticle[]): string {
  const headlines = members.map((m) => m.title?.trim() || headlineFrom(m.text));
  const leads = members.map((m, i) => new Set(contentWords(`${headlines[i]} ${headlineFrom(m.text)}`)));
  const words = headlines.map((h) => new Set(contentWords(h)));
  const anyTitled = members.some((m) => m.title?.trim());
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < headlines.length; i++) {
    if (anyTitled && !members[i]!.title?.trim()) continue;
    let score = 0;
    for (let j = 0; j < headlines.length; j++) if (j !== i) score += overlap(words[i]!, leads[j]!);
    if (score > bestScore + 1e-9) {
      best = i;
      bestScore = score;
    }
  }
  return headlines[best] ?? "";
}
