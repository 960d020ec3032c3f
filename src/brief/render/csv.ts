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

const refText = (ref: EntityRef | null | undefined) => (ref ? (ref.entityId ?? ref.text) : null);

function rowOf(claim: Claim): Record<(typeof COLUMNS)[number], unknown> {
  const c = claim as Partial<Record<string, unknown>> & Claim;
  const ref = (key: string) => refText(c[key] as EntityRef | null | undefined);
  return {
    ...Object.fromEntries(COLUMNS.map((k) => [k, c[k]])),
    source: ref("source"),
    channel: ref("channel"),
    place: ref("place"),
    actor: ref("actor"),
    target: ref("target"),
    speaker: ref("speaker"),
  } as Record<(typeof COLUMNS)[number], unknown>;
}

/** The brief's claims as CSV, one row a claim, CRLF line ends (RFC 4180). */
export function renderCsv(brief: Brief): string {
  const rows = brief.claims.map((claim) => {
    const row = rowOf(claim);
    return COLUMNS.map((k) => csvField(row[k])).join(",");
  });
  return `${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
