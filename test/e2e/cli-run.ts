import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const SHARED =
  process.env.CROSSCHECK_SHARED ?? fileURLToPath(new URL("../../../shared/", import.meta.url));
const CLI = ["--import", "tsx", fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url))];

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the crosscheck CLI from source and waits for it. */
export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [...CLI, ...args], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the crosscheck CLI from source without waiting. */
export function startCli(args: string[]) {
  return spawn(process.execPath, [...CLI, ...args], { cwd: REPO, stdio: "pipe" });
}
