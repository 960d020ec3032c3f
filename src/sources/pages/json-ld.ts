/** A JSON-LD node as found in pages: loosely typed, read defensively. */
export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPE = /article|posting|report|story/i;

function flatten(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, into);
  } else if (value !== null && typeof value === "object") {
    const node = value as JsonLdNode;
    into.push(node);
    if ("@graph" in node) flatten(node["@graph"], into);
  }
}

function typesOf(node: JsonLdNode): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

/** The article node among a page's JSON-LD blocks (NewsArticle, BlogPosting, …), if there is one. */
export function findArticleNode(scripts: string[]): JsonLdNode | null {
  const nodes: JsonLdNode[] = [];
  for (const script of scripts) {
    try {
      flatten(JSON.parse(script), nodes);
    } catch {
      // a broken JSON-LD block is ignored, like browsers and search engines do
    }
  }
  return nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t))) ?? null;
}

/** A name from a JSON-LD value that is a string, a `{ name }` object, or a list of either. */
export function jsonLdName(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(jsonLdName).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (value !== null && typeof value === "object") return jsonLdName((value as JsonLdNode).name);
  return null;
}

export function jsonLdString(node: JsonLdNode | null, key: string): string | null {
  const value = node?.[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
