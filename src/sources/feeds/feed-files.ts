import type { SourceItem } from "../files/file-kinds.js";
import type { HttpClientOptions } from "../http/http-client.js";
import { readOpmlText } from "../opml/read-opml-text.js";
import { readFeedText } from "./read-feed-text.js";
import { readUrlSources } from "./read-url-sources.js";

/** What a file reader may need beyond the text: HTTP settings for kinds that name URLs (OPML). */
export interface FileReadContext {
  http?: HttpClientOptions;
}

/** A feed file (RSS, Atom, RDF, JSON Feed) read from disk: its items as they are, without fetching pages. */
export function readFeedFile(text: string, path: string): SourceItem[] {
  const result = readFeedText(text, path);
  return [
    ...result.articles.map((input): SourceItem => ({ kind: "article", input: { ...input, origin: path } })),
    ...result.problems.map((problem): SourceItem => ({ kind: "problem", problem })),
  ];
}

/** An OPML file: every feed it lists is fetched (with the caller's HTTP settings) and its items read. */
export async function readOpmlFile(
  text: string,
  path: string,
  context: FileReadContext = {},
): Promise<SourceItem[]> {
  const list = readOpmlText(text, path);
  const items: SourceItem[] = list.problems.map((problem) => ({ kind: "problem", problem }));
  if (list.feeds.length === 0) return items;
  const read = await readUrlSources(
    list.feeds.map((f) => f.url),
    context.http ?? { allowPrivate: false },
  );
  for (const problem of read.problems) items.push({ kind: "problem", problem });
  for (const input of read.articles) items.push({ kind: "article", input });
  return items;
}
