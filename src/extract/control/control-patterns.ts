import type { ControlChange, ControlExtent } from "../../model/index.js";

/** Verb phrases that change or state who controls a place. */
export const CONTROL_VERBS: [RegExp, ControlChange][] = [
  [/\b(?:lost|losing|loses|lose)\s+(?:(?:complete|full|total|partial)\s+)?control\s+(?:of|over)\b/, "lost"],
  [/\bno longer under the (?:control|dominion|rule) of\b/, "lost"],
  [/\b(?:withdrew|withdrawn|withdrawing|pulled out|retreated)\s+from\b/, "withdrew"],
  [
    /\b(?!(?:took|taken|take|takes|taking)\s+(?:effect|place|part|time|aim|action|steps|measures|note|responsibility|over\s+as))(?:captured|captures|capturing|capture of|seize|seized|seizes|seizing|take|takes|took|taken|taking|overran|overrun|overrunning|entered|enters|stormed|(?:re)?claimed|regained|retook|recaptured|(?:seized|taken|took|gained|wrested|grabbed|have taken|has taken)\s+control\s+(?:of|over))\b/,
    "captured",
  ],
  [
    /\b(?:control|controls|controlled|holds|held|hold)\b(?!\s+(?:centers|centres|room|of the situation))/,
    "holds",
  ],
  [/\b(?:contested|battle for|fighting for|fight for|clashes in|clashes for)\b/, "contested"],
];

/** Words that say how much of the place changed hands. */
export const EXTENTS: [RegExp, ControlExtent][] = [
  [/\b(?:complete|completely|full|fully|entire|entirely|total|totally|all of)\b/, "complete"],
  // "controls the town except the garrison on the hill": all but a part
  [/\b(?:majority of|most of|much of|bulk of|largely|except)\b/, "majority"],
  [
    /\b(?:large\s+)?(?:swathes|swaths|parts? of|areas? of|some areas|neighbo(?:u)?rhoods of|outskirts|partial|partially)\b/,
    "partial",
  ],
];

/** Nouns that name armed actors, for "the rebels captured…". */
export const ACTOR_NOUNS =
  /\b((?:[\p{L}-]+\s+){0,2}(?:rebels|insurgents|fighters|forces|troops|army|militants|jihadists|militias|factions|opposition|regime|government|group|alliance))\b/u;

/** Facilities that are places of their own, though named after a town ("Kessel airport"). */
export const FACILITY_NOUNS =
  /airport|airbase|air base|airstrip|port|harbour|harbor|seaport|citadel|prison|university|hospital|bridge|dam|refinery|base|barracks|garrison|police station|train station|railway station|power plant/;
