// Romanian words for extraction (data only; see ../language-words.ts).
import type { LanguageWords } from '../language-words.ts';

const MONTHS = ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie',
  'octombrie', 'noiembrie', 'decembrie']; // prettier-ignore

export const ro: LanguageWords = {
  months: { ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])), ian: 1, feb: 2, sept: 9, oct: 10, nov: 11 },
  weekdays: { duminică: 0, luni: 1, marți: 2, miercuri: 3, joi: 4, vineri: 5, sâmbătă: 6 },
  relativeDays: { azi: 0, astăzi: 0, ieri: -1, mâine: 1 },
  partsOfDay: { dimineața: 'morning', 'după-amiaza': 'afternoon', seara: 'evening', noaptea: 'night' },
  yearPrepositions: ['în', 'din', 'până'],
  lastYear: ['anul trecut'],
  yearsAgo: ['acum ([\\p{L}\\d-]+) ani'],
  anchoredDays: { 'cu o zi înainte': -1, 'a doua zi': 1 },
  clockSuffixes: ['ora locală'],
  expectedMarkers: ['va', 'vor', 'urmează', 'este așteptat', 'sunt așteptați', 'ar putea'],
  titleWords: ['președintele', 'președinte', 'președintelui', 'premier', 'premierul', 'premieri', 'premierii',
    'ministru', 'ministrul', 'liderul', 'lider', 'șeful', 'șefa', 'ambasador', 'fostul', 'fosta', 'foștii',
    'actualul', 'actualului', 'regele', 'fost', 'important'], // prettier-ignore
  relationWords: ['soția', 'soțul', 'fiica', 'fiul', 'tatăl', 'mama', 'fratele', 'sora'],
  countries: { româniei: 'Romania', românia: 'Romania', chinei: 'China', chinez: 'China', rusiei: 'Russia',
    'coreei de nord': 'North Korea', 'nord-coreean': 'North Korea', indonezian: 'Indonesia', iranian: 'Iran',
    azerbaidjanului: 'Azerbaijan', kazah: 'Kazakhstan' }, // prettier-ignore
  nonNameWords: ['pe', 'la', 'în', 'cu', 'și', 'tot', 'pentru', 'parada', 'tatăl', 'ea', 'nu', 'beijing', 'china',
    'chinei', 'româniei', 'rusiei', 'coreei', 'nord', 'războiului', 'mondial', 'republicii', 'populare', 'chineze',
    'victoriei', 'afacerilor', 'externe'], // prettier-ignore
  placeWords: ['republicii', 'parada', 'afacerilor'],
  nonPersonClassifiers: ['ziarul', 'agenția', 'orașul'],
  determiners: [],
  numberWords: { unu: 1, doi: 2, două: 2, trei: 3, patru: 4, cinci: 5 },
  durationUnits: { minute: 1, minut: 1, ore: 60, oră: 60, zile: 1440 },
  eventKinds: { paradă: 'parade', parada: 'parade', întâlnire: 'talks', discuți: 'talks', fotografi: 'photo',
    vizită: 'visit', sosit: 'arrival', invitați: 'invitation', răspuns: 'statement' }, // prettier-ignore
  clauseOpeners: ['și', 'dar', 'iar', 'care', 'unde', 'când', 'după'],
  sincePrepositions: ['din', 'de la'],
  otherWords: ['alți', 'alte'],
  nameInflections: [],
};
