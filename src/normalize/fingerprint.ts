import { createHash } from "node:crypto";

/** Exact fingerprint of an article's content: identical text (after normalizing) -> identical hash. */
export function contentFingerprint(title: string | null, text: string): string {
  const canonical = `${(title ?? "").trim().toLowerCase()}\n${text.replace(/\s+/g, " ").trim().toLowerCase()}`;
  return createHash("sha256").update(canonical).digest("hex");
}
