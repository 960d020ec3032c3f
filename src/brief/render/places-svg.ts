import type { MapPlace } from "../../model/brief.js";
import { escapeHtml } from "./html-escape.js";

const WIDTH = 640;
const PAD = 40;
const KM_PER_DEGREE = 111.32;

/**
 * The places as an inline SVG sketch map (no basemap, no script): an equirectangular projection
 * of their bounding box, a dot and a label per place, its events as the dot's tooltip. A whole country
 * sits at its capital, which says nothing about where the story happened: when the story has towns or
 * other local places, countries are left off the sketch (named in a caption) so they neither mark a
 * false spot nor stretch the frame; when it has only countries, they are drawn as rings.
 */
export function placesSvg(all: readonly MapPlace[]): string {
  if (all.length === 0) return "";
  const local = all.filter((p) => p.scope === "local");
  const places = local.length > 0 ? local : all;
  const leftOff = local.length > 0 ? all.filter((p) => p.scope === "country") : [];
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const squeeze = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const spanX = (east - west) * squeeze;
  const spanY = north - south;
  const scale = (WIDTH - 2 * PAD) / Math.max(spanX, spanY, 1e-6);
  const height = Math.round(Math.max(spanY * scale + 2 * PAD, 120));
  const [midLon, midLat] = [(west + east) / 2, (south + north) / 2];
  const x = (lon: number) => WIDTH / 2 + (lon - midLon) * squeeze * scale;
  const y = (lat: number) => height / 2 - (lat - midLat) * scale;
  const marks = places.map((p) => {
    const [cx, cy] = [x(p.lon).toFixed(1), y(p.lat).toFixed(1)];
    const tip = escapeHtml([p.name, ...p.events.map((e) => e.text)].join("\n"));
    const label = x(p.lon) > WIDTH - 160 ? `dx="-8" text-anchor="end"` : `dx="8"`;
    const ring = p.scope === "country" ? ` class="country" fill="none" stroke="currentColor"` : "";
    return `<g><title>${tip}</title><circle cx="${cx}" cy="${cy}" r="5"${ring}/><text x="${cx}" y="${cy}" ${label} dy="4">${escapeHtml(p.name)}</text></g>`;
  });
  const km = Math.max(spanX, spanY) * KM_PER_DEGREE;
  if (km > 0)
    marks.push(
      `<text x="8" y="${height - 8}" class="scale">about ${km < 10 ? km.toFixed(1) : Math.round(km)} km across</text>`,
    );
  if (leftOff.length > 0)
    marks.push(
      `<text x="8" y="16" class="scale">Whole countries, not drawn: ${escapeHtml(leftOff.map((p) => p.name).join(", "))}</text>`,
    );
  return `<svg class="map" role="img" aria-label="Places of the story" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">${marks.join("")}</svg>`;
}
