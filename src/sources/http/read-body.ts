import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { FetchError } from "./fetch-error.js";

function decoderFor(contentEncoding: string): NodeJS.ReadWriteStream | null {
  switch (contentEncoding) {
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return null;
  }
}

/**
 * Reads a response body, undoing gzip/deflate/brotli, and stops with a "too-large" error as soon as
 * the decoded size passes `maxBytes` (so a small compressed bomb cannot fill memory either).
 */
export async function readBodyWithLimit(
  body: Readable,
  contentEncoding: string | null,
  maxBytes: number,
  url: string,
): Promise<Buffer> {
  const encoding = (contentEncoding ?? "identity").trim().toLowerCase();
  let stream: AsyncIterable<Buffer> = body;
  let decoder: NodeJS.ReadWriteStream | null = null;
  if (encoding !== "identity" && encoding !== "") {
    decoder = decoderFor(encoding);
    if (decoder === null) {
      discardBody(body);
      throw new FetchError("unsupported-content", url, `unsupported Content-Encoding "${encoding}"`);
    }
    body.on("error", (error) => decoder?.emit("error", error));
    stream = body.pipe(decoder) as unknown as AsyncIterable<Buffer>;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.length;
      if (size > maxBytes) {
        throw new FetchError("too-large", url, `response is larger than the ${formatBytes(maxBytes)} limit`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    discardBody(body);
    if (error instanceof FetchError) throw error;
    if (decoder !== null && isZlibError(error)) {
      throw new FetchError(
        "unsupported-content",
        url,
        `cannot decode ${encoding} body: ${(error as Error).message}`,
      );
    }
    throw error;
  }
  return Buffer.concat(chunks, size);
}

/** Stops reading a body we do not want; the abort this causes is expected, not an error to report. */
export function discardBody(body: Readable): void {
  body.on("error", () => {});
  body.destroy();
}

function isZlibError(error: unknown): boolean {
  return error instanceof Error && "code" in error && String(error.code).startsWith("Z_");
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
