import type { EntityRef, Mention } from "../model/index.js";
import { foldName } from "./fold-name.js";

/**
 * The entity a claim's reference points to: the resolved mention overlapping its offsets, else the
 * one written the same way (or whose acronym expansion is written that way) in the article.
 */
export function resolveRef(ref: EntityRef, resolvedMentions: Mention[]): EntityRef {
  if (ref.entityId) return ref;
  const { start, end } = ref;
  let hit: Mention | undefined;
  if (start !== null && end !== null) {
    hit = resolvedMentions.find((m) => m.entityId && m.start < end && start < m.end);
  }
  if (!hit) {
    const folded = foldName(ref.text);
    hit = resolvedMentions.find(
      (m) =>
        m.entityId &&
        (foldName(m.text) === folded || (m.expansion !== null && foldName(m.expansion) === folded)),
    );
  }
  if (!hit) {
    const folded = foldName(ref.text);
    hit = resolvedMentions.find(
      (m) => m.entityId && folded.length > 0 && folded.includes(foldName(m.text)) && m.text.length > 2,
    );
  }
  return { ...ref, entityId: hit?.entityId ?? null };
}
