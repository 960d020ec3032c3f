import type { MapPlace } from "../../model/brief.js";
import { escapeHtml } from "./html-escape.js";
import { type LabelBox, placeLabel } from "./label-placement.js";

const WIDTH = 640;
const PAD = 40;
const KM_PER_DEGREE = 111.32;
/** Places farther than this from the story's main place are named in a caption, not drawn. */
const FOCUS_KM = 2000;
/** The least span a frame shows (degrees, about 330 km), so the towns around the story can fall inside it. */
const MIN_SPAN = 3;

/** Great-circle distance in km (haversine). */
function distanceKm(a: MapPlace, b: MapPlace): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The places as an inline SVG sketch map (no basemap, no script): an equirectangular projection, a dot
 * and a label per place, its events as the dot's tooltip.
 * - A whole country sits at its capital, which says nothing about where the story happened: when the
 *   story has towns or other local places, countries are left off (named in a caption) so they neither
 *   mark a false spot nor stretch the frame; when it has only countries, they are drawn as rings.
 * - The frame is set by the places something happened in, within 2,000 km of the first of them (the
 *   story's main place); a place only named is drawn when it falls inside, else named in a caption
 *   (Washington and Moscow do not shrink a Syrian story to a dot).
 */
export function placesSvg(all: readonly MapPlace[]): string {
  if (all.length === 0) return "";
  const local = all.filter((p) => p.scope === "local");
  const candidates = local.length > 0 ? local : [...all];
  const countriesLeftOff = local.length > 0 ? all.filter((p) => p.scope === "country") : [];
  const eventful = candidates.filter((p) => p.events.length > 0);
  const focus = eventful.length > 0 ? eventful : candidates;
  const main = focus[0]!;
  const framing = focus.filter((p) => distanceKm(main, p) <= FOCUS_KM);
  // the frame: the box of those places, at least MIN_SPAN wide; places only named join when inside it
  const box = (ps: readonly MapPlace[], min: number) => {
    const lats = ps.map((p) => p.lat);
    const lons = ps.map((p) => p.lon);
    const [south, north, west, east] = [
      Math.min(...lats),
      Math.max(...lats),
      Math.min(...lons),
      Math.max(...lons),
    ];
    const [growY, growX] = [Math.max(0, min - (north - south)) / 2, Math.max(0, min - (east - west)) / 2];
    return { south: south - growY, north: north + growY, west: west - growX, east: east + growX };
  };
  const frame = box(framing, MIN_SPAN);
  const within = (p: MapPlace) =>
    p.lat >= frame.south && p.lat <= frame.north && p.lon >= frame.west && p.lon <= frame.east;
  // places with events first: theirs are the labels that win a crowded spot
  const drawn = [...framing, ...candidates.filter((p) => !framing.includes(p) && within(p))].sort(
    (a, b) => Number(b.events.length > 0) - Number(a.events.length > 0),
  );
  const outside = candidates.filter((p) => !drawn.includes(p));
  const captions = [
    countriesLeftOff.length > 0
      ? `Whole countries, not drawn: ${countriesLeftOff.map((p) => p.name).join(", ")}`
      : "",
    outside.length > 0 ? `Outside the sketch: ${outside.map((p) => p.name).join(", ")}` : "",
  ].filter(Boolean);
  // the captions get their own lines above the drawing
  const top = 14 * captions.length;
  const { south, north, west, east } = box(drawn, 0);
  const squeeze = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const spanX = (east - west) * squeeze;
  const spanY = north - south;
  const scale = (WIDTH - 2 * PAD) / Math.max(spanX, spanY, 1e-6);
  const height = Math.round(Math.max(spanY * scale + 2 * PAD, 120)) + top;
  const [midLon, midLat] = [(west + east) / 2, (south + north) / 2];
  const x = (lon: number) => WIDTH / 2 + (lon - midLon) * squeeze * scale;
  const y = (lat: number) => top + (height - top) / 2 - (lat - midLat) * scale;
  const labels: LabelBox[] = [];
  const marks = drawn.map((p) => {
    const [px, py] = [x(p.lon), y(p.lat)];
    const tip = escapeHtml([p.name, ...p.events.map((e) => e.text)].join("\n"));
    const ring = p.scope === "country" ? ` class="country" fill="none" stroke="currentColor"` : "";
    const spot = placeLabel(labels, px, py, p.name.length * 7, { width: WIDTH, height });
    const text = spot
      ? `<text x="${spot.x.toFixed(1)}" y="${spot.y.toFixed(1)}"${spot.end ? ` text-anchor="end"` : ""}>${escapeHtml(p.name)}</text>`
      : "";
    return `<g><title>${tip}</title><circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="5"${ring}/>${text}</g>`;
  });
  const km = Math.max(spanX, spanY) * KM_PER_DEGREE;
  if (km > 0)
    marks.push(
      `<text x="8" y="${height - 8}" class="scale">about ${km < 10 ? km.toFixed(1) : Math.round(km)} km across</text>`,
    );
  captions.forEach((caption, i) => {
    marks.push(`<text x="8" y="${16 + 14 * i}" class="scale">${escapeHtml(caption)}</text>`);
  });
  return `<svg class="map" role="img" aria-label="Places of the story" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">${marks.join("")}</svg>`;
}
