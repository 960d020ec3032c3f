import { describe, expect, it } from "vitest";
import { loadFixture } from "../../../test/brief/load-fixture.js";
import { buildBrief } from "../build-brief.js";
import { csvField } from "./csv.js";
import { escapeHtml } from "./html-escape.js";
import { escapeMarkdown } from "./markdown.js";
import { BRIEF_FORMATS, isBriefFormat, renderBrief } from "./render-brief.js";

const rising = buildBrief(loadFixture("rising-toll"));
const conflict = buildBrief(loadFixture("two-sources-conflict"));
const markup = buildBrief(loadFixture("no-claims"));

/** RFC 4180 reader, enough to read back what renderCsv writes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [`${field}"`, i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") [row, field] = [[...row, field], ""];
    else if (c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      [row, field, i] = [[], "", i + 1];
    } else field += c;
  }
  return rows;
}

describe("escaping", () => {
  const rows: [string, string, string][] = [
    ["<b>\"x\"</b> & 'y'", "&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &#39;y&#39;", "\\<b>\"x\"\\</b> & 'y'"],
    ["a | b *c* _d_", "a | b *c* _d_", "a \\| b \\*c\\* \\_d\\_"],
  ];
  it.each(rows)("%s", (text, html, md) => {
    expect(escapeHtml(text)).toBe(html);
    expect(escapeMarkdown(text)).toBe(md);
  });

  const fields: [unknown, string][] = [
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [null, ""],
    [42, "42"],
  ];
  it.each(fields)("csv field %j", (value, expected) => expect(csvField(value)).toBe(expected));
});

describe("renderBrief", () => {
  it("knows every CLI format", () => {
    expect(BRIEF_FORMATS).toEqual(["md", "json", "html", "csv", "geojson"]);
    expect(isBriefFormat("pdf")).toBe(false);
  });

  it("markdown names the toll, verdicts and what only one outlet reports", () => {
    const md = renderBrief(rising, "md");
    expect(md).toContain("**Toll:** 131 killed, more than 250 injured");
    expect(renderBrief(conflict, "md")).toContain(
      "**Toll:** at least 80 killed (sources conflict; lowest 50)",
    );
    // a copy points at the article it copies by its number and name, not its id
    expect(renderBrief(conflict, "md")).toMatch(/^3\. .*\(copy of \[2\] \S.*\)$/m);
    expect(renderBrief(conflict, "md")).not.toContain("copy of wire-2");
    expect(renderBrief(conflict, "html")).toMatch(/copy of \[2\] [^<]+<\/span>/);
    expect(md).toMatch(/\| Killed \| update \| 131 \| at least 100 \| 2 \| 4 \|/);
    expect(md).toMatch(/\| Killed: civilians \| update \| 20 \|/);
    expect(md).toContain("### Control of Castelmoor airfield: single");
    expect(md).toContain("[4] Shelling reaches Brennick relays: own reporting, Northern Front");
    // quotes by speaker, each once with its citations
    expect(md).toMatch(
      /## Quotes\n\n- Lena Varga:\n {2}- “This war will reach our borders within weeks” \[1\]\n/,
    );
    expect(renderBrief(rising, "html")).toMatch(
      /<h2>Quotes<\/h2><ul><li><strong>Lena Varga<\/strong><ul><li>“This war will reach our borders within weeks” <sup><a href="#article-1">\[1\]<\/a><\/sup><\/li>/,
    );
    expect(md).toContain("Lena Varga: “This war will reach our borders within weeks”");
    expect(md).toContain("Castelmoor airfield captured");
    expect(md).toContain("Lena Varga: “This war will reach our borders within weeks”; also names Ostria");
    expect(renderBrief(conflict, "md")).toContain(
      "struck. [1] *(disputed: sources conflict (best at least 80 killed, Delta Casualty Monitor; lowest 50 killed, Health Ministry))*",
    );
    expect(renderBrief(conflict, "md")).toMatch(
      /Health Ministry \(50\) and Delta Casualty Monitor \(at least 80\)/,
    );
  });

  it("lists a value an article gives more than once as one line with its count", () => {
    const [first, ...rest] = rising.findings;
    const value = first!.values[0]!;
    const repeated = { ...rising, findings: [{ ...first!, values: [value, ...first!.values] }, ...rest] };
    const before = renderBrief(rising, "md").split("\n");
    const after = renderBrief(repeated, "md").split("\n");
    const line = before.find((l) => l.startsWith("- ") && l.includes(`: ${value.sourceName} [`))!;
    expect(after).toContain(`${line} (2 mentions)`);
    expect(after).not.toContain(line);
    expect(after).toHaveLength(before.length);
    expect(renderBrief(repeated, "html")).toContain("(2 mentions)");
    expect(renderBrief(rising, "html")).not.toContain("mentions)");
  });

  it("html is standalone, escaped, printable and without script", () => {
    const html = renderBrief(markup, "html");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("Council &lt;b&gt;vote&lt;/b&gt; &amp; the &quot;harbour&quot; plan");
    expect(html).toContain("the council&#39;s &lt;engineer&gt; said");
    expect(html).not.toMatch(/<script|<b>|<engineer>/i);
    expect(html).toContain("@media print");
  });

  it("says so when the reports hold nothing to reconcile, rather than an empty table", () => {
    const md = renderBrief(markup, "md");
    expect(md).toContain("## Findings\n\nNo casualty figures, control of places or attacks to reconcile");
    expect(md).not.toContain("| Question | Verdict |");
    expect(md).toContain("## Places\n\n- no place located\n");
    expect(renderBrief(markup, "html")).not.toContain("<th>Question</th>");
    expect(renderBrief(rising, "md")).toContain("| Question | Verdict |");
  });

  it("csv holds one row a claim and reads back", () => {
    const rows = readCsv(renderBrief(rising, "csv"));
    expect(rows[0]!.slice(0, 4)).toEqual(["id", "articleId", "kind", "sentence"]);
    expect(rows).toHaveLength(rising.claims.length + 1);
    const sentence = rows[0]!.indexOf("sentence");
    expect(rows.slice(1).map((r) => r[sentence])).toEqual(rising.claims.map((c) => c.sentence));
    const column = (name: string) => rows.slice(1).map((r) => r[rows[0]!.indexOf(name)]);
    expect(column("source")[0]).toBe("e-vro");
    expect(column("source")).toContain("a local commander");
    expect(column("channel")).toContain("e-cpress");
  });

  it("geojson has a point per place with what happened there", () => {
    const geo = JSON.parse(renderBrief(conflict, "geojson"));
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual([
      "Orlan dam",
      "Orlan bridge",
    ]);
    expect(geo.features[1].geometry).toEqual({ type: "Point", coordinates: [28.25, 47.12] });
    expect(geo.features[1].properties.events.map((e: { text: string }) => e.text)).toEqual([
      "army holds Orlan bridge",
      "army lost Orlan bridge",
    ]);
  });

  it("json round-trips the brief", () => {
    expect(JSON.parse(renderBrief(rising, "json"))).toEqual(JSON.parse(JSON.stringify(rising)));
  });
});

describe("question labels", () => {
  it("names a labelled group as the report wrote it, hyphen and all", () => {
    const brief = structuredClone(rising);
    const claim = brief.claims.find((c) => c.kind === "casualty" && c.outcome === "killed");
    const finding = brief.findings.find((f) => f.topic === "killed:all");
    if (claim?.kind !== "casualty" || !finding) throw new Error("rising-toll fixture lost its toll");
    brief.claims.push({
      ...claim,
      id: `${claim.id}-part`,
      group: "combatants",
      groupLabel: "pro-government forces",
    });
    brief.findings.push({ ...finding, topic: "killed:combatants:pro-government-forces" });
    const md = renderBrief(brief, "md");
    expect(md).toContain("| Killed: combatants, pro-government forces |");
    expect(md).not.toContain("pro government");
  });
});
