import type { Brief } from "../../model/brief.js";
import type { Claim, EntityRef } from "../../model/claim.js";

const COLUMNS = [
  "id",
  "articleId",
  "kind",
  "sentence",
  "start",
  "end",
  "source",
  "channel",
  "eventDate",
  "background",
  "outcome",
  "count",
  "countMax",
  "qualifier",
  "group",
  "groupLabel",
  "partOf",
  "place",
  "actor",
  "change",
  "extent",
  "target",
  "weapon",
  "speaker",
  "quote",
  "expression",
  "date",
] as const;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns holding an entity reference: written as the entity id, else the text as written. */
const REF_COLUMNS = new Set(["source", "channel", "place", "actor", "target", "speaker"]);

function cellOf(claim: Claim, column: (typeof COLUMNS)[number]): unknown {
  const value = (claim as unknown as Record<string, unknown>)[column];
  if (!REF_COLUMNS.has(column)) return value;
  const ref = value as EntityRef | null | undefined;
  return ref ? (ref.entityId ?? ref.text) : null;
}

/** The brief's claims as CSV, one row a claim, CRLF line ends (RFC 4180). */
export function renderCsv(brief: Brief): string {
  const rows = brief.claims.map((claim) => COLUMNS.map((k) => csvField(cellOf(claim, k))).join(","));
  return `${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
