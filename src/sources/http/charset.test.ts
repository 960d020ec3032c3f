import { describe, expect, it } from "vitest";
import { charsetParameter, decodeBody, mediaTypeOf, sniffCharset } from "./charset.js";

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe("charsetParameter / mediaTypeOf", () => {
  const rows: Array<[string | null, string, string | null]> = [
    ["text/html; charset=ISO-8859-1", "text/html", "iso-8859-1"],
    ['application/rss+xml;charset="utf-8"', "application/rss+xml", "utf-8"],
    ["Text/HTML", "text/html", null],
    [null, "", null],
  ];
  it.each(rows)("%s", (header, media, charset) => {
    expect(mediaTypeOf(header)).toBe(media);
    expect(charsetParameter(header)).toBe(charset);
  });
});

describe("sniffCharset", () => {
  const rows: Array<[Uint8Array, string | null]> = [
    [latin1('<html><head><meta charset="windows-1252"></head>'), "windows-1252"],
    [latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'), "iso-8859-2"],
    [latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>'), "iso-8859-1"],
    [Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), "utf-8"],
    [latin1("<html><body>plain</body></html>"), null],
  ];
  it.each(rows)("row %#", (bytes, expected) => {
    expect(sniffCharset(bytes)).toBe(expected);
  });
});

describe("decodeBody", () => {
  const cafe = latin1('<meta charset="iso-8859-1"><p>caf\u00e9</p>');
  const rows: Array<[Uint8Array, string | null, string]> = [
    [cafe, "text/html", "caf\u00e9"],
    [cafe, "text/html; charset=utf-8", "caf\ufffd"],
    [new TextEncoder().encode("<p>caf\u00e9</p>"), null, "caf\u00e9"],
    [latin1('<meta charset="no-such-charset"><p>ok</p>'), null, "ok"],
  ];
  it.each(rows)("row %#", (bytes, header, fragment) => {
    expect(decodeBody(bytes, header).text).toContain(fragment);
  });
});
