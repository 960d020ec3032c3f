import { nameKey, nameTokens, skeleton, spellingKey } from "./fold-name.js";
import { memoize } from "./memoize.js";

/** Memoized name folding for resolution, where the same few thousand names come back article after article. */
export const cachedTokens = memoize(nameTokens);
export const cachedNameKey = memoize(nameKey);
export const cachedSpelling = memoize(spellingKey);
export const cachedSkeleton = memoize(skeleton);
