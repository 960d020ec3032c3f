import type { Mention } from "../../model/index.js";

const NOT_NAMES = new Set([
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "But",
  "And",
  "For",
  "It",
  "He",
  "She",
  "They",
  "We",
  "This",
  "That",
  "These",
  "Those",
  "His",
  "Her",
  "Their",
  "Its",
  "After",
  "Before",
  "While",
  "When",
  "As",
  "Since",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);

/**
 * First version: runs of capitalised words (allowing "al-", "of", "for") as `other` mentions.
 * The entities extractor replaces this with typed, cue-aware extraction.
 */
export function extractMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const run = /\b\p{Lu}[\p{L}'-]+(?:\s+(?:(?:of|for|al|el|de)\s+)?\p{Lu}[\p{L}'-]+)*/gu;
  for (const match of text.matchAll(run)) {
    const words = match[0].split(/\s+/);
    while (words.length > 0 && NOT_NAMES.has(words[0]!)) words.shift();
    if (words.length === 0) continue;
    const surface = words.join(" ");
    const start = match.index + match[0].length - surface.length;
    mentions.push({
      start,
      end: start + surface.length,
      text: surface,
      type: "other",
      role: null,
      expansion: null,
      entityId: null,
    });
  }
  return mentions;
}
