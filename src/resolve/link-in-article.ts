import { acronymLetters, initialsOf } from "../extract/entities/acronym-definitions.js";
import type { EntityType, Mention } from "../model/index.js";
import { cachedTokens as nameTokens } from "./cached-names.js";
import { isGivenNameOf, isSurnameOf, sameName, typesCompatible } from "./name-match.js";

/** The mentions of one article that name one thing, with the names they use. */
export interface MentionGroup {
  type: EntityType;
  /** Surface forms with how often each was written. */
  names: Map<string, number>;
  /** Indexes into the article's mention list. */
  mentionIndexes: number[];
}

export const isAcronymName = (name: string): boolean => /^(?:\p{Lu}\.?){2,8}$/u.test(name);
const tokenCount = (name: string): number => nameTokens(name).length;

/** A name written in full: more than one word, not an acronym. */
export function isFullName(name: string): boolean {
  return tokenCount(name) >= 2 && !isAcronymName(name);
}

function voteType(votes: EntityType[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const v of votes) if (v !== "other") counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: EntityType = "other";
  let bestCount = 0;
  for (const [type, count] of counts) if (count > bestCount) [best, bestCount] = [type, count];
  return best;
}

function findGroup(groups: MentionGroup[], mention: Mention, name: string): MentionGroup | undefined {
  const compatible = groups.filter((g) => typesCompatible(g.type, mention.type));
  const same = compatible.find((g) => [...g.names.keys()].some((n) => sameName(n, name, mention.type)));
  if (same) return same;
  if (isAcronymName(name)) {
    const letters = acronymLetters(name);
    return compatible.find((g) =>
      [...g.names.keys()].some((n) => isFullName(n) && initialsOf(n) === letters),
    );
  }
  if (tokenCount(name) >= 2) {
    const tokens = nameTokens(name);
    const longer = compatible.filter((g) =>
      [...g.names.keys()].some((n) => {
        const full = nameTokens(n);
        return full.length > tokens.length && tokens.every((t, k) => full[k] === t);
      }),
    );
    return mention.type === "organization" && longer.length === 1 ? longer[0] : undefined;
  }
  const owners = compatible.filter((g) =>
    [...g.names.keys()].some((n) =>
      mention.type === "organization"
        ? nameTokens(n)
            .slice(1)
            .includes(nameTokens(name)[0] ?? "")
        : mention.type !== "place" && g.type === "person" && (isSurnameOf(name, n) || isGivenNameOf(name, n)),
    ),
  );
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * Groups an article's mentions: same name up to spelling, an acronym with its written or initial-matching
 * long form, a surname or bare head word ("the Observatory") with the one full name it shortens.
 */
export function linkInArticle(mentions: Mention[]): MentionGroup[] {
  const order = mentions
    .map((m, i) => ({ m, i, name: m.expansion ?? m.text }))
    .sort(
      (a, b) =>
        tokenCount(b.name) - tokenCount(a.name) ||
        Number(isAcronymName(a.name)) - Number(isAcronymName(b.name)),
    );
  const groups: MentionGroup[] = [];
  const votes = new Map<MentionGroup, EntityType[]>();
  for (const { m, i, name } of order) {
    let group = findGroup(groups, m, name);
    if (!group) {
      group = { type: m.type, names: new Map(), mentionIndexes: [] };
      groups.push(group);
      votes.set(group, []);
    }
    group.mentionIndexes.push(i);
    group.names.set(m.text, (group.names.get(m.text) ?? 0) + 1);
    if (m.expansion && !group.names.has(m.expansion)) group.names.set(m.expansion, 0);
    votes.get(group)?.push(m.type);
    group.type = voteType(votes.get(group) ?? []);
  }
  return groups;
}
