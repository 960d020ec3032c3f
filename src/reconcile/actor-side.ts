import type { EntityRef } from "../model/claim.js";
import { entityRefKey, slugOf } from "./entity-ref-key.js";

/**
 * The common words reports use for the two sides of a war, rather than a name: the state's forces ("the
 * government", "the Syrian regime", "government forces", "Assad's army") and the armed opposition
 * ("rebels", "jihadist rebels", "insurgents"). The capitalised word before the head, if any, says whose.
 */
const STATE =
  /^(?:[Tt]he\s+)?(?:(\p{Lu}[\p{L}-]*?)(?:['’]s)?\s+)?(?:pro-government\s+forces|(?:government|regime|state)(?:\s+(?:forces|troops|soldiers))?|army|military|armed\s+forces)$/u;
const OPPOSITION =
  /^(?:[Tt]he\s+)?(?:(\p{Lu}[\p{L}-]*)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:rebels?|insurgents?|militants?|jihadists?|opposition\s+(?:fighters|forces|groups?))$/u;

/** `state` or `opposition` with its owner ("syrian"; "" when none is written), or null for a name. */
function sideOf(text: string): { side: string; owner: string } | null {
  const state = STATE.exec(text.trim());
  if (state) return { side: "state", owner: slugOf(state[1] ?? "") };
  const opposition = OPPOSITION.exec(text.trim());
  if (opposition) return { side: "opposition", owner: slugOf(opposition[1] ?? "") };
  return null;
}

/**
 * Keys of the actors of one question's statements, with the common words for one side read as one actor:
 * "the government" and "the Syrian regime" are one actor, and so are "rebels", "jihadist rebels" and
 * "Islamist-led rebels". That holds while the question names at most one owner for the side; when it
 * names two ("the Syrian army", "the Russian military"), each owner is its own actor and a side named
 * without one stays apart. A named actor ("Hayat Tahrir al-Sham") keeps its own key.
 */
export function actorKeys(actors: readonly (EntityRef | null)[]): (string | null)[] {
  const sides = actors.map((actor) => (actor ? sideOf(actor.text) : null));
  const owners = new Map<string, Set<string>>();
  for (const found of sides) {
    if (!found || found.owner === "") continue;
    owners.set(found.side, (owners.get(found.side) ?? new Set()).add(found.owner));
  }
  return actors.map((actor, i) => {
    const found = sides[i];
    if (!actor) return null;
    if (!found) return entityRefKey(actor);
    const named = owners.get(found.side);
    if (!named || named.size === 1) return `side:${found.side}`;
    return `side:${found.side}:${found.owner}`;
  });
}
