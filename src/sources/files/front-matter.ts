import { parse } from "yaml";

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** Splits optional YAML front matter (title, outlet, url, published, language) from a text file. */
export function splitFrontMatter(text: string): FrontMatter {
  const match = FENCE.exec(text);
  if (!match) return { data: {}, body: text };
  const parsed: unknown = parse(match[1] ?? "");
  const data =
    parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  // YAML turns an unquoted date into a Date object
  for (const [key, value] of Object.entries(data)) if (value instanceof Date) data[key] = value.toISOString();
  return { data, body: text.slice(match[0].length) };
}
