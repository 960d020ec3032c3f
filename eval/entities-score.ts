import type { Entity, EntityType } from "../src/model/index.js";
import { foldName } from "../src/resolve/fold-name.js";
import { distanceKm } from "../src/resolve/geo/geocode.js";

export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface EntityGold {
  corpus: string;
  entities: GoldEntity[];
  variants?: string[][];
  distinct?: string[][];
  coordinates?: { name: string; lat: number; lon: number }[];
}

export interface TypeScore {
  type: EntityType;
  gold: number;
  found: number;
  system: number;
  correct: number;
  precision: number;
  recall: number;
}

const TYPES: EntityType[] = ["person", "organization", "place"];
const names = (g: GoldEntity): Set<string> => new Set([g.name, ...g.aliases].map(foldName));
const hasAlias = (e: Entity, name: string): boolean => e.aliases.some((a) => foldName(a) === foldName(name));
const matches = (e: Entity, g: GoldEntity): boolean => {
  const gold = names(g);
  return [e.name, ...e.aliases].some((a) => gold.has(foldName(a)));
};

/** Precision and recall per type: a gold entity is found when a system entity of its type carries one of its names. */
export function scoreTypes(system: Entity[], gold: GoldEntity[]): TypeScore[] {
  return TYPES.map((type) => {
    const goldOfType = gold.filter((g) => g.type === type);
    const systemOfType = system.filter((e) => e.type === type);
    const found = goldOfType.filter((g) => systemOfType.some((e) => matches(e, g))).length;
    const correct = systemOfType.filter((e) => goldOfType.some((g) => matches(e, g))).length;
    return {
      type,
      gold: goldOfType.length,
      found,
      system: systemOfType.length,
      correct,
      precision: systemOfType.length === 0 ? 0 : correct / systemOfType.length,
      recall: goldOfType.length === 0 ? 0 : found / goldOfType.length,
    };
  });
}

/** Gold entities no system entity of the right type carries, and typed system entities that match no gold entity. */
export function misses(
  system: Entity[],
  gold: GoldEntity[],
): { missed: string[]; spurious: string[]; split: string[] } {
  const typed = system.filter((e) => e.type !== "other");
  return {
    missed: gold
      .filter((g) => !typed.some((e) => e.type === g.type && matches(e, g)))
      .map((g) => `${g.type}:${g.name}`),
    spurious: typed
      .filter((e) => !gold.some((g) => g.type === e.type && matches(e, g)))
      .map((e) => `${e.type}:${e.name}`),
    split: gold.filter((g) => typed.filter((e) => matches(e, g)).length > 1).map((g) => g.name),
  };
}

/** Each variant group must sit in one entity. */
export function checkVariants(system: Entity[], groups: string[][]): { group: string[]; ok: boolean }[] {
  return groups.map((group) => {
    const holders = new Set(
      group.map((name) => system.find((e) => hasAlias(e, name))?.id ?? `missing:${name}`),
    );
    return { group, ok: holders.size === 1 && ![...holders][0]?.startsWith("missing:") };
  });
}

/** No system entity may carry the names of two different gold entities. */
export function checkNoSharing(system: Entity[], gold: GoldEntity[], pairs: string[][]): string[] {
  const problems: string[] = [];
  // Names two gold entities share ("Arequipa" for the city and the region) prove nothing.
  const owners = new Map<string, number>();
  for (const g of gold) for (const n of names(g)) owners.set(n, (owners.get(n) ?? 0) + 1);
  const own = (g: GoldEntity): GoldEntity => ({
    ...g,
    name: "",
    aliases: [...names(g)].filter((n) => owners.get(n) === 1),
  });
  for (const e of system) {
    const hits = gold.filter((g) => matches(e, own(g)));
    if (hits.length > 1) problems.push(`${e.name} holds ${hits.map((g) => g.name).join(" + ")}`);
  }
  for (const [a, b] of pairs) {
    if (a && b && system.some((e) => hasAlias(e, a) && hasAlias(e, b)))
      problems.push(`${a} merged with ${b}`);
  }
  return problems;
}

/** Distance of each gold place's entity from its true position (null: not geocoded or not found). */
export function checkCoordinates(system: Entity[], points: { name: string; lat: number; lon: number }[]) {
  return points.map((p) => {
    const entity = system.find(
      (e) => e.type === "place" && hasAlias(e, p.name) && e.lat !== null && e.lon !== null,
    );
    const km = entity ? distanceKm(p, { lat: entity.lat as number, lon: entity.lon as number }) : null;
    return { name: p.name, km, ok: km !== null && km <= 30 };
  });
}
