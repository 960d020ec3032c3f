/**
 * The outlet a news URL names: its host without "www." ("https://www.reuters.com/world/..." gives
 * "reuters.com"), read through a web archive's copy to the original address. Null for anything that is
 * not an http(s) address with a host (a file path, "urn:...", an IP address says nothing about who
 * published).
 */
export function outletFromUrl(url: string): string | null {
  const archived = /^https?:\/\/web\.archive\.org\/web\/\d{14}[a-z_]*\/(.+)$/i.exec(url);
  if (archived) return outletFromUrl(archived[1]!);
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    host = parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host.includes(".") || /^[\d.]+$/.test(host) || host.startsWith("[")) return null;
  return host.replace(/^(www\d*|amp|m|mobile)\./, "") || null;
}
