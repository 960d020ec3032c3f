/** What went wrong with a fetch, for messages and for deciding whether to retry later. */
export type FetchErrorKind =
  | "refused"
  | "timeout"
  | "too-large"
  | "too-many-redirects"
  | "redirect-loop"
  | "http-status"
  | "unsupported-content"
  | "network";

/** A fetch that did not give a usable response; `message` says why in one line. */
export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly url: string;
  readonly status: number | null;
  /** How long the server asked us to wait (Retry-After on 429/503), in milliseconds. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: FetchErrorKind,
    url: string,
    message: string,
    status: number | null = null,
    retryAfterMs: number | null = null,
  ) {
    super(`${url}: ${message}`);
    this.name = "FetchError";
    this.kind = kind;
    this.url = url;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The FetchError inside an error chain (undici wraps connect errors in `cause`). */
export function findFetchError(error: unknown): FetchError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof FetchError) return current;
    current = current.cause;
  }
  return null;
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === "") return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : Math.max(0, time - now);
}
