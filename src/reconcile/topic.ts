import type { Claim } from "../model/claim.js";
import { entityRefKey, slugOf } from "./entity-ref-key.js";

/** `partOf|group` of breakdowns that split one group into several labelled parts. */
export function splitBreakdowns(claims: readonly Claim[]): Set<string> {
  const seen = new Set<string>();
  const split = new Set<string>();
  for (const c of claims) {
    if (c.kind !== "casualty" || !c.partOf || !c.groupLabel) continue;
    const key = `${c.partOf}|${c.group}`;
    if (seen.has(key)) split.add(key);
    seen.add(key);
  }
  return split;
}

/**
 * The question a claim answers, or null when it answers none (quotes, dates, background figures,
 * increments such as "five more bodies", details of a figure the report gave before such as "five of
 * the dead were in Acarí").
 * Casualties: `outcome:group` (a part-of breakdown item counts under its own group), with the
 * written label added for `other` groups and for parts of a breakdown that splits one group
 * ("183 rebels, 100 soldiers" are two questions, not a moving toll); control: `control:<place>`;
 * attack: `attack:<target>:<weapon>` (the airstrikes on a town and the ground assault on it are two
 * questions, as in ACLED's sub-event types); one that names no target but an attacker resolved to an
 * entity, `attack-by:<attacker>:<weapon>`; any other answers none.
 */
export function topicOf(
  claim: Claim,
  split: ReadonlySet<string> = new Set(),
  scopes: ReadonlyMap<string, string> = new Map(),
): string | null {
  if (claim.background) return null;
  switch (claim.kind) {
    case "casualty": {
      // a country's figure told after the story's total ("In Turkey, at least 1,498 died") is no detail
      // of it in a story told country by country: it answers that country's question
      const scope = scopes.get(claim.id);
      if (claim.increment || (claim.detail && !scope)) return null;
      const base = `${claim.outcome}:${claim.group}`;
      // a breakdown by country is told by the country, not by the parts' labels
      const labelled = claim.group === "other" || (!scope && split.has(`${claim.partOf}|${claim.group}`));
      const topic = labelled && claim.groupLabel ? `${base}:${slugOf(claim.groupLabel)}` : base;
      // a figure of one country in a story told country by country (`countryScopes`)
      return scope ? `${topic}:${scope}` : topic;
    }
    case "control":
      return `control:${entityRefKey(claim.place)}`;
    case "attack":
      if (claim.target) return `attack:${entityRefKey(claim.target)}:${slugOf(claim.weapon)}`;
      // only an attacker known as an entity: "assault by rebel" is no question of its own
      return claim.actor?.entityId ? `attack-by:${claim.actor.entityId}:${slugOf(claim.weapon)}` : null;
    case "quote":
    case "date":
      return null;
  }
}

/**
 * How a question of `attack:<target>:<weapon>` reads ("airstrikes on Aleppo", "shelling of Idlib"), or
 * of `attack-by:<attacker>:<weapon>` with `by` set ("assault by the rebels").
 */
const ATTACK_WORDS: Record<string, [string, string]> = {
  airstrike: ["airstrikes", "on"],
  drone: ["drone strikes", "on"],
  shelling: ["shelling", "of"],
  bombing: ["bombing", "in"],
  shooting: ["shooting", "in"],
  stabbing: ["stabbing", "in"],
  assault: ["assault", "on"],
};

/** The word that joins a kind of attack to its target: "airstrike on", "shelling of", "shooting in". */
export function attackPreposition(weapon: string): string {
  return ATTACK_WORDS[weapon]?.[1] ?? "on";
}

export function attackTopicLabel(weapon: string, target: string, by = false): string {
  const kind = ATTACK_WORDS[weapon]?.[0] ?? weapon.replace(/-/g, " ");
  return `${kind} ${by ? "by" : attackPreposition(weapon)} ${target}`;
}

/**
 * How a topic's key names its place, target or actor: the entity's name, else an unresolved name's
 * slug as words ("~kessel-airport" reads "Kessel Airport", "~the-embassy-of-norland" "the Embassy of Norland").
 */
export function topicKeyName(key: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(key);
  if (name !== undefined || !key.startsWith("~")) return name ?? key;
  return key
    .slice(1)
    .replace(/-/g, " ")
    .replace(/\b\p{Ll}[\p{L}\p{N}]*/gu, (w) => (MINOR_WORDS.has(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
}

/** "in-democratic-republic-of-the-congo" reads "in Democratic Republic of the Congo". */
function placeWords(part: string): string {
  return `in ${topicKeyName(`~${part.slice(3)}`, new Map())}`;
}

/** Words a name written from its slug keeps in lower case: "the Embassy of Norland". */
const MINOR_WORDS = new Set(["the", "of", "and", "in", "on", "at", "for", "a", "an", "to"]);

/**
 * The written labels of a story's casualty groups by the slug a topic key holds ("pro-government-forces"
 * reads "pro-government forces"), the first report's spelling (the extractor writes a common word that
 * opened a sentence in lower case: "rebels", but "Afghans", "Taliban members").
 */
export function groupLabels(claims: readonly Claim[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const c of claims) {
    if (c.kind !== "casualty" || !c.groupLabel) continue;
    const slug = slugOf(c.groupLabel);
    if (!labels.has(slug)) labels.set(slug, c.groupLabel);
  }
  return labels;
}

/**
 * How a casualty topic's group parts read (`killed:combatants:pro-government-forces` gives "combatants",
 * "pro-government forces"): each its written label, else its slug as words. "all" says nothing, and
 * neither does "other" before the label that says what the group is ("injured:other:seriously" reads
 * "seriously").
 */
export function groupNames(topic: string, labels: ReadonlyMap<string, string>): string[] {
  const parts = topic.split(":").slice(1);
  return parts
    .filter((part, i) => part !== "all" && !(part === "other" && i < parts.length - 1))
    .map((part) => labels.get(part) ?? (part.startsWith("in-") ? placeWords(part) : part.replace(/-/g, " ")));
}
