import type { CasualtyCounts } from "../model/article.js";
import type { Finding } from "../model/story.js";

/** The story's reconciled toll: the best figures of `killed:all` and `injured:all`. */
export function storyCasualties(findings: readonly Finding[]): CasualtyCounts {
  const best = (topic: string) => findings.find((f) => f.topic === topic)?.best?.count ?? null;
  return { killed: best("killed:all"), injured: best("injured:all") };
}
