import type { Brief } from "../../model/brief.js";

/** The brief's places as a GeoJSON FeatureCollection of points with what happened there. */
export function renderGeoJson(brief: Brief): string {
  const collection = {
    type: "FeatureCollection",
    features: brief.places.map((p) => ({
      type: "Feature",
      id: p.entityId,
      geometry: { type: "Point", coordinates: [p.lon, p.lat] },
      properties: {
        name: p.name,
        entityId: p.entityId,
        scope: p.scope,
        storyId: brief.storyId,
        events: p.events,
        articleIds: [...new Set(p.events.flatMap((e) => e.articleIds))],
      },
    })),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
