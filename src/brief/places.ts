import type { MapPlace } from "../model/brief.js";
import type { Claim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import { attackLabel, casualtyLabel, controlLabel } from "../reconcile/value-label.js";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Matches any alias of the place as a whole word. */
function placePattern(place: Entity): RegExp {
  const names = [place.name, ...place.aliases].filter(Boolean).map(escapeRegExp).join("|");
  return new RegExp(`(?:^|[^\\p{L}])(?:${names})(?:$|[^\\p{L}])`, "u");
}

/** What a claim says happened at a place, or null when it says nothing of it. */
function eventAt(
  claim: Claim,
  place: Entity,
  named: RegExp,
  entities: ReadonlyMap<string, Entity>,
): string | null {
  if (claim.background) return null;
  if (claim.kind === "control")
    return claim.place.entityId === place.id ? controlLabel(claim, entities) : null;
  if (claim.kind === "attack")
    return claim.target?.entityId === place.id ? attackLabel(claim, entities) : null;
  if (claim.kind === "casualty") return named.test(claim.sentence) ? casualtyLabel(claim) : null;
  return null;
}

/**
 * Geocoded places of the story, each with what its claims say happened there: control and attack
 * claims on the place, and casualty figures stated in a sentence naming it (superseded ones left out).
 */
export function buildPlaces(
  claims: readonly Claim[],
  entities: readonly Entity[],
  superseded: ReadonlySet<string> = new Set(),
): MapPlace[] {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const places: MapPlace[] = [];
  for (const place of entities) {
    if (place.type !== "place" || place.lat === null || place.lon === null) continue;
    const events = new Map<string, string[]>();
    const named = placePattern(place);
    for (const claim of claims) {
      if (superseded.has(claim.id)) continue;
      const text = eventAt(claim, place, named, entityById);
      if (!text) continue;
      const ids = events.get(text) ?? [];
      if (!ids.includes(claim.articleId)) ids.push(claim.articleId);
      events.set(text, ids);
    }
    places.push({
      entityId: place.id,
      name: place.name,
      lat: place.lat,
      lon: place.lon,
      events: [...events].map(([text, articleIds]) => ({ text, articleIds })),
    });
  }
  return places;
}
