import { geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Brief } from "../api.js";
import { h, s, section } from "../dom.js";

const W = 600;
const H = 340;
let basemap: Promise<Topology | null> | null = null;

/** The offline basemap (world-atlas countries), served beside the app; loaded once. */
function loadBasemap(): Promise<Topology | null> {
  basemap ??= fetch("countries-50m.json")
    .then((r) => (r.ok ? (r.json() as Promise<Topology>) : null))
    .catch(() => null);
  return basemap;
}

export async function renderMap(brief: Brief): Promise<HTMLElement | null> {
  const places = brief.places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  if (places.length === 0) return null;
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const span = Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats));
  const pad = Math.max(3, span * 0.4);
  const box = {
    type: "MultiPoint" as const,
    coordinates: [
      [Math.min(...lons) - pad, Math.min(...lats) - pad],
      [Math.max(...lons) + pad, Math.max(...lats) + pad],
    ],
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [10, 10],
        [W - 10, H - 10],
      ],
      box,
    )
    .clipExtent([
      [0, 0],
      [W, H],
    ]);
  const path = geoPath(projection);
  const topology = await loadBasemap();
  const countries = topology?.objects.countries as GeometryCollection | undefined;
  const land = topology && countries ? feature(topology, countries).features : [];
  const svg = s(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, class: "map", role: "img", "aria-label": "Map of the places in the story" },
    s("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }),
    ...land.map((f) => s("path", { d: path(f) ?? "", class: "land" })),
    ...places.map((p) => {
      const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
      return s(
        "g",
        { class: "place" },
        s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 5 }, s("title", {}, p.name)),
        s("text", { x: (x + 8).toFixed(1), y: (y + 4).toFixed(1) }, p.name),
      );
    }),
  );
  const list = h(
    "ul",
    { class: "places" },
    ...places.map((p) =>
      h(
        "li",
        {},
        h("strong", {}, p.name),
        p.events.length ? `: ${p.events.map((e) => e.text).join("; ")}` : "",
      ),
    ),
  );
  return section("map", "Places", [
    svg,
    topology ? null : h("p", { class: "meta" }, "Basemap unavailable."),
    list,
  ]);
}
