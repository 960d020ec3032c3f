import { describe, expect, it } from "vitest";
import { outletFromUrl } from "./outlet-from-url.js";

describe("outletFromUrl", () => {
  it.each([
    ["https://www.reuters.com/world/middle-east/story-2024-11-30/", "reuters.com"],
    ["http://edition.cnn.com/2013/05/02/showbiz/lohan/index.html", "edition.cnn.com"],
    ["https://m.bbc.co.uk/news/world-123", "bbc.co.uk"],
    ["https://amp.theguardian.com/world/2013/may/03/x", "theguardian.com"],
    ["https://web.archive.org/web/20130504101010/http://www.latimes.com/news/x", "latimes.com"],
  ])("%s is %s", (url, outlet) => {
    expect(outletFromUrl(url)).toBe(outlet);
  });

  it.each([
    "file:///tmp/a.txt",
    "urn:uuid:1234",
    "http://127.0.0.1:8080/a",
    "http://localhost/a",
    "not a url",
  ])("%s names no outlet", (url) => {
    expect(outletFromUrl(url)).toBeNull();
  });
});
