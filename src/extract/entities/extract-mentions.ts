import type { EntityType, Mention, Sentence } from "../../model/index.js";
import { nameTokens, spellingKey } from "../../resolve/fold-name.js";
import { acronymAfter, acronymLetters } from "./acronym-definitions.js";
import { type ArticleContext, type Candidate, candidateText } from "./candidate.js";
import { classifyCandidate } from "./classify-candidate.js";
import { isCountry, isKnownPlace } from "./known-names.js";
import { findProperNounRuns, type ProperNounRun } from "./proper-noun-runs.js";
import { repairGluedNames } from "./repair-glued-names.js";
import { shapeRun } from "./shape-run.js";
import { tokenizeWords, type WordToken } from "./tokenize-words.js";
import { isCommonWord } from "./word-lexicon.js";

interface Typed {
  candidate: Candidate;
  text: string;
  type: EntityType;
}

function buildContext(text: string, tokens: WordToken[], runs: ProperNounRun[]): ArticleContext {
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerWords.add(t.text.toLowerCase());
  const midSentenceCaps = new Set<string>();
  for (const run of runs) {
    if (run.inHeading) continue;
    for (const t of run.tokens) if (t.cap && !t.initial) midSentenceCaps.add(t.text);
  }
  return { text, tokens, lowerWords, midSentenceCaps, acronyms: new Map() };
}

/** One type per written name in an article: a name typed organisation or place once keeps that type. */
function unifyTypes(typed: Typed[]): Typed[] {
  const strong = new Map<string, EntityType>();
  for (const t of typed) if (t.type === "organization" || t.type === "place") strong.set(t.text, t.type);
  return typed.map((t) => {
    const better = strong.get(t.text);
    return better && (t.type === "other" || (t.type === "person" && better === "organization"))
      ? { ...t, type: better }
      : t;
  });
}

const surnameKey = (word: string): string => spellingKey(nameTokens(word).at(-1) ?? "");
const lastWord = (t: Typed): string => t.candidate.tokens[t.candidate.tokens.length - 1]?.text ?? "";
const isAcronym = (t: Typed): boolean =>
  t.candidate.tokens.length === 1 && (t.candidate.tokens[0]?.acronym ?? false);

const nameWords = (t: Typed): number => t.candidate.tokens.filter((w) => w.cap).length;
const startOf = (t: Typed): number => t.candidate.tokens[0]?.start ?? 0;
const endOf = (t: Typed): number => t.candidate.tokens[t.candidate.tokens.length - 1]?.end ?? 0;
const SPEECH_VERB =
  /^\s+(?:said|says|told|added|stated|warned|noted|argued|insisted|explained|claimed|denied|declared|urged|wrote)\b/;
/** The name is the subject of a speech verb ("X said"): a speaker, even at a sentence start. */
const speaks = (ctx: ArticleContext, t: Typed): boolean =>
  SPEECH_VERB.test(ctx.text.slice(endOf(t), endOf(t) + 12));
const COORDINATION = /^(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s*and\s+)$/;

/**
 * Names of people: multi-word names that the article also calls by their last word ("... Abdelrahim
 * said"), and single words that are the surname or given name of a person named in full.
 */
function typePeopleBySurname(typed: Typed[]): Typed[] {
  const full = typed.filter((t) => (t.type === "person" || t.type === "other") && nameWords(t) >= 2);
  const singles = new Set(
    typed.filter((t) => nameWords(t) === 1 && t.type !== "place").map((t) => surnameKey(t.text)),
  );
  const people = new Set(
    full.filter((t) => t.type === "person" || singles.has(surnameKey(lastWord(t)))).map((t) => t.text),
  );
  const personWords = new Set(
    full
      .filter((t) => people.has(t.text))
      .flatMap((t) => [surnameKey(lastWord(t)), surnameKey(t.candidate.tokens[0]?.text ?? "")]),
  );
  return typed.map((t) => {
    if (people.has(t.text) && t.type === "other") return { ...t, type: "person" };
    const single = nameWords(t) === 1 && !isAcronym(t);
    const retypable = t.type === "other" || (t.type === "place" && !isCountry(t.text));
    if (single && retypable && personWords.has(surnameKey(t.text))) return { ...t, type: "person" };
    return t;
  });
}

/** "the villages of X and Y": an untyped name listed next to a place is a place. */
function typeByCoordination(ctx: ArticleContext, typed: Typed[]): Typed[] {
  const out = [...typed];
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Typed;
    if (t.type !== "other") continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const joined = (a: Typed, b: Typed) => COORDINATION.test(ctx.text.slice(endOf(a), startOf(b)));
    const cuedPlace = (p: Typed | undefined): p is Typed => p?.type === "place" && !isKnownPlace(p.text);
    if ((cuedPlace(prev) && joined(prev, t)) || (cuedPlace(next) && joined(t, next)))
      out[i] = { ...t, type: "place" };
  }
  return out;
}

/** In-article typing: people by surname, places by coordination, bare head words of named organisations; then junk out. */
function settleInArticle(ctx: ArticleContext, input: Typed[]): Typed[] {
  const typed = typeByCoordination(ctx, typePeopleBySurname(input));
  const orgWords = new Set(
    typed
      .filter((t) => t.type === "organization")
      .flatMap((t) => t.candidate.tokens.slice(1).map((w) => w.text)),
  );
  const bodyTexts = new Set(typed.filter((t) => !t.candidate.inHeading).map((t) => t.text));
  const out: Typed[] = [];
  for (const t of typed) {
    const single = t.candidate.tokens.length === 1;
    const { type } = t;
    if (t.candidate.headOnly) {
      if (orgWords.has(t.text)) out.push({ ...t, type: "organization" });
      continue;
    }
    const known = isAcronym(t) || isKnownPlace(t.text) || type === "person" || type === "organization";
    if (t.candidate.inHeading && !bodyTexts.has(t.text) && !(isAcronym(t) || isCountry(t.text))) continue;
    const initial = t.candidate.tokens[0]?.initial ?? false;
    if (single && type === "other" && initial && !ctx.midSentenceCaps.has(t.text) && !speaks(ctx, t))
      continue;
    if (single && !known && t.text.length < 3) continue;
    const commonWord = single && !isAcronym(t) && isCommonWord(t.text) && !isCountry(t.text);
    if (commonWord && !ctx.midSentenceCaps.has(t.text)) continue;
    out.push(t);
  }
  return out;
}

/**
 * Names of people, organisations, places and other things in `text`, with character offsets.
 * Rules: proper-noun runs, titles and roles, acronyms defined in brackets, organisation and place
 * head words, cue words around a name, the gazetteer and compromise's lexicon; junk dropped.
 */
export function extractMentions(text: string, sentences?: Sentence[]): Mention[] {
  const starts = sentences ? new Set(sentences.map((s) => s.start)) : undefined;
  const tokens = repairGluedNames(tokenizeWords(text, starts));
  const runs = findProperNounRuns(text, tokens);
  const ctx = buildContext(text, tokens, runs);
  const candidates = runs.flatMap((run) => shapeRun(run, ctx));
  const defined = new Set<Candidate>();
  for (const c of candidates) {
    const last = c.tokens[c.tokens.length - 1];
    const acronym = last && c.tokens.length >= 2 ? acronymAfter(text, last.end) : null;
    if (!acronym) continue;
    ctx.acronyms.set(acronymLetters(acronym.acronym), candidateText(text, c));
    defined.add(c);
  }
  const typed: Typed[] = [];
  for (const candidate of candidates) {
    let type = classifyCandidate(ctx, candidate);
    if (type === null) continue;
    const name = candidateText(text, candidate);
    if (defined.has(candidate) && (type === "person" || type === "other") && !isCountry(name))
      type = "organization";
    typed.push({ candidate, text: name, type });
  }
  return settleInArticle(ctx, unifyTypes(typed)).map((t) => {
    const first = t.candidate.tokens[0] as WordToken;
    const last = t.candidate.tokens[t.candidate.tokens.length - 1] as WordToken;
    const expansion = isAcronym(t) ? (ctx.acronyms.get(acronymLetters(t.text)) ?? null) : null;
    return {
      start: first.start,
      end: last.end,
      text: t.text,
      type: t.type,
      role: t.candidate.role,
      expansion,
      entityId: null,
    };
  });
}
