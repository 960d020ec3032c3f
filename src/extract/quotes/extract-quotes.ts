import type { EntityRef, QuoteClaim } from "../../model/index.js";
import { claimBase, type ExtractContext } from "../context.js";
import { firstNameGender } from "../entities/word-lexicon.js";
import { findQuoteSpans } from "./find-quote-spans.js";
import { findSpeaker, SPEECH_VERBS } from "./find-speaker.js";

const MIN_WORDS = 4;

/** `"…," Kaplan said. "…"`: a quote that follows the attribution of the one before goes on from it. */
function continues(gap: string): boolean {
  return (
    !gap.includes("\n") &&
    gap.length <= 120 &&
    new RegExp(`\\b(?:${SPEECH_VERBS})\\b[^.!?]*[.!?]\\s*[“"«]?$`).test(gap)
  );
}

/** "she" cannot be a man's name nor "he" a woman's, when the first name says which. */
function fitsPronoun(name: string, pronoun: string): boolean {
  const gender = firstNameGender(name.split(/\s+/)[0] ?? "");
  const said = pronoun.toLowerCase();
  return !((said === "she" && gender === "male") || (said === "he" && gender === "female"));
}

/** The person named last before `offset` whom the pronoun fits: whom "she said" most likely means. */
function lastPersonBefore(ctx: ExtractContext, offset: number, pronoun: string): EntityRef | null {
  const m = ctx.mentions.findLast(
    (x) => x.type === "person" && x.end <= offset && fitsPronoun(x.text, pronoun),
  );
  return m ? { text: m.text, start: m.start, end: m.end, entityId: null } : null;
}

/** People an article may quote without naming, with the pronoun each rules out. */
const UNNAMED_PEOPLE: Record<string, "he" | "she" | null> = {
  woman: "he",
  girl: "he",
  mother: "he",
  grandmother: "he",
  daughter: "he",
  man: "she",
  boy: "she",
  father: "she",
  grandfather: "she",
  son: "she",
  neighbour: null,
  neighbor: null,
  witness: null,
  resident: null,
  survivor: null,
  relative: null,
  nurse: null,
  teacher: null,
  student: null,
  shopkeeper: null,
  driver: null,
  farmer: null,
  volunteer: null,
  worker: null,
};
const UNNAMED_SUBJECT = new RegExp(
  `(?:^|[.!?”"]\\s+|\\n\\s*)((?:An?|One)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${Object.keys(UNNAMED_PEOPLE).join("|")}))\\b[^.!?\\n]*?\\b(?:${SPEECH_VERBS})\\b`,
  "gu",
);

/**
 * The unnamed person a sentence between `from` and `offset` opens with and has speak ("A woman who
 * lives nearby said …"), the latest one the pronoun fits: whom a following "she said" means, rather
 * than a person named before her.
 */
function lastUnnamedSpeakerBefore(
  ctx: ExtractContext,
  from: number,
  offset: number,
  pronoun: string,
): EntityRef | null {
  let found: EntityRef | null = null;
  const stretch = ctx.text.slice(from, offset);
  for (const m of stretch.matchAll(UNNAMED_SUBJECT)) {
    if (UNNAMED_PEOPLE[m[2]!] === pronoun.toLowerCase()) continue;
    const start = from + m.index! + m[0].indexOf(m[1]!);
    found = { text: m[1]!, start, end: start + m[1]!.length, entityId: null };
  }
  return found;
}

/** Of two references, the one written later in the text. */
function latest(a: EntityRef | null, b: EntityRef | null): EntityRef | null {
  if (!a || !b) return a ?? b;
  return (b.start ?? 0) > (a.start ?? 0) ? b : a;
}

/**
 * Quotes of an article, verbatim, with their speaker. A passage of fewer than four words is a
 * scare quote ("de-escalation"), not a quote. "He added" and "the expert said" go to the last named
 * speaker.
 */
export function extractQuotes(ctx: ExtractContext): QuoteClaim[] {
  const claims: QuoteClaim[] = [];
  let lastNamed: EntityRef | null = null;
  let previous: { end: number; speaker: EntityRef | null } | null = null;
  for (const span of findQuoteSpans(ctx.text)) {
    const quote = ctx.text.slice(span.start, span.end);
    if (quote.trim().split(/\s+/).length < MIN_WORDS) continue;
    const guess = findSpeaker(ctx.text, span.start, span.end, span.block);
    let speaker: EntityRef | null = null;
    if (guess?.anaphor) {
      const fits = (ref: EntityRef | null) => (ref && fitsPronoun(ref.text, guess.text) ? ref : null);
      const named = latest(fits(lastNamed), lastPersonBefore(ctx, guess.start, guess.text));
      speaker =
        latest(named, lastUnnamedSpeakerBefore(ctx, named?.end ?? 0, span.start, guess.text)) ??
        (guess.role ? { text: guess.text, start: guess.start, end: guess.end, entityId: null } : null);
    } else if (guess) {
      speaker = { text: guess.text, start: guess.start, end: guess.end, entityId: null };
      lastNamed = speaker;
    } else if (previous?.speaker && continues(ctx.text.slice(previous.end, span.start))) {
      speaker = previous.speaker;
    }
    previous = { end: span.end, speaker };
    const sentence = ctx.sentences.find((s) => s.start <= span.start && span.start < s.end) ?? {
      index: -1,
      start: span.start,
      end: span.end,
      text: quote,
    };
    claims.push({ ...claimBase(ctx, sentence), kind: "quote", speaker, quote });
  }
  return claims;
}
