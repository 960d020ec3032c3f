import { boilerplateEdits } from "./boilerplate.js";
import { unifyCharacterEdits } from "./characters.js";
import { gluedWordEdits } from "./glued-words.js";
import { applyEdits, composeMaps, type MappedText } from "./offset-map.js";

export interface NormalizeOptions {
  /** A byline to drop when the body repeats it as a line. */
  byline?: string | null;
}

/**
 * Cleans article text in ordered steps, each keeping offsets mappable to the original:
 * characters (quotes, dashes, spaces) -> boilerplate lines -> glued words -> trim.
 */
export function normalizeText(raw: string, options: NormalizeOptions = {}): MappedText {
  const step1 = applyEdits(raw, unifyCharacterEdits(raw));
  const step2 = composeMaps(
    step1,
    applyEdits(step1.text, boilerplateEdits(step1.text, options.byline ?? null)),
  );
  const step3 = composeMaps(step2, applyEdits(step2.text, gluedWordEdits(step2.text)));
  const lead = step3.text.length - step3.text.trimStart().length;
  const trimmed = step3.text.trim();
  return { text: trimmed, toOriginal: (offset) => step3.toOriginal(offset + lead) };
}
