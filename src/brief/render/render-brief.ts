import type { Brief } from "../../model/index.js";
import { renderMarkdown } from "./markdown.js";

export type BriefFormat = "md" | "json";

/** Every brief renderer by format name. */
export const BriefRenderersMap: Record<BriefFormat, (brief: Brief) => string> = {
  md: renderMarkdown,
  json: (brief) => `${JSON.stringify(brief, null, 2)}\n`,
};

export function renderBrief(brief: Brief, format: BriefFormat): string {
  return BriefRenderersMap[format](brief);
}
