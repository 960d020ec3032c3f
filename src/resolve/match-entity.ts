import { acronymLetters, initialsOf } from "../extract/entities/acronym-definitions.js";
import type { Entity } from "../model/index.js";
import { isAcronymName, isFullName, type MentionGroup } from "./link-in-article.js";
import { isSurnameOf, sameName, typesCompatible } from "./name-match.js";

/** Score of a link made through a surname alone (the weakest). */
export const SURNAME_LINK = 1;

/** Strength of a match between an article's mention group and a stored entity; 0 = no match. */
export function matchScore(
  group: MentionGroup,
  entity: Entity,
  contextEntityIds: ReadonlySet<string> | null,
): number {
  if (!typesCompatible(group.type, entity.type)) return 0;
  const type = group.type === "other" ? entity.type : group.type;
  const ours = [...group.names.keys()];
  const theirs = entity.aliases;
  const oursFull = ours.filter(isFullName);
  const theirsFull = theirs.filter(isFullName);
  if (type === "person" && oursFull.length === 0) {
    // Surname only: joins a full name only within the story (or article) context.
    const inContext = contextEntityIds === null || contextEntityIds.has(entity.id);
    const linked = ours.some(
      (s) => theirsFull.some((full) => isSurnameOf(s, full)) || theirs.some((t) => sameName(s, t, type)),
    );
    return inContext && linked ? SURNAME_LINK : 0;
  }
  if (type === "person" && theirsFull.length === 0) {
    return oursFull.some((full) => theirs.some((s) => isSurnameOf(s, full))) &&
      contextEntityIds?.has(entity.id) === true
      ? SURNAME_LINK
      : 0;
  }
  if (ours.some((a) => theirs.some((b) => sameName(a, b, type)))) return 3;
  if (type === "organization" || type === "other") {
    const ourAcronyms = ours.filter(isAcronymName).map(acronymLetters);
    const theirAcronyms = theirs.filter(isAcronymName).map(acronymLetters);
    if (ourAcronyms.some((a) => theirAcronyms.includes(a))) return 2;
    if (ourAcronyms.some((a) => theirsFull.some((n) => initialsOf(n) === a))) return 2;
    if (theirAcronyms.some((a) => oursFull.some((n) => initialsOf(n) === a))) return 2;
  }
  return 0;
}
