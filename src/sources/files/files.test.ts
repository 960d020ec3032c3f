import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleFromRecord } from "./article-record.js";
import { decodeBytes } from "./decode.js";
import type { SourceItem } from "./file-kinds.js";
import { readPaths } from "./read-paths.js";

async function collect(paths: string[], maxBytes?: number): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readPaths(paths, maxBytes === undefined ? {} : { maxBytes })) items.push(item);
  return items;
}

const articles = (items: SourceItem[]) => items.flatMap((i) => (i.kind === "article" ? [i.input] : []));
const problems = (items: SourceItem[]) => items.flatMap((i) => (i.kind === "problem" ? [i.problem] : []));

describe("decodeBytes", () => {
  const text = "Café in Zürich: \u201cvoilà\u201d";
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
  it.each([
    ["utf-8", Buffer.from(text, "utf8"), text, "utf-8"],
    ["utf-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), text, "utf-8"],
    ["utf-16 le BOM", utf16le, text, "utf-16le"],
    ["utf-16 be BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), text, "utf-16be"],
    ["latin-1 fallback", Buffer.from("Caf\xe9 \xe0 Z\xfcrich", "latin1"), "Café à Zürich", "latin-1"],
  ])("%s", (_name, bytes, expected, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: expected, encoding });
  });
  it("refuses binary", () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))).toMatchObject({ ok: false });
  });
});

describe("readPaths", () => {
  it("takes a text file's outlet and day from the URL its front matter gives", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-src-"));
    await writeFile(
      join(dir, "f.md"),
      "---\nurl: https://www.harbour-post.example.com/2025/03/02/ferry/\n---\nThe ferry ran again.\n",
    );
    const [article] = articles(await collect([dir]));
    expect(article).toMatchObject({ id: "f", outlet: "harbour-post.example.com", published: "2025-03-02" });
    expect(article?.extra).toEqual({ publishedFrom: "url" });
  });

  it("reads every file kind, recursively, with ids and fields", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-src-"));
    await mkdir(join(dir, "sub"));
    await writeFile(
      join(dir, "a.md"),
      "---\ntitle: Bridge reopens\noutlet: River Times\npublished: 2025-03-02T10:00:00Z\n---\nThe bridge reopened on Sunday.\n",
    );
    await writeFile(join(dir, "sub", "b.txt"), "Ferry strike ends\n\nThe ferry crews went back to work.\n");
    await writeFile(
      join(dir, "c.json"),
      JSON.stringify([
        { id: "j1", content: "One.", source: { name: "Wire" }, date: "2025-01-05" },
        { id: "j2", body: "Two.", tags: ["x"] },
      ]),
    );
    await writeFile(
      join(dir, "d.jsonl"),
      `{"id":"l1","text":"First line."}\n{not json\n{"id":"l3","text":""}\n`,
    );
    await writeFile(
      join(dir, "e.html"),
      '<html><head><title>Dam works</title><meta property="og:site_name" content="Valley News"></head><body><nav>Home | World</nav><article><h1>Dam works</h1><p>Engineers began repairs on the northern dam on Monday after weeks of heavy rain had weakened its walls and flooded two villages.</p><p>The regional water authority said the work would take about three months and cost several million.</p></article><footer>Copyright Valley News</footer></body></html>',
    );
    await writeFile(join(dir, "README.md"), "Not an article.");
    const items = await collect([dir]);
    const byId = new Map(articles(items).map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual(["a", "b", "e", "j1", "j2", "l1"]);
    expect(byId.get("a")).toMatchObject({
      title: "Bridge reopens",
      outlet: "River Times",
      published: "2025-03-02T10:00:00.000Z",
    });
    expect(byId.get("b")).toMatchObject({ title: "Ferry strike ends" });
    expect(byId.get("b")?.text.trim()).toBe("The ferry crews went back to work.");
    expect(byId.get("j1")).toMatchObject({ text: "One.", outlet: "Wire", published: "2025-01-05" });
    expect(byId.get("j2")?.extra).toEqual({ tags: ["x"] });
    expect(byId.get("e")).toMatchObject({ title: "Dam works", outlet: "Valley News" });
    expect(byId.get("e")?.text).toContain("Engineers began repairs");
    expect(byId.get("e")?.text).not.toContain("Home | World");
    const reasons = problems(items).map((p) => `${p.item.replace(dir, "")} ${p.reason.split(":")[0]}`);
    expect(reasons).toEqual([
      "/d.jsonl:2 malformed JSON line",
      "/d.jsonl:3 empty article (no text, content or body)",
    ]);
  });

  it("reports binary, too large, missing and unsupported files and goes on", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-bad-"));
    await writeFile(join(dir, "img.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    await writeFile(join(dir, "big.txt"), "x".repeat(2000));
    await writeFile(join(dir, "ok.txt"), "A short report about a bridge.");
    await writeFile(join(dir, "data.csv"), "a,b");
    const items = await collect(
      [
        join(dir, "img.txt"),
        join(dir, "big.txt"),
        join(dir, "missing.txt"),
        join(dir, "data.csv"),
        join(dir, "ok.txt"),
      ],
      1000,
    );
    expect(problems(items).map((p) => p.reason)).toEqual([
      "binary file (contains NUL bytes)",
      "file too large (2000 bytes > limit 1000)",
      "no such file or directory",
      'unsupported file kind ".csv"',
    ]);
    expect(articles(items).map((a) => a.id)).toEqual(["ok"]);
  });
});

describe("articleFromRecord", () => {
  it("takes the day a record's URL carries when the record gives no date, and says so", () => {
    const url = "https://news.example.org/world/2024/11/30/offensive-on-the-city/";
    const read = articleFromRecord({ id: "u1", text: "The offensive went on.", url }, "test", "u1");
    expect(read.ok && read.input.published).toBe("2024-11-30");
    expect(read.ok && read.input.extra).toEqual({ publishedFrom: "url" });
    const dated = articleFromRecord({ id: "u2", text: "More.", url, published: "2024-12-01" }, "test", "u2");
    expect(dated.ok && dated.input.published).toBe("2024-12-01");
    expect(dated.ok && dated.input.extra).toEqual({});
  });

  it("names the site a record's URL is on as its outlet when the record names none", () => {
    const url = "https://www.news.example.org/world/offensive-on-the-city/";
    const bare = articleFromRecord({ id: "o1", text: "The offensive went on.", url }, "test", "o1");
    expect(bare.ok && bare.input.outlet).toBe("news.example.org");
    const named = articleFromRecord({ id: "o2", text: "More.", url, outlet: "Valley News" }, "test", "o2");
    expect(named.ok && named.input.outlet).toBe("Valley News");
    const none = articleFromRecord({ id: "o3", text: "More." }, "test", "o3");
    expect(none.ok && none.input.outlet).toBeNull();
  });
});
