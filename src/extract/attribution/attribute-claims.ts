import type { Claim, Sentence } from "../../model/index.js";
import { type Attribution, findAttribution } from "./find-attribution.js";
import { collectSourceAliases } from "./source-names.js";

/**
 * Fills `source` and `channel` of every claim from its sentence ("according to X", "X reported",
 * "told AFP"). A figure whose sentence names no source takes the source of the sentence just before
 * it in the same paragraph ("According to X, the attack began. In the clashes, 300 were killed.").
 * Quotes keep their speaker instead; date claims carry no source.
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
  const previous = new Map<number, Sentence>();
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (prev && !text.slice(prev.end, s.start).includes("\n")) previous.set(s.start, prev);
  });
  for (const c of claims) {
    if (c.kind === "quote" || c.kind === "date") continue;
    const own = attributionOf(c.start, c.sentence);
    c.source = own.source;
    c.channel = own.channel;
    const prev = previous.get(c.start);
    if (!own.source && c.kind === "casualty" && prev) {
      const inherited = attributionOf(prev.start, prev.text);
      c.source = inherited.source;
      c.channel ??= inherited.channel;
    }
  }
}
