import type { Article } from "../model/article.js";
import type { Claim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import { entityRefKey, entityRefName } from "./entity-ref-key.js";

/** Who first said a claim: the attributed source, else the outlet's own reporting. */
export interface OriginalSource {
  /** Distinct per original source: an entity id, `~name`, `outlet:<name>` or `article:<id>`. */
  key: string;
  entityId: string | null;
  name: string;
}

type ArticleOutlet = Pick<Article, "id" | "outlet"> & { name?: string | null };
type MaybeCopy = ArticleOutlet & { duplicateOf?: string | null };

/**
 * The article whose outlet is credited with a copy's own reporting: a near-duplicate relays the
 * article it copies (followed through chains of copies), so a wire copy is not a second source.
 */
export function reportingArticle<A extends MaybeCopy>(article: A, byId: ReadonlyMap<string, A>): A {
  let current = article;
  for (let hops = 0; hops < 10 && current.duplicateOf; hops++) {
    const original = byId.get(current.duplicateOf);
    if (!original) break;
    current = original;
  }
  return current;
}

/** The outlet an article stands for: its outlet name, else its id. */
export function outletOf(article: ArticleOutlet): string {
  return article.outlet ?? article.id;
}

/**
 * The original source of a claim. An agency that only carried the claim (`channel`) is not an
 * original; a claim with no attribution is its own outlet's reporting.
 */
export function originalSourceOf(
  claim: Pick<Claim, "source">,
  article: ArticleOutlet | undefined,
  entityById: ReadonlyMap<string, Entity>,
): OriginalSource {
  if (claim.source) {
    return {
      key: entityRefKey(claim.source),
      entityId: claim.source.entityId,
      name: entityRefName(claim.source, entityById),
    };
  }
  if (article?.outlet) return { key: `outlet:${article.outlet}`, entityId: null, name: article.outlet };
  // no outlet: the report itself, by its name in quotes ("“Insurgents seize Aleppo”"), else its id
  const id = article?.id ?? "unknown";
  return { key: `article:${id}`, entityId: null, name: article?.name ? `“${article.name}”` : id };
}
