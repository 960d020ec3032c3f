import type { CasualtyCounts } from "../model/article.js";
import type { Finding } from "../model/story.js";

/**
 * The story's reconciled toll: the best figures of `killed:all` and `injured:all`; in a story told
 * country by country (`killed:all:in-haiti`, ...), the larger of that and the sum of the countries' best
 * figures, since each country's count is part of the whole.
 */
export function storyCasualties(findings: readonly Finding[]): CasualtyCounts {
  return { killed: storyTotal(findings, "killed"), injured: storyTotal(findings, "injured") };
}

/** The figures of one outcome for the whole story: its own best figure, and each country's (`in-...`). */
export function countryParts(findings: readonly Finding[], outcome: string): Finding[] {
  return findings.filter((f) => f.topic.startsWith(`${outcome}:all:in-`) && f.best);
}

export function storyTotal(findings: readonly Finding[], outcome: string): number | null {
  const own = findings.find((f) => f.topic === `${outcome}:all`)?.best?.count ?? null;
  const parts = countryParts(findings, outcome);
  if (parts.length === 0) return own;
  const sum = parts.reduce((total, f) => total + (f.best?.count ?? 0), 0);
  return Math.max(own ?? 0, sum);
}
