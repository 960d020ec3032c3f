import type { EntityType } from "../model/index.js";
import { cachedSkeleton, cachedSpelling, cachedTokens } from "./cached-names.js";
import { hAsG } from "./fold-name.js";
import { getGazetteer } from "./geo/gazetteer.js";
import { jaroWinkler } from "./jaro-winkler.js";
import { memoize } from "./memoize.js";

/** Names shorter than this (folded letters) match only when spelled the same ("Iran" is not "Iraq"). */
const SHORT_NAME = 6;
const TOKEN_SIMILARITY = 0.75;

export function typesCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === "other" || b === "other";
}

/** The country a name denotes, when it is a country name in any listed spelling ("Türkiye" -> TR). */
export const countryCode = memoize((name: string): string | null => {
  const top = getGazetteer().lookup(name)[0];
  return top?.kind === "country" ? top.country : null;
});

const tokensOf = cachedTokens;
const spelled = cachedSpelling;
const skeletonOf = cachedSkeleton;

function tokensAlike(a: string, b: string): boolean {
  const ka = spelled(a);
  const kb = spelled(b);
  if (ka === kb) return true;
  if (Math.min(ka.length, kb.length) < SHORT_NAME - 1) return false;
  return skeletonOf(a) === skeletonOf(b) && jaroWinkler(ka, kb) >= TOKEN_SIMILARITY;
}

/** "Abdel Rahim" and "Abdelrahim": names of several words written run together, long enough to be safe. */
function joinedAlike(ta: string[], tb: string[]): boolean {
  if (Math.min(ta.length, tb.length) < 2) return false;
  const a = ta.join("");
  const b = tb.join("");
  return a.length >= 10 && tokensAlike(a, b);
}

/** Two places the gazetteer knows as different places are never the same place. */
function gazetteerDisagrees(a: string, b: string): boolean {
  const ga = getGazetteer().lookup(a)[0];
  const gb = getGazetteer().lookup(b)[0];
  return ga !== undefined && gb !== undefined && ga.id !== gb.id;
}

/**
 * Same name up to spelling: same country, or the same number of tokens (Arabic articles aside) with
 * each pair spelled alike or sharing a consonant skeleton at high Jaro-Winkler similarity.
 * Short single names must be spelled alike.
 */
export function sameName(a: string, b: string, type: EntityType): boolean {
  const ca = countryCode(a);
  const cb = countryCode(b);
  if (ca || cb) return ca === cb;
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.length !== tb.length) return joinedAlike(ta, tb);
  // a person's name in Ukrainian and in Russian spelling: "Oleh Syniehubov", "Oleg Sinegubov"
  const alike = (t: string, i: number) =>
    tokensAlike(t, tb[i] as string) || (type === "person" && tokensAlike(hAsG(t), hAsG(tb[i] as string)));
  if (!ta.every(alike)) return false;
  if (type === "place" && ta.join("") !== tb.join("") && gazetteerDisagrees(a, b)) return false;
  return true;
}

/** "Lena" is the given name of "Lena Horvat". */
export function isGivenNameOf(given: string, fullName: string): boolean {
  const full = tokensOf(fullName);
  const short = tokensOf(given);
  return full.length >= 2 && short.length === 1 && tokensAlike(short[0] as string, full[0] as string);
}

/** "Assad" is the surname of "Bashar al-Assad". */
export function isSurnameOf(surname: string, fullName: string): boolean {
  const full = tokensOf(fullName);
  const short = tokensOf(surname);
  const last = full[full.length - 1];
  return (
    full.length >= 2 && short.length === 1 && last !== undefined && tokensAlike(short[0] as string, last)
  );
}
