import type { Article } from "../model/article.js";
import type { Claim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import type { Finding, FindingValue } from "../model/story.js";
import { CUMULATIVE_OUTCOMES, judgeNumericValues } from "./casualty-verdict.js";
import { controlSeries, judgeControlValues } from "./control-verdict.js";
import { countryScopes } from "./country-scope.js";
import { creditBareBodies, creditMinisters } from "./credit-ministers.js";
import { creditRepeatedFigures } from "./credit-repeated-figures.js";
import { explainCategorical, explainNumeric } from "./explain-finding.js";
import { fillEntityIds } from "./fill-entity-ids.js";
import { countArticles, countOutlets, groupBySource, type KeyedValue } from "./keyed-value.js";
import { originalSourceOf, reportingArticle } from "./original-source.js";
import { splitBreakdowns, topicOf } from "./topic.js";
import { attackLabel, casualtyLabel, controlLabel } from "./value-label.js";

export type ReconcileArticle = Pick<Article, "id" | "outlet" | "published"> & {
  duplicateOf?: string | null;
  /** How the report is called when it has no outlet (its title or opening words); else its id is. */
  name?: string | null;
};

export interface ReconcileInput {
  articles: readonly ReconcileArticle[];
  claims: readonly Claim[];
  entities: readonly Entity[];
}

interface ClaimValue extends KeyedValue {
  claim: Claim;
}

function findingValueOf(
  claim: Claim,
  article: ReconcileArticle | undefined,
  reporter: ReconcileArticle | undefined,
  entities: Map<string, Entity>,
): ClaimValue {
  const source = originalSourceOf(claim, reporter, entities);
  const numeric = claim.kind === "casualty";
  const label =
    claim.kind === "casualty"
      ? casualtyLabel(claim)
      : claim.kind === "control"
        ? controlLabel(claim, entities)
        : claim.kind === "attack"
          ? attackLabel(claim, entities)
          : claim.sentence;
  const value: FindingValue = {
    claimId: claim.id,
    articleId: claim.articleId,
    count: numeric ? claim.count : null,
    countMax: numeric ? claim.countMax : null,
    qualifier: numeric ? claim.qualifier : null,
    label,
    source: source.entityId,
    sourceName: source.name,
    ownReporting: claim.source === null,
    outlet: article?.outlet ?? null,
    // A toll is the count as of its report: dated by publication, else by the event it names.
    date: article?.published?.slice(0, 10) ?? claim.eventDate,
  };
  if (claim.kind === "casualty" && claim.lowered) value.lowered = true;
  return { value, sourceKey: source.key, claim };
}

const OUTCOMES = ["killed", "injured", "missing", "kidnapped", "detained", "displaced"];
const GROUPS = ["all", "civilians", "children", "women", "combatants", "other"];

/** Casualty questions first (killed before injured, all before parts), then by how widely reported. */
function findingOrder(a: Finding, b: Finding): number {
  const rank = (f: Finding) => {
    const [kind = "", group = ""] = f.topic.split(":");
    const outcome = OUTCOMES.indexOf(kind);
    if (outcome < 0) return 1000;
    return outcome * 10 + Math.max(0, GROUPS.indexOf(group));
  };
  return rank(a) - rank(b) || b.outlets - a.outlets || a.topic.localeCompare(b.topic);
}

function findingOf(topic: string, values: ClaimValue[]): Finding {
  const base = { topic, outlets: countOutlets(values), independentSources: groupBySource(values).size };
  if (values[0]!.claim.kind === "casualty") {
    const judged = judgeNumericValues(values, CUMULATIVE_OUTCOMES.has(values[0]!.claim.outcome));
    const ordered = [...judged.series.values()].flat();
    const figure = (v: KeyedValue) => ({ count: v.value.count!, qualifier: v.value.qualifier! });
    return {
      ...base,
      verdict: judged.verdict,
      best: figure(judged.best),
      conservative: figure(judged.conservative),
      values: ordered.map((v) => v.value),
      explanation: explainNumeric(judged),
    };
  }
  const controls = values.flatMap((v) => (v.claim.kind === "control" ? [{ ...v, claim: v.claim }] : []));
  if (controls.length > 0) values = [...controlSeries(controls).values()].flat();
  const judged =
    controls.length > 0
      ? judgeControlValues(controls)
      : {
          verdict: countArticles(values) > 1 ? ("agree" as const) : ("single" as const),
          conflicts: [],
          moved: [],
        };
  return {
    ...base,
    verdict: judged.verdict,
    best: null,
    conservative: null,
    values: values.map((v) => v.value),
    explanation: explainCategorical(judged.verdict, judged.conflicts, values, judged.moved),
  };
}

/** Groups a story's claims into questions and reconciles each (the rule: docs/RECONCILE.md). */
export function reconcileStory({ articles, claims, entities }: ReconcileInput): Finding[] {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const byTopic = new Map<string, ClaimValue[]>();
  const resolved = creditRepeatedFigures(
    creditBareBodies(creditMinisters(fillEntityIds(claims, entities), entityById), entityById),
  );
  const split = splitBreakdowns(resolved);
  const scopes = countryScopes(resolved, entities);
  for (const claim of resolved) {
    const topic = topicOf(claim, split, scopes);
    if (!topic) continue;
    const article = articleById.get(claim.articleId);
    const reporter = article && reportingArticle(article, articleById);
    const value = findingValueOf(claim, article, reporter, entityById);
    const list = byTopic.get(topic);
    if (list) list.push(value);
    else byTopic.set(topic, [value]);
  }
  foldClaimedAttacks(byTopic);
  return [...byTopic].map(([topic, values]) => findingOf(topic, values)).sort(findingOrder);
}

/**
 * "The Islamic State said two of its members detonated explosive belts": an attack told by its attacker
 * alone is the story's one attack of that kind with a target (its bombing in Kerman), when there is
 * exactly one; with none or several it stays a question of its own.
 */
function foldClaimedAttacks(byTopic: Map<string, ClaimValue[]>): void {
  for (const [topic, values] of [...byTopic]) {
    const by = /^attack-by:[^:]+:(.+)$/.exec(topic);
    if (!by) continue;
    const targets = [...byTopic.keys()].filter((t) => t.startsWith("attack:") && t.endsWith(`:${by[1]}`));
    if (targets.length !== 1) continue;
    byTopic.get(targets[0]!)!.push(...values);
    byTopic.delete(topic);
  }
}
