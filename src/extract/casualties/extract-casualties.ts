import type { CasualtyClaim, Outcome, Sentence } from "../../model/index.js";
import { extractNumbers } from "../numbers/extract-numbers.js";

const OUTCOME_WORDS: [RegExp, Outcome][] = [
  [/^\s*(people\s+|persons\s+|civilians\s+)?(were\s+|have been\s+)?(killed|dead|died|deaths)/i, "killed"],
  [/^\s*(people\s+|persons\s+|civilians\s+)?(were\s+|have been\s+)?(wounded|injured|hurt)/i, "injured"],
];

/** First version: "N killed/dead/wounded" right after a number. The claims extractor replaces it. */
export function extractCasualties(articleId: string, sentences: Sentence[]): CasualtyClaim[] {
  const claims: CasualtyClaim[] = [];
  for (const sentence of sentences) {
    for (const n of extractNumbers(sentence.text)) {
      const after = sentence.text.slice(n.end, n.end + 40);
      const outcome = OUTCOME_WORDS.find(([re]) => re.test(after))?.[1];
      if (!outcome || n.value > 1_000_000 || (n.value >= 1900 && n.value <= 2100)) continue;
      claims.push({
        id: `c-${articleId}-${claims.length}`,
        articleId,
        kind: "casualty",
        sentence: sentence.text,
        start: sentence.start,
        end: sentence.end,
        source: null,
        channel: null,
        eventDate: null,
        background: /\bsince\s+\d{4}\b/i.test(sentence.text),
        outcome,
        count: n.value,
        countMax: n.max,
        qualifier: n.qualifier,
        group: /civilian/i.test(after) ? "civilians" : "all",
        groupLabel: null,
        partOf: null,
      });
    }
  }
  return claims;
}
