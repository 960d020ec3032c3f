import type { MapPlace } from "../model/brief.js";
import type { Claim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import { withoutDateline } from "../normalize/dateline.js";
import { attackLabel, casualtyLabel, controlLabel } from "../reconcile/value-label.js";
import { nameKey } from "../resolve/fold-name.js";
import { countryNames } from "../resolve/geo/country-names.js";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Tells whether a sentence names the place: any alias, as a whole word. */
export function placePattern(place: Entity): { test: (sentence: string) => boolean } {
  const names = [...new Set([place.name, ...place.aliases])].filter(Boolean);
  const whole = new RegExp(`(?:^|[^\\p{L}])(?:${names.map(escapeRegExp).join("|")})(?:$|[^\\p{L}])`, "u");
  return { test: (sentence) => names.some((n) => sentence.includes(n)) && whole.test(sentence) };
}

/** Whether a geocoded place is its country as a whole ("Syria"), not a place inside it ("Aleppo"). */
export function isWholeCountry(place: Pick<Entity, "name" | "country">): boolean {
  if (!place.country) return false;
  const key = nameKey(place.name);
  return (countryNames().get(place.country) ?? []).some((name) => nameKey(name) === key);
}

/**
 * Geocoded places of the story, each with what its claims say happened there: control and attack
 * claims on the place, and casualty figures stated in a sentence naming it (superseded ones left out;
 * not on a country when the sentence's towns all lie in another).
 * Given the story's `reports`, a place their datelines alone name is left out.
 */
export function buildPlaces(
  claims: readonly Claim[],
  entities: readonly Entity[],
  superseded: ReadonlySet<string> = new Set(),
  reports?: readonly { title: string | null; text: string }[],
): MapPlace[] {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  // a town only a dateline names ("KINSHASA (Reuters) - ") is where a report was filed, not a place of the story
  const told = reports?.map((r) => `${r.title ?? ""}\n${withoutDateline(r.text, 0).text}`);
  const geocoded = entities.filter((e) => {
    if (e.type !== "place" || e.lat === null || e.lon === null) return false;
    const pattern = placePattern(e);
    return told === undefined || told.some((text) => pattern.test(text));
  });
  const named = geocoded.map(placePattern);
  const events = new Map<string, Map<string, string[]>>(geocoded.map((p) => [p.id, new Map()]));
  const add = (placeId: string | null | undefined, text: string, articleId: string) => {
    const place = placeId ? events.get(placeId) : undefined;
    if (!place) return;
    const ids = place.get(text) ?? [];
    if (!ids.includes(articleId)) ids.push(articleId);
    place.set(text, ids);
  };
  for (const claim of claims) {
    if (claim.background || superseded.has(claim.id)) continue;
    if (claim.kind === "control") add(claim.place.entityId, controlLabel(claim, entityById), claim.articleId);
    if (claim.kind === "attack") add(claim.target?.entityId, attackLabel(claim, entityById), claim.articleId);
    if (claim.kind !== "casualty") continue;
    // a dateline ("ANKARA, March 18 (GRW) - ") names where the report was filed, not where people died
    const where = withoutDateline(claim.sentence, claim.start).text;
    const here = geocoded.filter((_, i) => named[i]!.test(where));
    // "Russia's attack on Kharkiv killed four": a country none of the sentence's towns is in is who
    // acted or spoke, not where people died
    const countries = new Set<string>(
      here.flatMap((p) => (!isWholeCountry(p) && p.country ? [p.country] : [])),
    );
    for (const place of here) {
      const elsewhere = place.country === null || !countries.has(place.country);
      if (isWholeCountry(place) && countries.size > 0 && elsewhere) continue;
      add(place.id, casualtyLabel(claim), claim.articleId);
    }
  }
  return geocoded.map((place) => ({
    entityId: place.id,
    name: place.name,
    lat: place.lat!,
    lon: place.lon!,
    scope: isWholeCountry(place) ? "country" : "local",
    events: [...events.get(place.id)!].map(([text, articleIds]) => ({ text, articleIds })),
  }));
}
