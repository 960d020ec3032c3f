import type { EntityType } from "../../model/index.js";
import { nameTokens, spellingKey } from "../../resolve/fold-name.js";
import type { ArticleContext, Candidate } from "./candidate.js";
import { SECTOR_WORDS } from "./cue-words.js";
import { isCountry, isKnownPlace } from "./known-names.js";
import { isCommonWord } from "./word-lexicon.js";

/** A candidate name with its text and the type the rules gave it. */
export interface Typed {
  candidate: Candidate;
  text: string;
  type: EntityType;
}

/** One type per written name in an article: a name typed organisation or place once keeps that type. */
export function unifyTypes(typed: Typed[]): Typed[] {
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
export const isAcronym = (t: Typed): boolean =>
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
export function settleInArticle(ctx: ArticleContext, input: Typed[]): Typed[] {
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
    const sector = single && initial && SECTOR_WORDS.has(t.text.toLowerCase());
    if (sector && !ctx.midSentenceCaps.has(t.text)) continue;
    const commonWord = single && !isAcronym(t) && isCommonWord(t.text) && !isCountry(t.text);
    if (commonWord && !ctx.midSentenceCaps.has(t.text)) continue;
    out.push(t);
  }
  return out;
}
