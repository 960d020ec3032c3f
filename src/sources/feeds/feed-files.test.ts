import { copyFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceItem } from "../files/file-kinds.js";
import { readPaths } from "../files/read-paths.js";

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

async function readDir(files: Record<string, URL | string>): Promise<SourceItem[]> {
  const dir = await mkdtemp(join(tmpdir(), "cc-feedfiles-"));
  for (const [name, source] of Object.entries(files)) {
    if (typeof source === "string") await writeFile(join(dir, name), source);
    else await copyFile(source, join(dir, name));
  }
  const items: SourceItem[] = [];
  for await (const item of readPaths([dir])) items.push(item);
  return items;
}

describe("feed files from disk", () => {
  const rows: Array<[name: string, source: URL | string, ids: string[]]> = [
    [
      "harbour.rss",
      fixture("broken-rss2.xml"),
      ["https://times.example/news/ferry?id=7&src=rss", "https://times.example/news/market", "hht-9"],
    ],
    [
      "courier.atom",
      fixture("atom.xml"),
      ["https://courier.example/2024/dam", "tag:courier.example,2024:102"],
    ],
    ["plains.xml", fixture("rss1-rdf.xml"), ["https://plains.example/wind-farm"]],
    ["coast.json", fixture("json-feed.json"), ["https://coast.example/c-1", "c-2"]],
    ["records.json", JSON.stringify([{ id: "r1", text: "A plain JSON article." }]), ["r1"]],
  ];
  it.each(rows)("%s", async (name, source, ids) => {
    const items = await readDir({ [name]: source });
    expect(items.flatMap((i) => (i.kind === "article" ? [i.input.id] : []))).toEqual(ids);
    expect(
      items.flatMap((i) => (i.kind === "article" ? [i.input.origin] : [])).every((o) => o.includes(name)),
    ).toBe(true);
  });

  it("reports an .xml file that is not a feed", async () => {
    const items = await readDir({
      "sitemap.xml": "<urlset><url><loc>https://a.example/</loc></url></urlset>",
    });
    expect(items).toEqual([
      {
        kind: "problem",
        problem: {
          item: expect.stringContaining("sitemap.xml"),
          reason: expect.stringContaining("not a readable RSS, Atom or JSON feed"),
        },
      },
    ]);
  });

  it("refuses the loopback feeds of an OPML file unless private addresses are allowed", async () => {
    const opml =
      '<opml version="2.0"><body><outline text="x" xmlUrl="http://127.0.0.1:9/feed.xml"/></body></opml>';
    const items = await readDir({ "list.opml": opml });
    expect(items).toEqual([
      {
        kind: "problem",
        problem: {
          item: "http://127.0.0.1:9/feed.xml",
          reason: expect.stringContaining("refused: 127.0.0.1, a loopback address"),
        },
      },
    ]);
  });
});
