import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli, SHARED } from "./cli-run.js";

const seeds = join(SHARED, "corpus", "aleppo-2024");

describe("crosscheck CLI on files", () => {
  it("ingests, lists, briefs and exports; re-ingest changes nothing; bad items are reported", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-cli-"));
    const db = join(dir, "x.db");
    await writeFile(join(dir, "photo.txt"), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a]));
    await writeFile(
      join(dir, "wire.jsonl"),
      `{"id":"w1","title":"Ferry sinks off Lamu","text":"A ferry sank off Lamu on Tuesday. At least 12 people were killed, police said.","outlet":"Coast Wire","published":"2025-02-04"}\n{broken\n`,
    );
    const first = runCli(["ingest", join(dir, "photo.txt"), join(dir, "wire.jsonl"), "--db", db]);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain("photo.txt: binary file");
    expect(first.stderr).toContain("wire.jsonl:2: malformed JSON line");
    expect(first.stdout).toMatch(/^ingested 1, duplicates 0, failed 2, [\d.]+ s\n$/);

    const again = runCli(["ingest", join(dir, "wire.jsonl"), "--db", db]);
    expect(again.stdout).toMatch(/^ingested 0, duplicates 1, failed 1/);

    // a light rewrite of the wire story is stored and said to be a near-copy, not a duplicate
    await writeFile(
      join(dir, "reprint.json"),
      `{"id":"w2","title":"Ferry sinks off Lamu","text":"A ferry sank off Lamu on Tuesday. At least 12 people were killed, police said on Tuesday.","outlet":"Reprint Daily","published":"2025-02-04"}`,
    );
    const copy = runCli(["ingest", join(dir, "reprint.json"), "--db", db]);
    expect(copy.stdout).toMatch(
      /^ingested 1, duplicates 0, failed 0, [\d.]+ s\n1 of them nearly copies an earlier report/,
    );

    const exported = JSON.parse(runCli(["export", "--db", db]).stdout);
    expect(exported.version).toBe(1);
    expect(exported.articles).toHaveLength(2);
    expect(exported.articles[1]).toMatchObject({ id: "w2", duplicateOf: "w1" });
    expect(exported.articles[0]).toMatchObject({
      id: "w1",
      outlet: "Coast Wire",
      published: "2025-02-04",
      language: "en",
    });
    const storyId = exported.articles[0].storyId as string;
    expect(exported.stories.map((s: { id: string }) => s.id)).toEqual([storyId]);

    const stories = runCli(["stories", "--db", db]);
    expect(stories.stdout).toContain(storyId);
    const brief = runCli(["brief", storyId, "--db", db]);
    expect(brief.status).toBe(0);
    expect(brief.stdout).toContain("Ferry sinks off Lamu");
    const json = JSON.parse(runCli(["brief", storyId, "--db", db, "--format", "json"]).stdout);
    expect(json.storyId).toBe(storyId);
    expect(runCli(["brief", "s-missing", "--db", db]).status).toBe(1);
  });

  it("exits non-zero when nothing could be ingested", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-none-"));
    const r = runCli(["ingest", join(dir, "absent.txt"), "--db", join(dir, "n.db")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("absent.txt: no such file or directory");
  });

  it("names a feed item that has no text by its title, since the whole feed is one file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-feed-"));
    await writeFile(
      join(dir, "valley.rss"),
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Desk</title>
<item><title>Bridge reopens at Tarrow</title><link>https://valley.example/bridge</link><description>The Tarrow bridge reopened to traffic on Monday after six weeks of repairs, the county said.</description></item>
<item><title>Storm warning for the coast</title><link>https://valley.example/storm</link></item>
</channel></rss>`,
    );
    const r = runCli(["ingest", join(dir, "valley.rss"), "--db", join(dir, "f.db")]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/valley\.rss \(“Storm warning for the coast”\): empty article/);
    expect(r.stdout).toMatch(/^ingested 1, duplicates 0, failed 1/);
  });

  it.skipIf(!existsSync(seeds))(
    "gives the five seed reports their file names as ids, in one story, and ingests them once",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "cc-seeds-"));
      const db = join(dir, "x.db");
      expect(runCli(["ingest", seeds, "--db", db]).stdout).toMatch(/^ingested 5, duplicates 0, failed 0/);
      expect(runCli(["ingest", seeds, "--db", db]).stdout).toMatch(/^ingested 0, duplicates 5, failed 0/);
      const exported = JSON.parse(runCli(["export", "--db", db]).stdout);
      expect(exported.articles.map((a: { id: string }) => a.id).sort()).toEqual([
        "000_9bc39f5c358c9120",
        "001_b01199f03698bbf5",
        "002_8431e83537c04fb4",
        "003_27387488f575030d",
        "004_22804e288fce7238",
      ]);
      expect(new Set(exported.articles.map((a: { storyId: string }) => a.storyId)).size).toBe(1);
      expect(exported.stories).toHaveLength(1);
      const listed = runCli(["stories", "--db", db, "--json"]).stdout;
      expect(JSON.parse(listed).stories[0].casualties.killed).toBe(exported.stories[0].casualties.killed);
    },
  );

  it("stops quietly when the reader of its output stops reading (`crosscheck export | head`)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-pipe-"));
    const db = join(dir, "x.db");
    expect(runCli(["ingest", seeds, "--db", db]).status).toBe(0);
    // the export is larger than a pipe holds, so writing goes on after `head` has gone
    const cli = ["--import", "tsx", join(REPO, "src", "cli", "main.ts"), "export", "--db", db];
    const piped = spawnSync(
      "bash",
      ["-c", '"$@" | head -c 10 > /dev/null; echo "$PIPESTATUS"', "_", process.execPath, ...cli],
      {
        cwd: REPO,
        encoding: "utf8",
      },
    );
    expect(piped.stderr).not.toContain("EPIPE");
    expect(piped.stdout.trim()).toBe("0");
  });
});
