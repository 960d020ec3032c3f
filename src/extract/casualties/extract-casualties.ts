import type { CasualtyClaim, Sentence } from "../../model/index.js";
import { isEnglishWord } from "../../normalize/glued-words.js";
import { namesIncident } from "../attack/extract-attacks.js";
import { claimBase, type ExtractContext } from "../context.js";
import { isDemonym } from "../entities/word-lexicon.js";
import type { Token } from "../text/tokenize.js";
import { isBackgroundSentence } from "./background.js";
import { findPeopleCounts, type PeopleCount } from "./find-counts.js";
import { diedAfter, findOutcomeAfter, findOutcomeBefore, type OutcomeHit } from "./find-outcome.js";
import { collectSurnames } from "./people-head.js";

interface Resolved {
  count: PeopleCount;
  hit: OutcomeHit | null;
  /** Index (in the sentence's counts) of the figure this one is part of. */
  parent: number | null;
}

const SELF_INFLICTED = /\bself-inflicted\b|\bcommitted suicide\b/i;
const COORDINATION = /^(and|,|as|well|plus|along|with|or)$/;

/** "the body of a man", "the remains of all 67 victims": the people counted are dead. */
function bodyOf(tokens: Token[], from: number): boolean {
  const at = /^(all|the|those|these)$/.test(tokens[from - 1]?.lower ?? "") ? from - 1 : from;
  return tokens[at - 1]?.lower === "of" && /^(body|bodies|remains)$/.test(tokens[at - 2]?.lower ?? "");
}

/** "killed along with Ana Ruiz": the count shares the outcome of the figure before it. */
function alongWith(tokens: Token[], from: number): boolean {
  const a = tokens[from - 2]?.lower ?? "";
  const b = tokens[from - 1]?.lower ?? "";
  return (b === "with" && /^(along|together)$/.test(a)) || (b === "as" && a === "well");
}

function onlyCoordination(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (!COORDINATION.test(tokens[k]!.lower)) return false;
  return true;
}

function topOf(items: Resolved[], i: number): number {
  let k = i;
  while (items[k]!.parent !== null) k = items[k]!.parent!;
  return k;
}

const AMONG = /^(dead|killed|victims|injured|wounded|fatalities)$/;
/** "killed when a gunman opened fire": who attacked is no victim unless the sentence says so of them. */
const PERPETRATOR = /^(?:gunman|gunmen|shooter|attacker|assailant|suspect|bomber|killer)$/i;

/** "Among the dead are 23 civilians": the outcome a sentence's lead phrase gives its counts. */
function amongOutcome(tokens: Token[]): OutcomeHit | null {
  for (let k = 0; k + 2 < tokens.length && k < 4; k++) {
    if (tokens[k]!.lower === "among" && tokens[k + 1]!.lower === "the" && AMONG.test(tokens[k + 2]!.lower)) {
      return {
        outcome: /^(injured|wounded)$/.test(tokens[k + 2]!.lower) ? "injured" : "killed",
        negated: false,
      };
    }
  }
  return null;
}

/** The outcome a count gets from its own words: a fixed phrase, a verb before it, or words after it. */
function ownOutcome(tokens: Token[], count: PeopleCount, limit: number): OutcomeHit | null {
  if (count.fixedOutcome) return { outcome: count.fixedOutcome, negated: false };
  if (/^(bodies|corpses)$/i.test(count.head.label ?? "")) return { outcome: "killed", negated: false };
  if (bodyOf(tokens, count.from)) return { outcome: "killed", negated: false };
  let own = findOutcomeBefore(tokens, count.from) ?? findOutcomeAfter(tokens, count.head.end, limit);
  if (own && own.outcome !== "killed" && diedAfter(tokens, count.head.end))
    own = { outcome: "killed", negated: false };
  // Hurting oneself ("injuring himself") is not a casualty of the event; shooting or killing oneself is.
  if (own?.outcome === "injured" && count.additional && count.head.label === null) return null;
  return own;
}

function resolveOutcomes(tokens: Token[], counts: PeopleCount[]): Resolved[] {
  const among = amongOutcome(tokens);
  const items: Resolved[] = counts.map((count, i) => {
    let limit = tokens.length;
    for (let k = i + 1; k < counts.length; k++) {
      if (!counts[k]!.included) {
        limit = counts[k]!.from;
        break;
      }
    }
    const own = ownOutcome(tokens, count, limit);
    const hit = own ?? (among && (count.head.label || i === 0) ? among : null);
    return { count, hit, parent: null };
  });
  for (let round = 0; round < 3; round++) {
    items.forEach((item, i) => {
      if (item.hit && item.parent !== null) return;
      const left = items[i - 1];
      const right = items[i + 1];
      const before = items.slice(0, i).findLast((x) => x.hit);
      if (!item.hit && before?.hit && alongWith(tokens, item.count.from)) {
        item.hit = before.hit;
        item.parent = before.parent;
      } else if (!item.hit && left?.hit && onlyCoordination(tokens, left.count.to, item.count.from)) {
        item.hit = left.hit;
        item.parent = left.parent;
      } else if (!item.hit && right?.hit && onlyCoordination(tokens, item.count.to, right.count.from)) {
        item.hit = right.hit;
        item.parent = right.parent;
      } else if (
        item.count.included ||
        item.count.head.partitive ||
        (!item.hit && item.count.head.label && !PERPETRATOR.test(item.count.head.label))
      ) {
        for (let k = i - 1; k >= 0; k--) {
          if (items[k]!.hit && !items[k]!.count.weak) {
            const top = topOf(items, k);
            item.parent = top;
            item.hit ??= items[top]!.hit;
            break;
          }
        }
      }
    });
  }
  return items;
}

/**
 * "the deadliest since November 2001, when an airliner crashed in New York, killing 265 people": a figure
 * in a "when" clause of an earlier year tells that year's event (the comparison itself is no background).
 */
const PAST_WHEN = /\b((?:19|20)\d\d)\s*,?\s+when\b[^;]*$/;
function ofPastEvent(sentence: string, at: number, year: number | null): boolean {
  const past = PAST_WHEN.exec(sentence.slice(0, at));
  return past !== null && year !== null && Number(past[1]) < year;
}

/**
 * "the toll could reach 18,000 to 20,000", "is expected to climb above 100": a projection, not a count.
 * Only a figure the projecting verb leads to, so "rose to 40 and could rise further" keeps its 40.
 */
const PROJECTED =
  /\b(?:could|may|might|would|will|(?:is|are|was|were)\s+(?:expected|likely|feared|set)\s+to)\s+(?:\w+\s+){0,2}(?:reach|rise|climb|exceed|top|surpass|hit|increase|double|go\s+up|pass)\b[^.;,]{0,25}$/i;

/**
 * "had earlier cited the Red Crescent's figure of 11,300", "after saying overnight that 22 people had died",
 * "police initially said 22": a figure given before and since replaced.
 */
const EARLIER_FIGURE =
  /\b(?:(?:had|have|has)\s+(?:earlier|previously|initially|originally|first)\s+(?:\w+\s+)?(?:cited|given|gave|reported|put|said|announced|quoted|used|published)|(?:earlier|previously|initially|originally)\s+(?:said|reported|put|gave|announced)|after\s+(?:earlier\s+|initially\s+|first\s+)?(?:saying|reporting|announcing|giving|putting)(?:\s+(?:overnight|earlier|initially|at first))?)\b[^.;]{0,60}$/i;

/** "lowered its count of those killed in the floods to 3,958", "revised the toll down to 40". */
const LOWERED_TO =
  /\b(?:lowered|lowers|lowering|revised\s+(?:[^.;]{0,60}?\s)?down(?:ward|wards)?|downgraded|reduced|cut)\b[^.;]{0,80}\bto\s+(?:about\s+|around\s+|some\s+)?$/i;

/**
 * "84 were killed, revising down the figure of 103 given earlier", "84, down from 103", "84 dead, a downward
 * revision": the words after a figure say it was lowered.
 */
const LOWERED_AFTER =
  /^[^.;\d]{0,100}?\b(?:(?:revising|revised|lowering|lowered|bringing|brought|cutting|marking)\s+(?:(?:it|its|the|their|a|an)\s+(?:[\w-]+\s+){0,2}?)?down(?:ward|wards)?\b|down\s+from\s+(?:an?\s+|the\s+|its\s+)?(?:(?:earlier|previous|initial|first)\s+)?(?:(?:figure|toll|count|estimate|tally)\s+(?:of\s+)?)?\d|(?:a\s+)?downward\s+revision\b)/i;

/** "revised from 103 to 84": the figure it was changed from, when the figure is lower than it. */
const REVISED_FROM =
  /\b(?:revised|revises|revising|corrected|adjusted|updated|amended|changed)\s+(?:[^.;\d]{0,40}?\s)?from\s+(\d[\d,]*)\s+to\s+$/i;

/** The figure's words say it replaced a higher one. */
function statedAsLowered(sentence: string, at: number, end: number, count: number): boolean {
  const before = sentence.slice(0, at);
  if (LOWERED_TO.test(before) || LOWERED_AFTER.test(sentence.slice(end))) return true;
  const from = REVISED_FROM.exec(before);
  return from !== null && Number(from[1]!.replace(/,/g, "")) > count;
}

/** A figure whose own words project it or give it as an earlier, replaced figure. */
function notCurrent(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return PROJECTED.test(before) || EARLIER_FIGURE.test(before);
}

/** "Rebels" opening a sentence is written "rebels"; "Afghans" and "Taliban members" keep their capital. */
function labelCase(label: string | null): string | null {
  if (label === null) return null;
  const [first = "", ...rest] = label.split(/[\s-]/);
  if (!isEnglishWord(first) || isDemonym(first) || rest.some((w) => /^\p{Lu}/u.test(w))) return label;
  return label.replace(/^\p{Lu}(?=\p{Ll})/u, (x) => x.toLowerCase());
}

/**
 * "12 soldiers were among the dead and 15 were wounded": a bare count joined by "and" to a count of a
 * named group, with another outcome, counts the same group.
 */
function ellipticalHead(items: Resolved[], i: number, tokens: Token[]): PeopleCount["head"] | null {
  const item = items[i]!;
  const before = items[i - 1];
  const head = before?.count.head;
  if (!before?.hit || !item.hit || !head || item.count.head.label !== null || item.count.head.group !== "all")
    return null;
  if (item.count.included || item.count.head.partitive || item.parent !== null || before.parent !== null)
    return null;
  if (
    head.group === "all" ||
    !head.label ||
    PERPETRATOR.test(head.label) ||
    before.hit.outcome === item.hit.outcome
  )
    return null;
  const between = tokens.slice(before.count.to, item.count.from).map((t) => t.lower);
  return between.length <= 8 && between.at(-1) === "and" && !between.some((w) => /^[;:]$/.test(w))
    ? head
    : null;
}

/** "the person" beside another count with the same outcome in one sentence: the same person again. */
function redundant(item: Resolved, items: Resolved[]): boolean {
  // An event word ("a fatal shooting") implies one death only when no count in its sentence is killed.
  if (item.count.weak) return items.some((o) => o !== item && !o.count.weak && o.hit?.outcome === "killed");
  if (!item.count.definite) return false;
  return items.some((o) => o !== item && !o.count.definite && o.hit?.outcome === item.hit?.outcome);
}

/**
 * "appeared to have shot himself": the one who fired, not a count of the wounded (one who "killed
 * himself" is counted, apart from the victims).
 */
function reflexive(count: PeopleCount, tokens: Token[]): boolean {
  return tokens.slice(count.from, count.to).some((t) => /^(?:himself|herself|themselves)$/.test(t.lower));
}

/** The sentence, or the one before it, speaks of an attacker: "The man suspected of killing 18 ...". */
const ATTACKER = /\b(?:suspect|suspected|gunman|gunmen|shooter|attacker|assailant|killer)\b/i;
function byAttacker(ctx: ExtractContext, sentence: Sentence): boolean {
  const i = ctx.sentences.indexOf(sentence);
  return ATTACKER.test(sentence.text) || ATTACKER.test(ctx.sentences[i - 1]?.text ?? "");
}

function toClaims(
  ctx: ExtractContext,
  sentence: Sentence,
  items: Resolved[],
  ctxTokens: Token[],
): CasualtyClaim[] {
  const year = ctx.published ? Number(ctx.published.slice(0, 4)) : null;
  const background = isBackgroundSentence(sentence.text.toLowerCase(), { year });
  const ids = new Map<number, string>();
  const claims: CasualtyClaim[] = [];
  items.forEach((item, i) => {
    if (!item.hit || redundant(item, items)) return;
    if (item.hit.outcome === "shot" && reflexive(item.count, ctxTokens) && byAttacker(ctx, sentence)) return;
    // A part whose whole was dropped as a re-mention goes with it.
    if (item.parent !== null && !ids.has(item.parent)) return;
    const { count, hit } = item;
    const inherited = ellipticalHead(items, i, ctxTokens);
    const at = ctxTokens[count.from]?.start ?? sentence.start;
    const base = { ...claimBase(ctx, sentence), at };
    ids.set(i, base.id);
    const claim: CasualtyClaim = {
      ...base,
      kind: "casualty",
      background:
        background ||
        (count.vague && count.count >= 100_000) ||
        ofPastEvent(sentence.text, at - sentence.start, year) ||
        notCurrent(sentence.text, at - sentence.start),
      outcome: hit.outcome === "shot" ? "injured" : hit.outcome,
      count: hit.negated ? 0 : count.count,
      countMax: count.countMax,
      qualifier: count.qualifier,
      group: inherited?.group ?? count.head.group,
      groupLabel: labelCase(inherited ? inherited.label : count.head.label),
      partOf: item.parent === null ? null : (ids.get(item.parent) ?? null),
    };
    if (hit.outcome === "shot") claim.tentative = true;
    // Shooting oneself after shooting others is the same death a killed figure may already count.
    // "killing another man": "another" then sets the victim apart from the attacker, not from other victims.
    const objectOfVerb = count.head.label !== null && findOutcomeBefore(ctxTokens, count.from) !== null;
    if (count.additional && !objectOfVerb && !(count.head.label === null && hit.outcome === "shot")) {
      claim.additional = true;
    }
    // Someone dead by their own hand ("a self-inflicted gunshot wound") is besides the victims counted.
    if (claim.outcome === "killed" && SELF_INFLICTED.test(sentence.text)) claim.additional = true;
    if (count.total) claim.total = true;
    const end = ctxTokens[count.to - 1]?.end ?? at;
    if (statedAsLowered(sentence.text, at - sentence.start, end - sentence.start, count.count))
      claim.lowered = true;
    // "five more bodies", "20 more people": an increment on an earlier figure ("more than 20" is a bound)
    const words = ctxTokens.slice(count.from, count.to).map((t) => t.lower);
    // "Three more died in hospital": "more" right after a bare count
    const after = ctxTokens.slice(count.to, count.to + 2).map((t) => t.lower);
    const moreAfter = after[0] === "more" && after[1] !== "than" && count.head.label === null;
    if (moreAfter || words.some((w, k) => k > 0 && w === "more" && words[k + 1] !== "than")) {
      claim.increment = true;
      claim.additional = true;
    }
    // "Five of the dead were in ...": a subset of a figure given before, not a new total
    if (count.head.partitive && item.parent === null && claim.group === "all") PARTITIVE.add(claim);
    // "six killed, two of them in the market": a part with its whole's outcome and no group of its own
    const whole = item.parent === null ? undefined : items[item.parent];
    if (whole && claim.group === "all" && whole.hit?.outcome === hit.outcome) claim.detail = true;
    claims.push(claim);
  });
  return claims;
}

/** Casualty figures of every sentence: outcome, count, group, breakdowns and background. */
export function extractCasualties(ctx: ExtractContext): CasualtyClaim[] {
  const claims: CasualtyClaim[] = [];
  const surnames = collectSurnames(ctx.tokens);
  ctx.sentences.forEach((sentence, s) => {
    const tokens = ctx.tokens[s] ?? [];
    const counts = findPeopleCounts(tokens, surnames);
    if (counts.length === 0) return;
    claims.push(...toClaims(ctx, sentence, resolveOutcomes(tokens, counts), tokens));
  });
  linkPartitiveParts(claims);
  linkSingleVictims(claims);
  linkIncidentFigures(claims);
  return claims;
}

/** The latest earlier figure of the same outcome for everyone counted: the whole a later part belongs to. */
function earlierWhole(claims: CasualtyClaim[], i: number): CasualtyClaim | undefined {
  const claim = claims[i] as CasualtyClaim;
  return claims
    .slice(0, i)
    .findLast(
      (c) =>
        c.outcome === claim.outcome &&
        c.group === "all" &&
        c.partOf === null &&
        !c.background &&
        !c.increment &&
        !c.detail,
    );
}

/**
 * "Six people were killed ... one man was killed when a rock slide hit his truck": one victim told
 * after a larger toll of the same outcome in the same report is one of those counted, not a toll of one.
 * So is "at least one civilian was killed when a camp was shelled" after "412 people were killed": a
 * lone victim of a named group, or "at least one", tells of one incident, not a count of the group.
 */
function linkSingleVictims(claims: CasualtyClaim[]): void {
  claims.forEach((claim, i) => {
    if (claim.count !== 1 || (claim.qualifier !== "exact" && claim.qualifier !== "at-least")) return;
    if (claim.partOf !== null || claim.background || claim.increment || claim.additional) return;
    // "One man died on the pavement, and another man died in hospital": a count of its own
    const paired = claims.some((o) => o !== claim && o.start === claim.start && o.additional);
    const whole = earlierWhole(claims, i);
    if (paired || !whole || whole.count <= 1) return;
    // "killing his three sons and his wife": a victim of a named group beside the toll adds to it
    const plain = claim.group === "all" && claim.qualifier === "exact";
    if (!plain && whole.start === claim.start) return;
    claim.partOf = whole.id;
    claim.detail = true;
  });
}

/** "In the town of Paiporta, at least 40 died", "In Paiporta alone, 40 died": a figure of one place. */
const ONE_PLACE =
  /^(?:In|At)\s+(?:the\s+(?:town|city|village|district|province|region|suburb|neighbou?rhood|county|state)\s+of\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*(?:\s+alone)?,|\b(?:in|at)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*\s+alone\b/u;

/** "Seven people were killed at Just-In-Time Recreation", "two died at the bar": a figure of one site. */
const AT_ONE_SITE =
  /\b(?:killed|died|dead|wounded|injured|hurt|shot)\s+at\s+(?!(?:the\s+)?(?:scene|once|least|home)\b)\p{L}/u;

/** A figure of one place, or one site when it counts several (one victim told is `linkSingleVictims`'). */
function namesOnePlace(sentence: string, count: number): boolean {
  return ONE_PLACE.test(sentence) || (count > 1 && AT_ONE_SITE.test(sentence));
}

/**
 * "412 dead, at least 61 of them civilians" and then "a Russian bombing killed at least eight civilians
 * in Idlib": a smaller figure of the same outcome and group, told later in the same report of one
 * incident with a named weapon, is a part of the report's toll, not the group's toll. So is a smaller
 * figure of one place ("95 died in the floods" and then "In the town of Paiporta, at least 40 died"), or of
 * one site ("18 died" and then "Seven people were killed at the bowling alley").
 * The parts it has ("including two children") are details with it.
 */
function linkIncidentFigures(claims: CasualtyClaim[]): void {
  claims.forEach((claim, i) => {
    if (
      claim.partOf !== null ||
      claim.detail ||
      claim.background ||
      claim.increment ||
      claim.additional ||
      claim.total
    )
      return;
    if (
      claim.group === "other" ||
      !(namesIncident(claim.sentence) || namesOnePlace(claim.sentence, claim.count))
    )
      return;
    const whole = claims
      .slice(0, i)
      .findLast(
        (c) =>
          c.outcome === claim.outcome &&
          c.group === claim.group &&
          c.start !== claim.start &&
          !c.background &&
          !c.increment &&
          !c.detail,
      );
    if (!whole || whole.count <= claim.count) return;
    claim.partOf = whole.id;
    claim.detail = true;
  });
  const details = new Set(claims.filter((c) => c.detail).map((c) => c.id));
  for (const claim of claims) if (claim.partOf !== null && details.has(claim.partOf)) claim.detail = true;
}

/** Partitive counts ("four of the dead") whose whole is not in their own sentence. */
const PARTITIVE = new WeakSet<CasualtyClaim>();

/** A partitive count belongs to the latest earlier whole figure of the same outcome in the article. */
function linkPartitiveParts(claims: CasualtyClaim[]): void {
  claims.forEach((claim, i) => {
    if (!PARTITIVE.has(claim)) return;
    const whole = earlierWhole(claims, i);
    if (!whole) {
      // no whole given: "Two of the dead ..." still says at least two died, and no more than that
      if (claim.qualifier === "exact") claim.qualifier = "at-least";
      return;
    }
    claim.partOf = whole.id;
    claim.detail = true;
    claim.group = "other";
    claim.groupLabel = `of the ${claim.outcome === "killed" ? "dead" : claim.outcome}`;
  });
}
