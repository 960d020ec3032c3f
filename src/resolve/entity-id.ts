import { createHash } from "node:crypto";
import type { EntityType } from "../model/index.js";
import { nameKey } from "./fold-name.js";

/** Stable id of a new entity: `e-` + hash of its type, folded name and the article that introduced it. */
export function entityId(type: EntityType, name: string, articleId: string): string {
  return `e-${createHash("sha256")
    .update(`${type}\u0000${nameKey(name)}\u0000${articleId}`)
    .digest("hex")
    .slice(0, 16)}`;
}
