import type { Entity } from "../model/index.js";
import { entityBlockingKeys } from "./blocking-keys.js";

/** What resolution needs from storage (the Store implements it): entities filed under any of some blocking keys. */
export interface EntityIndex {
  findEntitiesByKeys(keys: string[]): Promise<Entity[]>;
}

/** An EntityIndex held in memory (tests, benchmarks, one-shot runs). */
export class InMemoryEntityIndex implements EntityIndex {
  private readonly byId = new Map<string, Entity>();
  private readonly byKey = new Map<string, Set<string>>();

  async findEntitiesByKeys(keys: string[]): Promise<Entity[]> {
    return this.lookup(keys);
  }

  lookup(keys: string[]): Entity[] {
    const ids = new Set<string>();
    for (const key of keys) for (const id of this.byKey.get(key) ?? []) ids.add(id);
    return [...ids].map((id) => this.byId.get(id) as Entity);
  }

  /** Adds or replaces entities (as returned by resolveEntities). */
  upsert(entities: Entity[]): void {
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      for (const key of entityBlockingKeys(entity)) {
        const set = this.byKey.get(key) ?? new Set<string>();
        set.add(entity.id);
        this.byKey.set(key, set);
      }
    }
  }

  all(): Entity[] {
    return [...this.byId.values()];
  }
}
