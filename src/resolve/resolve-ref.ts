import { FACILITY_NOUNS } from "../extract/control/control-patterns.js";
import type { EntityRef, Mention } from "../model/index.js";
import { foldName } from "./fold-name.js";

/** "Kessel airport" and "the embassy of Norland" are not the place: a facility is a thing of its own. */
const FACILITY_REF = new RegExp(
  `\\s(${FACILITY_NOUNS.source})$|^the\\s+(?:embassy|consulate|${FACILITY_NOUNS.source})\\s+of\\s`,
  "i",
);

/** The resolved mention sharing the most characters with [start, end). */
function mostOverlapping(start: number, end: number, mentions: Mention[]): Mention | undefined {
  let best: Mention | undefined;
  let bestOverlap = 0;
  for (const m of mentions) {
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (m.entityId && overlap > bestOverlap) [best, bestOverlap] = [m, overlap];
  }
  return best;
}

/** The resolved mention written the same way, or whose acronym expansion is written that way. */
function sameWords(text: string, mentions: Mention[]): Mention | undefined {
  const folded = foldName(text);
  return mentions.find(
    (m) =>
      m.entityId &&
      (foldName(m.text) === folded || (m.expansion !== null && foldName(m.expansion) === folded)),
  );
}

/** The longest resolved name written as whole words inside the reference ("a Harbour Council spokesman"). */
function longestNameInside(text: string, mentions: Mention[]): Mention | undefined {
  const padded = ` ${foldName(text)} `;
  let best: Mention | undefined;
  for (const m of mentions) {
    const name = foldName(m.text);
    if (!m.entityId || name.length < 3 || !padded.includes(` ${name} `)) continue;
    if (!best || name.length > foldName(best.text).length) best = m;
  }
  return best;
}

/** "Evers said" after "Governor Tony Evers": the one person of the article whose name ends with that surname. */
function bySurname(text: string, mentions: Mention[]): Mention | undefined {
  const surname = foldName(text);
  if (surname.length < 3 || surname.includes(" ")) return undefined;
  const people = new Set<string>();
  let hit: Mention | undefined;
  for (const m of mentions) {
    if (!m.entityId || m.type !== "person") continue;
    const words = foldName(m.text).split(" ");
    if (words.length < 2 || words.at(-1) !== surname) continue;
    people.add(m.entityId);
    hit = m;
  }
  return people.size === 1 ? hit : undefined;
}

/**
 * The entity a claim's reference points to, from the article's resolved mentions: the one its offsets
 * overlap most, else one written the same way, else the longest name written inside the reference,
 * else the one person whose full name ends with the reference's one word (a surname).
 * For who said or did something (`who`), a place inside a longer reference only qualifies it ("the
 * Waukesha County medical examiner's office", "Brookfield police"): the reference is not the place.
 */
export function resolveRef(ref: EntityRef, resolvedMentions: Mention[], who = false): EntityRef {
  if (ref.entityId) return ref;
  const hit =
    (ref.start !== null && ref.end !== null
      ? mostOverlapping(ref.start, ref.end, resolvedMentions)
      : undefined) ??
    sameWords(ref.text, resolvedMentions) ??
    (FACILITY_REF.test(ref.text) ? undefined : longestNameInside(ref.text, resolvedMentions)) ??
    bySurname(ref.text, resolvedMentions);
  const qualifier = who && hit?.type === "place" && foldName(hit.text) !== foldName(ref.text);
  return { ...ref, entityId: qualifier ? null : (hit?.entityId ?? null) };
}
