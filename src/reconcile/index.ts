export { creditRepeatedFigures } from "./credit-repeated-figures.js";
export { fillEntityIds } from "./fill-entity-ids.js";
export { describeCount, intervalOf, intervalsOverlap } from "./interval.js";
export { type OriginalSource, originalSourceOf, outletOf } from "./original-source.js";
export { type ReconcileArticle, type ReconcileInput, reconcileStory } from "./reconcile-story.js";
export { RECONCILE_RULE } from "./rule.js";
export { storyCasualties } from "./story-casualties.js";
export { topicOf } from "./topic.js";
