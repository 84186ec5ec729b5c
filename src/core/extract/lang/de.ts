// German words for extraction (data only; see ../language-words.ts).
import type { LanguageWords } from '../language-words.ts';

const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember']; // prettier-ignore

export const de: LanguageWords = {
  months: { ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])), jan: 1, feb: 2, aug: 8, sept: 9, okt: 10,
    nov: 11, dez: 12 }, // prettier-ignore
  weekdays: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6 },
  relativeDays: { heute: 0, gestern: -1, morgen: 1, vorgestern: -2, übermorgen: 2 },
  partsOfDay: { morgens: 'morning', vormittags: 'morning', nachmittags: 'afternoon', nachmittag: 'afternoon',
    abends: 'evening', abend: 'evening', nachts: 'night' }, // prettier-ignore
  yearPrepositions: ['im', 'seit', 'bis', 'von', 'jahr'],
  lastYear: ['im vergangenen jahr', 'letztes jahr', 'vergangenes jahr'],
  yearsAgo: ['vor ([\\w-]+) jahren'],
  anchoredDays: { 'am vortag': -1, 'am tag danach': 1 },
  clockSuffixes: ['uhr ortszeit', 'uhr', 'ortszeit'],
  expectedMarkers: ['wird', 'werden', 'soll', 'sollen', 'erwartet', 'geplant', 'voraussichtlich', 'dürfte'],
  titleWords: ['genosse', 'generalsekretär', 'generalsekretärs', 'vorsitzender', 'vorsitzende', 'präsident',
    'präsidenten', 'präsidentin', 'minister', 'ministerin', 'außenminister', 'außenministerin', 'kanzler',
    'bundeskanzler', 'premierminister', 'staatschef', 'führer', 'leiter', 'sprecher', 'botschafter', 'herr', 'frau',
    'dem', 'des', 'der'], // prettier-ignore
  relationWords: ['frau', 'ehefrau', 'mann', 'tochter', 'sohn', 'schwester', 'bruder', 'vater', 'mutter'],
  countries: { china: 'China', chinas: 'China', chinesische: 'China', chinesischen: 'China', korea: 'North Korea',
    koreas: 'North Korea', russland: 'Russia', russische: 'Russia', russischen: 'Russia', 'vr china': 'China',
    'dvr korea': 'North Korea' }, // prettier-ignore
  nonNameWords: ['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'und', 'oder', 'mit', 'im', 'in',
    'am', 'zum', 'zur', 'von', 'vor', 'nach', 'bei', 'für', 'auf', 'dessen', 'deren', 'zugleich', 'china', 'korea',
    'welt', 'staatsflaggen', 'gespräche', 'gesprächen', 'gast', 'namen', 'anlass', 'teilnahme', 'gedenkfeiern',
    'partei', 'regierung', 'volk', 'volkes', 'delegation', 'feierlichkeiten', 'jahrestag', 'sieges', 'krieg',
    'weltkrieg', 'entschlossenheit', 'verteidigung', 'weltfriedens', 'stellung', 'einfluss', 'augen', 'willen',
    'seite', 'ergebnisse', 'beziehungen', 'seiten', 'grüße', 'erinnerung', 'politiker', 'fest', 'gastfreundschaft',
    'aufrichtigkeit', 'arbeit', 'staatsangelegenheiten', 'zk', 'kp', 'vr', 'dvr', 'beiden', 'genosse'], // prettier-ignore
  placeWords: ['halle', 'volkskongresshalle', 'platz', 'partei', 'ministerium', 'komitee', 'zentralkomitee', 'staat',
    'republik', 'agentur', 'armee'], // prettier-ignore
  nonPersonClassifiers: ['zeitung', 'agentur', 'sender', 'stadt', 'partei'],
  determiners: ['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'im', 'zum',
    'zur', 'am', 'vom', 'beim', 'seinen', 'seine', 'seiner', 'ihre', 'ihren', 'dessen', 'deren'], // prettier-ignore
  numberWords: { ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, halb: 0.5 }, // prettier-ignore
  durationUnits: { minute: 1, minuten: 1, stunde: 60, stunden: 60, tag: 1440, tage: 1440 },
  eventKinds: { parade: 'parade', militärparade: 'parade', gespräch: 'talks', treffen: 'talks',
    zusammengekommen: 'talks', gipfel: 'talks', ankunft: 'arrival', eingetroffen: 'arrival', abreise: 'departure',
    rede: 'speech', bankett: 'banquet', empfang: 'banquet', besuch: 'visit', foto: 'photo', fotografieren: 'photo' }, // prettier-ignore
  clauseOpeners: ['und', 'aber', 'während', 'der', 'die', 'das', 'wo', 'als', 'nachdem', 'weil', 'wobei'],
  sincePrepositions: ['seit'],
  otherWords: ['weitere', 'andere', 'anderen'],
  nameInflections: ['s'],
};
