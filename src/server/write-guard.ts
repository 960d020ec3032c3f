import { createHash, timingSafeEqual } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { errorResponse } from "./errors.js";

const digest = (value: string) => createHash("sha256").update(value).digest();

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith("::ffff:") ? address.slice(7) : address;
  return plain === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

function remoteAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // not behind a Node socket (e.g. app.request in tests): treat as remote
  }
}

/**
 * Guards writes: with a token configured, `Authorization: Bearer <token>` is required (401 otherwise);
 * without one, only loopback clients may write (403 otherwise).
 */
export function writeGuard(token: string | null): MiddlewareHandler {
  const expected = token === null ? null : digest(token);
  return async (c, next) => {
    if (expected) {
      const header = c.req.header("authorization") ?? "";
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match?.[1] || !timingSafeEqual(digest(match[1].trim()), expected)) {
        c.header("WWW-Authenticate", 'Bearer realm="crosscheck"');
        return errorResponse(c, 401, "unauthorized", "a valid bearer token is required to write");
      }
    } else if (!isLoopbackAddress(remoteAddress(c))) {
      return errorResponse(c, 403, "forbidden", "writes are allowed only from loopback when no token is set");
    }
    await next();
    return undefined;
  };
}
