/** Names an article defines for its sources: "Syrian Observatory for Human Rights (SOHR)". */
export interface SourceAliases {
  /** Acronym or short form (lower-case) -> full name. */
  byAlias: Map<string, string>;
  fullNames: string[];
}

const DEFINITION_RE =
  /(\p{Lu}[\p{L}'’-]*(?:\s+(?:for|of|the|and|on|\p{Lu}[\p{L}'’-]*))+)\s+\((\p{Lu}[\p{Lu}\p{Ll}]{1,9})\)/gu;

/** Collects acronym definitions of an article so that "SOHR" and "the Observatory" map to one name. */
export function collectSourceAliases(text: string): SourceAliases {
  const byAlias = new Map<string, string>();
  const fullNames: string[] = [];
  for (const m of text.matchAll(DEFINITION_RE)) {
    const full = m[1]!.replace(/^(The|the|A|a)\s+/, "");
    byAlias.set(m[2]!.toLowerCase(), full);
    fullNames.push(full);
  }
  return { byAlias, fullNames };
}

/** The full name for a surface form: an acronym, "the Observatory", or the name itself. */
export function canonicalSourceName(surface: string, aliases: SourceAliases): string | undefined {
  const bare = surface.replace(/^(the|The)\s+/, "");
  const hit = aliases.byAlias.get(bare.toLowerCase());
  if (hit) return hit;
  const last = bare.split(/\s+/).at(-1) ?? "";
  if (bare.split(/\s+/).length === 1 && last.length > 3) {
    const full = aliases.fullNames.find((f) => f.split(/\s+/).includes(last));
    if (full) return full;
  }
  const whole = aliases.fullNames.find((f) => bare.includes(f));
  return whole;
}
