/**
 * Cues that a figure is context rather than the reported event: whole-war totals, past years, past
 * perfect ("had displaced"), periods ("this year alone"), populations, attempts and hypotheticals.
 */
const WHOLE_WAR =
  /\b(war|conflict|uprising|revolution|insurgency)\b[^.;]{0,80}\b(has|have|had)\s+(left|killed|claimed|displaced|cost)\b/;
const SINCE_START =
  /\bsince the (start|beginning|onset|outbreak)\b|\b(since|in) (19|20)\d\d\b(?![-–]\d)|\bsince the [^.;]{0,20}\b(19|20)\d\d\b|\b(summer|spring|fall|autumn|winter) of (19|20)\d\d\b/;
const COMPARATIVE =
  /\b(most|worst|deadliest|biggest|largest|heaviest|fiercest|first time|highest)\b[^.;]{0,50}\bsince\b/;
const PAST_PERFECT =
  /\bhad\s+(been\s+)?(?:(?:listed|reported|declared)\s+(?:as\s+)?)?(killed|displaced|wounded|injured|left|claimed|missing)\b/;
const HYPOTHETICAL =
  /\b(could|would|might|may|risk|risks|threatens?|feared|fears)\s+(be\s+|have\s+)?(kill|killed|displace|displaced|leave|left|cause|die)\b/;
const ATTEMPTED =
  /\b(threatened|threatening|tried|trying|attempted|planned|planning|wanted|vowed) to (kill|shoot|harm)\b|\b(possibly|nearly|almost) (killing|killed|hitting|died|dying|drowned|drowning)\b/;
const CONTEXT_WORDS =
  /\b(years of|decade|throughout the|an average of|on average|per year|a year|every year|in total since|population|home to|(this|last|so far this) year( alone)?)\b|\b(in|over|within) (the )?(past |last )?(slightly )?(more than )?\w+ years\b/;

/** "a city of more than one million people": a population, not a toll. */
const POPULATION =
  /\b(city|town|country|region|province|state|nation|capital|village|district|camp|metropolis|area) of (about |around |some |roughly |nearly |almost |more than |over |under |fewer than |less than )?[\d.,]+( million| thousand)?\s*(people|residents|inhabitants|souls)\b|\b(city|town|country|region|province|state|nation|capital|village|district|camp|metropolis|area) of (about |around |some |roughly |nearly |almost |more than |over |under )?(one|two|three|four|five|six|seven|eight|nine|ten|several|a|half a) (million|thousand|hundred)\s*(people|residents|inhabitants)\b/;

const YEARS_AGO = /\b(\w+|\d+) (years|decades) ago\b/;
/** "said 46 people had died" is reported speech, not an earlier event. */
const REPORTED_SPEECH = /\b(said|says|told|reported|according to|announced|stated)\b/;

export interface BackgroundOptions {
  /** Publication year, when known: a year equal to it is not a past event. */
  year: number | null;
}

/**
 * "one of the deadliest shipwrecks in the Mediterranean in a decade": a ranking of the event against a
 * period, which names the period without giving a figure of it.
 */
const RANKED_IN_PERIOD =
  /\b(most|worst|deadliest|bloodiest|biggest|largest|heaviest|fiercest|highest)\b[^.;,]{0,60}?\b(in|for|of)\s+(?:(?:a|the|more than a|nearly a|almost a|over a)\s+)?(?:(?:past|last)\s+)?(decade|decades|generation|years|\w+ years)\b/g;

/** True when the sentence (lower-cased) presents its figures as background. */
export function isBackgroundSentence(sentence: string, options: BackgroundOptions): boolean {
  const lower = sentence.replace(RANKED_IN_PERIOD, " ");
  if (WHOLE_WAR.test(lower) || HYPOTHETICAL.test(lower) || YEARS_AGO.test(lower)) return true;
  if (PAST_PERFECT.test(lower) && !REPORTED_SPEECH.test(lower)) return true;
  if (options.year !== null) {
    for (const m of lower.matchAll(/\b(19|20)\d\d\b/g))
      if (Number(m[0]) < options.year && !COMPARATIVE.test(lower)) return true;
  }
  if (ATTEMPTED.test(lower) || CONTEXT_WORDS.test(lower) || POPULATION.test(lower)) return true;
  const since = SINCE_START.exec(lower);
  if (since && !COMPARATIVE.test(lower)) {
    const year = /(19|20)\d\d/.exec(since[0]);
    if (!(year && options.year !== null && Number(year[0]) >= options.year)) return true;
  }
  return false;
}
