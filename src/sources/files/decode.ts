export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Share of control bytes (other than tab/newline/CR/form feed) above which a file is binary. */
const BINARY_CONTROL_SHARE = 0.02;

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else Latin-1 when the
 * bytes are not valid UTF-8. Files with NUL bytes or many control bytes (and no UTF-16 BOM) are binary.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return { ok: false, reason: "binary file (contains NUL bytes)" };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE) {
    return { ok: false, reason: "binary file (control bytes)" };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { ok: true, text: new TextDecoder("latin1").decode(body), encoding: "latin-1" };
  }
}
