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
    const local = claims.some((o) => o !== c && o.start === c.start);
    if (!c.additional || c.start === at || local || counted.has(key)) continue;
    counted.add(key);
    extra += c.count;
  }
  return best + extra;
}

/**
 * The article's main toll: for killed and for injured, the largest total one sentence states for the
 * event (a figure above one repeated in the same sentence counted once; a stated death toll stands for
 * its sentence), plus people explicitly counted as additional in other sentences (when
 * nobody else is counted beside them there: "another" then refers to someone in its own sentence). Background figures
 * and parts of a total are left out. People "shot" without saying whether fatally count as injured
 * when no killed figure covers them; an additional person shot ("another man was shot") adds to the
 * wounded.
 */
export function mainToll(claims: Claim[]): CasualtyCounts {
  const tolls = claims.filter(isToll);
  const killedClaims = tolls.filter((c) => c.outcome === "killed");
  const killed = total(killedClaims);
  const covering = total(killedClaims.filter((c) => !c.additional)) ?? 0;
  const injuredClaims = tolls.filter((c) => c.outcome === "injured");
  const wounded = total(injuredClaims.filter((c) => !c.tentative || c.additional));
  const shot = total(injuredClaims.filter((c) => c.tentative && !c.additional));
  if (wounded === null && shot === null) return { killed, injured: null };
  return { killed, injured: Math.max(wounded ?? 0, (shot ?? 0) - covering) };
}
