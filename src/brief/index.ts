export { type BriefInput, buildBrief } from "./build-brief.js";
export { buildCoverage } from "./coverage.js";
export { buildPlaces } from "./places.js";
export { buildProvenance } from "./provenance.js";
export * from "./render/index.js";
export { buildSummary } from "./summary.js";
export { buildTimeline } from "./timeline.js";
