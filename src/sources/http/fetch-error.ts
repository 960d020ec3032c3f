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

  constructor(kind: FetchErrorKind, url: string, message: string, status: number | null = null) {
    super(`${url}: ${message}`);
    this.name = "FetchError";
    this.kind = kind;
    this.url = url;
    this.status = status;
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
