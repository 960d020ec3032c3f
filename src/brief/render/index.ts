export { csvField, renderCsv } from "./csv.js";
export { renderGeoJson } from "./geojson.js";
export { renderHtml } from "./html.js";
export { escapeHtml } from "./html-escape.js";
export { renderJson } from "./json.js";
export { escapeMarkdown, renderMarkdown } from "./markdown.js";
export { placesSvg } from "./places-svg.js";
export {
  BRIEF_FORMATS,
  type BriefFormat,
  BriefRenderersMap,
  isBriefFormat,
  renderBrief,
} from "./render-brief.js";
