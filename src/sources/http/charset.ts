/** The media type of a Content-Type header, lower-cased, without parameters ("" when absent). */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The `charset` parameter of a Content-Type header, if any. */
export function charsetParameter(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return match?.[1]?.toLowerCase() ?? null;
}

const BOMS: ReadonlyArray<[bytes: number[], charset: string]> = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

/** A charset declared inside the first bytes: a byte-order mark, `<?xml encoding>`, or an HTML meta tag. */
export function sniffCharset(bytes: Uint8Array): string | null {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return charset;
  }
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const patterns = [
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i,
    /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(head);
    if (match?.[1]) return match[1].toLowerCase();
  }
  return null;
}

function decoderFor(charset: string | null): TextDecoder | null {
  if (charset === null) return null;
  try {
    return new TextDecoder(charset);
  } catch {
    return null;
  }
}

/**
 * Decodes a body to text: the header's charset first, then one declared in the document
 * (BOM, XML declaration, `<meta charset>` or `http-equiv` Content-Type), else UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  const decoder =
    decoderFor(charsetParameter(contentType)) ?? decoderFor(sniffCharset(bytes)) ?? new TextDecoder("utf-8");
  return { text: decoder.decode(bytes), charset: decoder.encoding };
}
