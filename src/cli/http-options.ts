import type { FileReadContext } from "../sources/feeds/index.js";
import { type HttpClientOptions, userAgentFor } from "../sources/http/index.js";
import { VERSION } from "./version.js";

/** HTTP settings from the command line: private addresses only with --allow-private or CROSSCHECK_ALLOW_PRIVATE=1. */
export function httpOptionsFrom(options: { allowPrivate?: boolean }): HttpClientOptions {
  return {
    allowPrivate: options.allowPrivate === true || process.env.CROSSCHECK_ALLOW_PRIVATE === "1",
    userAgent: userAgentFor(VERSION),
  };
}

/** What file readers get from the command line (OPML files fetch the feeds they list). */
export function fileReadContextFrom(options: { allowPrivate?: boolean }): FileReadContext {
  return { http: httpOptionsFrom(options) };
}
