import type { TextEdit } from "./offset-map.js";

const BOILERPLATE_LINE: RegExp[] = [
  /^(#\w[\w-]*\s*){2,}$/u, // hashtag runs
  /^related (articles?|stories|news|content|coverage)\b/i,
  /^(read|see) (more|also)\b.{0,80}$/i,
  /^(share|subscribe|sign up|follow us|click here|advertisement|sponsored)\b.{0,80}$/i,
  /^(share|tweet|email|print|facebook|twitter|whatsapp|linkedin|copy link)(\s*[|•·,]?\s*(share|tweet|email|print|facebook|twitter|whatsapp|linkedin|copy link))*\s*$/i,
  /^(photo|image|video|file photo)\s*:\s*.{0,80}$/i,
  /^(all rights reserved|copyright|©).{0,100}$/i,
  /^(we use cookies|this site uses cookies|accept (all )?cookies).{0,200}$/i,
  /^(by\s+)?[A-Z][\w'.-]+(\s+[A-Z][\w'.-]+){0,3}\s*[|,-]\s*(staff|reporter|correspondent|contributor)\b.{0,40}$/,
];

/**
 * Lines that are page furniture, not reporting: hashtag runs, "Related Articles", share prompts,
 * cookie notices, and a byline repeated as a text line. Returns edits that delete them.
 */
export function boilerplateEdits(text: string, byline: string | null = null): TextEdit[] {
  const edits: TextEdit[] = [];
  const bylineKey = byline
    ? byline
        .trim()
        .toLowerCase()
        .replace(/^by\s+/, "")
    : null;
  let offset = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    const lower = trimmed.toLowerCase().replace(/^by\s+/, "");
    const isByline = bylineKey !== null && lower.length > 0 && lower === bylineKey;
    if (trimmed.length > 0 && (isByline || BOILERPLATE_LINE.some((re) => re.test(trimmed)))) {
      const end = Math.min(text.length, offset + line.length + 1);
      edits.push({ from: offset, to: end, replacement: "" });
    }
    offset += line.length + 1;
  }
  return edits;
}
