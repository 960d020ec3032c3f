/** Word forms of numbers and the phrases that bound or blur them. */
export const UNIT_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const SCALE_WORDS: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
/** Plural scale words used as vague counts: "hundreds of", "dozens of" (the lowest value they allow). */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2_000,
  millions: 2_000_000,
  tens: 20,
};

export type NumberQualifier = "exact" | "at-least" | "more-than" | "about" | "at-most" | "range";

/** Qualifier phrases before a number, longest first when matched (as lower-case token sequences). */
export const QUALIFIER_PHRASES: [string[], NumberQualifier][] = [
  [["at", "least"], "at-least"],
  [["no", "fewer", "than"], "at-least"],
  [["no", "less", "than"], "at-least"],
  [["a", "minimum", "of"], "at-least"],
  [["more", "than"], "more-than"],
  [["over"], "more-than"],
  [["upwards", "of"], "more-than"],
  [["in", "excess", "of"], "more-than"],
  [["above"], "more-than"],
  [["nearly"], "about"],
  [["almost"], "about"],
  [["about"], "about"],
  [["around"], "about"],
  [["approximately"], "about"],
  [["roughly"], "about"],
  [["some"], "about"],
  [["an", "estimated"], "about"],
  [["estimated"], "about"],
  [["close", "to"], "about"],
  [["up", "to"], "at-most"],
  [["as", "many", "as"], "at-most"],
  [["at", "most"], "at-most"],
  [["fewer", "than"], "at-most"],
  [["less", "than"], "at-most"],
  [["under"], "at-most"],
];
