/** Builds DOM nodes. Strings always become text nodes: data from articles is never parsed as HTML. */
export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

function fill<T extends Element>(node: T, attrs: Attrs, children: Child[]): T {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name))
      throw new Error(`event handler attribute ${name} is not allowed; use addEventListener`);
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attrs, children);
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** A titled section, or nothing when it has no content (parts of a brief may be empty). */
export function section(id: string, title: string, body: Child[] | null): HTMLElement | null {
  if (!body || body.length === 0) return null;
  return h("section", { id, "aria-labelledby": `${id}-h` }, h("h2", { id: `${id}-h` }, title), ...body);
}

/** Splits text whose hits are wrapped in \u0002 ... \u0003 into text and <mark> nodes. */
export function marked(text: string): Node[] {
  return text
    .split(/(\u0002[^\u0003]*\u0003)/)
    .map((part) =>
      part.startsWith("\u0002") ? h("mark", {}, part.slice(1, -1)) : document.createTextNode(part),
    );
}
