import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json",
};

interface Asset {
  body: Uint8Array;
  type: string;
}

/** Reads the built UI once: a fixed set of files, so no request path ever reaches the file system. */
export function loadWebAssets(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const type = contentTypes[extname(name)];
        if (type)
          assets.set(`/${relative(root, path).split(sep).join("/")}`, { body: readFileSync(path), type });
      }
    }
  };
  walk(root);
  return assets;
}

/** Serves the UI: `/` is index.html, other known files by path; unknown paths fall through. */
export function registerWebAssets(app: OpenAPIHono, assets: Map<string, Asset>): void {
  app.get("*", async (c, next) => {
    const asset = assets.get(c.req.path === "/" ? "/index.html" : c.req.path);
    if (!asset) return next();
    const revalidate = asset.type.startsWith("text/html") ? "no-cache" : "public, max-age=300";
    return c.body(new Uint8Array(asset.body), 200, {
      "Content-Type": asset.type,
      "Cache-Control": revalidate,
    });
  });
}
