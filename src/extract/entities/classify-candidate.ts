import type { EntityType } from "../../model/index.js";
import { acronymLetters } from "./acronym-definitions.js";
import { type ArticleContext, type Candidate, candidateText } from "./candidate.js";
import {
  NEWS_AGENCIES,
  NON_ENTITY_ACRONYMS,
  ORG_CUES_AFTER,
  ORG_CUES_BEFORE,
  ORG_HEADS,
  PLACE_CUES_AFTER,
  PLACE_CUES_BEFORE,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  PLACE_ROLES,
  ROLE_WORDS,
} from "./cue-words.js";
import { isAmbiguousTownWord, isCountry, isKnownPlace, isRegionName } from "./known-names.js";
import { isPlaceOf } from "./shape-run.js";
import type { WordToken } from "./tokenize-words.js";
import {
  isCalendarWord,
  isCommonWord,
  isDemonym,
  isFirstName,
  isVerbLike,
  looksLikeAdjective,
} from "./word-lexicon.js";

/** The lower-case word `offset` tokens away, when only spaces (or ", " for appositives) lie between. */
function neighbour(ctx: ArticleContext, c: Candidate, offset: number): string | null {
  const index = offset < 0 ? c.first + offset : c.first + c.tokens.length - 1 + offset;
  const token = ctx.tokens[index];
  if (!token || token.cap) return null;
  const from = offset < 0 ? token.end : (ctx.tokens[index - 1] as WordToken).end;
  const to = offset < 0 ? (ctx.tokens[index + 1] as WordToken).start : token.start;
  return /^[ \t]+$/.test(ctx.text.slice(from, to)) ? token.text.toLowerCase() : null;
}

const SAYS = /^(?:said|says|say|told|added|reported|confirmed|stated|announced)$/i;

/** "X, the director of", "X, president of": a role right after a comma. */
function hasAppositiveRole(ctx: ArticleContext, c: Candidate): boolean {
  const last = c.tokens[c.tokens.length - 1] as WordToken;
  const after = /^,\s+(?:the\s+|a\s+|an\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(
    ctx.text.slice(last.end, last.end + 60),
  );
  if (!after?.[1]) return false;
  const word = after[1].toLowerCase();
  // "... over the Potomac River, officials said": who said it, not what the name is
  if (SAYS.test(after[2] ?? "")) return false;
  return (
    ROLE_WORDS.has(word) &&
    (!["foreign", "prime", "vice", "deputy"].includes(word) || ROLE_WORDS.has((after[2] ?? "").toLowerCase()))
  );
}

const APPOSITIVE_PLACE =
  /^,\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:region|town|city|village|province|country|state|district|neighbourhood|neighborhood|area|capital|port)\b/u;

/** "Austin, Texas.", "Goma, Congo,": a country or region after a comma, the clause ending there. */
const APPOSITIVE_REGION = /^,\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})(?=\s*(?:[,.;:)]|$))/u;

/** "X, a region ...", "X, the capital", "X, Texas": a place noun or a larger place right after a comma. */
function hasAppositivePlace(ctx: ArticleContext, c: Candidate): boolean {
  const last = c.tokens[c.tokens.length - 1] as WordToken;
  const after = ctx.text.slice(last.end, last.end + 40);
  if (APPOSITIVE_PLACE.test(after)) return true;
  const larger = APPOSITIVE_REGION.exec(after)?.[1];
  return larger !== undefined && (isCountry(larger) || isRegionName(larger));
}

/** "Washington, D.C.": the district's letters after its city's name are part of that name. */
function isCitysDistrict(ctx: ArticleContext, c: Candidate): boolean {
  const first = c.tokens[0] as WordToken;
  return (
    /^D\.C\.?$/.test(candidateText(ctx.text, c)) &&
    /\p{L},\s*$/u.test(ctx.text.slice(first.start - 3, first.start))
  );
}

/** Words after a name that make it a place whatever the name looks like ("X province"). */
const STRONG_PLACE_AFTER = new Set([
  "province",
  "region",
  "governorate",
  "district",
  "city",
  "town",
  "village",
  "county",
  "oblast",
  "port",
]);

/** "the company's chief executive, Stockton Rush": a role word, then a comma, then the name. */
function afterRoleComma(ctx: ArticleContext, c: Candidate): boolean {
  const prev = ctx.tokens[c.first - 1];
  const first = c.tokens[0] as WordToken;
  if (!prev || prev.cap || !/^,[ \t]+$/.test(ctx.text.slice(prev.end, first.start))) return false;
  const word = prev.text.toLowerCase();
  return ROLE_WORDS.has(word) && !/^(?:foreign|prime|vice|deputy|acting|former|late|officials)$/.test(word);
}

/** "X, 34, was ...": an age right after a name. */
function hasAppositiveAge(ctx: ArticleContext, c: Candidate): boolean {
  const last = c.tokens[c.tokens.length - 1] as WordToken;
  return /^,\s+\d{1,3}\s*,/.test(ctx.text.slice(last.end, last.end + 8));
}

/** "director of the X", "head of X": the X is an organisation. */
function isAfterRoleOf(ctx: ArticleContext, c: Candidate): boolean {
  let offset = -1;
  if (neighbour(ctx, c, offset) === "the") offset--;
  if (neighbour(ctx, c, offset) !== "of") return false;
  return ROLE_WORDS.has(neighbour(ctx, c, offset - 1) ?? "");
}

/** A name of letters and digits such as "M23" or "G7": an armed group or a forum when words around say so. */
export const isCodeName = (word: string): boolean => /^\p{Lu}{1,3}-?\d{1,3}$/u.test(word);

const CODE_NAME_CUES_AFTER = new Set(["rebels", "rebel", "summit", "leaders"]);

/** "the M23 movement", "M23 rebels", "the group M23": the words around make the name an organisation. */
function hasOrgCue(ctx: ArticleContext, c: Candidate): boolean {
  const before = neighbour(ctx, c, -1);
  const after = neighbour(ctx, c, 1);
  const cueAfter = after !== null && (ORG_CUES_AFTER.has(after) || CODE_NAME_CUES_AFTER.has(after));
  return cueAfter || (before !== null && ORG_CUES_BEFORE.has(before));
}

function acronymType(ctx: ArticleContext, text: string): EntityType | null {
  const letters = acronymLetters(text);
  if (NON_ENTITY_ACRONYMS.has(letters.toLowerCase())) return null;
  const expansion = ctx.acronyms.get(letters);
  if (expansion) return isKnownPlace(expansion) ? "place" : "organization";
  return isCountry(text) ? "place" : "organization";
}

/**
 * The type a candidate name takes from its own words and the words around it, or null for junk.
 * Returns "other" when nothing decides (a later in-article pass may still type it).
 */
export function classifyCandidate(ctx: ArticleContext, c: Candidate): EntityType | null {
  const text = candidateText(ctx.text, c);
  const words = c.tokens.filter((t) => t.cap);
  const only = words.length === 1 ? words[0] : undefined;
  if (only?.hashtag) return null;
  if (words.every((t) => t.acronym) && isKnownPlace(text) && text.replace(/[^\p{L}]/gu, "").length >= 4)
    return "place";
  if (words.every((t) => t.acronym) && words.some((t) => NON_ENTITY_ACRONYMS.has(t.text.toLowerCase())))
    return null;
  const shouted =
    only?.acronym && (only.text.length >= 7 || (only.text.length >= 5 && isCommonWord(only.text)));
  if (shouted && !isKnownPlace(text)) return null;
  if (only && /\d/.test(only.text) && !only.acronym)
    return isCodeName(only.text) && hasOrgCue(ctx, c) ? "organization" : null;
  if (only && /['’](?:re|ll|ve|d|m|t)$/i.test(only.text)) return null;
  if (isCitysDistrict(ctx, c)) return null;
  if (only?.acronym && c.tokens.length === 1) return acronymType(ctx, text);
  if (only && (isCalendarWord(only.text) || isDemonym(only.text))) return null;
  const lowerWords = words.map((t) => t.text.toLowerCase());
  const before = neighbour(ctx, c, -1);
  const after = neighbour(ctx, c, 1);
  const adjective = only && looksLikeAdjective(only.text.split("-")[0] ?? "") && !isKnownPlace(only.text);
  if (adjective && !(after && isVerbLike(after))) return null;
  if (only?.text.includes("-") && isDemonym(only.text.split("-")[0] ?? "")) return null;
  if (c.role || (before !== null && ROLE_WORDS.has(before) && before !== "head")) return "person";
  if (words.length >= 2 && afterRoleComma(ctx, c) && !isKnownPlace(text)) return "person";
  if (lowerWords.some((w) => ORG_HEADS.has(w)) || NEWS_AGENCIES.has(text.toLowerCase()))
    return "organization";
  // "Hormozgan province", "the southern city of Bandar Abbas": the words around say place, whatever the
  // name looks like ("the governor of Hormozgan province" is no organisation, "Bandar" is also a first name)
  const strongPlaceCue =
    (after !== null && STRONG_PLACE_AFTER.has(after)) ||
    (before === "of" && PLACE_CUES_BEFORE.has(neighbour(ctx, c, -2) ?? ""));
  if (strongPlaceCue) return "place";
  if (isAfterRoleOf(ctx, c)) return "organization";
  if (before && ORG_CUES_BEFORE.has(before)) return "organization";
  if ((hasAppositiveRole(ctx, c) || hasAppositiveAge(ctx, c)) && before !== "of" && !isKnownPlace(text))
    return "person";
  // "Islamic State", "Islamic State Khorasan Province": an armed group whose name ends in a place word
  if (/^Islamic State\b/.test(text)) return "organization";
  if (PLACE_HEADS.has(lowerWords[lowerWords.length - 1] ?? "") && words.length >= 2) return "place";
  if (isPlaceOf(ctx, c.tokens)) return "place";
  if (words.length >= 2 && isFirstName(words[0]?.text ?? "") && !isKnownPlace(text)) return "person";
  if (isKnownPlace(text) && !(only && isAmbiguousTownWord(text))) return "place";
  if (after && ORG_CUES_AFTER.has(after)) return "organization";
  const placeCue =
    (before && PLACE_CUES_BEFORE.has(before)) ||
    (before === "of" && PLACE_CUES_BEFORE.has(neighbour(ctx, c, -2) ?? ""));
  if (placeCue || (after && PLACE_CUES_AFTER.has(after))) return "place";
  if (hasAppositivePlace(ctx, c) || (after && PLACE_ROLES.has(after))) return "place";
  if (c.beforeRole || (after && ROLE_WORDS.has(after))) return "organization";
  if (before && PLACE_PREPOSITIONS.has(before)) return "place";
  return "other";
}
