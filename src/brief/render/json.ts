import type { Brief } from "../../model/brief.js";

/** The brief as pretty-printed JSON. */
export function renderJson(brief: Brief): string {
  return `${JSON.stringify(brief, null, 2)}\n`;
}
