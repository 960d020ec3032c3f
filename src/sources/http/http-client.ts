import { Agent, request } from "undici";
import { AddressGuard, type AddressGuardOptions } from "./address-guard.js";
import { decodeBody, mediaTypeOf } from "./charset.js";
import { FetchError, findFetchError, parseRetryAfter } from "./fetch-error.js";
import { discardBody, formatBytes, readBodyWithLimit } from "./read-body.js";

export const DEFAULT_USER_AGENT = "crosscheck/0.1.0 (+https://github.com/crosscheck)";

/** The User-Agent crosscheck sends: names the program, its version and where to read about it. */
export function userAgentFor(version: string): string {
  return `crosscheck/${version} (+https://github.com/crosscheck)`;
}

/** `allowPrivate` allows loopback/private/link-local targets (tests, intranets); the CLI decides it. */
export interface HttpClientOptions extends AddressGuardOptions {
  /** Whole-request deadline, redirects and body included. */
  timeoutMs?: number;
  /** Largest decoded body accepted. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

export interface HttpGetOptions {
  accept?: string;
  /** Conditional request validators from an earlier response. */
  etag?: string | null;
  lastModified?: string | null;
}

export interface HttpResponse {
  /** Final URL, after redirects. */
  url: string;
  status: number;
  /** True for 304 Not Modified (then `text` is empty). */
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  text: string;
  charset: string;
}

export interface HttpClient {
  get(url: string, options?: HttpGetOptions): Promise<HttpResponse>;
  close(): Promise<void>;
}

/** Media types that are never a page or a feed: refused before their body is read. */
const NOT_TEXT =
  /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|x-tar|x-7z-compressed|vnd\.|msword|ogg|wasm)/;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** An HTTP client for untrusted URLs: checked addresses, timeouts, size and redirect limits. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const guard = new AddressGuard(options);
  const agent = new Agent({
    connect: { lookup: guard.lookup, timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connections: 8,
  });

  async function get(url: string, getOptions: HttpGetOptions = {}): Promise<HttpResponse> {
    const deadline = AbortSignal.timeout(timeoutMs);
    const visited = new Set<string>();
    let current = parseUrl(url);
    try {
      for (let hop = 0; ; hop++) {
        await guard.check(current);
        visited.add(current.href);
        const headers: Record<string, string> = {
          "user-agent": userAgent,
          accept: getOptions.accept ?? "*/*",
          "accept-encoding": "gzip, deflate, br",
        };
        if (getOptions.etag) headers["if-none-match"] = getOptions.etag;
        if (getOptions.lastModified) headers["if-modified-since"] = getOptions.lastModified;
        const response = await request(current, {
          method: "GET",
          headers,
          dispatcher: agent,
          signal: deadline,
        });
        const status = response.statusCode;
        if (REDIRECT_STATUSES.has(status)) {
          await response.body.dump();
          const location = header(response.headers, "location");
          if (location === null)
            throw new FetchError("http-status", current.href, `${status} without Location`, status);
          const next = parseUrl(location, current);
          if (visited.has(next.href)) {
            throw new FetchError(
              "redirect-loop",
              url,
              `redirect loop (${current.href} -> ${next.href})`,
              status,
            );
          }
          if (hop + 1 > maxRedirects) {
            throw new FetchError("too-many-redirects", url, `more than ${maxRedirects} redirects`, status);
          }
          current = next;
          continue;
        }
        const base = {
          url: current.href,
          status,
          contentType: header(response.headers, "content-type"),
          etag: header(response.headers, "etag"),
          lastModified: header(response.headers, "last-modified"),
        };
        if (status === 304) {
          await response.body.dump();
          return { ...base, notModified: true, text: "", charset: "utf-8" };
        }
        if (status < 200 || status > 299) {
          await response.body.dump();
          const retryAfter = parseRetryAfter(header(response.headers, "retry-after"));
          throw new FetchError("http-status", current.href, `HTTP ${status}`, status, retryAfter);
        }
        const media = mediaTypeOf(base.contentType);
        if (NOT_TEXT.test(media)) {
          discardBody(response.body);
          throw new FetchError("unsupported-content", current.href, `not a page or feed (${media})`);
        }
        const declared = Number(header(response.headers, "content-length") ?? Number.NaN);
        if (declared > maxBytes) {
          discardBody(response.body);
          throw new FetchError(
            "too-large",
            current.href,
            `response is larger than the ${formatBytes(maxBytes)} limit`,
          );
        }
        const bytes = await readBodyWithLimit(
          response.body,
          header(response.headers, "content-encoding"),
          maxBytes,
          current.href,
        );
        return { ...base, notModified: false, ...decodeBody(bytes, base.contentType) };
      }
    } catch (error) {
      throw asFetchError(error, current.href, deadline.aborted, timeoutMs);
    }
  }

  return { get, close: () => agent.close() };
}

function parseUrl(value: string, base?: URL): URL {
  try {
    return new URL(value, base);
  } catch {
    throw new FetchError("refused", value, "refused: not a valid URL");
  }
}

function asFetchError(error: unknown, url: string, timedOut: boolean, timeoutMs: number): FetchError {
  const known = findFetchError(error);
  if (known) return known;
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  if (timedOut || code.includes("TIMEOUT")) {
    return new FetchError("timeout", url, `no complete response within ${timeoutMs / 1000} s`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new FetchError("network", url, `${code ? `${code} ` : ""}${message}`.trim());
}
