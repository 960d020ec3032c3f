import type { CasualtyCounts, Claim } from "../model/index.js";

/** First version: the largest non-background all-group figure per outcome. */
export function mainToll(claims: Claim[]): CasualtyCounts {
  const pick = (outcome: "killed" | "injured"): number | null => {
    const counts = claims.flatMap((c) =>
      c.kind === "casualty" && c.outcome === outcome && !c.background && c.group === "all" ? [c.count] : [],
    );
    return counts.length > 0 ? Math.max(...counts) : null;
  };
  return { killed: pick("killed"), injured: pick("injured") };
}
