import { franc } from "franc-min";

const ISO3_TO_1: Record<string, string> = {
  eng: "en",
  fra: "fr",
  deu: "de",
  spa: "es",
  ita: "it",
  por: "pt",
  nld: "nl",
  rus: "ru",
  arb: "ar",
  tur: "tr",
  pes: "fa",
  ukr: "uk",
  pol: "pl",
  cmn: "zh",
  jpn: "ja",
  kor: "ko",
  ind: "id",
  swe: "sv",
};

/** Function words that are frequent in one language and rare in the others. */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: [
    "the",
    "and",
    "of",
    "to",
    "was",
    "were",
    "said",
    "on",
    "at",
    "is",
    "in",
    "that",
    "with",
    "by",
    "people",
  ],
  fr: ["le", "la", "les", "des", "et", "est", "une", "dans", "que", "pour", "sur", "du", "au", "a", "ont"],
  de: [
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "mit",
    "den",
    "von",
    "ein",
    "eine",
    "sich",
    "auf",
    "wurde",
  ],
  es: ["el", "los", "las", "y", "que", "del", "una", "por", "con", "para", "fue", "se", "en", "al"],
  it: ["il", "gli", "della", "che", "e", "per", "una", "sono", "con", "non", "del", "nel", "è"],
  pt: ["o", "os", "as", "que", "do", "da", "uma", "para", "com", "não", "foi", "em", "dos", "ao"],
};

function functionWordVote(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(FUNCTION_WORDS).map(([lang, list]) => {
    const set = new Set(list);
    return [lang, words.filter((w) => set.has(w)).length] as const;
  });
  scores.sort((a, b) => b[1] - a[1]);
  const [first, second] = scores;
  return first && second && first[1] >= 3 && first[1] >= 2 * second[1] ? first[0] : null;
}

/**
 * ISO 639-1 code of the text's language, among the major news languages: a clear function-word
 * majority decides (robust on short texts), else franc's trigram model; "und" when unsure.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  const vote = functionWordVote(sample);
  if (vote) return vote;
  const code = franc(sample, { minLength: 40, only: Object.keys(ISO3_TO_1) });
  if (code === "und") return "und";
  return ISO3_TO_1[code] ?? code;
}
