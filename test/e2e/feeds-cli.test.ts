import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/index.js";
import { fullAtomFeed, newsPage, opmlList, storyFixture, teaserRssFeed } from "../feeds-fixtures.js";
import { type LocalServer, type Route, sendCacheable, startLocalServer } from "../feeds-server.js";
import { type CliResult, REPO } from "./cli-run.js";

function spawnCli(args: string[], env: Record<string, string> = {}) {
  const main = join(REPO, "src", "cli", "main.ts");
  return spawn(process.execPath, ["--import", "tsx", main, ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
  });
}

/** Runs the CLI without blocking this process, so the test's HTTP server can answer it. */
function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawnCli(args, env);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

let server: LocalServer;
const rssStories = [storyFixture(11), storyFixture(12)];
const atomStories = [storyFixture(13)];

beforeAll(async () => {
  const routes: Record<string, Route> = {};
  for (const story of rssStories)
    routes[`/${story.slug}`] = sendCacheable(newsPage(story, "Ridge Gazette"), "text/html");
  server = await startLocalServer(routes);
  routes["/rss.xml"] = sendCacheable(
    teaserRssFeed(server.url, rssStories, "Ridge & Vale Gazette"),
    "application/rss+xml",
  );
  routes["/atom.xml"] = sendCacheable(
    fullAtomFeed(server.url, atomStories, "Vale Courier"),
    "application/atom+xml",
  );
});
afterAll(() => server.close());

const FURNITURE = ["cookies", "Front page", "Weather desk", "Share this", "copyright", "newsroom"];

/** The stored text of an article, read straight from the database. */
async function storedText(db: string, id: string): Promise<string> {
  const store = new SqliteStore(db);
  try {
    return (await store.getArticle(id))?.text ?? "";
  } finally {
    await store.close();
  }
}

const paths = (from: number) => server.requests.slice(from).map((r) => r.path.split("?")[0]);

describe("crosscheck with feeds and pages", () => {
  it("ingests a broken teaser RSS feed and an Atom feed with full page text; a second follow run adds nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-feeds-"));
    const db = join(dir, "x.db");
    const ingest = await runCliAsync([
      "ingest",
      `${server.url}/rss.xml`,
      `${server.url}/atom.xml`,
      "--db",
      db,
      "--allow-private",
    ]);
    expect(ingest.stderr).toBe("");
    expect(ingest.stdout).toMatch(/^ingested 3, duplicates 0, failed 0/);

    const exported = JSON.parse((await runCliAsync(["export", "--db", db])).stdout);
    const byTitle = new Map(exported.articles.map((a: { title: string }) => [a.title, a]));
    for (const story of [...rssStories, ...atomStories]) {
      expect(byTitle.get(story.title)).toMatchObject({ published: new Date(story.published).toISOString() });
    }
    expect(byTitle.get(rssStories[0]!.title)).toMatchObject({
      id: `${server.url}/story-11?from=rss&v=1`,
      outlet: "Ridge & Vale Gazette",
    });
    expect(byTitle.get(atomStories[0]!.title)).toMatchObject({ outlet: "Vale Courier" });
    const teaserText = await storedText(db, `${server.url}/story-11?from=rss&v=1`);
    for (const paragraph of rssStories[0]!.paragraphs) expect(teaserText).toContain(paragraph);
    for (const furniture of FURNITURE) expect(teaserText).not.toContain(furniture);

    const follow = (...args: string[]) =>
      runCliAsync(["follow", ...args, "--db", db], { CROSSCHECK_ALLOW_PRIVATE: "1" });
    expect((await follow("add", `${server.url}/rss.xml`)).stdout).toContain("following");
    expect((await follow("add", `${server.url}/atom.xml`)).stdout).toContain("(Vale Courier)");
    expect((await follow("list")).stdout.split("\n").filter(Boolean)).toHaveLength(2);
    const beforeFirstRun = server.requests.length;
    const firstRun = await follow("run");
    expect(firstRun.stdout).toContain("added 0 article(s)");
    expect(paths(beforeFirstRun).sort()).toEqual(["/atom.xml", "/rss.xml"]); // stored items: no page fetched
    const before = server.requests.length;
    const secondRun = await follow("run");
    expect(secondRun.stdout).toMatch(/rss\.xml: not-modified, 0 new/);
    expect(secondRun.stdout).toMatch(/atom\.xml: not-modified, 0 new/);
    const feedRequests = server.requests.slice(before);
    expect(feedRequests.map((r) => r.path).sort()).toEqual(["/atom.xml", "/rss.xml"]);
    expect(feedRequests.every((r) => typeof r.headers["if-none-match"] === "string")).toBe(true);
    expect(feedRequests.every((r) => typeof r.headers["if-modified-since"] === "string")).toBe(true);
    const again = JSON.parse((await runCliAsync(["export", "--db", db])).stdout);
    expect(again.articles).toHaveLength(3);
  }, 180_000);

  it("reads the article text of a page without its navigation, cookie banner or footer", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-feeds-"));
    const db = join(dir, "x.db");
    const result = await runCliAsync(["ingest", `${server.url}/story-12`, "--db", db, "--allow-private"]);
    expect(result.stdout).toMatch(/^ingested 1/);
    const [article] = JSON.parse((await runCliAsync(["export", "--db", db])).stdout).articles;
    expect(article).toMatchObject({
      id: `${server.url}/story-12`,
      title: rssStories[1]!.title,
      outlet: "Ridge Gazette",
    });
    const text = await storedText(db, `${server.url}/story-12`);
    for (const paragraph of rssStories[1]!.paragraphs) expect(text).toContain(paragraph);
    for (const furniture of FURNITURE) expect(text).not.toContain(furniture);
  }, 60_000);

  it("ingests every feed of an OPML file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-feeds-"));
    await writeFile(join(dir, "list.opml"), opmlList([`${server.url}/rss.xml`, `${server.url}/atom.xml`]));
    const result = await runCliAsync([
      "ingest",
      join(dir, "list.opml"),
      "--db",
      join(dir, "x.db"),
      "--allow-private",
    ]);
    expect(result.stdout).toMatch(/^ingested 3, duplicates 0, failed 0/);
  }, 60_000);

  it("keeps polling with --every until stopped, then exits cleanly", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-feeds-"));
    const db = join(dir, "x.db");
    const env = { CROSSCHECK_ALLOW_PRIVATE: "1" };
    await runCliAsync(["follow", "add", `${server.url}/atom.xml`, "--db", db], env);
    const child = spawnCli(["follow", "run", "--every", "1s", "--db", db], env);
    let stdout = "";
    const passes = new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
        if ((stdout.match(/added \d+ article/g) ?? []).length >= 2) resolve();
      });
    });
    await passes;
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/atom\.xml: new-items, 1 new[\s\S]*atom\.xml: not-modified, 0 new/);
  }, 90_000);

  const refused: Array<[args: string[], env: Record<string, string>]> = [
    [[], {}],
    [[], { CROSSCHECK_ALLOW_PRIVATE: "0" }],
  ];
  it.each(refused)(
    "refuses a loopback URL without --allow-private and sends nothing (%j %j)",
    async (args, env) => {
      const dir = await mkdtemp(join(tmpdir(), "cc-feeds-"));
      const before = server.requests.length;
      const result = await runCliAsync(
        ["ingest", `${server.url}/rss.xml`, "--db", join(dir, "x.db"), ...args],
        env,
      );
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("refused: 127.0.0.1, a loopback address; nothing was sent");
      expect(paths(before)).toEqual([]);
    },
    60_000,
  );
});
