import type { Token } from "../text/tokenize.js";
import { ACTIVE_VERBS, CLAUSE_BARRIERS, OUTCOME_WORDS, type RawOutcome } from "./lexicon.js";

export interface OutcomeHit {
  outcome: RawOutcome;
  /** Negated ("were not hurt"): the count is zero. */
  negated: boolean;
}

/** What happened to people who came through ("survived", "were rescued"): no casualty, and the end of the search. */
const CAME_THROUGH = /^(survived|survive|survives|rescued|unharmed|unhurt|uninjured|escaped)$/;
const CONDITION = /^(critical|serious|stable|grave|fair|good|satisfactory|life-threatening)$/;
const FATAL_AFTER = /^(dead|death|killed|died|fatally|dies)$/;
/** Participles that may be active verbs ("the wife shot her husband"), unlike "dead" or "died". */
const VERB_FORMS = new Set([
  "killed",
  "slain",
  "murdered",
  "executed",
  "wounded",
  "injured",
  "hurt",
  "shot",
  "stabbed",
  "detained",
  "arrested",
  "jailed",
  "kidnapped",
  "abducted",
  "displaced",
  "evacuated",
  "hospitalized",
  "hospitalised",
]);
const PASSIVE_AUX = /^(was|were|is|are|be|been|being|got|get|gets)$/;
const ADVERBS =
  /^(fatally|critically|seriously|severely|slightly|mortally|accidentally|reportedly|allegedly|also|later|then|all|both|each|apparently|just|not|never|initially|eventually|ultimately|subsequently|reported|believed|found|pronounced)$/;
const OBJECT_START = /^(his|her|him|them|their|a|an|the|its|one|two|three|\d+|at|into|up|back|down)$/;

/** A participle counts only in the passive or as a headline ("Man shot in park"), not as an active verb. */
function isPassiveUse(tokens: Token[], k: number, from: number): boolean {
  if (/^(those|the)$/.test(tokens[k - 1]?.lower ?? "") && tokens[k - 2]?.lower === "among") return true;
  let j = k - 1;
  while (j >= from && ADVERBS.test(tokens[j]!.lower)) j--;
  if (j >= from && PASSIVE_AUX.test(tokens[j]!.lower)) return true;
  if (j >= from) return false;
  let n = k + 1;
  while (/^(and|killed|wounded|injured|fatally|critically)$/.test(tokens[n]?.lower ?? "")) n++;
  const next = tokens[n];
  if (next && /^(in|on|at|after|near|during|by|outside|inside|while|as|following|over)$/.test(next.lower))
    return true;
  return !(next && (OBJECT_START.test(next.lower) || /^\p{Lu}/u.test(next.text)));
}

function upgradeShot(tokens: Token[], at: number): RawOutcome | null {
  if (tokens[at - 1]?.lower === "fatally" || tokens[at - 2]?.lower === "fatally") return "killed";
  for (let k = at + 1; k < Math.min(tokens.length, at + 14); k++) {
    const w = tokens[k]!.lower;
    if (w === "," && FATAL_AFTER.test(tokens[k + 1]?.lower ?? "")) return "killed";
    if (CLAUSE_BARRIERS.has(w) || w === ",") break;
    if (FATAL_AFTER.test(w)) return "killed";
  }
  return null;
}

/** "shot the man who died at the scene": a relative clause after the people that says they died. */
export function diedAfter(tokens: Token[], from: number): boolean {
  if (!/^(who|and|,)$/.test(tokens[from]?.lower ?? "")) return false;
  for (let k = from + 1; k < Math.min(tokens.length, from + 5); k++) {
    const w = tokens[k]!.lower;
    if (/^(died|dies|dead)$/.test(w)) return true;
    if (!/^(who|later|then|was|were|is|pronounced|has|had|subsequently|eventually|also)$/.test(w))
      return false;
  }
  return false;
}

/** "taken to a hospital, where they died the next day": the clause after "hospital" says they died there. */
function diedInHospital(tokens: Token[], from: number): boolean {
  if (tokens[from]?.lower !== "," || tokens[from + 1]?.lower !== "where") return false;
  if (!/^(they|he|she|both|each)$/.test(tokens[from + 2]?.lower ?? "")) return false;
  for (let k = from + 3; k < Math.min(tokens.length, from + 7); k++) {
    const w = tokens[k]!.lower;
    if (/^(died|dies)$/.test(w)) return true;
    if (w === "pronounced" || w === "declared") return tokens[k + 1]?.lower === "dead";
    if (!/^(later|then|was|were|subsequently|eventually|both|all|each|had)$/.test(w)) return false;
  }
  return false;
}

/** The opening of an aside about the people counted: ", many of them", ", most of whom". */
const ASIDE_OF_THEM = /^(many|most|some|all|half|several|none|both|each|one|two|three|dozens|hundreds)$/;

/**
 * Looks after the people phrase (tokens [from, limit)) for the word that says what happened to them:
 * "were killed", "dead", "lost their lives", "was shot and killed", "later died".
 */
export function findOutcomeAfter(tokens: Token[], from: number, limit: number): OutcomeHit | null {
  let end = Math.min(limit, from + 16);
  let skipping = false;
  for (let k = from; k < end; k++) {
    const w = tokens[k]!.lower;
    if (skipping) {
      // the words of an aside do not use up the reach ("hundreds, many of them women and children who
      // had been kept below deck, are still missing")
      end = Math.min(limit, end + 1, from + 40);
      if (w === ",") skipping = false;
      continue;
    }
    const parenthetical =
      (w === "among" && /^(them|whom)$/.test(tokens[k + 1]?.lower ?? "")) ||
      (tokens[k - 1]?.lower === "," &&
        ASIDE_OF_THEM.test(w) &&
        /^of$/.test(tokens[k + 1]?.lower ?? "") &&
        /^(them|whom)$/.test(tokens[k + 2]?.lower ?? ""));
    if (w === "including" || parenthetical || w === "mostly" || w === "mainly") {
      skipping = true;
      continue;
    }
    if (w === "hospital" && diedInHospital(tokens, k + 1)) return { outcome: "killed", negated: false };
    if (CLAUSE_BARRIERS.has(w) || CAME_THROUGH.test(w)) return null;
    if (w === "lost" && /^(their|his|her)$/.test(tokens[k + 1]?.lower ?? "")) {
      if (/^lives?$/.test(tokens[k + 2]?.lower ?? "")) return { outcome: "killed", negated: false };
    }
    if (w === "gunned" && tokens[k + 1]?.lower === "down" && isPassiveUse(tokens, k, from))
      return { outcome: "killed", negated: /^(not|never|n't)$/.test(tokens[k - 1]?.lower ?? "") };
    if (w === "fatally") {
      if (!/^\p{L}/u.test(tokens[k + 1]?.text ?? ".")) return { outcome: "killed", negated: false };
      continue;
    }
    if (w === "condition" && CONDITION.test(tokens[k - 1]?.lower ?? ""))
      return { outcome: "injured", negated: false };
    const stateAfterAux =
      k === from || (k === from + 1 && /^(is|was|remains|remained)$/.test(tokens[from]!.lower));
    if (stateAfterAux && /^(critical|stable|hospitalized|hospitalised)$/.test(w))
      return { outcome: "injured", negated: false };
    const outcome = OUTCOME_WORDS[w];
    if (outcome === undefined) continue;
    if ((w === "death" && tokens[k - 1]?.lower !== "to") || (w === "executed" && k > from + 3)) continue;
    if (VERB_FORMS.has(w) && !isPassiveUse(tokens, k, from)) continue;
    const negated = /^(not|never|n't)$/.test(tokens[k - 1]?.lower ?? "");
    if (outcome === "shot" || outcome === "injured") {
      const fatal = upgradeShot(tokens, k);
      if (fatal) return { outcome: fatal, negated };
    }
    return { outcome, negated };
  }
  return null;
}

/** The active verb just before a count ("killing at least eight", "shot and killed his"), if any. */
export function findOutcomeBefore(tokens: Token[], countStart: number): OutcomeHit | null {
  let k = countStart - 1;
  while (k >= 0 && /^(his|her|their|the|its|all|some|both)$/.test(tokens[k]!.lower)) k--;
  const verb = tokens[k];
  if (!verb) return null;
  // "gunned down two men", "shot dead a police officer": a verb and its particle
  const pair = `${tokens[k - 1]?.lower ?? ""} ${verb.lower}`;
  if (pair === "gunned down" || pair === "shot dead") {
    if (/^(was|were|is|are|been|be)$/.test(tokens[k - 2]?.lower ?? "")) return null;
    return { outcome: "killed", negated: false };
  }
  const outcome = ACTIVE_VERBS[verb.lower];
  if (outcome === undefined) return null;
  if (tokens[k + 1]?.lower === "at" && !/^(least|most)$/.test(tokens[k + 2]?.lower ?? "")) return null;
  if (verb.lower === "shot" || verb.lower === "shooting" || verb.lower === "wounded") {
    if (tokens[k - 1]?.lower === "fatally") return { outcome: "killed", negated: false };
  }
  if (/^(and|or)$/.test(tokens[k - 1]?.lower ?? "") && ACTIVE_VERBS[tokens[k - 2]?.lower ?? ""] === "shot") {
    return { outcome, negated: false };
  }
  if (/^(was|were|is|are|been|be)$/.test(tokens[k - 1]?.lower ?? "")) return null;
  return { outcome, negated: false };
}
