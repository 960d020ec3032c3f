/**
 * General vocabulary for typing names: titles and roles, head words of organisation and place
 * names, cue words written next to names. None of it names a particular entity except the
 * handful of world news agencies, which are common vocabulary in news text.
 */

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter((w) => w.length > 0));

/** Title and role words (lower case) that precede or follow a person's name. */
export const ROLE_WORDS = words(`
  president vice prime minister foreign defence defense interior finance deputy secretary spokesperson
  spokesman spokeswoman chancellor king queen prince princess sheikh emir sultan ayatollah pope senator
  sen rep representative congressman congresswoman governor mayor ambassador envoy commander colonel col
  captain capt lieutenant lt sergeant sgt general gen judge dr mr mrs ms sir lord lady chief director
  head leader chairman chairwoman chair ceo founder premier cleric imam rabbi bishop cardinal archbishop
  counterpart official officials correspondent reporter analyst expert photographer editor professor prof
  researcher fellow activist minister-designate president-elect coordinator commissioner adviser advisor
  negotiator mediator attorney lawyer spokespeople supreme assistant acting former late secretary-general
  director-general commander-in-chief brigadier major marshal admiral corporal private economist scientist
  doctor physician surgeon nurse teacher engineer resident farmer witness survivor student journalist
  author writer historian geologist seismologist volunteer worker owner manager executive officer
  inspector superintendent mp justice businessman businesswoman entrepreneur tycoon billionaire
  industrialist explorer diver pilot passenger crewman son daughter wife husband father mother brother
  sister nephew niece cousin uncle aunt grandson granddaughter
`);

/**
 * Words naming a field of work, which open a sentence before a role word ("Health officials said",
 * "Rescue workers found", "Opposition leader X", "Regional leader X"): a kind of official, not an organisation's name.
 */
export const SECTOR_WORDS = words(`
  health rescue emergency security opposition aid relief medical humanitarian fire transport rail
  railway education election electoral border intelligence military government police prison court
  hospital school church union industry energy power water trade labour labor coast airport
  port harbour harbor customs immigration tax housing welfare environment agriculture tourism
  regional provincial local municipal federal national state county district city
`);

/** Role words that need a following or preceding role word to count (e.g. "Foreign" in "Foreign Minister"). */
export const ROLE_MODIFIERS = words(
  "vice prime foreign defence defense interior finance deputy supreme assistant acting former late",
);

/** Head words of organisation names ("... Observatory", "... Council"). */
export const ORG_HEADS = words(`
  observatory ministry army forces force agency group front committee network council institute party
  movement nations union organization organisation organisations organizations bank university college
  court police guard guards corps brigade brigades battalion command department office commission
  association company corporation corp inc ltd llc press news times post radio television tv
  foundation fund federation alliance coalition league service services authority board bureau
  assembly parliament senate congress cabinet administration airlines airways society trust center
  centre hospital school academy laboratory lab union red crescent cross watch international mission
  commission tribunal wire herald gazette tribune journal dispatch courier chronicle telegraph magazine
  daily newswire
`);

/** Last words that make a name a document or event, not an organisation ("... Resolution"). */
export const DOCUMENT_HEADS = words(
  "resolution act agreement accord accords treaty convention declaration protocol plan report",
);

/** Head words of place names ("Gaza Strip", "Idlib Province"). */
export const PLACE_HEADS = words(`
  strip bank valley province governorate region mountains mountain river sea island islands peninsula
  desert gulf bay lake canal heights plain district county street square airport bridge camp city town
  village state republic territory territories coast highway road crossing border oblast avenue boulevard
  drive lane parkway terrace
`);

/** Words for a body of water or a landform that open a place's name with "of" ("Gulf of Mexico"). */
export const FEATURE_OF_HEADS = words("gulf bay sea strait straits isle cape");

/** Lower-case words just before a name that make it an organisation ("the group X"). */
export const ORG_CUES_BEFORE = words(
  "group movement militia organisation organization party monitor agency network faction alliance coalition outlet newspaper broadcaster channel company firm",
);

/** Lower-case words just after a name that make it an organisation ("X movement"). */
export const ORG_CUES_AFTER = words(
  "movement group militia militias party monitor agency network faction alliance coalition newspaper affiliate offshoot fighters militants jihadists insurgents leadership",
);

/** Lower-case words just before a name that make it a place ("town of X"). */
export const PLACE_CUES_BEFORE = words(
  "city town village province region district governorate capital neighbourhood neighborhood suburb countryside outskirts cities towns villages provinces regions districts",
);

/** Lower-case words just after a name that make it a place ("X province"). */
export const PLACE_CUES_AFTER = words(
  "province region city town village district governorate countryside area border airport outskirts neighbourhood neighborhood quarter camp state",
);

/** Lower-case words that may join capitalised words inside one name ("Council of Europe", "Bashar al Assad"). */
export const NAME_CONNECTORS = words(
  "of for the de du des la le al el bin ibn bint abu van von der den da di dos do y",
);

/** Capitalised words to drop from the front of a run ("The Syrian Observatory"). */
export const LEADING_DETERMINERS = words("the a an");

/**
 * Compass adjectives that qualify a place without being part of its name ("northern Syria").
 * The nouns (North, South...) stay: they begin many names ("North Darfur", "South Sudan").
 */
export const DIRECTION_WORDS = words(`
  northern southern eastern western northeastern northwestern southeastern southwestern central
`);

/** Lower-case words after a name that make it a place ("X mayor", "X residents"). */
export const PLACE_ROLES = words("mayor governor residents villagers municipality townspeople");

/** Compass nouns: part of names ("North Darfur"), never weak words. */
export const COMPASS_NOUNS = words(
  "north south east west northeast northwest southeast southwest upper lower greater",
);

/** Prepositions after which an unknown name is most likely a place ("fighting around X"). */
export const PLACE_PREPOSITIONS = words("in near around outside towards toward into across inside off");

/** World regions and continents: places without a gazetteer point. */
export const WORLD_REGIONS = words(`
  europe asia africa america americas oceania antarctica arctic levant maghreb sahel balkans caucasus
  scandinavia caribbean mediterranean
`);
export const WORLD_REGION_PHRASES = new Set([
  "middle east",
  "near east",
  "far east",
  "latin america",
  "north america",
  "south america",
  "central america",
  "central asia",
  "south asia",
  "southeast asia",
  "east asia",
  "west africa",
  "east africa",
  "north africa",
  "sub saharan africa",
  "horn of africa",
  "persian gulf",
  "west bank",
]);

/** International news agencies, named bare in news text ("told AFP"). */
export const NEWS_AGENCIES = words(
  "reuters afp ap bloomberg xinhua tass interfax anadolu ansa efe dpa kyodo yonhap sana irna",
);

/** All-capital words that are not names of things. */
export const NON_ENTITY_ACRONYMS = words(
  "am pm tv ok id gdp ceo ii iii iv usd eur ppm km mph bc ad ce bce faq pdf cv rip ngo ngos",
);

/** Month and weekday names (and their short forms). */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues
  wed thu thur thurs fri sat sun
`);
