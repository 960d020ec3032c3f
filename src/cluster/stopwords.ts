/** Common English function words and news filler, dropped before weighting terms. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any are around as at
be became because been before being below between both but by can could did do does doing done down during each
either else ever every few for from further had has have having he her here hers herself him himself his how however
i if in into is it its itself just last least less like made make many may me might more most much must my myself
near neither never new no nor not now of off often on once one only or other our ours ourselves out over own per
quite rather said same say says saying she should since so some still such than that the their theirs them
themselves then there these they this those though through thus to too under until up upon us very was we were
what when where whether which while who whom whose why will with within without would yet you your yours yourself
yourselves according added told reported report reports reuters ap afp news today yesterday tomorrow monday tuesday
wednesday thursday friday saturday sunday week weeks year years day days time times mr mrs ms dr st via http https
www com html image photo video click read share comments comment copyright rights reserved updated published`.split(
    /\s+/,
  ),
);
