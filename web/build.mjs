// Builds the web UI into dist/web/ (or the folder given as the first argument): the bundled app, its
// page and styles, and the offline basemap.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const webDir = dirname(fileURLToPath(import.meta.url));
const outDir = process.argv[2] ?? join(webDir, "..", "dist", "web");
const require = createRequire(import.meta.url);

mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [join(webDir, "src", "main.ts")],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: true,
  outfile: join(outDir, "app.js"),
  logLevel: "warning",
});
copyFileSync(join(webDir, "index.html"), join(outDir, "index.html"));
copyFileSync(join(webDir, "styles.css"), join(outDir, "app.css"));
copyFileSync(require.resolve("world-atlas/countries-50m.json"), join(outDir, "countries-50m.json"));
