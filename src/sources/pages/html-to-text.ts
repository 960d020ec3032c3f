import { parseHTML } from "linkedom";

const BLOCK_TAGS = new Set(
  "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul".split(
    " ",
  ),
);
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "svg", "iframe", "button", "form"]);

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The part of a DOM node text extraction reads (linkedom and browser nodes both fit). */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

/**
 * Plain text of an element: blocks (paragraphs, headings, list items) become paragraphs separated by
 * a blank line, `<br>` a line break, runs of white space one space.
 */
export function elementToText(root: TextNodeLike): string {
  const blocks: string[] = [];
  let line = "";
  const flush = (separator: "paragraph" | "line") => {
    const trimmed = line.replace(/[ \t\f\v\u00a0]+/g, " ").trim();
    if (separator === "line" && trimmed !== "") {
      line = `${trimmed}\n`;
      return;
    }
    const text = trimmed.replace(/ ?\n ?/g, "\n");
    if (text !== "") blocks.push(text);
    line = "";
  };
  const walk = (node: TextNodeLike) => {
    if (node.nodeType === 3) {
      line += (node.textContent ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "br") return flush("line");
    const block = BLOCK_TAGS.has(tag);
    if (block) flush("paragraph");
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush("paragraph");
  };
  walk(root);
  flush("paragraph");
  return blocks.join("\n\n");
}

/** Plain text of an HTML fragment (feed item content, titles with markup). */
export function htmlFragmentToText(html: string): string {
  const clean = html.replace(CONTROL_CHARACTERS, "");
  if (!/[<&]/.test(clean)) return clean.replace(/\s+/g, " ").trim();
  const { document } = parseHTML(`<!doctype html><html><body>${clean}</body></html>`);
  return elementToText(document.body as unknown as TextNodeLike);
}
