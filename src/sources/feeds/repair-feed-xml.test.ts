import { describe, expect, it } from "vitest";
import { repairFeedXml } from "./repair-feed-xml.js";

describe("repairFeedXml", () => {
  const rows: Array<[string, string]> = [
    ["<title>Fish & chips</title>", "<title>Fish &amp; chips</title>"],
    ["<link>http://a.test/?a=1&b=2</link>", "<link>http://a.test/?a=1&amp;b=2</link>"],
    ["<t>&amp; &lt; &#38; &#x26; &eacute;</t>", "<t>&amp; &lt; &#38; &#x26; &eacute;</t>"],
    ["<t>5 < 6</t>", "<t>5 &lt; 6</t>"],
    ["<![CDATA[x]]><?xml-stylesheet?><!-- c -->", "<![CDATA[x]]><?xml-stylesheet?><!-- c -->"],
    ["<t>bell\u0007</t>", "<t>bell</t>"],
  ];
  it.each(rows)("%s", (input, expected) => {
    expect(repairFeedXml(input)).toBe(expected);
  });
});
