import type { ControlClaim, EntityRef, Sentence } from "../../model/index.js";
import { claimBase, type ExtractContext } from "../context.js";
import { datedEarlier, latestYear } from "../earlier-year.js";
import { isCalendarWord, isDemonym } from "../entities/word-lexicon.js";
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
  // "held a hearing on Thursday", "the Saudi-owned tanker": a weekday, month or demonym is no place
  if (isCalendarWord(first) || isDemonym(first)) return true;
  if (/^\p{Lu}{2,5}$/u.test(run.text)) return true; // an acronym names a group, not a place
  const mention = mentions.find((m) => m.start <= run.start && run.start < m.end);
  return mention !== undefined && (mention.type === "person" || mention.type === "organization");
}

/**
 * Words between the verb and a place that make the place a landmark rather than what changed hands:
 * "took a string of villages on the road towards Marsa", "the army-held capital of Doran province",
 * "villages north of the city". And a span of time ("the heaviest clashes in two decades in Varna")
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
  // "hostages seized from a school in Kuriga": what was taken away from a place, not the place
  if (/^\s+(?:by|from)\b/.test(sentence.slice(from))) return null;
  const tail = sentence.slice(from, from + 70);
  const runs = findNameRuns(tail, at + from).filter((r) => !notAPlace(r, mentions));
  const run = runs[0];
  if (!run) return null;
  const between = sentence.slice(from, run.start - at);
  if (!/^[\p{Ll}\s'-]{0,45}$/u.test(between) || NOT_THE_OBJECT.test(between)) return null;
  // "Idlib and Hama provinces": the first place (each place is its own question)
  const own = run.text.replace(/\s+and\s+.*$/, "").replace(/[’']s$/, "");
  const end = run.start - at + own.length;
  // a hypothesis, not a report: "the capture of Marsa would change the course of the war"
  if (/^\s+(?:would|could|might)\b/.test(sentence.slice(end))) return null;
  const named = FACILITY_OF.exec(between);
  const facility = named ? null : FACILITY.exec(sentence.slice(end));
  // "stormed Kenya's parliament", "took the city's main square": what was taken is the place's
  // building or square, not the place (a facility of it, as below, is a place of its own)
  const possessed = sentence.slice(run.start - at + own.length);
  if (!named && !facility && /^['’]s\s+\p{Ll}/u.test(possessed) && !PART_OF_PLACE.test(possessed))
    return null;
  if (named || facility) {
    // "Kessel's airport", "the airport of Kessel" -> the place "Kessel airport". No offsets: the span's
    // only mention is the town's, and resolution must not map the facility to the town.
    const name = `${own} ${(named?.[1] ?? facility![2]!).toLowerCase()}`;
    return { text: name, start: null, end: null, entityId: null };
  }
  return { text: own, start: run.start, end: run.start + own.length, entityId: null };
}

/** "Aleppo's eastern districts", "the town's outskirts": a part of the place, so the place's own question. */
const PART_OF_PLACE =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:districts?|neighbou?rhoods?|outskirts|suburbs?|quarters?|parts?|areas?|centre|center|countryside|villages|streets)\b/u;

/** A word that puts the noun after it in a phrase of its own: "took up arms against the army". */
const PREPOSITION =
  /^(?:against|with|from|between|among|alongside|to|on|at|in|into|over|under|near|for|by|towards?|after|before)$/i;
/** A pronoun subject just before the verb, with the auxiliaries and adverbs between them. */
const PRONOUN_SUBJECT =
  /\b(?:it|they)(?:\s+(?:have|has|had|now|also|already|still|reportedly|just|then|managed to|had also|have also))*\s*$/i;
/** The speech verb of a "X says it seized ..." report, to find X. */
const SPEECH_VERB =
  /\b(?:says|said|say|claims|claimed|claim|announced|announces|stated|states)\b(?![\s\S]*\b(?:says|said|say|claims|claimed|claim|announced|announces|stated|states)\b)/i;
/** ", a Darfur-based armed group that took up arms against the army last year," closing the text. */
const TRAILING_APPOSITION = /,\s[^,]{3,120},\s*$/;

interface ActorCandidate {
  text: string;
  /** Offset in the sentence. */
  at: number;
}

/** Names of who may act in `head` (the sentence up to `limit`): organisation names, acronyms, armed-actor nouns. */
function actorCandidates(
  sentence: string,
  limit: number,
  from: number,
  sentenceStart: number,
  mentions: ExtractContext["mentions"],
): ActorCandidate[] {
  const head = sentence.slice(from, limit);
  const out: ActorCandidate[] = [];
  for (const m of head.matchAll(/\b(\p{Lu}{2,6})\b/gu)) out.push({ text: m[1]!, at: from + m.index });
  for (const m of head.matchAll(new RegExp(ACTOR_NOUNS.source, "giu"))) {
    const words = m[1]!.split(/\s+/);
    const before = sentence.slice(0, from + m.index).match(/([\p{L}-]+)\s*$/u)?.[1] ?? "";
    if ([before, ...words.slice(0, -1)].some((w) => PREPOSITION.test(w))) continue;
    const text = m[1]!.replace(
      /^(?:(?:the|a|an|and|have|has|had|by|where|when|that|which|who|for|on|of|attack|airstrikes|while)\s+)+/i,
      "",
    );
    out.push({ text, at: from + m.index + m[1]!.indexOf(text) });
  }
  for (const m of mentions) {
    const at = m.start - sentenceStart;
    if (m.type === "organization" && at >= from && m.end - sentenceStart <= limit)
      out.push({ text: m.text, at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The latest candidate ending before `limit`; "HTS, a jihadist alliance, and their allied factions" gives HTS. */
function latestActor(
  sentence: string,
  limit: number,
  sentenceStart: number,
  mentions: ExtractContext["mentions"],
): ActorCandidate | null {
  const from = Math.max(0, limit - 120);
  const pick = actorCandidates(sentence, limit, from, sentenceStart, mentions).at(-1);
  if (!pick) return null;
  const before = sentence.slice(from, pick.at);
  if (/^(?:other|their|its|allied)\b/i.test(pick.text) && /\band\s+$/.test(before)) {
    const lead = before.replace(/\s*\band\s+$/, " ").replace(TRAILING_APPOSITION, "");
    const first = latestActor(sentence, from + lead.trimEnd().length, sentenceStart, mentions);
    if (first) return first;
  }
  return pick;
}

const refAt = (candidate: ActorCandidate, sentenceStart: number): EntityRef => ({
  text: candidate.text,
  start: sentenceStart + candidate.at,
  end: sentenceStart + candidate.at + candidate.text.length,
  entityId: null,
});

/**
 * Who gained, held or lost the place: the subject before the control verb. "government-held" names
 * the government; a pronoun ("it now controlled", "they have also captured") stands for who said so
 * ("The Front said it now controlled ...") or, opening the sentence, for the actor of the claim before.
 */
function actorBefore(
  sentence: string,
  verbAt: number,
  sentenceStart: number,
  mentions: ExtractContext["mentions"],
  previous: () => EntityRef | null,
): EntityRef | null {
  // "government-held areas", "the rebel capture of Aleppo": the word before the verb names who
  const compound = /([\p{L}]+)-$/u.exec(sentence.slice(Math.max(0, verbAt - 30), verbAt));
  const modifier =
    /\b(rebel|government|army|regime|opposition|insurgent|jihadist|militia|military)\s+$/i.exec(
      sentence.slice(Math.max(0, verbAt - 30), verbAt),
    );
  const named = compound ?? (/^capture of/i.test(sentence.slice(verbAt)) ? modifier : null);
  if (named) {
    const at = verbAt - Math.min(30, verbAt) + named.index;
    return refAt({ text: named[1]!, at }, sentenceStart);
  }
  const head = sentence.slice(0, verbAt);
  const pronoun = PRONOUN_SUBJECT.exec(head);
  if (!pronoun) {
    const pick = latestActor(sentence, verbAt, sentenceStart, mentions);
    return pick ? refAt(pick, sentenceStart) : null;
  }
  const upto = head.slice(0, pronoun.index);
  if (upto.trim() === "") return previous();
  const speech = SPEECH_VERB.exec(upto);
  const subjectEnd = speech
    ? upto.slice(0, speech.index).replace(TRAILING_APPOSITION, "").trimEnd().length
    : upto.length;
  const pick = latestActor(sentence, subjectEnd, sentenceStart, mentions);
  return pick ? refAt(pick, sentenceStart) : null;
}

/**
 * An actor that fights: an armed-actor noun, an acronym, or a name with an armed body's head word. Only
 * such an actor makes "took" or "entered" a change of control ("the police took the child to hospital").
 */
const ARMED_HEAD =
  /\b(?:Front|Forces|Army|Brigades?|Militias?|Movement|Guards?|Corps|Battalions?|Division|Rebels?)\b/i;
const isArmedActor = (text: string): boolean =>
  /^\p{Lu}{2,6}$/u.test(text) || new RegExp(ACTOR_NOUNS.source, "iu").test(text) || ARMED_HEAD.test(text);

/** The actor a sentence opens with ("The rebels' gains ..."), if any. */
function sentenceSubject(sentence: Sentence, mentions: ExtractContext["mentions"]): EntityRef | null {
  const limit = Math.min(sentence.text.length, 60);
  const first = actorCandidates(sentence.text, limit, 0, sentence.start, mentions)[0];
  return first && first.at <= 20 ? refAt(first, sentence.start) : null;
}

/** "… Umm Keddada and its airstrip", "… Lumen on Tuesday and its port": a facility of the place just named. */
const AND_ITS = new RegExp(
  `^(?:\\s+on\\s+\\p{L}+)?\\s+and\\s+its\\s+(?:main\\s+)?(${FACILITY_NOUNS.source})\\b`,
  "iu",
);

/** A compass word right before a place name: "northwestern Syria", "southern Idlib" name part of it. */
const REGION_OF = /\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+$/i;

/** "had largely stabilised their control over": a past perfect tells what held before the news. */
const PAST_PERFECT =
  /\bhad\s+(?:(?:largely|already|long|fully|firmly|mostly|once|previously)\s+)?(?:been\s+)?(?:captured|seized|taken|retaken|recaptured|regained|stabili[sz]ed|held|controlled|lost|overrun|under)\b/;
/** "the rebels said they had captured": reported speech of the news itself, not history. */
const REPORTED_SPEECH = /\b(?:said|says|told|reported|according to|announced|claimed|confirmed)\b/;

/**
 * Who took, lost, holds or left which place, and how much of it: one claim per control verb. A claim
 * the sentence dates to an earlier year ("after a battle in 2016"), or tells in the past perfect
 * outside reported speech ("government forces had held the city"), is background.
 */
export function extractControl(ctx: ExtractContext): ControlClaim[] {
  const claims: ControlClaim[] = [];
  const latest = latestYear(ctx);
  let previous: { actor: EntityRef; sentence: number } | null = null;
  ctx.sentences.forEach((sentence, index) => {
    // "The militias' advance went on. They have also captured ...": the subject before, else
    // the actor of a claim just before
    const recent = (): EntityRef | null => {
      const before = ctx.sentences[index - 1];
      const subject = before ? sentenceSubject(before, ctx.mentions) : null;
      return subject ?? (previous && index - previous.sentence <= 2 ? previous.actor : null);
    };
    const lower = sentence.text.toLowerCase();
    for (const [verb, change] of CONTROL_VERBS) {
      const m = verb.exec(lower);
      if (!m) continue;
      const after = m.index + m[0].length;
      const place = placeAfter(sentence.text, after, sentence.start, ctx.mentions);
      if (!place) continue;
      const placeEnd = (place.end ?? after + sentence.start) - sentence.start;
      const window = lower.slice(Math.max(0, m.index - 20), placeEnd + 60);
      const stated = EXTENTS.find(([re]) => re.test(window))?.[1] ?? null;
      // "gained ground in northwestern Syria": a region of the place, not all of it
      const region =
        place.start !== null && REGION_OF.test(sentence.text.slice(0, place.start - sentence.start));
      const extent = region && (stated === null || stated === "complete") ? "partial" : stated;
      const actor = actorBefore(sentence.text, m.index, sentence.start, ctx.mentions, recent);
      const weakVerb = /^(take|takes|took|taken|taking|entered|enters|stormed)\b/.test(m[0]);
      const armed = actor !== null && isArmedActor(actor.text);
      if (weakVerb && (!armed || /^\s+(to|into|by|from)\b/.test(lower.slice(after)))) continue;
      const background =
        datedEarlier(sentence.text, m.index, placeEnd, latest) ||
        (PAST_PERFECT.test(lower.slice(Math.max(0, m.index - 40), placeEnd)) && !REPORTED_SPEECH.test(lower));
      const claim = { kind: "control" as const, place, actor, change, extent, background };
      const at = sentence.start + m.index;
      claims.push({ ...claimBase(ctx, sentence), at, ...claim });
      // "seized Umm Keddada and its airstrip": the town's facility changed hands too
      const facility = place.start === null ? null : AND_ITS.exec(sentence.text.slice(placeEnd));
      if (facility) {
        const name = `${place.text} ${facility[1]!.toLowerCase()}`;
        const site = { text: name, start: null, end: null, entityId: null };
        claims.push({ ...claimBase(ctx, sentence), at, ...claim, place: site, extent: null });
      }
      if (actor) previous = { actor, sentence: index };
      break;
    }
  });
  return claims;
}
