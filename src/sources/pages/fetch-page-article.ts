import type { ArticleInput } from "../../model/article.js";
import { mediaTypeOf } from "../http/charset.js";
import { FetchError } from "../http/fetch-error.js";
import type { HttpClient } from "../http/http-client.js";
import { extractPageArticle } from "./extract-page-article.js";

export const PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

/** True when a response is an HTML page: by its Content-Type, or by its first bytes when that is vague. */
export function isHtmlResponse(contentType: string | null, text: string): boolean {
  const media = mediaTypeOf(contentType);
  if (media === "text/html" || media === "application/xhtml+xml") return true;
  const vague = media === "" || media === "text/plain" || media === "application/octet-stream";
  return vague && /^\s*(?:<!doctype html|<html|<head|<body)/i.test(text);
}

/** Fetches a web page and extracts its article; throws a FetchError naming the URL on any failure. */
export async function fetchPageArticle(http: HttpClient, url: string): Promise<ArticleInput> {
  const response = await http.get(url, { accept: PAGE_ACCEPT });
  if (!isHtmlResponse(response.contentType, response.text)) {
    throw new FetchError(
      "unsupported-content",
      url,
      `not a web page (${mediaTypeOf(response.contentType) || "no type"})`,
    );
  }
  const extraction = extractPageArticle(response.text, url, url);
  if (!extraction.ok) throw new FetchError("unsupported-content", url, extraction.reason);
  return extraction.article;
}
