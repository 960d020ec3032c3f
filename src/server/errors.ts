import type { Hook } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import type { Context, Env } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "not_found" }),
      message: z.string().openapi({ example: "no story with id s-123" }),
    }),
  })
  .openapi("Error");

export type ErrorCode =
  | "invalid_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "payload_too_large"
  | "unsupported_media_type"
  | "internal";

export function errorResponse<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  code: ErrorCode,
  message: string,
) {
  return c.json({ error: { code, message } }, status);
}

/** Turns a zod validation failure into `400 {error:{code:"invalid_request", message}}`. */
export const validationHook: Hook<unknown, Env, string, unknown> = (result, c) => {
  if (result.success) return;
  // A union (one article or an array) fails as a whole: report the first branch's own issues instead.
  const issues = result.error.issues.flatMap((issue) =>
    issue.code === "invalid_union" && issue.errors[0]?.length
      ? issue.errors[0].map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }))
      : [issue],
  );
  const message = issues
    .slice(0, 5)
    .map((issue) => `${[result.target, ...issue.path].join(".")}: ${issue.message}`)
    .join("; ");
  return errorResponse(c, 400, "invalid_request", message);
};

const codeByStatus: Record<number, ErrorCode> = {
  400: "invalid_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

/** Last-resort handler: framework exceptions keep their status, anything else is a 500 without details. */
export function handleError(err: Error, c: Context) {
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return errorResponse(c, status, codeByStatus[status] ?? "invalid_request", err.message || "bad request");
  }
  console.error(`crosscheck serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
  return errorResponse(c, 500, "internal", "internal error");
}
