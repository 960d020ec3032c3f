import type { ControlClaim, EntityRef } from "../../model/index.js";
import { claimBase, type ExtractContext } from "../context.js";
import { findNameRuns } from "../names/name-runs.js";
import { ACTOR_NOUNS, CONTROL_VERBS, EXTENTS, FACILITY_NOUNS } from "./control-patterns.js";

/** Words that open a capitalised run without naming a place: articles and titles. */
const NOT_PLACE_WORD = /^(The|A|An|President|Prime|Minister|General|King|Queen|Sheikh|Mr|Mrs|Ms|Dr)$/;
/** Demonyms and adherents ("Russian", "Turkish", "Islamist") describe actors, not places. */
const DEMONYM = /^\p{Lu}\p{Ll}+(ian|ean|ish|ese|ist|ists)$/u;
/** Organisation head words: a run containing one names a body, not a place. */
const ORGANIZATION_WORD =
  /\b(Observatory|Rights|Ministry|Council|Agency|Organi[sz]ation|Committee|Forces|Army|Front|Group|Movement|Party|Network|Union|Commission|Office)\b/;
/** Facilities named by a place's possessive: "the city's airport" is its own place. */
const FACILITY = new RegExp(
  `^[’']s\\s+((?:main|international|military|civilian|central|old)\\s+)?(${FACILITY_NOUNS.source})\\b`,
  "i",
);

function notAPlace(run: { text: string; start: number }, mentions: ExtractContext["mentions"]): boolean {
  const first = run.text.split(/\s+/)[0] ?? "";
  if (NOT_PLACE_WORD.test(first) || DEMONYM.test(first) || ORGANIZATION_WORD.test(run.text)) return true;
  if (/^\p{Lu}{2,5}$/u.test(run.text)) return true; // an acronym names a group, not a place
  const mention = mentions.find((m) => m.start <= run.start && run.start < m.end);
  return mention !== undefined && (mention.type === "person" || mention.type === "organization");
}

/**
 * Words between the verb and a place that make the place a landmark rather than what changed hands:
 * "took dozens of towns on their march towards Aleppo", "the army-held capital of North Darfur",
 * "villages north of the city". And a span of time ("the largest clashes in several years in Syria")
 * puts the place in another phrase than the verb's.
 */
const NOT_THE_OBJECT =
  /\b(?:towards?|near|nearby|around|outside|beyond|along|across|close to|next to|(?:north|south|east|west)(?:ern)?\s+of|capital of|road to|route to|march on|years?|months?|weeks?|decades?)\b/;
/** A facility named before its town: "the airstrip of Um Kadada". */
const FACILITY_OF = new RegExp(`\\b(${FACILITY_NOUNS.source})\\s+of\\s+$`, "i");

function placeAfter(
  sentence: string,
  from: number,
  at: number,
  mentions: ExtractContext["mentions"],
): EntityRef | null {
  if (/^\s+by\b/.test(sentence.slice(from))) return null;
  const tail = sentence.slice(from, from + 70);
  const runs = findNameRuns(tail, at + from).filter((r) => !notAPlace(r, mentions));
  const run = runs[0];
  if (!run) return null;
  const between = sentence.slice(from, run.start - at);
  if (!/^[\p{Ll}\s'-]{0,45}$/u.test(between) || NOT_THE_OBJECT.test(between)) return null;
  // "Idlib and Hama provinces": the first place (each place is its own question)
  const own = run.text.replace(/\s+and\s+.*$/, "").replace(/[’']s$/, "");
  const end = run.start - at + own.length;
  // a hypothesis, not a report: "the capture of Aleppo would mark a turning point"
  if (/^\s+(?:would|could|might)\b/.test(sentence.slice(end))) return null;
  const named = FACILITY_OF.exec(between);
  const facility = named ? null : FACILITY.exec(sentence.slice(end));
  if (named || facility) {
    // "Kessel's airport", "the airport of Kessel" -> the place "Kessel airport". No offsets: the span's
    // only mention is the town's, and resolution must not map the facility to the town.
    const name = `${own} ${(named?.[1] ?? facility![2]!).toLowerCase()}`;
    return { text: name, start: null, end: null, entityId: null };
  }
  return { text: own, start: run.start, end: run.start + own.length, entityId: null };
}

function actorBefore(sentence: string, upto: number, at: number): EntityRef | null {
  const head = sentence.slice(Math.max(0, upto - 120), upto);
  const base = at + Math.max(0, upto - 120);
  const acronym = [...head.matchAll(/\b(\p{Lu}{2,6})\b/gu)].at(-1);
  const noun = [...head.matchAll(new RegExp(ACTOR_NOUNS.source, "giu"))].at(-1);
  const pick = noun && (!acronym || noun.index > acronym.index) ? noun : acronym;
  if (!pick) return null;
  const text = pick[1]!.replace(
    /^(?:(?:the|a|an|and|have|has|had|by|where|when|that|which|who|for|on|of|attack|airstrikes|while)\s+)+/i,
    "",
  );
  const start = base + pick.index + pick[0].indexOf(text);
  return { text, start, end: start + text.length, entityId: null };
}

/** Who took, lost, holds or left which place, and how much of it: one claim per control verb. */
export function extractControl(ctx: ExtractContext): ControlClaim[] {
  const claims: ControlClaim[] = [];
  for (const sentence of ctx.sentences) {
    const lower = sentence.text.toLowerCase();
    for (const [verb, change] of CONTROL_VERBS) {
      const m = verb.exec(lower);
      if (!m) continue;
      const after = m.index + m[0].length;
      const place = placeAfter(sentence.text, after, sentence.start, ctx.mentions);
      if (!place) continue;
      const window = lower.slice(Math.max(0, m.index - 20), (place.end ?? after) - sentence.start + 60);
      const extent = EXTENTS.find(([re]) => re.test(window))?.[1] ?? null;
      const actor = actorBefore(sentence.text, m.index, sentence.start);
      const weakVerb = /^(take|takes|took|taken|taking|entered|enters)\b/.test(m[0]);
      if (weakVerb && (!actor || /^\s+(to|into|by|from)\b/.test(lower.slice(after)))) continue;
      claims.push({ ...claimBase(ctx, sentence), kind: "control", place, actor, change, extent });
      break;
    }
  }
  return claims;
}
