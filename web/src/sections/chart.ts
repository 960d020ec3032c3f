import type { FindingValue } from "../../../src/model/index.js";
import { s } from "../dom.js";

const W = 260;
const H = 110;
const PAD = { left: 34, right: 10, top: 10, bottom: 22 };

/** A small SVG chart of a figure over time: one dot per dated value, a line through them. */
export function figureChart(values: FindingValue[], label: string): SVGSVGElement | null {
  const points = values
    .filter(
      (v): v is FindingValue & { date: string } =>
        Boolean(v.date) && Number.isFinite(Date.parse(v.date ?? "")),
    )
    .map((v) => ({ t: Date.parse(v.date), count: v.count, v }))
    .sort((a, b) => a.t - b.t);
  if (points.length === 0) return null;
  const t0 = points[0]!.t;
  const t1 = points.at(-1)!.t;
  const max = Math.max(...points.map((p) => p.count), 1);
  const x = (t: number) => PAD.left + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (n: number) => H - PAD.bottom - (n / max) * (H - PAD.top - PAD.bottom);
  const path = points.map((p, i) => `${i ? "L" : "M"}${x(p.t).toFixed(1)},${y(p.count).toFixed(1)}`).join("");
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return s(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": `${label} over time` },
    s("line", { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom, class: "axis" }),
    s("line", { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom, class: "axis" }),
    s("text", { x: PAD.left - 4, y: PAD.top + 4, class: "tick", "text-anchor": "end" }, String(max)),
    s("text", { x: PAD.left - 4, y: H - PAD.bottom, class: "tick", "text-anchor": "end" }, "0"),
    s("text", { x: PAD.left, y: H - 6, class: "tick" }, day(t0)),
    t1 !== t0
      ? s("text", { x: W - PAD.right, y: H - 6, class: "tick", "text-anchor": "end" }, day(t1))
      : null,
    s("path", { d: path, class: "series" }),
    ...points.map((p) =>
      s(
        "circle",
        { cx: x(p.t).toFixed(1), cy: y(p.count).toFixed(1), r: 3.5, class: "dot" },
        s("title", {}, `${p.v.sourceName}: ${p.count} (${day(p.t)})`),
      ),
    ),
  );
}
