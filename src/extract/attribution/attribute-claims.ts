import type { Claim, EntityRef, Sentence } from "../../model/index.js";
import {
  type Attribution,
  type ClauseAttribution,
  findAttribution,
  findClauseAttributions,
} from "./find-attribution.js";
import { collectSourceAliases } from "./source-names.js";

/**
 * "The state health ministry gave a lower figure. Health minister X said 46 had died": a minister
 * speaking for the ministry the same article names as a source of figures is that ministry, one source
 * and not two.
 */
function ministryOf(source: EntityRef, text: string): EntityRef {
  if (source.start === null || source.name) return source;
  const before = text.slice(Math.max(0, source.start - 40), source.start);
  const portfolio = /\b([\p{L}-]+)\s+[Mm]inister\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (!portfolio || /^(prime|former)$/.test(portfolio)) return source;
  const named = new RegExp(`\\b[Tt]he\\s+((?:[\\p{Ll}-]+\\s+){0,2}${portfolio}\\s+ministry)\\b`, "u").exec(
    text,
  );
  // no offsets: the reference must not resolve to the minister's own mention
  return named ? { text: named[1]!, start: null, end: null, entityId: null } : source;
}

/** Sources an article may name by their head noun alone once it has named them in full. */
const HEAD_NOUN =
  /^(?:ministry|agency|office|directorate|authority|department|institute|observatory|monitor|commission|committee|council)$/i;

/**
 * "The interior ministry said 300 were detained. The ministry said 27 officers were hurt": a source named
 * by its head noun alone is the one source of that kind the article names in full, one source and not two.
 */
function fullSourceOf(source: EntityRef, named: readonly EntityRef[]): EntityRef {
  if (source.name || !HEAD_NOUN.test(source.text)) return source;
  const head = source.text.toLowerCase();
  const full = [
    ...new Map(
      named
        // "the health ministry", "the Commission on Human Rights": the head noun ends the name or
        // comes before what the body is of
        .filter((n) => new RegExp(`\\s${head}(?:\\s+(?:on|of|for)\\s.+)?$`, "i").test(n.text))
        .map((n) => [n.text.toLowerCase(), n] as const),
    ).values(),
  ];
  return full.length === 1 ? { ...full[0]!, start: null, end: null } : source;
}

/**
 * Fills `source` and `channel` of every claim from its sentence ("according to X", "X reported",
 * "told AFP"). A figure whose sentence names no source takes the source of the sentence just before
 * it in the same paragraph ("According to X, the attack began. In the clashes, 300 were killed.").
 * A sentence that gives two sources gives each figure the source of its own clause ("Police said 12
 * died, but hospital officials said 15").
 * Quotes keep their speaker instead; date claims carry no source. "The ministry" after "the interior
 * ministry" is that ministry (`fullSourceOf`).
 */
export function attributeClaims(claims: Claim[], text: string, sentences: Sentence[]): void {
  const aliases = collectSourceAliases(text);
  const bySentence = new Map<number, Attribution>();
  const attributionOf = (start: number, sentence: string): Attribution => {
    let hit = bySentence.get(start);
    if (!hit) {
      hit = findAttribution(sentence, start, aliases);
      bySentence.set(start, hit);
    }
    return hit;
  };
  const byClause = new Map<number, ClauseAttribution[]>();
  /** The source of the clause a claim's words stand in, when its sentence gives two sources. */
  const clauseOf = (c: Claim): Attribution | null => {
    if (c.at === undefined) return null;
    let clauses = byClause.get(c.start);
    if (!clauses) {
      clauses = findClauseAttributions(c.sentence, c.start, aliases);
      byClause.set(c.start, clauses);
    }
    const at = c.at - c.start;
    const here = clauses.findIndex((k) => at >= k.from && at < k.to);
    // a clause with no source of its own ("; 40 were hurt") goes on with the one before it
    const sourced = clauses.slice(0, here + 1).findLast((k) => k.attribution.source);
    return sourced?.attribution ?? null;
  };
  const previous = new Map<number, Sentence>();
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (prev && !text.slice(prev.end, s.start).includes("\n")) previous.set(s.start, prev);
  });
  for (const c of claims) {
    if (c.kind === "quote" || c.kind === "date") continue;
    const own = clauseOf(c) ?? attributionOf(c.start, c.sentence);
    c.source = own.source && ministryOf(own.source, text);
    c.channel = own.channel;
    const prev = previous.get(c.start);
    if (!own.source && c.kind === "casualty" && prev) {
      const inherited = attributionOf(prev.start, prev.text);
      c.source = inherited.source;
      c.channel ??= inherited.channel;
    }
  }
  const named = claims.flatMap((c) =>
    c.kind !== "quote" && c.kind !== "date" && c.source ? [c.source] : [],
  );
  for (const c of claims)
    if (c.kind !== "quote" && c.kind !== "date" && c.source)
      c.source = spokespersonOf(fullSourceOf(c.source, named), text, named);
}

/**
 * "The fire service said 26 died ... fire service spokeswoman X told reporters": a spokesperson whose
 * role names a body the same article gives as a source is that body, one source and not two.
 */
function spokespersonOf(source: EntityRef, text: string, named: readonly EntityRef[]): EntityRef {
  if (source.start === null || source.name) return source;
  const before = text.slice(Math.max(0, source.start - 60), source.start);
  const role =
    /((?:[\p{L}-]+\s+){1,4})(?:spokesman|spokeswoman|spokesperson)\s+(?:[\p{Lu}][\p{L}.]*\s+)?$/u.exec(
      before,
    )?.[1];
  if (!role) return source;
  const words = role.trim().toLowerCase();
  const body = named.find((n) => {
    const name = n.text.toLowerCase().replace(/^the\s+/, "");
    return name !== source.text.toLowerCase() && (words === name || words.endsWith(` ${name}`));
  });
  return body ? { ...body, start: null, end: null } : source;
}
