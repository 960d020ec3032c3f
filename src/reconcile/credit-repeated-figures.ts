import type { CasualtyClaim, Claim } from "../model/claim.js";

const figureKey = (c: CasualtyClaim) => `${c.articleId}|${c.outcome}|${c.group}|${c.count}|${c.countMax}`;

/**
 * An article often states a figure twice: unattributed in its lede, attributed in its body ("over
 * 320 killed" ... "the monitor reports over 320 killed"). An unattributed casualty figure that the
 * same article attributes elsewhere (same outcome, group and count) is credited to that source, so it
 * is not counted as the outlet's own reporting. Claims are copied, never changed in place.
 */
export function creditRepeatedFigures(claims: readonly Claim[]): Claim[] {
  const attributed = new Map<string, CasualtyClaim>();
  for (const c of claims) {
    if (c.kind === "casualty" && c.source && !attributed.has(figureKey(c))) attributed.set(figureKey(c), c);
  }
  return claims.map((c) => {
    if (c.kind !== "casualty" || c.source) return c;
    const twin = attributed.get(figureKey(c));
    return twin ? { ...c, source: twin.source, channel: c.channel ?? twin.channel } : c;
  });
}
