import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { ServerBackend } from "./backend.js";
import type { ServerConfig } from "./config.js";
import { errorResponse, handleError, validationHook } from "./errors.js";
import { registerArticleRoutes } from "./routes/articles.js";
import { registerSearchRoutes } from "./routes/search.js";
import { registerStoryRoutes } from "./routes/stories.js";
import { loadWebAssets, registerWebAssets } from "./web-assets.js";
import { writeGuard } from "./write-guard.js";

const self = ["'self'"];

/** Only same-origin scripts, styles, images and requests; nothing from article data can run. */
export const contentSecurityPolicy = {
  defaultSrc: self,
  scriptSrc: self,
  styleSrc: self,
  imgSrc: [...self, "data:"],
  connectSrc: self,
  fontSrc: self,
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: self,
  frameAncestors: ["'none'"],
};

/** The whole HTTP app: API routes, OpenAPI document, web UI, security headers and JSON errors. */
export function createApp(config: ServerConfig, backend: ServerBackend): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use("*", secureHeaders({ contentSecurityPolicy, referrerPolicy: "no-referrer" }));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: (c) => errorResponse(c, 413, "payload_too_large", `body over ${config.maxBodyBytes} bytes`),
    }),
  );
  app.on(["POST", "PUT", "PATCH", "DELETE"], "/api/*", writeGuard(config.writeToken));

  registerStoryRoutes(app, backend);
  registerArticleRoutes(app, backend);
  registerSearchRoutes(app, backend);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  let openapi: ReturnType<typeof app.getOpenAPI31Document> | null = null; // built once, on first request
  app.get("/openapi.json", (c) => {
    openapi ??= app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "crosscheck",
        version: "1",
        description: "Stories built from news reports, their reconciled figures and sourced briefs.",
      },
    });
    return c.json(openapi);
  });

  if (config.webRoot) registerWebAssets(app, loadWebAssets(config.webRoot));
  app.notFound((c) => errorResponse(c, 404, "not_found", `no route for ${c.req.method} ${c.req.path}`));
  app.onError(handleError);
  return app;
}
