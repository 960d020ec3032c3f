import { acronymLetters, initialsOf } from "../extract/entities/acronym-definitions.js";
import type { Entity } from "../model/index.js";
import { hAsG, nameKey, nameTokens, skeleton, skeletonKey } from "./fold-name.js";
import { memoize } from "./memoize.js";
import { countryCode } from "./name-match.js";

const isAcronym = (name: string): boolean => /^(?:\p{Lu}\.?){2,8}$/u.test(name);

/**
 * Keys under which an entity with this surface form is filed, so that any name that could match it
 * shares at least one: spelling key, consonant skeleton, surname skeleton (also with a vowel's h read as
 * g, `hAsG`), initials, country code.
 */
export const nameBlockingKeys = memoize(function nameBlockingKeys(name: string): string[] {
  const keys = [`n:${nameKey(name)}`, `s:${skeletonKey(name)}`];
  const tokens = nameTokens(name);
  const last = tokens[tokens.length - 1];
  if (last) keys.push(`l:${skeleton(last)}`, `g:${skeleton(hAsG(last))}`);
  if (tokens.length >= 2) keys.push(`j:${skeleton(tokens.join(""))}`);
  if (isAcronym(name)) keys.push(`a:${acronymLetters(name)}`);
  else if (tokens.length >= 2) keys.push(`a:${initialsOf(name)}`);
  const country = countryCode(name);
  if (country) keys.push(`c:${country}`);
  return keys;
});

/** Every blocking key of an entity (over all its aliases); the store files the entity under each. */
export function entityBlockingKeys(entity: Pick<Entity, "aliases" | "name">): string[] {
  return [...new Set([entity.name, ...entity.aliases].flatMap(nameBlockingKeys))];
}
