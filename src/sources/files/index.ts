export { articleFromRecord, toIsoDate } from "./article-record.js";
export { decodeBytes } from "./decode.js";
export { type FileKindReader, FileKindsMap, fileId, type SourceItem } from "./file-kinds.js";
export { splitFrontMatter } from "./front-matter.js";
export { DEFAULT_MAX_BYTES, type ReadPathsOptions, readPaths } from "./read-paths.js";
