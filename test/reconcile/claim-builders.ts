import type { Article } from "../../src/model/article.js";
import type {
  AttackClaim,
  CasualtyClaim,
  ControlClaim,
  DateClaim,
  EntityRef,
  QuoteClaim,
} from "../../src/model/claim.js";
import type { Entity } from "../../src/model/entity.js";

/** A reference to a resolved entity, for test claims. */
export const ref = (entityId: string | null, text = entityId ?? ""): EntityRef => ({
  text,
  start: null,
  end: null,
  entityId,
});

const base = {
  sentence: "",
  start: 0,
  end: 0,
  source: null,
  channel: null,
  eventDate: null,
  background: false,
};

export const casualty = (
  id: string,
  articleId: string,
  count: number,
  more: Partial<CasualtyClaim> = {},
): CasualtyClaim => ({
  ...base,
  id,
  articleId,
  kind: "casualty",
  outcome: "killed",
  count,
  countMax: null,
  qualifier: "exact",
  group: "all",
  groupLabel: null,
  partOf: null,
  ...more,
});

export const control = (
  id: string,
  articleId: string,
  place: EntityRef,
  more: Partial<ControlClaim> = {},
): ControlClaim => ({
  ...base,
  id,
  articleId,
  kind: "control",
  place,
  actor: null,
  change: "captured",
  extent: null,
  ...more,
});

export const attack = (id: string, articleId: string, more: Partial<AttackClaim> = {}): AttackClaim => ({
  ...base,
  id,
  articleId,
  kind: "attack",
  actor: null,
  target: null,
  weapon: "airstrike",
  ...more,
});

export const quote = (id: string, articleId: string, more: Partial<QuoteClaim> = {}): QuoteClaim => ({
  ...base,
  id,
  articleId,
  kind: "quote",
  speaker: null,
  quote: "",
  ...more,
});

export const dateClaim = (id: string, articleId: string, more: Partial<DateClaim> = {}): DateClaim => ({
  ...base,
  id,
  articleId,
  kind: "date",
  expression: "",
  date: null,
  ...more,
});

export const article = (id: string, more: Partial<Article> = {}): Article => ({
  id,
  title: null,
  text: "",
  url: null,
  outlet: null,
  published: null,
  language: "en",
  origin: id,
  extra: {},
  contentHash: "",
  signature: "",
  storyId: "s-1",
  duplicateOf: null,
  casualties: { killed: null, injured: null },
  ingestedAt: "2026-01-01T00:00:00Z",
  ...more,
});

export const entity = (id: string, name: string, more: Partial<Entity> = {}): Entity => ({
  id,
  type: "organization",
  name,
  aliases: [name],
  articleIds: [],
  lat: null,
  lon: null,
  geoConfidence: null,
  country: null,
  ...more,
});
