import type { TextEdit } from "./offset-map.js";

const REPLACEMENTS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, "-"],
  [/\u2026/g, "..."],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " "],
  [/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ""],
  [/\r\n?/g, "\n"],
  [/[ \t]+$/gm, ""],
  [/[ \t]{2,}/g, " "],
  [/\n{3,}/g, "\n\n"],
];

/**
 * Unifies quote marks, dashes, spaces and line ends. Guillemets are kept (quote extraction reads
 * them); em/en dashes become "-" so figures like "10-15" and dash lines read alike.
 */
export function unifyCharacterEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [pattern, replacement] of REPLACEMENTS) {
    for (const match of text.matchAll(pattern)) {
      const from = match.index;
      edits.push({ from, to: from + match[0].length, replacement });
    }
  }
  return edits;
}
