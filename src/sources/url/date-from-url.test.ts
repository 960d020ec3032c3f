import { describe, expect, it } from "vitest";
import { dateFromUrl } from "./date-from-url.js";

const now = new Date("2026-11-22T00:00:00Z");

describe("dateFromUrl", () => {
  it.each([
    ["http://example.com/2013/05/02/ferry-sinks-near-mwanza/", "2013-05-02"],
    ["https://news.example.org/world/2024-11-30/aleppo-offensive", "2024-11-30"],
    ["http://articles.example.com/2013/may/03/local/la-me-0504-lohan-rehab", "2013-05-03"],
    ["http://www.example.com/article/us-oscars-host-idUSBRE9710UQ20130802", "2013-08-02"],
    ["https://example.com/story/life/2013/08/02/host/2128651/", "2013-08-02"],
    // the archived page's own date, not the archive's capture time
    [
      "http://web.archive.org/web/20160110085637/http://example.com:80/_news/2013/01/07/164-four-found",
      "2013-01-07",
    ],
  ])("%s -> %s", (url, expected) => {
    expect(dateFromUrl(url, now)).toBe(expected);
  });

  it.each([
    ["a month only", "http://example.com/2013/08/ellen-to-host/"],
    ["no date", "http://example.com/news/ferry-sinks"],
    ["an impossible day", "http://example.com/2013/04/31/story"],
    ["a long number that is an id", "http://example.com/story/201308021234/"],
    ["a year in the future", "http://example.com/2031/01/02/story"],
    ["a date in the query, not the path", "http://example.com/story?from=2013-05-02"],
    ["not a URL", "2013/05/02"],
  ])("%s: no date", (_case, url) => {
    expect(dateFromUrl(url, now)).toBeNull();
  });
});
