import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built web UI: `dist/web` beside the compiled server, or the build output when run from source. */
export function findWebRoot(): string | null {
  const candidates = ["../web/", "../../dist/web/"].map((rel) =>
    fileURLToPath(new URL(rel, import.meta.url)),
  );
  return candidates.find((dir) => existsSync(`${dir}index.html`)) ?? null;
}
