import type { Brief } from "../../model/brief.js";
import { renderCsv } from "./csv.js";
import { renderGeoJson } from "./geojson.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";

/** Every output format, by the name the CLI's `--format` takes. */
export const BriefRenderersMap = {
  md: renderMarkdown,
  json: renderJson,
  html: renderHtml,
  csv: renderCsv,
  geojson: renderGeoJson,
} as const satisfies Record<string, (brief: Brief) => string>;

export type BriefFormat = keyof typeof BriefRenderersMap;

export const BRIEF_FORMATS = Object.keys(BriefRenderersMap) as BriefFormat[];

export function isBriefFormat(format: string): format is BriefFormat {
  return Object.hasOwn(BriefRenderersMap, format);
}

export function renderBrief(brief: Brief, format: BriefFormat): string {
  return BriefRenderersMap[format](brief);
}
