import type { AttackClaim, EntityRef } from "../../model/index.js";
import { claimBase, type ExtractContext } from "../context.js";
import { findNameRuns } from "../names/name-runs.js";

/** Words for an attack and the weapon they name. */
const WEAPONS: [RegExp, string][] = [
  [/\b(air ?strikes?|air raids?|warplanes?|aerial bombardments?|bombed|airpower|aviation)\b/i, "airstrike"],
  [/\bdrone (?:strikes?|attacks?)\b/i, "drone"],
  [/\b(shelling|shelled|artillery|mortars?|rockets?|missile strikes?|missiles?)\b/i, "shelling"],
  [/\b(car bomb|suicide bomb\w*|bombings?|explosions?|blasts?|ied)\b/i, "bombing"],
  [/\b(shootings?|opened fire|gunfire|gunman|gunmen|shot at|shots fired)\b/i, "shooting"],
  [/\b(stabbings?|stabbed)\b/i, "stabbing"],
];
const ACTOR_ADJECTIVE =
  /\b(Russian|Syrian|Israeli|Turkish|Iranian|American|US|U\.S\.|rebel|government|regime|army|coalition|police|Ukrainian|Kurdish)\s+(?:air ?strikes?|air raids?|warplanes?|shelling|artillery|bombardment|aviation|forces|drone|missile)/i;
const ACTOR_BY =
  /\bby\s+((?:the\s+)?(?:\p{Lu}[\p{L}-]*\s?){1,4}|(?:the\s+)?(?:rebels|army|police|insurgents|regime|government forces))/u;
const TARGET =
  /\b(?:on|in|against|targeting|at|across|over)\s+((?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*)*)/u;

function refAt(text: string, index: number, sentenceStart: number): EntityRef {
  return { text, start: sentenceStart + index, end: sentenceStart + index + text.length, entityId: null };
}

/** Airstrikes, shelling, bombings and shootings: weapon, actor and target place when stated. */
export function extractAttacks(ctx: ExtractContext): AttackClaim[] {
  const claims: AttackClaim[] = [];
  for (const sentence of ctx.sentences) {
    const text = sentence.text;
    const weapon = WEAPONS.find(([re]) => re.test(text));
    if (!weapon) continue;
    const hit = weapon[0].exec(text)!;
    let actor: EntityRef | null = null;
    const adjective = ACTOR_ADJECTIVE.exec(text);
    const by = ACTOR_BY.exec(text.slice(hit.index));
    if (adjective) actor = refAt(adjective[1]!, adjective.index, sentence.start);
    else if (by) actor = refAt(by[1]!.trim(), hit.index + by.index + by[0].indexOf(by[1]!), sentence.start);
    const rest = text.slice(hit.index);
    const target = TARGET.exec(rest);
    let targetRef: EntityRef | null = null;
    if (target) {
      const run = findNameRuns(target[1]!)[0];
      if (run)
        targetRef = refAt(run.text, hit.index + target.index + target[0].indexOf(target[1]!), sentence.start);
    }
    claims.push({ ...claimBase(ctx, sentence), kind: "attack", actor, target: targetRef, weapon: weapon[1] });
  }
  return claims;
}
