// The words the reader's span patterns are made of, as data (per language where the corpus showed the need), in
// the way HeidelTime keeps its patterns in resource files: adding a language's words changes no code.

/** Number words: English first, then Spanish, German, Romanian, Russian (small counts, the ones news spells out). */
export const NUMBER_WORDS = `one two three four five six seven eight nine ten eleven twelve thirteen fourteen
  fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
  thousand thousands million millions billion billions dozen dozens
  uno una dos tres cuatro cinco seis siete ocho nueve diez
  zwei drei vier fünf sechs sieben acht neun zehn
  doi două trei patru cinci șase șapte opt nouă zece
  два две три четыре пять шесть семь восемь девять десять`.split(/\s+/);

/** Units of time, for durations: "24 hours", "casi un día", "1,5 часа". */
export const TIME_UNITS = `seconds? minutes? mins? hours? days? weeks? months? years? decades?
  segundos? minutos? horas? días? dias? semanas? meses? años?
  sekunden minuten stunden? tage? tagen wochen? monate? jahre?n?
  secunde minute ore zile săptămâni luni ani
  секунд\\S* минут\\S* час\\S* дн\\S* день недел\\S* месяц\\S* год\\S* лет`.split(/\s+/);

/** Units a measure is given in: "a range of 12,000 km", "at 60 mph", "5 per cent" (longer forms first). */
export const MEASURE_UNITS = `km/h kph mph km kms kilometres? kilometers? miles? knots metres? meters? m feet ft
  tonnes? tons? kg kilograms? % percent per\\s+cent dollars? euros? yuan rubles? roubles? won`.split(/\s+/);

/** Before a number, words that make it approximate but are not the answer's subject: "about 90", "nearly a day". */
export const APPROXIMATORS = `about around nearly almost some over under roughly approximately more\\s+than less\\s+than
  up\\s+to casi unos unas cerca\\s+de etwa rund knapp около почти aproximativ`.split(/\s+/);

/** Months and weekdays, English, Spanish, German, Romanian (Russian months by their stems). */
export const CALENDAR_WORDS = `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
  lunes martes miércoles jueves viernes sábado domingo
  januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
  ianuarie februarie martie aprilie mai iunie iulie septembrie octombrie noiembrie decembrie
  luni marți miercuri joi vineri sâmbătă duminică
  январ\\S* феврал\\S* март\\S* апрел\\S* ма[йя] июн\\S* июл\\S* август\\S* сентябр\\S* октябр\\S* ноябр\\S* декабр\\S*`.split(
  /\s+/,
);

/** Words that give a day without naming it: "yesterday", "next week". */
export const RELATIVE_DAYS = `today tonight yesterday tomorrow hoy ayer mañana heute gestern morgen astăzi ieri mâine
  сегодня вчера завтра`.split(/\s+/);

/** Times of day in words: "at dawn", "Thursday evening", "nachmittags". */
export const DAY_PARTS = `dawn dusk noon midnight morning afternoon evening night
  madrugada mediodía tarde noche morgens vormittags mittags nachmittags abends nachts
  dimineața după-amiaza seara noaptea утром днём днем вечером ночью`.split(/\s+/);

/** Nouns of a title or post: "Director of the National Intelligence Service", "Generalsekretär". */
export const TITLE_WORDS = `head director chairman chairwoman chair minister secretary president speaker leader premier
  chief deputy member ambassador spokesman spokeswoman spokesperson commander governor mayor king queen envoy adviser
  advisor aide editor correspondent officer official general prime chancellor
  generalsekretär vorsitzender präsident minister presidente ministro ministra secretario
  președinte ministru premier`.split(/\s+/);

/** Words that state a cause: "slow because it is so heavily protected". */
export const CAUSE_WORDS =
  `because due\\s+to owing\\s+to as\\s+a\\s+result\\s+of thanks\\s+to so\\s+that in\\s+order\\s+to
  for\\s+fear\\s+of since porque debido\\s+a weil da deoarece pentru\\s+că потому\\s+что из-за так\\s+как`.split(/\s+/);

/** Words of place relative to someone: "seated on his left", "side by side", "in front of". */
export const RELATIVE_PLACES = `left right front behind beside next\\s+to side\\s+by\\s+side between opposite`.split(
  /\s+/,
);

/**
 * English prepositions that introduce a place name ("in the Great Hall", "along Chang'an Avenue"), the only ones an
 * English sentence is read with: "a", "en", "de" and "la" are prepositions elsewhere but an article or a name's
 * particle in English ("rescued by a Bergen crew").
 */
export const ENGLISH_PLACE_PREPOSITIONS =
  'in at on along to into from inside near outside aboard across through via'.split(' ');
/** Those of every language the span words know, for a sentence in another language. */
export const PLACE_PREPOSITIONS = [
  ...ENGLISH_PLACE_PREPOSITIONS,
  ...'en a de nach aus im am bei la din în в на из'.split(' '),
];
/** Prepositions that give where someone went, not where something is or happened: only a motion asks for them. */
export const DESTINATION_PREPOSITIONS = new Set(['to', 'into', 'toward', 'towards', 'nach']);
/** Verbs of motion: "where did she travel" is answered by "to Oslo", "where did she stay" is not. */
export const MOTION_VERBS = new Set(
  'go travel head fly move come return drive sail walk ride arrive journey march send take bring carry flee'.split(' '),
);

/** Nouns of people: "which officials", "which lawmakers" ask for a person's name, not any name. */
export const PERSON_NOUNS =
  `official officials aide aides leader leaders lawmaker lawmakers president presidents premier
  premiers minister ministers diplomat diplomats person people spokesman spokeswoman journalist journalists reporter
  reporters general generals envoy envoys adviser advisers advisor advisors politician politicians guest guests
  ex-premiers ex-premier representative representatives delegate delegates member members head heads`.split(/\s+/);

/** Nouns of places: "in which building", "which city" ask for a place. */
export const PLACE_NOUNS = `building city town country region province place venue hall station street avenue road
  thoroughfare square airport residence hotel palace site base capital village district port`.split(/\s+/);
