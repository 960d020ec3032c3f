import type {
  Article,
  Brief,
  CasualtyCounts,
  Claim,
  EntityRef,
  EntityType,
  Finding,
} from "../model/index.js";

export interface ExportDocument {
  version: 1;
  articles: {
    id: string;
    title: string | null;
    outlet: string | null;
    url: string | null;
    published: string | null;
    language: string;
    storyId: string;
    duplicateOf: string | null;
    casualties: CasualtyCounts;
  }[];
  stories: {
    id: string;
    title: string;
    articleIds: string[];
    casualties: CasualtyCounts;
    findings: Finding[];
  }[];
  entities: {
    id: string;
    type: EntityType;
    name: string;
    aliases: string[];
    articleIds: string[];
    lat?: number;
    lon?: number;
  }[];
  claims: Record<string, unknown>[];
}

const refId = (ref: EntityRef | null): string | null => ref?.entityId ?? null;

/** A claim in the export's shape: entity references become entity ids (or null). */
export function exportClaim(claim: Claim): Record<string, unknown> {
  const base = {
    id: claim.id,
    articleId: claim.articleId,
    kind: claim.kind,
    sentence: claim.sentence,
    start: claim.start,
    end: claim.end,
    source: refId(claim.source),
    sourceName: claim.source?.text ?? null,
    channel: refId(claim.channel),
    channelName: claim.channel?.text ?? null,
    eventDate: claim.eventDate,
    background: claim.background,
  };
  switch (claim.kind) {
    case "casualty": {
      const { outcome, count, countMax, qualifier, group, groupLabel, partOf } = claim;
      const increment = claim.increment === true;
      const detail = claim.detail === true;
      const lowered = claim.lowered === true;
      return {
        ...base,
        outcome,
        count,
        countMax,
        qualifier,
        group,
        groupLabel,
        partOf,
        increment,
        detail,
        lowered,
      };
    }
    case "quote":
      return {
        ...base,
        speaker: refId(claim.speaker),
        speakerName: claim.speaker?.text ?? null,
        quote: claim.quote,
      };
    case "control":
      return {
        ...base,
        place: refId(claim.place),
        placeName: claim.place.text,
        actor: refId(claim.actor),
        actorName: claim.actor?.text ?? null,
        change: claim.change,
        extent: claim.extent,
      };
    case "attack":
      return {
        ...base,
        actor: refId(claim.actor),
        actorName: claim.actor?.text ?? null,
        target: refId(claim.target),
        targetName: claim.target?.text ?? null,
        weapon: claim.weapon,
      };
    case "date":
      return { ...base, expression: claim.expression, date: claim.date };
  }
}

/** Assembles the export JSON of CONTRACT.md from stored articles, story briefs and entities. */
export function buildExportDocument(
  articles: Article[],
  briefs: Brief[],
  entities: import("../model/index.js").Entity[],
): ExportDocument {
  return {
    version: 1,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      url: a.url,
      published: a.published,
      language: a.language,
      storyId: a.storyId,
      duplicateOf: a.duplicateOf,
      casualties: a.casualties,
    })),
    stories: briefs.map((b) => ({
      id: b.storyId,
      title: b.title,
      articleIds: b.articles.map((a) => a.id),
      casualties: b.casualties,
      findings: b.findings,
    })),
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      articleIds: e.articleIds,
      ...(e.lat !== null && e.lon !== null ? { lat: e.lat, lon: e.lon } : {}),
    })),
    claims: briefs.flatMap((b) => b.claims.map(exportClaim)),
  };
}
