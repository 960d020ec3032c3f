import { acronymLetters, initialsOf } from "../extract/entities/acronym-definitions.js";
import type { Entity } from "../model/index.js";
import { isAcronymName, isFullName, type MentionGroup } from "./link-in-article.js";
import { isSurnameOf, sameName, typesCompatible } from "./name-match.js";

/** Strength of a match between an article's mention group and a stored entity; 0 = no match. */
export function matchScore(
  group: MentionGroup,
  entity: Entity,
  contextArticleIds: ReadonlySet<string> | null,
): number {
  if (!typesCompatible(group.type, entity.type)) return 0;
  const type = group.type === "other" ? entity.type : group.type;
  const ours = [...group.names.keys()];
  const theirs = entity.aliases;
  const oursFull = ours.filter(isFullName);
  const theirsFull = theirs.filter(isFullName);
  if (type === "person" && oursFull.length === 0) {
    // Surname only: joins a full name only within the story (or article) context.
    const inContext = contextArticleIds === null || entity.articleIds.some((id) => contextArticleIds.has(id));
    const linked = ours.some(
      (s) => theirsFull.some((full) => isSurnameOf(s, full)) || theirs.some((t) => sameName(s, t, type)),
    );
    return inContext && linked ? 1 : 0;
  }
  if (type === "person" && theirsFull.length === 0) {
    return oursFull.some((full) => theirs.some((s) => isSurnameOf(s, full))) &&
      contextArticleIds !== null &&
      entity.articleIds.some((id) => contextArticleIds.has(id))
      ? 1
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
