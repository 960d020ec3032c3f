import type { ArticleInput } from "../../model/index.js";
import { dateFromUrl } from "../url/date-from-url.js";
import { outletFromUrl } from "../url/outlet-from-url.js";

const KNOWN = new Set([
  "id",
  "title",
  "text",
  "content",
  "body",
  "url",
  "outlet",
  "source",
  "published",
  "date",
  "dct",
  "language",
]);

function str(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number") return String(value);
  return null;
}

function sourceName(value: unknown): string | null {
  if (value && typeof value === "object" && "name" in value) return str((value as { name: unknown }).name);
  return str(value);
}

/** Parses a date-like value to ISO 8601, or null. Dates without a time stay plain dates. */
export function toIsoDate(value: unknown): string | null {
  const raw = str(value);
  if (raw === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) return raw.trim();
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export type RecordResult = { ok: true; input: ArticleInput } | { ok: false; reason: string };

/**
 * Maps one JSON record (CONTRACT.md fields: id, title, text|content|body, url, outlet|source,
 * published|date|dct, language) to an ArticleInput; unknown fields are kept in `extra`.
 */
export function articleFromRecord(record: unknown, origin: string, fallbackId: string): RecordResult {
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    return { ok: false, reason: "not a JSON object" };
  }
  const r = record as Record<string, unknown>;
  const text = str(r.text) ?? str(r.content) ?? str(r.body);
  if (text === null) return { ok: false, reason: "empty article (no text, content or body)" };
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(r)) if (!KNOWN.has(key)) extra[key] = value;
  const published = r.published ?? r.date ?? r.dct;
  if (published !== undefined && published !== null && toIsoDate(published) === null) {
    extra.unparsedPublished = published;
  }
  // no date given: the day the URL's path carries, if any (noted in `extra`)
  const url = str(r.url);
  const fromUrl = toIsoDate(published) === null && url ? dateFromUrl(url) : null;
  if (fromUrl) extra.publishedFrom = "url";
  return {
    ok: true,
    input: {
      id: str(r.id) ?? str(r.url) ?? fallbackId,
      title: str(r.title),
      text,
      url,
      // no outlet given: the site the URL is on
      outlet: sourceName(r.outlet) ?? sourceName(r.source) ?? (url ? outletFromUrl(url) : null),
      published: toIsoDate(published) ?? fromUrl,
      language: str(r.language),
      origin,
      extra,
    },
  };
}
