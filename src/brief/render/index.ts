export { csvField, renderCsv } from "./csv.js";
export { renderGeoJson } from "./geojson.js";
export { escapeHtml, renderHtml } from "./html.js";
export { renderJson } from "./json.js";
export { escapeMarkdown, renderMarkdown } from "./markdown.js";
export {
  BRIEF_FORMATS,
  type BriefFormat,
  BriefRenderersMap,
  isBriefFormat,
  renderBrief,
} from "./render-brief.js";
