export type EntityType = "person" | "organization" | "place" | "other";

/** One occurrence of a name in an article's normalized text; `end` is exclusive. */
export interface Mention {
  start: number;
  end: number;
  /** The surface form as written. */
  text: string;
  type: EntityType;
  /** Title or role cue next to the name ("Foreign Minister", "spokesperson"), if any. */
  role: string | null;
  /** Expansion when the mention is an acronym defined in the text, e.g. SOHR -> Syrian Observatory for Human Rights. */
  expansion: string | null;
  /** Filled by resolution: the entity this mention refers to. */
  entityId: string | null;
}

/** One real-world thing across all articles. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name. */
  name: string;
  /** Every surface form seen (including the canonical name). */
  aliases: string[];
  articleIds: string[];
  /** Places only, when geocoded with enough confidence. */
  lat: number | null;
  lon: number | null;
  /** 0..1 confidence of the coordinates, null when not geocoded. */
  geoConfidence: number | null;
  /** ISO country code of a geocoded place, when known. */
  country: string | null;
  /** How often each alias was written, over all articles (picks the canonical name). */
  aliasCounts?: Record<string, number>;
}
