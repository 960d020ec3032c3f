import type { Article } from "../model/article.js";
import type { Brief, CoverageFact } from "../model/brief.js";
import type { Claim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import type { Finding } from "../model/story.js";
import { withoutDateline } from "../normalize/dateline.js";
import { entityRefKey, entityRefName, slugOf } from "../reconcile/entity-ref-key.js";
import { valueLabel } from "../reconcile/value-label.js";
import { isWholeCountry, placePattern } from "./places.js";
import { quoteText } from "./quote-groups.js";

type CoverageArticle = Pick<Article, "id" | "duplicateOf"> & {
  published?: string | null;
  outlet?: string | null;
  title?: string | null;
  text?: string;
};

const QUOTE_LENGTH = 90;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "412 killed (update)" for a figure, the accounts for a place or target ("X captured Y; ..."). */
function findingLabel(finding: Finding): string {
  const accounts = [...new Set(finding.values.map(valueLabel))];
  if (!finding.best)
    return accounts.length > 2 ? `${accounts.slice(0, 2).join("; ")}; …` : accounts.join("; ");
  const { count, qualifier } = finding.best;
  const best = finding.values.find((v) => v.count === count && v.qualifier === qualifier);
  return `${best ? valueLabel(best) : finding.topic} (${finding.verdict})`;
}

function findingFact(finding: Finding): CoverageFact {
  const articleIds = [...new Set(finding.values.map((v) => v.articleId))];
  return { key: finding.topic, label: findingLabel(finding), articleIds };
}

/** Quotes grouped by speaker (unattributed ones by their words): one fact each, labelled with the first quote. */
function quoteFacts(claims: readonly Claim[], entities: ReadonlyMap<string, Entity>): CoverageFact[] {
  const bySpeaker = new Map<string, CoverageFact>();
  for (const claim of claims) {
    if (claim.kind !== "quote") continue;
    const speaker = claim.speaker ?? claim.source;
    const key = `quote:${speaker ? entityRefKey(speaker) : `~${slugOf(claim.quote)}`}`;
    const fact = bySpeaker.get(key);
    if (fact) {
      if (!fact.articleIds.includes(claim.articleId)) fact.articleIds.push(claim.articleId);
      continue;
    }
    const who = speaker ? `${entityRefName(speaker, entities)}: ` : "";
    bySpeaker.set(key, {
      key,
      label: `${who}“${shorten(quoteText(claim.quote), QUOTE_LENGTH)}”`,
      articleIds: [claim.articleId],
    });
  }
  return [...bySpeaker.values()];
}

/** Entity keys a claim fact already speaks of (places, targets, actors, speakers, sources). */
function keysInClaims(claims: readonly Claim[]): Set<string> {
  const keys = new Set<string>();
  for (const claim of claims) {
    const refs = [claim.source];
    if (claim.kind === "control") refs.push(claim.place, claim.actor);
    if (claim.kind === "attack") refs.push(claim.target, claim.actor);
    if (claim.kind === "quote") refs.push(claim.speaker);
    for (const ref of refs) if (ref?.entityId) keys.add(ref.entityId);
  }
  return keys;
}

/** Lower-case, without punctuation: "The Horn Wire" and "horn wire" are one outlet name. */
const outletKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** True when a headline names one of an entity's names ("Search ends for Lake Kivu ferry victims"). */
function titleNames(title: string | null | undefined, e: Entity): boolean {
  if (!title) return false;
  const words = ` ${outletKey(title)} `;
  return [e.name, ...e.aliases].some((n) => {
    const key = outletKey(n);
    return key.length > 1 && words.includes(` ${key} `);
  });
}

/**
 * Named things as facts, each with the story's articles that name it, in the text or the headline (the
 * entity extractor reads the text); an article naming its own outlet
 * (a dateline's "(Horn Wire)" or "(GRW)", "told Continental Press") does not count as reporting it.
 */
function entityFacts(
  entities: readonly Entity[],
  articles: readonly CoverageArticle[],
  covered: Set<string>,
): CoverageFact[] {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet ? outletKey(a.outlet) : ""]));
  const namesOwnOutlet = (e: Entity, articleId: string) => {
    const outlet = outletOf.get(articleId);
    if (outlet === undefined) return false;
    // or by its initials, as a wire's dateline does ("(GRW)" for Global Report Wire)
    const initials = outlet
      .split(" ")
      .map((word) => word[0])
      .join("");
    return [e.name, ...e.aliases].some(
      (n) =>
        outletKey(n) === outlet ||
        (initials.length >= 2 && /^\p{Lu}+$/u.test(n) && n.toLowerCase() === initials),
    );
  };
  // a town only the dateline names ("ATHENS (Balkan Monitor) - ") is where the report was filed, and
  // the agency it credits is who carried it: neither is something the report tells
  const told = new Map(
    articles.flatMap((a) => (a.text ? [[a.id, withoutDateline(a.text, 0).text] as const] : [])),
  );
  const namesInText = (e: Entity, articleId: string) => {
    if (!e.articleIds.includes(articleId)) return false;
    const text = told.get(articleId);
    return e.type === "person" || text === undefined || placePattern(e).test(text);
  };
  // naming the country the story's towns lie in tells nothing of its own ("also names Turkey" of a fire
  // in Bolu); another country ("Italy" in a war elsewhere) still does
  const home = new Set(
    entities.flatMap((e) => (e.type === "place" && e.country && !isWholeCountry(e) ? [e.country] : [])),
  );
  const homeCountry = (e: Entity) => e.type === "place" && isWholeCountry(e) && home.has(e.country ?? "");
  return entities
    .filter((e) => e.type !== "other" && !covered.has(e.id) && !homeCountry(e))
    .map((e) => ({
      key: `entity:${e.id}`,
      label: `${e.name} (${e.type})`,
      articleIds: articles
        .filter((a) => (namesInText(e, a.id) || titleNames(a.title, e)) && !namesOwnOutlet(e, a.id))
        .map((a) => a.id),
    }))
    .filter((f) => f.articleIds.length > 0);
}

/**
 * What each article alone reports and which widely reported facts it leaves out. Facts are the
 * story's findings, quotes by speaker, and named people, organizations and places no claim fact
 * already covers. A near-duplicate counts as the article it copies. "Widely reported" means by at least half the outlets (and two).
 * An article published before the first report of a fact is not said to leave it out.
 */
export function buildCoverage(
  articles: readonly CoverageArticle[],
  claims: readonly Claim[],
  entities: readonly Entity[],
  findings: readonly Finding[],
): Brief["coverage"] {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const storyIds = new Set(articles.map((a) => a.id));
  const covered = keysInClaims(claims);
  const facts = [
    ...findings.map(findingFact),
    ...quoteFacts(claims, entityById),
    ...entityFacts(entities, articles, covered),
  ];
  const originOf = new Map(
    articles.map((a) => [a.id, a.duplicateOf && storyIds.has(a.duplicateOf) ? a.duplicateOf : a.id]),
  );
  const originSets = new Map(
    facts.map((f) => [f, new Set(f.articleIds.map((id) => originOf.get(id) ?? id))]),
  );
  const origins = (fact: CoverageFact) => originSets.get(fact)!;
  const publishedAt = new Map(
    articles.map((a) => [a.id, a.published ? Date.parse(a.published) : Number.NaN] as const),
  );
  /** When a fact was first reported: the earliest publication among its articles (NaN when none is dated). */
  const firstTold = (fact: CoverageFact) => {
    const times = fact.articleIds
      .map((id) => publishedAt.get(id) ?? Number.NaN)
      .filter((t) => !Number.isNaN(t));
    return times.length > 0 ? Math.min(...times) : Number.NaN;
  };
  const outletCount = new Set(originOf.values()).size;
  const widely = Math.max(2, Math.ceil(outletCount / 2));
  const perArticle = articles.map((article) => {
    const origin = originOf.get(article.id) ?? article.id;
    const exclusive = facts.filter((f) => {
      const o = origins(f);
      return outletCount > 1 && o.size === 1 && o.has(origin);
    });
    // a report published before anyone reported a fact could not tell it, so it did not leave it out
    const published = article.published ? Date.parse(article.published) : Number.NaN;
    const missing = facts.filter(
      (f) => origins(f).size >= widely && !origins(f).has(origin) && !(published < firstTold(f)),
    );
    return {
      articleId: article.id,
      exclusive: exclusive.map((f) => f.key),
      missing: missing.map((f) => f.key),
    };
  });
  return { facts, perArticle };
}
