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
  return (
    whole ?? shortenedName(bare, aliases) ?? describedSource(surface, aliases) ?? namedNgo(bare, aliases)
  );
}

/** "Emergency Management Authority" for a defined "Disaster and Emergency Management Authority": its tail. */
function shortenedName(bare: string, aliases: SourceAliases): string | undefined {
  if (bare.split(/\s+/).length < 2) return undefined;
  const fits = [...new Set(aliases.fullNames)].filter((f) => f.endsWith(` ${bare}`));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Kinds of organization a description names ("a monitoring group") and the words their names carry. */
const DESCRIPTIONS: [RegExp, RegExp][] = [
  [/\b(monitor|monitoring|observatory|watchdog|rights group)\b/i, /\b(Observatory|Monitor|Watch|Rights)\b/],
  [/\b(agency|authority)\b/i, /\b(Agency|Authority|Management|Service)\b/],
  [/\b(ministry)\b/i, /\bMinistry\b/],
];

/** Words in the name of a non-governmental organisation: a monitor, a rights group, an aid charity. */
const NGO_NAME =
  /\b(Observatory|Monitor|Watch|Rights|Amnesty|Red Cross|Red Crescent|Médecins|Doctors Without|Save the Children|Oxfam)\b/u;

/**
 * "an NGO reported", "the non-governmental organisation said": the one organisation the article defines
 * by name and acronym that reads as an NGO ("Syrian Observatory for Human Rights (OSDH)").
 */
function namedNgo(bare: string, aliases: SourceAliases): string | undefined {
  if (!/^(?:an?\s+)?(?:NGO|non-?governmental organi[sz]ation)$/iu.test(bare)) return undefined;
  const fits = [...new Set(aliases.fullNames)].filter((f) => NGO_NAME.test(f));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "a monitoring group said", "the country's disaster agency said": a description that fits exactly
 * one organization the article defines by name and acronym stands for it.
 */
function describedSource(surface: string, aliases: SourceAliases): string | undefined {
  if (!/^(an?|the)\s+\p{Ll}/iu.test(surface) && !/^\p{Ll}/u.test(surface)) return undefined;
  for (const [description, nameWords] of DESCRIPTIONS) {
    if (!description.test(surface)) continue;
    const fits = [...new Set(aliases.fullNames)].filter((f) => nameWords.test(f));
    return fits.length === 1 ? fits[0] : undefined;
  }
  return undefined;
}
