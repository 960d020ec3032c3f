import type { EntityType } from "../../model/index.js";

/** An acronym written in the text right after its long form: "Long Name (LN)". */
export interface AcronymDefinition {
  acronym: string;
  expansion: string;
  /** Offsets of the acronym inside the brackets. */
  start: number;
  end: number;
}

const ACRONYM = /^\s?\(((?:\p{Lu}\.?){2,8}|\p{Lu}[\p{Lu}\p{Ll}&-]*\p{Lu})\)/u;

/** The acronym in brackets right after `end`, if any (in any language: initials need not match). */
export function acronymAfter(
  text: string,
  end: number,
): { acronym: string; start: number; end: number } | null {
  const match = ACRONYM.exec(text.slice(end, end + 14));
  if (!match?.[1]) return null;
  const start = end + match[0].indexOf(match[1]);
  return { acronym: match[1], start, end: start + match[1].length };
}

/** Initials of the capitalised words of a name ("Syrian Observatory for Human Rights" -> SOHR). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** Acronym letters only, dots removed ("U.N." -> UN). */
export function acronymLetters(acronym: string): string {
  return acronym.replace(/[^\p{L}]/gu, "").toUpperCase();
}

/** Type a defined acronym takes: that of its expansion, an organisation when unknown. */
export function acronymType(expansionType: EntityType): EntityType {
  return expansionType === "other" || expansionType === "person" ? "organization" : expansionType;
}
