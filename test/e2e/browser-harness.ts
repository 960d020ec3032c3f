import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";

export const repoRoot = join(import.meta.dirname, "..", "..");
export const chromiumPath = process.env.CROSSCHECK_CHROMIUM ?? "/usr/bin/chromium";
export const screenshotDir = join(repoRoot, "test-results");

/** Browser tests need Debian's chromium; outside CI they are skipped (with this message) when it is missing. */
export const browserSkipReason =
  existsSync(chromiumPath) || process.env.CI
    ? null
    : `browser tests skipped: ${chromiumPath} not found (apt-get install -y chromium); in CI they always run`;

const launchArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: launchArgs });
}

/** Builds the web UI as `npm run build` does, into `outDir` (a test's own folder), and returns it. */
export function buildWebUi(outDir: string): string {
  execFileSync(process.execPath, [join(repoRoot, "web", "build.mjs"), outDir], { stdio: "inherit" });
  return outDir;
}

/** The UI `crosscheck serve` finds (dist/web), built first when missing (npm ci builds it). */
export function ensureBuiltWebUi(): void {
  if (!existsSync(join(repoRoot, "dist", "web", "index.html"))) buildWebUi(join(repoRoot, "dist", "web"));
}
