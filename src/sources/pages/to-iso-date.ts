const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An ISO 8601 string for a date as feeds and pages write it (RFC 822, ISO, with or without zone),
 * or null when it cannot be read or is implausible (before 1900, or more than a day in the future).
 */
export function toIsoDate(value: string | null | undefined, now: Date = new Date()): string | null {
  const raw = (value ?? "").trim();
  if (raw === "") return null;
  if (DATE_ONLY.test(raw)) return Number.isNaN(Date.parse(raw)) ? null : raw;
  const candidates = [raw, raw.replace(/^[A-Za-z]{3,9},?\s+/, ""), raw.replace(/\s+\([A-Za-z ]+\)$/, "")];
  for (const candidate of candidates) {
    const time = Date.parse(candidate);
    if (Number.isNaN(time)) continue;
    if (time < Date.UTC(1900, 0, 1) || time > now.getTime() + 86_400_000) return null;
    return new Date(time).toISOString();
  }
  return null;
}
