/**
 * Spelling-insensitive forms of names, so transliteration variants meet:
 * accents and apostrophes fold away, hyphens become spaces, Arabic article prefixes
 * (al-, el-, ad-, ...) drop, doubled letters collapse, and a final "h" after a vowel goes.
 */

const ARTICLE_PREFIX = /^(?:al|el|ul|as|ash|ad|ar|at|az|an)$/;
const APOSTROPHES = /['’‘`ʿʾ´]/g;

/** Lower case, accents and apostrophes removed, punctuation to single spaces. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(APOSTROPHES, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Folded tokens without Arabic article prefixes ("Bashar al-Assad" -> bashar, assad). */
export function nameTokens(name: string): string[] {
  const tokens = foldName(name)
    .split(" ")
    .filter((t) => t.length > 0);
  const kept = tokens.filter((t) => !ARTICLE_PREFIX.test(t));
  return kept.length > 0 ? kept : tokens;
}

/** One folded token in a transliteration-neutral spelling: doubled letters collapse, final vowel+h drops its h. */
export function spellingKey(token: string): string {
  return token
    .replace(/(.)\1+/g, "$1")
    .replace(/([aeiou])h$/, "$1")
    .replace(/ou/g, "u")
    .replace(/ee/g, "i");
}

/** Consonant skeleton of a token: first letter, then the consonants (vowels, y, w, h dropped). */
export function skeleton(token: string): string {
  const key = spellingKey(token);
  if (key.length === 0) return key;
  return (
    key[0] +
    key
      .slice(1)
      .replace(/[aeiouyhw]/g, "")
      .replace(/(.)\1+/g, "$1")
  );
}

/** The match key of a whole name: spelling keys of its tokens, space-joined. */
export function nameKey(name: string): string {
  return nameTokens(name).map(spellingKey).join(" ");
}

/** The consonant skeleton of a whole name, used as a blocking key. */
export function skeletonKey(name: string): string {
  return nameTokens(name).map(skeleton).join(" ");
}
