import { geoDistance, geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type LabelBox, placeLabel } from "../../../src/brief/render/label-placement.js";
import type { Brief } from "../api.js";
import { h, s, section } from "../dom.js";

const W = 600;
const H = 340;
/** Places farther than this from the story's first place are listed, not drawn (radians, ~2,000 km). */
const FOCUS_RADIUS = 0.31;
let basemap: Promise<Topology | null> | null = null;

/** The offline basemap (world-atlas countries), served beside the app; loaded once. */
function loadBasemap(): Promise<Topology | null> {
  basemap ??= fetch("countries-50m.json")
    .then((r) => (r.ok ? (r.json() as Promise<Topology>) : null))
    .catch(() => null);
  return basemap;
}

type Place = Brief["places"][number];

/** The map frames the first place (the story's main one) and its neighbours, with some margin. */
function focusBox(places: Place[]) {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const span = Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats));
  const pad = Math.max(2.5, span * 0.3);
  return {
    type: "MultiPoint" as const,
    coordinates: [
      [Math.min(...lons) - pad, Math.min(...lats) - pad],
      [Math.max(...lons) + pad, Math.max(...lats) + pad],
    ],
  };
}

export async function renderMap(brief: Brief): Promise<HTMLElement | null> {
  const places = brief.places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  // a whole country sits at its capital, which is not where the story happened: with towns to show,
  // countries are listed, not drawn, and do not choose the map's frame
  const local = places.filter((p) => p.scope !== "country");
  const drawn = local.length > 0 ? local : places;
  const main = drawn[0];
  if (!main) return null;
  const near = drawn.filter((p) => geoDistance([main.lon, main.lat], [p.lon, p.lat]) <= FOCUS_RADIUS);
  const projection = geoMercator()
    .fitExtent(
      [
        [10, 10],
        [W - 10, H - 10],
      ],
      // framed on the places something happened in; places only named are drawn when they fall inside
      focusBox(near.some((p) => p.events.length > 0) ? near.filter((p) => p.events.length > 0) : near),
    )
    .clipExtent([
      [0, 0],
      [W, H],
    ]);
  const inside = (p: Place) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [-1, -1];
    return x >= 0 && x <= W && y >= 0 && y <= H;
  };
  // places with events first, so theirs are the labels that win a crowded spot
  const shown = near.filter(inside).sort((a, b) => Number(b.events.length > 0) - Number(a.events.length > 0));
  const far = new Set(drawn.filter((p) => !shown.includes(p)));
  const path = geoPath(projection);
  const topology = await loadBasemap();
  const countries = topology?.objects.countries as GeometryCollection | undefined;
  const land = topology && countries ? feature(topology, countries).features : [];
  const labels: LabelBox[] = [];
  const svg = s(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, class: "map", role: "img", "aria-label": "Map of the places in the story" },
    s("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }),
    ...land.map((f) => s("path", { d: path(f) ?? "", class: "land" })),
    ...shown.map((p) => {
      const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
      const label = placeLabel(labels, x, y, p.name.length * 8, { width: W, height: H });
      return s(
        "g",
        { class: "place" },
        s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 5 }, s("title", {}, p.name)),
        label
          ? s(
              "text",
              {
                x: label.x.toFixed(1),
                y: label.y.toFixed(1),
                ...(label.end ? { "text-anchor": "end" } : {}),
              },
              p.name,
            )
          : null,
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
        p.scope === "country" ? h("span", { class: "meta" }, " (country)") : "",
        far.has(p) ? h("span", { class: "meta" }, " (outside the map)") : "",
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
