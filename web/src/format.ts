import type { CasualtyCounts } from "../../src/model/index.js";
import { attackTopicLabel, groupNames, topicKeyName } from "../../src/reconcile/topic.js";

const numberFormat = new Intl.NumberFormat("en");

/** "81 killed, 150 injured"; empty when no toll is stated (a council budget has none to show). */
export function formatToll(c: CasualtyCounts): string {
  const parts: string[] = [];
  if (c.killed !== null) parts.push(`${numberFormat.format(c.killed)} killed`);
  if (c.injured !== null) parts.push(`${numberFormat.format(c.injured)} injured`);
  return parts.join(", ");
}

export function formatDate(iso: string | null): string {
  if (!iso) return "undated";
  return iso.slice(0, 10);
}

export function formatDateRange(first: string | null, last: string | null): string {
  if (!first && !last) return "undated";
  const a = formatDate(first ?? last);
  const b = formatDate(last ?? first);
  return a === b ? a : `${a} – ${b}`;
}

const qualifierWords: Record<string, string> = {
  exact: "",
  "at-least": "at least ",
  "more-than": "more than ",
  about: "about ",
  "at-most": "at most ",
  range: "",
};

/** A figure with its qualifier ("at least 40"); values without a count (control, attack) show their label. */
export function formatFigure(f: {
  count: number | null;
  qualifier: string | null;
  countMax?: number | null;
  label?: string;
}): string {
  if (f.count === null) return f.label ?? "–";
  const max = f.countMax ? `–${numberFormat.format(f.countMax)}` : "";
  return `${qualifierWords[f.qualifier ?? "exact"] ?? ""}${numberFormat.format(f.count)}${max}`;
}

/**
 * `killed:civilians` -> `killed (civilians)`; `killed:combatants:rebels` -> `killed (combatants, rebels)`;
 * `control:<place>` -> `control of <place>`;
 * `attack:<place>:airstrike` -> `airstrikes on <place>`; `attack-by:<actor>:assault` -> `assault by <actor>`.
 */
export function formatTopic(
  topic: string,
  names: Map<string, string>,
  groupLabels: ReadonlyMap<string, string> = new Map(),
): string {
  const [outcome, rest, weapon] = topic.split(":", 3);
  if (!rest || rest === "all") return outcome ?? topic;
  const name = topicKeyName(rest, names);
  if (outcome === "attack" || outcome === "attack-by")
    return attackTopicLabel(weapon ?? "attack", name, outcome === "attack-by");
  if (outcome === "control") return `control of ${name}`;
  // a casualty group and its part: `killed:combatants:rebels` -> `killed (combatants, rebels)`
  return `${outcome} (${groupNames(topic, groupLabels).join(", ")})`;
}

export const hrefStory = (id: string) => `#/story/${encodeURIComponent(id)}`;
export const hrefArticle = (id: string, start?: number, end?: number, story?: string) => {
  const query = new URLSearchParams();
  if (start !== undefined && end !== undefined) query.set("hl", `${start}-${end}`);
  if (story) query.set("story", story);
  const q = query.toString();
  return `#/article/${encodeURIComponent(id)}${q ? `?${q}` : ""}`;
};
