import type { Entity } from "../model/index.js";
import { isAllCaps } from "./canonical-name.js";
import { geocodePlaces, MIN_GEO_CONFIDENCE } from "./geo/geocode.js";

/**
 * Gives coordinates to the places among `entities` that have none yet, geocoding them together so
 * each is ranked with the others (a town near the story's other towns, in the countries it names).
 */
export function geocodeEntities(entities: Entity[]): Entity[] {
  const places = entities.filter((e) => e.type === "place");
  if (places.length === 0) return entities;
  const hits = geocodePlaces(places.map((e) => ({ key: e.id, names: [e.name, ...e.aliases] })));
  return entities.map((entity) => {
    if (entity.type !== "place" || entity.lat !== null) return entity;
    const hit = hits.get(entity.id);
    if (!hit || hit.confidence < MIN_GEO_CONFIDENCE) return entity;
    // a place written only in capitals ("KHARTOUM", a dateline) is shown as the gazetteer writes it
    const name =
      isAllCaps(entity.name) && hit.name.toLowerCase() === entity.name.toLowerCase() ? hit.name : entity.name;
    return {
      ...entity,
      name,
      lat: hit.lat,
      lon: hit.lon,
      geoConfidence: Number(hit.confidence.toFixed(2)),
      country: hit.country,
    };
  });
}
