import { basename, extname } from "node:path";
import type { ArticleInput, InputProblem } from "../../model/index.js";
import { type FileReadContext, readFeedFile, readOpmlFile } from "../feeds/feed-files.js";
import { looksLikeFeed } from "../feeds/read-url-source.js";
import { extractPageArticle } from "../pages/extract-page-article.js";
import { dateFromUrl } from "../url/date-from-url.js";
import { outletFromUrl } from "../url/outlet-from-url.js";
import { articleFromRecord, toIsoDate } from "./article-record.js";
import { splitFrontMatter } from "./front-matter.js";

export type SourceItem =
  | { kind: "article"; input: ArticleInput }
  | { kind: "problem"; problem: InputProblem };

/** Reads one decoded file of a known kind into articles and problems. */
export type FileKindReader = (
  text: string,
  path: string,
  context?: FileReadContext,
) => SourceItem[] | Promise<SourceItem[]>;

export function fileId(path: string): string {
  return basename(path, extname(path));
}

const problem = (item: string, reason: string): SourceItem => ({
  kind: "problem",
  problem: { item, reason },
});

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function readTextFile(text: string, path: string): SourceItem[] {
  const { data, body } = splitFrontMatter(text);
  if (body.trim() === "") return [problem(path, "empty article (no text)")];
  let title = str(data.title);
  let bodyText = body;
  if (title === null) {
    // a short first line without closing punctuation, followed by more text, reads as the headline
    const m = /^\s*(#\s*)?([^\n]{3,160})\n\s*\S/.exec(body);
    if (m && !/[.!?:;,]["')\u201d]?\s*$/.test(m[2]!)) {
      title = m[2]!.trim();
      bodyText = body.slice(m[0].length - 1);
    }
  }
  const { title: _t, outlet, url, published, language, id, ...extra } = data;
  const address = str(url);
  // no date or outlet in the front matter: the day and the site its URL names (as for JSON records)
  const fromUrl = toIsoDate(published) === null && address ? dateFromUrl(address) : null;
  if (fromUrl) extra.publishedFrom = "url";
  return [
    {
      kind: "article",
      input: {
        id: str(id) ?? fileId(path),
        title,
        text: bodyText,
        url: address,
        outlet: str(outlet) ?? (address ? outletFromUrl(address) : null),
        published: toIsoDate(published) ?? fromUrl,
        language: str(language),
        origin: path,
        extra,
      },
    },
  ];
}

function readHtmlFile(text: string, path: string): SourceItem[] {
  const page = extractPageArticle(text, null, path);
  if (!page.ok) return [problem(path, page.reason)];
  return [{ kind: "article", input: { ...page.article, id: fileId(path) } }];
}

function readJsonFile(text: string, path: string): SourceItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return [problem(path, `malformed JSON: ${(error as Error).message}`)];
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  return records.map((record, i) => {
    const origin = Array.isArray(parsed) ? `${path}[${i}]` : path;
    const result = articleFromRecord(
      record,
      origin,
      Array.isArray(parsed) ? `${fileId(path)}-${i}` : fileId(path),
    );
    return result.ok ? { kind: "article", input: result.input } : problem(origin, result.reason);
  });
}

function readJsonLinesFile(text: string, path: string): SourceItem[] {
  const items: SourceItem[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const origin = `${path}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      items.push(problem(origin, `malformed JSON line: ${(error as Error).message}`));
      return;
    }
    const result = articleFromRecord(record, origin, `${fileId(path)}-${i + 1}`);
    items.push(result.ok ? { kind: "article", input: result.input } : problem(origin, result.reason));
  });
  return items;
}

/** File kinds by extension. Adding a kind (feeds, OPML) is one line here. */
export const FileKindsMap: Record<string, FileKindReader> = {
  ".txt": readTextFile,
  ".md": readTextFile,
  ".markdown": readTextFile,
  ".html": readHtmlFile,
  ".htm": readHtmlFile,
  ".json": (text, path) => (looksLikeFeed(text) ? readFeedFile(text, path) : readJsonFile(text, path)),
  ".jsonl": readJsonLinesFile,
  ".ndjson": readJsonLinesFile,
  ".rss": readFeedFile,
  ".atom": readFeedFile,
  ".rdf": readFeedFile,
  ".xml": readFeedFile,
  ".opml": readOpmlFile,
};
