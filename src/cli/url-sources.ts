import { readUrlSources } from "../sources/feeds/index.js";
import type { SourceItem } from "../sources/files/index.js";
import { httpOptionsFrom } from "./http-options.js";
import { UrlSourcesMap } from "./ingest.js";

/** A URL given to `ingest`: a web page, a feed or an OPML list, read into source items. */
async function* readUrlItems(url: string, options: { allowPrivate?: boolean }): AsyncGenerator<SourceItem> {
  const result = await readUrlSources([url], httpOptionsFrom(options));
  for (const note of result.notes) process.stderr.write(`note: ${note.item}: ${note.reason}\n`);
  for (const problem of result.problems) yield { kind: "problem", problem };
  for (const input of result.articles) yield { kind: "article", input };
}

UrlSourcesMap.url = readUrlItems;
