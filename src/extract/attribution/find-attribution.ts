import type { EntityRef } from "../../model/index.js";
import { isCommonWord, isDemonym } from "../entities/word-lexicon.js";
import { canonicalSourceName, type SourceAliases } from "./source-names.js";

/** Who a sentence attributes its content to, and the agency that carried it. */
export interface Attribution {
  source: EntityRef | null;
  channel: EntityRef | null;
}

/** News agencies: when named as the carrier, they are the channel, not the original source. */
const AGENCIES =
  "AFP|Agence France-Presse|Reuters|AP|Associated Press|Anadolu|DPA|dpa|EFE|ANSA|TASS|Xinhua|Interfax|UPI|Bloomberg";
const AGENCY_RE = new RegExp(
  `\\b(?:told|telling|speaking to|according to|cited by|quoted by)\\s+(${AGENCIES})\\b|\\b(${AGENCIES})\\s+(?:reported|said|reports|says|correspondents?|photographer|journalists?)\\b`,
);

const SPEECH =
  "reported|reports|report|said|says|say|indicated|indicate|indicates|confirmed|confirms|confirm|asserts|asserted|announced|stated|claimed|claims|noted|added|told|warned|documented|estimated|estimates|estimate|recorded|counted|registered|tallied" +
  // "the Red Crescent put the toll at 52", "the ministry raised its toll to 40"
  "|(?:put|puts|gave|gives|raised|raises|revised|revises|lowered|lowers)(?=\\s+(?:the|its|their|a|an)\\s+(?:[\\w-]+\\s+){0,2}(?:toll|tally|figure|count|number)s?\\b)";
const NOUN_SOURCE =
  "\\b[Ss]tate (?:media|television|TV|news agency)|\\b(?:[Aa]n?|[Tt]he)\\s+(?:[\\w'’-]+\\s+){0,4}(?:source|official|officials|spokesman|spokeswoman|spokesperson|agency|monitor|ministry|minister|observatory|police|authorities|army|military|coroner|medical examiner|group|directorate|institute|coast ?guard|fire (?:service|department|brigade)|services?|committee|commission|council|company|operator|airline|office|government|civil defen[cs]e|hospital|governor|mayor|sheriff|prosecutors?|teacher|survivor|witness|eyewitness|villager|resident|relative|parent|doctor|nurse)(?:\\s+who\\s+(?:[\\w'’-]+\\s+){0,2}?[\\w'’-]+(?=\\s+(?:told|said|says|tells)\\b))?|(?:(?:[Rr]egional|[Ll]ocal|[Ss]tate|[Pp]rovincial)\\s+)?(?:[Ee]mergency|[Rr]escue|[Ff]ire|[Aa]mbulance) services|(?:[Hh]uman )?[Rr]ights groups|[Aa]id (?:groups|agencies|workers)|[Mm]onitoring groups|[Ll]ocal media|police|authorities|(?:(?:[Rr]escue|[Hh]ealth|[Ll]ocal|[Ss]ecurity|[Mm]ilitary|[Hh]ospital|[Gg]overnment|[Cc]ity|[Rr]egional|[Pp]rovincial|[Ee]mergency|[Ff]ire|[Pp]olice|[Pp]rison|[Cc]ourt)\\s+)?officials|witnesses|residents|activists|medics|doctors|paramedics|rescuers";
const NAME =
  "(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:for|of|the|and|on|al|\\p{Lu}[\\p{L}'’.-]*))*(?:\\s+\\(\\p{Lu}{2,}\\))?";
/** "Ishikawa prefecture", "Kerman province's health chief": a named region's government as a source. */
const REGION_BODY = `(?<!\\b(?:of|in|for|from)\\s)\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?\\s+(?:prefecture|province|county|state|region|municipality|governorate|oblast)(?:\\s+(?:government|authorities|officials|office))?`;
/** "according to a joint statement by Amnesty Kenya": the statement's body is the source. */
const STATEMENT_BY =
  "(?:(?:an?|the)\\s+(?:joint\\s+|new\\s+|latest\\s+|written\\s+)?(?:statement|report|tally|count)\\s+(?:by|from|of)\\s+)?";
const ACCORDING_RE = new RegExp(
  `\\b(?:[Aa]ccording to|[Aa]s reported by|[Rr]eports from|report by|figures from|data from|citing)\\s+${STATEMENT_BY}(${REGION_BODY}|${NOUN_SOURCE}|${NAME})`,
  "u",
);
const SUBJECT_RE = new RegExp(
  // "The governor of X, Mohammad Ashuri, said": the comma closing an apposition may come before the verb
  `(${REGION_BODY}|${NOUN_SOURCE}|${NAME})(?:,[^,]{3,120},|,)?\\s+(?:has |have |had )?(?:${SPEECH})\\b`,
  "gu",
);
/** "officials of the eastern administration said", "health officials in the east said": what a body is of or where. */
const SUBJECT_OF_RE = new RegExp(
  `((?:${NOUN_SOURCE}|${NAME})\\s+(?:of|in|from|for|at)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+)\\s+(?:has |have |had )?(?:${SPEECH})\\b`,
  "gu",
);
/** People who saw or lived through what they tell of. */
const WITNESS =
  /\b(?:teacher|survivor|witness|eyewitness|villager|resident|relative|parent|doctor|nurse)(?:\s+who\b.*)?$/;
/** ", Sani Abdullahi," right after the subject: the person's name. */
const PERSON_APPOSITION = /^,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+),/u;

/** "the Libyan Red Crescent's figure of 11,300", "the coast guard's toll stood at 78": the body whose figure it is. */
const WHOSE_FIGURE_RE = new RegExp(
  `(${NOUN_SOURCE}|${NAME})['’]s?\\s+(?:own\\s+|latest\\s+|earlier\\s+|new\\s+)?(?:figures?|toll|count|tally|estimates?|numbers?|data)\\s+(?:of|for|at|put|showed|shows|stood|stands|rose|has|had|was|is|reached|climbed)\\b`,
  "u",
);
const SAID_SUBJECT_RE = new RegExp(
  `\\b(?:said|says|reported|according to)\\s+(${REGION_BODY}|${NOUN_SOURCE}|${NAME})[.,]?\\s*$`,
  "u",
);
const HEAD_OF_RE =
  /^(.*?),\s+(?:the\s+)?(?:head|director|chief|founder|spokesman|spokesperson) of (?:the\s+)?(.+?)(?:,|$)/;

/**
 * "a figure far higher than earlier United Nations estimates": "reports", "claims" and "estimates" ending
 * a clause, or followed by "of" or "that" said of them, are nouns, not what a source did.
 */
const NOUN_USE =
  /^(?:\s*(?:[.,;:)]|$)|\s+(?:of|from|by|for|and|were|was|are|is|had|have|suggest|put|show)\b)/;

const NOT_SOURCE =
  /^(?:the\s+)?(?:He|She|They|It|We|I|This|That|There|But|And|In|On|The|A|An|Meanwhile|However|Recent|Russia|Iran)$/;

const PLURAL_SOURCE =
  /^(?:Police|Authorities|Officials|(?:Rescue|Health|Local|Security|Military|Hospital|Government|City|Regional|Provincial|Emergency|Fire|Police|Prison|Court) officials|Witnesses|Residents|Activists|Medics|Doctors|Paramedics|Rescuers|(?:Human )?Rights groups|Aid (?:groups|agencies|workers)|Monitoring groups|Local media)$/;

/**
 * A description as it reads mid-sentence: "state media" and "an anonymous security official" where the
 * sentence opened with them ("State media reported ..."). A name keeps its capitals: "State Department",
 * "Syrian state media", "Reuters".
 */
function sentenceCase(text: string): string {
  const [first = "", ...rest] = text.split(/\s+/);
  const lower = `${first.toLowerCase()}${text.slice(first.length)}`;
  // "Officials in Maine", "Police of the region": what a plural source is of or where keeps its capitals
  const head = text.replace(/\s+(?:of|in|from|for|at)\s.*$/, "");
  if (/^(?:A|An)$/.test(first) || PLURAL_SOURCE.test(head)) return lower;
  if (rest.length === 0 || !rest.every((w) => /^\p{Ll}/u.test(w))) return text;
  return isCommonWord(first) && !isDemonym(first) ? lower : text;
}

function ref(text: string, at0: number, sentenceStart: number, aliases: SourceAliases): EntityRef {
  let at = at0;
  const trimmed = text
    .replace(/\s+\(\p{Lu}{2,}\)$/u, "")
    .replace(/[.,;:]+$/, "")
    // a joining word the name pattern took before a lower-case word: "Amnesty Norland and other groups"
    .replace(/\s+(?:and|of|for|the|on)$/, "")
    .trim();
  const clean = trimmed.replace(/^(?:the|The)\s+/u, "");
  at += text.indexOf(clean);
  const start = sentenceStart + at;
  const result: EntityRef = { text: sentenceCase(clean), start, end: start + clean.length, entityId: null };
  const name = canonicalSourceName(clean, aliases);
  if (name && name !== clean) result.name = name;
  return result;
}

function monitorBehindPerson(sentence: string, found: string): string | null {
  const after = sentence.slice(sentence.indexOf(found) + found.length);
  const head = HEAD_OF_RE.exec(`${found}${after}`);
  return head ? head[2]!.replace(/\s+\(\p{Lu}{2,}\)$/u, "") : null;
}

/**
 * Where one clause of a sentence ends and the next, with a source of its own, may begin: "Police said 12
 * died, but hospital officials said 15", "According to the UN, 200 were killed; the government said 150",
 * "the prime minister said on Sunday, as police said they had detained ten".
 */
const CLAUSE_BREAK = /\s*;\s+|,\s+(?:but|while|whereas|though|although|yet|and|as)\s+|\s+(?:but|whereas)\s+/g;

/** One clause of a sentence (offsets within the sentence) and whom it attributes its content to. */
export interface ClauseAttribution {
  from: number;
  to: number;
  attribution: Attribution;
}

/**
 * The clauses of a sentence that gives two or more sources, each with its own ("The ministry said 40
 * died, while the Red Crescent put the toll at 52"); empty when the sentence gives at most one, which
 * then stands for all of it (`findAttribution`).
 */
export function findClauseAttributions(
  sentence: string,
  sentenceStart: number,
  aliases: SourceAliases,
): ClauseAttribution[] {
  const clauses: ClauseAttribution[] = [];
  let from = 0;
  const add = (to: number) => {
    const text = sentence.slice(from, to);
    clauses.push({ from, to, attribution: findAttribution(text, sentenceStart + from, aliases) });
  };
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    add(m.index);
    from = m.index + m[0].length;
  }
  add(sentence.length);
  const sources = new Set(clauses.flatMap((c) => (c.attribution.source ? [c.attribution.source.text] : [])));
  return sources.size >= 2 ? clauses : [];
}

/** Reads "according to X", "X reported", "X told AFP", "state media reported" in one sentence. */
export function findAttribution(
  sentence: string,
  sentenceStart: number,
  aliases: SourceAliases,
): Attribution {
  let channel: EntityRef | null = null;
  const agency = AGENCY_RE.exec(sentence);
  if (agency) {
    const name = agency[1] ?? agency[2]!;
    channel = ref(name, sentence.indexOf(name, agency.index), sentenceStart, aliases);
  }
  const candidates: { text: string; at: number }[] = [];
  const according = ACCORDING_RE.exec(sentence);
  if (according)
    candidates.push({ text: according[1]!, at: sentence.indexOf(according[1]!, according.index) });
  const whose = WHOSE_FIGURE_RE.exec(sentence);
  if (whose) candidates.push({ text: whose[1]!, at: whose.index });
  const tail = SAID_SUBJECT_RE.exec(sentence);
  if (tail) candidates.push({ text: tail[1]!, at: sentence.lastIndexOf(tail[1]!) });
  // "the interior ministry of the coastal government said": the whole, not its last words
  for (const m of sentence.matchAll(SUBJECT_OF_RE)) candidates.push({ text: m[1]!, at: m.index });
  for (const m of sentence.matchAll(SUBJECT_RE)) {
    if (NOUN_USE.test(sentence.slice(m.index + m[0].length)) && /(?:reports?|claims|estimates?)$/.test(m[0]))
      continue;
    // "the teacher, Sani Abdullahi, said": a witness the report names is that person
    const named = WITNESS.test(m[1]!) ? PERSON_APPOSITION.exec(m[0].slice(m[1]!.length)) : null;
    if (named) candidates.push({ text: named[1]!, at: m.index + m[1]!.length + named.index + 2 });
    else candidates.push({ text: m[1]!, at: m.index });
  }
  for (const c of candidates) {
    // "Iranian officials", "Syrian state media": a people's name before a plural source is whose it is
    const demonym = /^\p{Ll}/u.test(c.text) ? /(\p{Lu}[\p{L}-]+)\s+$/u.exec(sentence.slice(0, c.at)) : null;
    if (demonym && isDemonym(demonym[1]!)) {
      c.text = `${demonym[1]} ${c.text}`;
      c.at = demonym.index;
    }
    const text = c.text.trim();
    if (NOT_SOURCE.test(text) || (channel && text === channel.text)) continue;
    if (new RegExp(`^(?:${AGENCIES})$`).test(text)) continue;
    const monitor = monitorBehindPerson(sentence, text);
    if (monitor) {
      const at = sentence.indexOf(monitor);
      return { source: ref(monitor, at, sentenceStart, aliases), channel };
    }
    return { source: ref(text, c.at + c.text.indexOf(text), sentenceStart, aliases), channel };
  }
  return { source: null, channel };
}
