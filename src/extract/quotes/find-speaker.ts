import { isDemonym } from "../entities/word-lexicon.js";
import { findNameRuns, type NameRun, stripRole } from "../names/name-runs.js";

export const SPEECH_VERBS =
  "said|says|declared|declares|warned|warns|stated|states|added|adds|told|tells|emphasized|emphasised|noted|notes|explained|insisted|argued|cautioned|announced|stressed|wrote|writes|continued|asserted|urged|considered|described|pledged|pledges|vowed|vows|denounced|insisted|recalled|admitted|claimed|replied|responded|confirmed|complained|acknowledged|observed|remarked|posted|tweeted";
const VERBS = SPEECH_VERBS;
const PRONOUN = /^(he|she|they)$/i;
const ROLE_NOUN =
  /^the (expert|official|minister|spokesman|spokesperson|president|analyst|source|diplomat|commander|officer|sheriff|chief|mayor|governor|envoy|witness|resident|doctor)$/i;
const AFTER_SPEAKER_VERB = new RegExp(
  `^[\\s,.;:!?]*((?:[^.!?"“”«»]{1,160}?)),?\\s+(?:has |had )?(?:${VERBS})\\b`,
  "u",
);
const AFTER_VERB_SPEAKER = new RegExp(`^[\\s,.;:!?]*(?:${VERBS})\\s+([^.,;!?"“”«»]{2,80})`, "u");
// case-blind for the verb, as a headline capitalises it ("Minister Vows to Defend the Port’s “…”")
// "Trump called the ruling “a big win”": calling something a thing quotes the caller (not "a group
// called “Free Harbour”", a name)
const CALLED = "(?:called|calls)(?=\\s+(?:it|them|the|this|that|these|his|her|their|its)\\b)";
const BEFORE = new RegExp(
  `([^.!?]{1,200}?)\\s+(?:has |had )?(?:${VERBS}|${CALLED})(?:\\s+[^.!?"“”«»]{0,60}?)?(?:\\s+that)?[\\s,:]*$`,
  "iu",
);
const DESCRIPTION = /^(?:an?|the|one)\s+[\p{Ll}\s-]{2,40}?(?=\s+(?:who|which|that|from|in|at|with|,|$))/u;

export interface SpeakerGuess {
  text: string;
  start: number;
  end: number;
  /** A pronoun or role noun ("he", "the expert"): resolve to the last named speaker. */
  anaphor: boolean;
  /** A role noun ("the envoy") that may stand as the speaker when nobody was named before. */
  role?: boolean;
}

const CLAUSE_OPENER =
  /^\s*(?:In|On|At|After|During|Meanwhile|However|Speaking|Asked|Earlier|Later|While|When|From)\b/;

/** Capitalised at a sentence's start, but no name: "Its spokesman, Nabil Idris, said". */
const NOT_A_NAME =
  /^(?:The|A|An|In|On|But|And|However|It|Its|His|Her|Their|Our|My|Your|This|That|These|Those|We|They)$/;

/** Which name run of a segment names the speaker. */
type Pick = "first" | "last" | "before-comma";

function fromSegment(segment: string, at: number, pickBy: Pick): SpeakerGuess | null {
  const trimmed = segment.trim();
  const lead = segment.indexOf(trimmed);
  const lastWord = /(?:^|[\s,])(he|she|they)$/i.exec(trimmed);
  if (lastWord) {
    const start = at + lead + trimmed.length - lastWord[1]!.length;
    return { text: lastWord[1]!, start, end: start + lastWord[1]!.length, anaphor: true };
  }
  if (PRONOUN.test(trimmed))
    return { text: trimmed, start: at + lead, end: at + lead + trimmed.length, anaphor: true };
  if (ROLE_NOUN.test(trimmed)) {
    return { text: trimmed, start: at + lead, end: at + lead + trimmed.length, anaphor: true, role: true };
  }
  const comma = segment.indexOf(",", lead + 1);
  // "the director of the ODD, Amira Suleiman, told ...": the name after a role description
  if (pickBy === "before-comma" && comma > 0 && /^(?:the|a|an)\s+\p{Ll}/u.test(trimmed)) {
    const named = findNameRuns(segment.slice(comma + 1), at + comma + 1).filter(
      (r) => !NOT_A_NAME.test(r.text) && !isDemonym(r.text),
    )[0];
    if (named) {
      const name = stripRole(named);
      return { text: name.text, start: name.start, end: name.end, anaphor: false };
    }
  }
  const head = pickBy !== "before-comma" || comma < 0 ? segment : segment.slice(0, comma);
  // "A spokesman for the Sudanese army, Brigadier Nabil Idris, said": a demonym names nobody
  const runs = findNameRuns(head, at).filter((r) => !NOT_A_NAME.test(r.text) && !isDemonym(r.text));
  const pick: NameRun | undefined = pickBy === "first" ? runs[0] : runs.at(-1);
  if (pick) {
    const name = stripRole(pick);
    return { text: name.text, start: name.start, end: name.end, anaphor: false };
  }
  const description = DESCRIPTION.exec(trimmed);
  if (description) {
    const text = description[0].trim();
    return { text, start: at + lead, end: at + lead + text.length, anaphor: false };
  }
  return null;
}

/**
 * Who said a quote: "…," X said / said X / X told AFP after it; X said (that) / X declared: before it
 * in the same sentence; or the dash line under a block quote.
 */
export function findSpeaker(
  text: string,
  quoteStart: number,
  quoteEnd: number,
  block: boolean,
): SpeakerGuess | null {
  const afterFrom = quoteEnd + 1;
  const afterText = text.slice(afterFrom, afterFrom + 240);
  if (block) {
    const dash = /^\s*\n\s*[–—-]+\s*([^\n]+)/.exec(afterText);
    if (dash) {
      const line = dash[1]!;
      return fromSegment(line, afterFrom + afterText.indexOf(line), "last");
    }
  }
  const lineAfter = afterText.split("\n")[0] ?? "";
  const stray = /^[^.!?“«]{0,200}[”»"]/.exec(lineAfter);
  const sv =
    AFTER_SPEAKER_VERB.exec(lineAfter) ??
    (stray ? AFTER_SPEAKER_VERB.exec(lineAfter.slice(stray[0].length)) : null);
  if (sv) {
    const guess = fromSegment(sv[1]!, afterFrom + lineAfter.lastIndexOf(sv[1]!), "before-comma");
    if (guess) return guess;
  }
  const vs = AFTER_VERB_SPEAKER.exec(lineAfter);
  if (vs) {
    const guess = fromSegment(vs[1]!, afterFrom + lineAfter.indexOf(vs[1]!), "before-comma");
    if (guess) return guess;
  }
  const lineStart = text.lastIndexOf("\n", quoteStart) + 1;
  const beforeText = text.slice(Math.max(lineStart, quoteStart - 300), quoteStart - 1);
  const bv = BEFORE.exec(beforeText);
  if (bv) {
    const segment = bv[1]!;
    const sentenceStart = Math.max(segment.lastIndexOf(". "), segment.lastIndexOf("\n")) + 1;
    // "“…,” Tiraab said in the recording, “…”": a sentence that opens with a quote names its speaker
    // after that quote
    const opensWithQuote = /^\s*[“«"]/.test(segment.slice(sentenceStart));
    const earlierQuote = opensWithQuote
      ? Math.max(...["”", "»", '"'].map((q) => segment.lastIndexOf(q)))
      : -1;
    const raw = segment.slice(Math.max(sentenceStart, earlierQuote + 1));
    const skip = /^[\s"“”«»'’]*/.exec(raw)![0].length;
    const clause = raw.slice(skip);
    const base =
      quoteStart - 1 - beforeText.length + bv.index + Math.max(sentenceStart, earlierQuote + 1) + skip;
    const guess = fromSegment(clause, base, CLAUSE_OPENER.test(clause) ? "last" : "first");
    if (guess) return guess;
  }
  return null;
}
