import type { Mention } from "../model/index.js";
import { nameBlockingKeys } from "./blocking-keys.js";

/** Blocking keys of every name (and acronym expansion) in an article: what to ask the EntityIndex for. */
export function articleBlockingKeys(mentions: Mention[]): string[] {
  const names = new Set<string>();
  for (const m of mentions) {
    names.add(m.text);
    if (m.expansion) names.add(m.expansion);
  }
  return [...new Set([...names].flatMap(nameBlockingKeys))];
}
