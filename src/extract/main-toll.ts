import type { CasualtyClaim, CasualtyCounts, Claim } from "../model/index.js";

interface Tally {
  /** Largest total stated in one sentence. */
  best: number | null;
  /** Sentence (start offset) holding it. */
  at: number | null;
}

function isToll(c: Claim): c is CasualtyClaim {
  return c.kind === "casualty" && !c.background && c.partOf === null;
}

function tally(claims: CasualtyClaim[]): Tally {
  const bySentence = new Map<number, number>();
  const totals = new Map<number, number>();
  for (const c of claims) if (c.total) totals.set(c.start, Math.max(totals.get(c.start) ?? 0, c.count));
  const seen = new Set<string>();
  for (const c of claims) {
    const key = `${c.start}|${c.count}|${c.group}`;
    if (c.count > 1 && seen.has(key)) continue;
    seen.add(key);
    bySentence.set(c.start, (bySentence.get(c.start) ?? 0) + c.count);
  }
  for (const [start, total] of totals) bySentence.set(start, total);
  let best: number | null = null;
  let at: number | null = null;
  for (const [start, total] of bySentence) {
    if (best === null || total > best) {
      best = total;
      at = start;
    }
  }
  return { best, at };
}

/** The sentence total, plus people stated as additional ("another man", the attacker) elsewhere. */
function total(claims: CasualtyClaim[]): number | null {
  const { best, at } = tally(claims);
  if (best === null) return null;
  const counted = new Set<string>();
  let extra = 0;
  for (const c of claims) {
    const key = `${c.group}|${c.groupLabel}|${c.count}`;
    if (!c.additional || c.start === at || counted.has(key)) continue;
    counted.add(key);
    extra += c.count;
  }
  return best + extra;
}

/**
 * The article's main toll: for killed and for injured, the largest total one sentence states for the
 * event (a figure above one repeated in the same sentence counted once; a stated death toll stands for its
 * sentence) (background figures and parts of a total left out), plus people explicitly counted as
 * additional in other sentences. People "shot" without saying whether fatally count as injured when
 * no killed figure covers them.
 */
export function mainToll(claims: Claim[]): CasualtyCounts {
  const tolls = claims.filter(isToll);
  const killed = total(tolls.filter((c) => c.outcome === "killed"));
  const wounded = total(tolls.filter((c) => c.outcome === "injured" && !c.tentative));
  const shot = total(tolls.filter((c) => c.outcome === "injured" && c.tentative));
  let injured = wounded;
  if (shot !== null) injured = Math.max(wounded ?? 0, shot - (killed ?? 0));
  return { killed, injured };
}
