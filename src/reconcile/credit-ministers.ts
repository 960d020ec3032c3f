import type { Claim, EntityRef } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import { entityRefName } from "./entity-ref-key.js";

/** "Health Minister Kemal Memisoglu said": the portfolio ("health") of the minister the source is. */
function portfolioOf(claim: Claim): string | null {
  const source = claim.source;
  if (!source || source.start === null || source.start < claim.start) return null;
  // the title is in the source's words ("Health Minister Kemal Memisoglu") or just before them
  const before = claim.sentence.slice(
    Math.max(0, source.start - claim.start - 40),
    source.start - claim.start,
  );
  const portfolio = (/^(?:the\s+)?([\p{L}-]+)\s+[Mm]inister\s+\p{Lu}/u.exec(source.text) ??
    /\b([\p{L}-]+)\s+[Mm]inister\s+$/u.exec(before))?.[1]?.toLowerCase();
  if (portfolio && !/^(prime|former|deputy|junior)$/.test(portfolio)) return portfolio;
  // "Government spokesman Patrick Muyaya said": the government's voice
  const body = (SPOKESPERSON_OF.exec(source.text) ?? SPOKESPERSON_BEFORE.exec(before))?.[1]?.toLowerCase();
  return body ? `the ${body}` : null;
}

const SPOKESPERSON = "[Ss]pokes(?:man|woman|person)";
const SPOKESPERSON_OF = new RegExp(
  `^(?:the\\s+)?([Gg]overnment|[Aa]rmy|[Mm]ilitary)\\s+${SPOKESPERSON}\\s+\\p{Lu}`,
  "u",
);
const SPOKESPERSON_BEFORE = new RegExp(`\\b([Gg]overnment|[Aa]rmy|[Mm]ilitary)\\s+${SPOKESPERSON}\\s+$`, "u");

/**
 * The ministry a source name is of: "the health ministry", "Turkey's Health Ministry", "Ministry of
 * Health"; or "the government" for "the Congolese government" (likewise the army, the military).
 */
function ministryPortfolio(name: string): string | null {
  const lower = name.toLowerCase();
  const body = /^(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}(government|army|military)$/u.exec(lower)?.[1];
  return (
    /\b([\p{L}-]+)\s+ministry$/u.exec(lower)?.[1] ??
    /^(?:the\s+)?ministry\s+of\s+([\p{L}-]+)$/u.exec(lower)?.[1] ??
    (body ? `the ${body}` : null)
  );
}

/**
 * "Health Minister Kemal Memisoglu said 51 were hurt" in one report and "the health ministry said 78
 * died" in another: a minister speaking for a ministry the story gives as a source is that ministry,
 * one original source and not two (as within one article, `attributeClaims`); so is a government's (or
 * army's) spokesperson for the government the story gives as a source. Only when the story names exactly
 * one ministry of that portfolio (one government). Claims are copied, never changed in place.
 */
export function creditMinisters(claims: readonly Claim[], entityById: ReadonlyMap<string, Entity>): Claim[] {
  const ministries = new Map<string, Map<string, EntityRef>>();
  for (const c of claims) {
    if (c.kind === "quote" || c.kind === "date" || !c.source) continue;
    const name = entityRefName(c.source, entityById);
    const portfolio = ministryPortfolio(name);
    if (!portfolio) continue;
    const byName = ministries.get(portfolio) ?? new Map<string, EntityRef>();
    const key = c.source.entityId ?? name.toLowerCase().replace(/^the\s+/, "");
    if (!byName.has(key)) byName.set(key, { ...c.source, start: null, end: null });
    ministries.set(portfolio, byName);
  }
  if (ministries.size === 0) return [...claims];
  return claims.map((c) => {
    if (c.kind === "quote" || c.kind === "date") return c;
    const portfolio = portfolioOf(c);
    const found = portfolio ? ministries.get(portfolio) : undefined;
    if (found?.size !== 1) return c;
    return { ...c, source: [...found.values()][0]! };
  });
}

/**
 * Bodies a country has one of, which reports name bare ("the coast guard said") once the story has named
 * them in full ("the Hellenic coast guard"). Not the police or a ministry: a story may hold several.
 */
const ONE_PER_COUNTRY =
  /^(?:the\s+)?(coast ?guard|navy|army|military|civil defen[cs]e|fire service|fire brigade|fire agency|disaster agency|meteorological agency|weather service|geological survey)$/i;

/**
 * "the coast guard said 78 died" in one report and "the Hellenic coast guard said 82" in another: the bare
 * body is the one the story names in full, one original source and not two. Only when the story names
 * exactly one body of that kind in full ("the Greek army" and "the Turkish army" leave "the army" as written).
 * Claims are copied, never changed in place.
 */
export function creditBareBodies(claims: readonly Claim[], entityById: ReadonlyMap<string, Entity>): Claim[] {
  const named = new Map<string, Map<string, EntityRef>>();
  for (const c of claims) {
    if (c.kind === "quote" || c.kind === "date" || !c.source) continue;
    const name = entityRefName(c.source, entityById).replace(/\s+/g, " ").trim();
    if (ONE_PER_COUNTRY.test(name)) continue;
    const words = name
      .toLowerCase()
      .replace(/^the\s+/, "")
      .split(" ");
    for (const size of [1, 2]) {
      const head = words.slice(-size).join(" ");
      if (words.length <= size || words.length > size + 3 || !ONE_PER_COUNTRY.test(head)) continue;
      const key = head.replace(/\s+/g, "");
      const byName = named.get(key) ?? new Map<string, EntityRef>();
      const id = c.source.entityId ?? name.toLowerCase();
      if (!byName.has(id)) byName.set(id, { ...c.source, start: null, end: null });
      named.set(key, byName);
    }
  }
  if (named.size === 0) return [...claims];
  return claims.map((c) => {
    if (c.kind === "quote" || c.kind === "date" || !c.source) return c;
    const bare = ONE_PER_COUNTRY.exec(entityRefName(c.source, entityById).replace(/\s+/g, " ").trim());
    const found = bare ? named.get(bare[1]!.toLowerCase().replace(/\s+/g, "")) : undefined;
    if (found?.size !== 1) return c;
    return { ...c, source: [...found.values()][0]! };
  });
}
