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

/** Builds the web UI into dist/web (what `npm run build` does) and returns its folder. */
export function buildWebUi(): string {
  execFileSync(process.execPath, [join(repoRoot, "web", "build.mjs")], { stdio: "inherit" });
  return join(repoRoot, "dist", "web");
}
