import type { AttackClaim, CasualtyClaim, ControlClaim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import type { FindingValue } from "../model/story.js";
import { entityRefName } from "./entity-ref-key.js";
import { describeCount } from "./interval.js";
import { attackPreposition } from "./topic.js";

type Entities = ReadonlyMap<string, Entity>;

/**
 * "at least 28 civilians killed", "412 killed", "5 more bodies", "5 of the dead": a label that already
 * says the outcome ("bodies", "of the dead", "of the injured") takes no outcome word after it.
 */
export function casualtyLabel(claim: CasualtyClaim): string {
  const group = claim.groupLabel ?? (claim.group === "all" ? "" : claim.group);
  const count = describeCount(claim.count, claim.qualifier, claim.countMax);
  const more = claim.increment ? "more" : "";
  const saysOutcome = /^(?:bodies|corpses|of the \p{L}+)$/iu.test(group);
  // "2 injured in critical condition": a state follows the outcome
  if (/^in\s/.test(group)) return [count, more, claim.outcome, group].filter(Boolean).join(" ");
  return [count, more, group, saysOutcome ? "" : claim.outcome].filter(Boolean).join(" ");
}

const WITH_ACTOR = {
  captured: "captured",
  lost: "lost",
  holds: "holds",
  contested: "contests",
  withdrew: "withdrew from",
};
const WITHOUT_ACTOR = {
  captured: "captured",
  lost: "lost",
  holds: "held",
  contested: "contested",
  withdrew: "left",
};

/** The present-tense verbs for a plural actor ("rebels hold", "government forces contest"). */
const WITH_PLURAL_ACTOR = { ...WITH_ACTOR, holds: "hold", contested: "contest" };

/**
 * Whether an actor's name reads as a plural noun phrase: its last word is a lower-case plural
 * ("rebels", "government forces", "allied factions"). A capitalised name is an organisation's
 * ("Syrian Democratic Forces", "United States") and takes the singular.
 */
function pluralActor(name: string): boolean {
  const last = name.trim().split(/\s+/).at(-1) ?? "";
  return /^\p{Ll}[\p{L}-]*[^su]s$/u.test(last);
}

/** "Rebels captured Northtown (majority)", "Northtown contested", "rebels hold Northtown". */
export function controlLabel(claim: ControlClaim, entities: Entities): string {
  const place = entityRefName(claim.place, entities);
  const extent = claim.extent ? ` (${claim.extent})` : "";
  if (!claim.actor) return `${place} ${WITHOUT_ACTOR[claim.change]}${extent}`;
  const actor = entityRefName(claim.actor, entities);
  const verbs = pluralActor(actor) ? WITH_PLURAL_ACTOR : WITH_ACTOR;
  return `${actor} ${verbs[claim.change]} ${place}${extent}`;
}

/** "airstrike on Northtown by the air force". */
export function attackLabel(claim: AttackClaim, entities: Entities): string {
  const target = claim.target
    ? ` ${attackPreposition(claim.weapon)} ${entityRefName(claim.target, entities)}`
    : "";
  const actor = claim.actor ? ` by ${entityRefName(claim.actor, entities)}` : "";
  return `${claim.weapon}${target}${actor}`;
}

/** A finding value in words: its label, else its qualified figure, else its claim id. */
export function valueLabel(v: FindingValue): string {
  if (v.label !== undefined) return v.label;
  return v.count === null ? v.claimId : describeCount(v.count, v.qualifier ?? "exact", v.countMax);
}
