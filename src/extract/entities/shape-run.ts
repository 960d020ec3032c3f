import { isEnglishWord } from "../../normalize/glued-words.js";
import type { ArticleContext, Candidate } from "./candidate.js";
import {
  COMPASS_NOUNS,
  DIRECTION_WORDS,
  DOCUMENT_HEADS,
  FEATURE_OF_HEADS,
  LEADING_DETERMINERS,
  NAME_CONNECTORS,
  ORG_HEADS,
  PLACE_HEADS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
} from "./cue-words.js";
import { isCountry, isKnownPlace } from "./known-names.js";
import type { ProperNounRun } from "./proper-noun-runs.js";
import type { WordToken } from "./tokenize-words.js";
import { isCalendarWord, isCommonWord, isDemonym, isFirstName } from "./word-lexicon.js";

const lower = (t: WordToken): string => t.text.toLowerCase();
/** Connectors that join words of organisation and place names but not of people's names. */
const SPLITTING_CONNECTORS = new Set(["of", "for", "the"]);
const isConnector = (t: WordToken): boolean => !t.cap && NAME_CONNECTORS.has(t.text);
const isOrgHead = (t: WordToken): boolean => t.cap && ORG_HEADS.has(lower(t));

function isRoleAt(tokens: WordToken[], i: number): boolean {
  const token = tokens[i];
  if (!token || !ROLE_WORDS.has(lower(token).replace(/\.$/, ""))) return false;
  if (!ROLE_MODIFIERS.has(lower(token))) return true;
  return isRoleAt(tokens, i + 1);
}

/** A word that cannot be part of a name here: common word, calendar word, direction, demonym. */
function isWeak(token: WordToken, ctx: ArticleContext): boolean {
  if (token.acronym || isFirstName(token.text) || COMPASS_NOUNS.has(lower(token))) return false;
  if (isCalendarWord(token.text) || DIRECTION_WORDS.has(lower(token)) || isDemonym(token.text)) return true;
  if (isKnownPlace(token.text)) return false;
  return ctx.lowerWords.has(lower(token)) || isCommonWord(token.text);
}

function trimConnectors(tokens: WordToken[]): WordToken[] {
  let from = 0;
  let to = tokens.length;
  while (
    from < to &&
    (isConnector(tokens[from] as WordToken) || LEADING_DETERMINERS.has(lower(tokens[from] as WordToken)))
  )
    from++;
  while (to > from && isConnector(tokens[to - 1] as WordToken)) to--;
  return tokens.slice(from, to);
}

function candidate(
  ctx: ArticleContext,
  tokens: WordToken[],
  run: ProperNounRun,
  role: string | null,
): Candidate[] {
  const trimmed = trimConnectors(tokens);
  const head = trimmed[0];
  if (!head) return [];
  return [
    {
      first: ctx.tokens.indexOf(head, run.first),
      tokens: trimmed,
      role,
      inHeading: run.inHeading,
      headOnly: trimmed.length === 1 && isOrgHead(head),
      beforeRole: false,
    },
  ];
}

function splitAtWeakWords(ctx: ArticleContext, all: WordToken[], run: ProperNounRun): Candidate[] {
  const cut = all.findIndex((t) => SPLITTING_CONNECTORS.has(t.text));
  const whole = ctx.text.slice(all[0]?.start, all[all.length - 1]?.end);
  if (cut > 0 && !isKnownPlace(whole))
    return [
      ...splitAtWeakWords(ctx, all.slice(0, cut), run),
      ...splitAtWeakWords(ctx, all.slice(cut + 1), run),
    ];
  const tokens = all;
  // "American Eagle", "British Steel": a demonym and one ordinary word make a brand, not a demonym and
  // a town that shares the word
  if (
    tokens.length === 2 &&
    isDemonym(tokens[0]!.text) &&
    isEnglishWord(tokens[1]!.text) &&
    !isCountry(tokens[1]!.text)
  )
    return candidate(ctx, tokens, run, null);
  const firstIsName = tokens.length >= 2 && tokens[0] !== undefined && isFirstName(tokens[0].text);
  const lastIsPlaceHead =
    tokens.length >= 2 && PLACE_HEADS.has(lower(tokens[tokens.length - 1] as WordToken));
  if (
    firstIsName ||
    lastIsPlaceHead ||
    isKnownPlace(ctx.text.slice(tokens[0]?.start, tokens[tokens.length - 1]?.end))
  )
    return candidate(ctx, tokens, run, null);
  const out: Candidate[] = [];
  let part: WordToken[] = [];
  for (const token of tokens) {
    if (token.cap && isWeak(token, ctx)) {
      out.push(...candidate(ctx, part, run, null));
      part = [];
    } else part.push(token);
  }
  out.push(...candidate(ctx, part, run, null));
  return out;
}

/** "District of Columbia", "Strait of Hormuz": a known place, or a sea or landform, named "X of Y". */
export function isPlaceOf(ctx: ArticleContext, tokens: WordToken[]): boolean {
  if (tokens.length < 3 || tokens[1]?.text !== "of" || !tokens.at(-1)?.cap) return false;
  if (FEATURE_OF_HEADS.has(lower(tokens[0]!)) && tokens.slice(2).every((t) => t.cap)) return true;
  return isKnownPlace(ctx.text.slice(tokens[0]?.start, tokens.at(-1)?.end));
}

/**
 * The run follows a lower-case role word ("spokesman Bill Sadler", "the company's chief executive, Stockton
 * Rush"): a person's name, kept whole.
 */
function afterRoleWord(ctx: ArticleContext, run: ProperNounRun): boolean {
  const prev = ctx.tokens[run.first - 1];
  const head = run.tokens[0];
  if (!prev || !head || prev.cap || !/^,?[ \t]+$/.test(ctx.text.slice(prev.end, head.start))) return false;
  return ROLE_WORDS.has(prev.text.toLowerCase()) && !ROLE_MODIFIERS.has(prev.text.toLowerCase());
}

/** The known place an organisation is named after ("Central Bank of Kenya" -> Kenya), as its own candidate. */
function placeInside(ctx: ArticleContext, tokens: WordToken[], run: ProperNounRun): Candidate[] {
  const of = tokens.map((t) => t.text).lastIndexOf("of");
  const tail = trimConnectors(tokens.slice(of + 1));
  if (of < 0 || tail.length === 0 || tail.some(isOrgHead)) return [];
  const name = ctx.text.slice(tail[0]?.start, tail[tail.length - 1]?.end);
  return isKnownPlace(name) ? candidate(ctx, tail, run, null) : [];
}

/**
 * Turns a run of capitalised words into candidate names: determiners and titles come off the front
 * (the title kept as the role), an organisation name stays whole, anything else splits at common words.
 */
export function shapeRun(run: ProperNounRun, ctx: ArticleContext): Candidate[] {
  let tokens = trimConnectors(run.tokens);
  while (tokens.length > 1 && isCalendarWord((tokens[tokens.length - 1] as WordToken).text))
    tokens = tokens.slice(0, -1);
  // a role word after "of" names what a body is of ("Department of Justice"), not a person's title
  const roleAt = tokens.findIndex(
    (_, i) => isRoleAt(tokens, i) && !tokens.slice(i).some(isOrgHead) && tokens[i - 1]?.text !== "of",
  );
  if (roleAt > 0 && !tokens.slice(0, roleAt).every((t) => isDemonym(t.text))) {
    const before = shapeRun({ ...run, tokens: tokens.slice(0, roleAt) }, ctx).map((c) => ({
      ...c,
      beforeRole: true,
    }));
    return [...before, ...shapeRun({ ...run, tokens: tokens.slice(roleAt) }, ctx)];
  }
  // "District of Columbia", "Gulf of Mexico": a place named "X of Y" is one name, whatever X is
  if (isPlaceOf(ctx, tokens)) return candidate(ctx, tokens, run, null);
  const role: WordToken[] = [];
  while (tokens.length > 0 && !tokens.some(isOrgHead)) {
    if (isRoleAt(tokens, 0) || (isDemonym(tokens[0]?.text ?? "") && isRoleAt(tokens, 1)))
      role.push(tokens.shift() as WordToken);
    else break;
  }
  // "Secretary of State Antony Blinken", "Secretary of Homeland Security Alejandro Mayorkas": the
  // portfolio belongs to the title when a first name follows it
  if (role.length > 0 && tokens[0]?.text === "of") {
    const portfolio = [1, 2].find((n) => tokens.length >= n + 3 && isFirstName(tokens[n + 1]?.text ?? ""));
    if (portfolio !== undefined) role.push(...tokens.splice(0, portfolio + 1));
  }
  const roleText = role.length > 0 ? ctx.text.slice(role[0]?.start, role[role.length - 1]?.end) : null;
  if (tokens.length === 0) return [];
  if (roleText) {
    const cut = tokens.findIndex((t) => SPLITTING_CONNECTORS.has(t.text));
    if (cut <= 0) return candidate(ctx, tokens, run, roleText);
    return [
      ...candidate(ctx, tokens.slice(0, cut), run, roleText),
      ...splitAtWeakWords(ctx, tokens.slice(cut + 1), run),
    ];
  }
  if (afterRoleWord(ctx, run) && tokens.length >= 2 && !tokens.some(isOrgHead))
    return candidate(ctx, tokens, run, null);
  if (tokens.some(isOrgHead)) {
    const last = tokens[tokens.length - 1];
    if (last && DOCUMENT_HEADS.has(lower(last))) tokens = tokens.slice(0, -1);
    return [...candidate(ctx, tokens, run, null), ...placeInside(ctx, tokens, run)];
  }
  return splitAtWeakWords(ctx, tokens, run);
}
