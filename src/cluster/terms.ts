const STOP = new Set(
  (
    "a an the and or but of in on at to for from by with as is are was were be been being has have had it its this that " +
    "these those he she they we you i his her their our your who whom which what when where why how not no than then " +
    "there here after before over under into out up down about said says say also more most some any all would could " +
    "should will can may might one two three new last first year years week day days time told people"
  ).split(" "),
);

/** Lower-case content words of a text (letters and digits, stop words out). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)) {
    const t = m[0].replace(/'s$/, "");
    if (t.length > 2 && !STOP.has(t) && !/^\d+$/.test(t)) out.push(t);
  }
  return out;
}

export function termFrequencies(terms: string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const v = b.get(t);
    if (v !== undefined) dot += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
