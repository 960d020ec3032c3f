import { s } from "../dom.js";

/** One reported value of a figure: when it was reported (if known), how many, and by whom. */
export interface ChartValue {
  date: string | null;
  count: number | null;
  sourceName: string;
}

const W = 260;
const H = 110;
const PAD = { left: 34, right: 10, top: 10, bottom: 22 };
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

function frame(label: string, max: number, ...children: (SVGElement | null)[]): SVGSVGElement {
  return s(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": label },
    s("line", { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom, class: "axis" }),
    s("line", { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom, class: "axis" }),
    s("text", { x: PAD.left - 4, y: PAD.top + 4, class: "tick", "text-anchor": "end" }, String(max)),
    s("text", { x: PAD.left - 4, y: H - PAD.bottom, class: "tick", "text-anchor": "end" }, "0"),
    ...children,
  );
}

/**
 * A small SVG chart of a figure: over time (a line through the dated values) when values carry
 * dates, else one bar per source. Null when no value has a count.
 */
export function figureChart(values: ChartValue[], label: string): SVGSVGElement | null {
  const counted = values.filter((v): v is ChartValue & { count: number } => v.count !== null);
  if (counted.length === 0) return null;
  const max = Math.max(...counted.map((v) => v.count), 1);
  const y = (n: number) => H - PAD.bottom - (n / max) * (H - PAD.top - PAD.bottom);
  const points = counted
    .map((v) => ({ t: v.date ? Date.parse(v.date) : Number.NaN, v }))
    .filter((p) => Number.isFinite(p.t))
    .sort((a, b) => a.t - b.t);
  if (points.length === 0) {
    const step = (W - PAD.left - PAD.right) / counted.length;
    return frame(
      `${label}: value per source`,
      max,
      ...counted.map((v, i) =>
        s(
          "rect",
          {
            x: (PAD.left + (i + 0.2) * step).toFixed(1),
            y: y(v.count).toFixed(1),
            width: (step * 0.6).toFixed(1),
            height: (H - PAD.bottom - y(v.count)).toFixed(1),
            class: "bar",
          },
          s("title", {}, `${v.sourceName}: ${v.count}`),
        ),
      ),
    );
  }
  const t0 = points[0]!.t;
  const t1 = points.at(-1)!.t;
  const x = (t: number) => PAD.left + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const path = points
    .map((p, i) => `${i ? "L" : "M"}${x(p.t).toFixed(1)},${y(p.v.count).toFixed(1)}`)
    .join("");
  return frame(
    `${label} over time`,
    max,
    s("text", { x: PAD.left, y: H - 6, class: "tick" }, day(t0)),
    t1 !== t0
      ? s("text", { x: W - PAD.right, y: H - 6, class: "tick", "text-anchor": "end" }, day(t1))
      : null,
    s("path", { d: path, class: "series" }),
    ...points.map((p) =>
      s(
        "circle",
        { cx: x(p.t).toFixed(1), cy: y(p.v.count).toFixed(1), r: 3.5, class: "dot" },
        s("title", {}, `${p.v.sourceName}: ${p.v.count} (${day(p.t)})`),
      ),
    ),
  );
}
