import type { Brief } from "../api.js";
import { h, s, section } from "../dom.js";
import type { BriefNames } from "../views/story-page.js";

const ROW = 26;
const CHAR = 7;

/** The outlet -> original-source graph: which outlets relay which original sources. */
export function renderProvenance(brief: Brief, names: BriefNames): HTMLElement | null {
  const outlets = [...new Set(brief.provenance.map((p) => p.outlet))];
  const sources = [...new Set(brief.provenance.flatMap((p) => p.sources))];
  if (outlets.length === 0 || sources.length === 0) return null;
  const edges = new Map<string, number>();
  for (const link of brief.provenance) {
    for (const source of link.sources) {
      const key = `${outlets.indexOf(link.outlet)}>${sources.indexOf(source)}`;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  const height = Math.max(outlets.length, sources.length) * ROW + 20;
  const y = (i: number, n: number) =>
    20 + i * ROW + ((Math.max(outlets.length, sources.length) - n) * ROW) / 2;
  // an outlet-less report stands by its article id: show its title or opening words instead
  const outletName = (key: string) => names.outlet.get(key) ?? key;
  const sourceName = (id: string) => names.entity.get(id) ?? outletName(id);
  const longest = (labels: string[]) => Math.max(...labels.map((l) => l.length)) * CHAR;
  const left = 14 + longest(outlets.map(outletName));
  const right = left + 140;
  const W = right + 14 + longest(sources.map(sourceName));
  const svg = s(
    "svg",
    {
      viewBox: `0 0 ${W} ${height}`,
      width: W,
      class: "graph",
      role: "img",
      "aria-label": "Outlets and the original sources they relay",
    },
    ...[...edges].map(([key, count]) => {
      const [o, src] = key.split(">").map(Number) as [number, number];
      const y1 = y(o, outlets.length);
      const y2 = y(src, sources.length);
      return s("path", {
        d: `M${left},${y1} C${(left + right) / 2},${y1} ${(left + right) / 2},${y2} ${right},${y2}`,
        class: "edge",
        "stroke-width": Math.min(1 + count, 6),
      });
    }),
    ...outlets.map((name, i) =>
      s(
        "g",
        {},
        s("circle", { cx: left, cy: y(i, outlets.length), r: 5, class: "node outlet" }),
        s(
          "text",
          { x: left - 10, y: y(i, outlets.length) + 4, "text-anchor": "end", class: "label" },
          outletName(name),
        ),
      ),
    ),
    ...sources.map((id, i) =>
      s(
        "g",
        {},
        s("circle", { cx: right, cy: y(i, sources.length), r: 5, class: "node source" }),
        s("text", { x: right + 10, y: y(i, sources.length) + 4, class: "label" }, sourceName(id)),
      ),
    ),
  );
  const list = h(
    "ul",
    { class: "visually-hidden" },
    ...brief.provenance.map((p) =>
      h(
        "li",
        {},
        `${outletName(p.outlet)} relays ${p.sources.map(sourceName).join(", ") || "its own reporting"}`,
      ),
    ),
  );
  return section("provenance", "Who relays whom", [
    h("p", { class: "legend" }, "Outlets (left) → original sources (right)"),
    h("div", { class: "scroll-x" }, svg),
    list,
  ]);
}
