import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuiltWebUi } from "./browser-harness.js";
import { quakeArticles } from "./server-store-fixture.js";

// `crosscheck serve` as a user starts it: env token, a free port, then SIGTERM for a clean exit.
const repo = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "crosscheck-serve-"));
beforeAll(() => ensureBuiltWebUi());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startServe(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const main = join(repo, "src", "cli", "main.ts");
  const args = ["--import", "tsx", main, "serve", "--db", join(dir, "cli.db"), "--port", "0"];
  const child = spawn(process.execPath, args, { cwd: repo, env: { ...process.env, ...env }, stdio: "pipe" });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
      const url = /at (http:\/\/[^\s/]+)\//.exec(stdout)?.[1];
      if (url) resolve({ child, url, stderr: () => stderr });
    });
  });
}

describe("crosscheck serve", () => {
  it("guards writes with CROSSCHECK_TOKEN, ingests with it, and exits cleanly on SIGTERM", async () => {
    const { child, url, stderr } = await startServe({ CROSSCHECK_TOKEN: "cli-token" });
    const post = (auth: Record<string, string>) =>
      fetch(`${url}/api/articles`, {
        method: "POST",
        body: JSON.stringify(quakeArticles[0]),
        headers: { "content-type": "application/json", ...auth },
      });
    expect((await post({})).status).toBe(401);
    expect((await post({ authorization: "Bearer cli-token" })).status).toBe(201);
    const found = await (await fetch(`${url}/api/search?q=governor`)).json();
    expect(found.articles.map((a: { id: string }) => a.id)).toEqual(["quake-1"]);
    expect((await fetch(`${url}/`)).headers.get("content-type")).toMatch(/text\/html/);

    const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(stderr()).toContain("closed");
  });
});
