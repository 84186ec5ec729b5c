// Spanish words for extraction (data only; see ../language-words.ts).
import type { LanguageWords } from '../language-words.ts';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
  'noviembre', 'diciembre']; // prettier-ignore

export const es: LanguageWords = {
  months: { ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])), ene: 1, feb: 2, mar: 3, abr: 4, jun: 6,
    jul: 7, ago: 8, sep: 9, sept: 9, setiembre: 9, oct: 10, nov: 11, dic: 12 }, // prettier-ignore
  weekdays: { domingo: 0, lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6 },
  relativeDays: { hoy: 0, ayer: -1, anteayer: -2, mañana: 1, 'pasado mañana': 2 },
  partsOfDay: { madrugada: 'night', 'por la mañana': 'morning', tarde: 'afternoon', noche: 'evening' },
  yearPrepositions: ['en', 'desde', 'hasta', 'de'],
  lastYear: ['el año pasado'],
  yearsAgo: ['hace ([\\w-]+) años?'],
  anchoredDays: { 'el día anterior': -1, 'al día siguiente': 1 },
  clockSuffixes: ['hora local', 'horas'],
  expectedMarkers: ['está previsto', 'previsto', 'prevé', 'se espera', 'espera', 'va a', 'van a', 'podría',
    '\\p{L}+rá', '\\p{L}+rán', 'mañana'], // prettier-ignore
  titleWords: ['presidente', 'presidenta', 'ministro', 'ministra', 'líder', 'mandatario', 'mandataria', 'canciller',
    'rey', 'reina', 'primer', 'primera', 'secretario', 'secretaria', 'general', 'asesor', 'portavoz', 'embajador',
    'jefe', 'jefa', 'director', 'directora', 'dirigente', 'señor', 'señora'], // prettier-ignore
  relationWords: ['esposa', 'esposo', 'hija', 'hijo', 'hermana', 'hermano', 'padre', 'madre'],
  countries: { chino: 'China', china: 'China', ruso: 'Russia', rusia: 'Russia', norcoreano: 'North Korea',
    norcoreana: 'North Korea', surcoreano: 'South Korea', surcoreana: 'South Korea', 'estados unidos': 'United States',
    estadounidense: 'United States', japón: 'Japan', japonés: 'Japan' }, // prettier-ignore
  nonNameWords: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'en', 'con', 'por', 'para', 'según', 'su',
    'sus', 'será', 'está', 'parte', 'con', 'pekín', 'china', 'occidente', 'segunda', 'guerra',
    'mundial', 'pacífico', 'estados', 'unidos', 'partido', 'trabajadores', 'ejército', 'popular', 'liberación',
    'kremlin'], // prettier-ignore
  placeWords: ['plaza', 'partido', 'ejército', 'ministerio', 'agencia', 'guerra', 'estados', 'palacio'],
  nonPersonClassifiers: ['agencia', 'periódico', 'diario', 'ciudad', 'partido'],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'del', 'al', 'su', 'sus'],
  numberWords: { uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
    diez: 10, medio: 0.5, media: 0.5 }, // prettier-ignore
  durationUnits: { minuto: 1, minutos: 1, hora: 60, horas: 60, día: 1440, días: 1440 },
  eventKinds: { desfile: 'parade', parada: 'parade', reunión: 'talks', cumbre: 'talks', conversaciones: 'talks',
    llegó: 'arrival', llegada: 'arrival', emprendió: 'departure', partió: 'departure', discurso: 'speech',
    visita: 'visit', rendición: 'surrender' }, // prettier-ignore
  clauseOpeners: ['y', 'pero', 'mientras', 'que', 'quien', 'donde', 'cuando', 'aunque', 'tras', 'después'],
  sincePrepositions: ['desde'],
  otherWords: ['otros', 'otras'],
  nameInflections: [],
};
