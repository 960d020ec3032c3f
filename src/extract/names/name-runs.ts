/** Capitalized name runs ("Rami Abdel Rahman", "Syrian Observatory for Human Rights") in text. */
export interface NameRun {
  text: string;
  start: number;
  end: number;
}

const NAME_RE =
  /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|del|da|van|von|for|of|the|and)[-\s]+)*\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

/** Every run of capitalized words (with name particles such as "al", "for", "of" inside). */
export function findNameRuns(text: string, offset = 0): NameRun[] {
  const runs: NameRun[] = [];
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m !== null; m = NAME_RE.exec(text)) {
    const raw = m[0].replace(/[.’']+$/, "");
    runs.push({ text: raw, start: m.index + offset, end: m.index + offset + raw.length });
  }
  return runs;
}

/** Words that name a role or nationality before a person's name ("Iranian Foreign Minister"). */
export const ROLE_WORDS = new Set([
  "prime",
  "minister",
  "foreign",
  "president",
  "vice",
  "deputy",
  "chief",
  "director",
  "head",
  "secretary",
  "general",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "official",
  "officer",
  "sheriff",
  "mayor",
  "governor",
  "sgt",
  "sgt.",
  "lt",
  "lt.",
  "capt",
  "capt.",
  "col",
  "col.",
  "gen",
  "gen.",
  "detective",
  "police",
  "sen",
  "sen.",
  "rep",
  "rep.",
  "senator",
  "ambassador",
  "commander",
  "king",
  "queen",
  "prince",
  "national",
  "security",
  "council",
  "defense",
  "defence",
  "interior",
  "state",
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "dr",
  "dr.",
  // seats of government used for their spokespeople ("Kremlin spokesman ...")
  "kremlin",
  "pentagon",
  "elysee",
  "élysée",
  "vatican",
  "un",
  "u.s.",
  "us",
  "eu",
  "lapd",
  "nypd",
  "professor",
  "judge",
  "attorney",
  "district",
  "assistant",
  "acting",
  "former",
  "senior",
  "israeli",
  "iranian",
  "russian",
  "syrian",
  "turkish",
  "american",
  "british",
  "french",
  "german",
  "italian",
  "chinese",
  "ukrainian",
  "egyptian",
  "lebanese",
  "iraqi",
  "jordanian",
  "saudi",
  "qatari",
  "emirati",
  "kurdish",
  "palestinian",
  "afghan",
  "pakistani",
  "indian",
  "japanese",
  "korean",
  "spanish",
  "dutch",
  "polish",
  "colonel",
  "major",
  "captain",
  "lieutenant",
  "sergeant",
  "brigadier",
  "admiral",
  "corporal",
  "marshal",
  "the",
  "a",
  "an",
  "however",
  "but",
  "and",
  "meanwhile",
  "in",
  "on",
  "for",
  "after",
  "when",
  "while",
]);

/** Nouns that end a title before a name ("Education Minister", "Police Chief"). */
const TITLE_NOUNS =
  /^(minister|president|secretary|spokesperson|spokesman|spokeswoman|director|chief|head|governor|mayor|commander|ambassador|envoy|general|sheriff|officer|detective|judge|senator|chairman|chairwoman|leader|premier|chancellor|king|queen|prince|coordinator|adviser|advisor|manager|farmer|trader)$/i;

/** Drops leading role and nationality words: "Israeli Prime Minister Benjamin Netanyahu" -> the name. */
export function stripRole(run: NameRun): NameRun {
  const words = [...run.text.matchAll(/\S+/g)];
  let skip = 0;
  while (skip < words.length - 1 && ROLE_WORDS.has(words[skip]![0].toLowerCase())) skip++;
  for (let k = words.length - 2; k >= skip; k--) {
    if (TITLE_NOUNS.test(words[k]![0])) {
      skip = k + 1;
      break;
    }
  }
  if (skip === 0) return run;
  const at = words[skip]!.index;
  return { text: run.text.slice(at), start: run.start + at, end: run.end };
}
