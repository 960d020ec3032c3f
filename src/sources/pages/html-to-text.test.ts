import { describe, expect, it } from "vitest";
import { htmlFragmentToText } from "./html-to-text.js";

describe("htmlFragmentToText", () => {
  const rows: Array<[string, string]> = [
    ["Plain   words\n here", "Plain words here"],
    ["Rain &amp; <b>wind</b> hit the coast", "Rain & wind hit the coast"],
    ["<p>First para.</p><p>Second <i>para</i>.</p>", "First para.\n\nSecond para."],
    ["<div>Line one<br>Line two</div>", "Line one\nLine two"],
    ["<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"],
    ["<p>Text</p><script>var x = 1;</script><style>p{}</style>", "Text"],
    ["<h2>Head</h2>Body text", "Head\n\nBody text"],
    ["", ""],
  ];
  it.each(rows)("%j", (html, expected) => {
    expect(htmlFragmentToText(html)).toBe(expected);
  });
});
