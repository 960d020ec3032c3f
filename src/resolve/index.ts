export { articleBlockingKeys } from "./article-keys.js";
export { entityBlockingKeys, nameBlockingKeys } from "./blocking-keys.js";
export { type EntityIndex, InMemoryEntityIndex } from "./entity-index.js";
export { foldName, nameKey, skeletonKey } from "./fold-name.js";
export { getGazetteer } from "./geo/gazetteer.js";
export { type GeoHit, geocodePlaces } from "./geo/geocode.js";
export { resolveArticle } from "./resolve-article.js";
export { type ResolveInput, type ResolveResult, resolveEntities } from "./resolve-entities.js";
export { resolveRef } from "./resolve-ref.js";
