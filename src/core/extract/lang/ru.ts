// Russian words for extraction (data only; see ../language-words.ts). Nouns inflect, so lists hold the common forms.
import type { LanguageWords } from '../language-words.ts';

const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября',
  'октября', 'ноября', 'декабря']; // prettier-ignore
const MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь',
  'октябрь', 'ноябрь', 'декабрь']; // prettier-ignore

export const ru: LanguageWords = {
  months: {
    ...Object.fromEntries(MONTHS_GENITIVE.map((m, i) => [m, i + 1])),
    ...Object.fromEntries(MONTHS_NOMINATIVE.map((m, i) => [m, i + 1])),
  },
  weekdays: { воскресенье: 0, понедельник: 1, вторник: 2, среду: 3, среда: 3, четверг: 4, пятницу: 5, пятница: 5,
    субботу: 6, суббота: 6 }, // prettier-ignore
  relativeDays: { сегодня: 0, вчера: -1, позавчера: -2, завтра: 1 },
  partsOfDay: { утром: 'morning', днем: 'afternoon', днём: 'afternoon', вечером: 'evening', ночью: 'night' },
  yearPrepositions: ['в', 'с', 'до', 'году'],
  lastYear: ['в прошлом году'],
  yearsAgo: ['([\\p{L}\\d-]+) (?:год|года|лет) назад'],
  anchoredDays: { накануне: -1, 'на следующий день': 1 },
  clockSuffixes: ['по местному времени', 'мск'],
  expectedMarkers: ['будет', 'будут', 'планируется', 'ожидается', 'намерен', 'может', 'собирается'],
  titleWords: ['президент', 'президента', 'президентом', 'лидер', 'лидера', 'лидером', 'министр', 'министра',
    'глава', 'главы', 'премьер', 'премьер-министр', 'председатель', 'председателя', 'генеральный', 'секретарь',
    'помощник', 'посол', 'пресс-секретарь', 'руководитель'], // prettier-ignore
  relationWords: ['жена', 'супруга', 'дочь', 'сын', 'сестра', 'брат'],
  countries: { россии: 'Russia', россия: 'Russia', российский: 'Russia', кндр: 'North Korea',
    северокорейский: 'North Korea', кнр: 'China', китая: 'China', китай: 'China', китайский: 'China',
    сша: 'United States' }, // prettier-ignore
  nonNameWords: ['по', 'перед', 'после', 'там', 'ранее', 'программа', 'приглашение', 'переговоры', 'россию',
    'россии', 'китае', 'китай', 'пекине', 'приезжайте', 'соединенных', 'штатах', 'западу', 'японией', 'второй',
    'дом', 'доме', 'новости', 'сообщает'], // prettier-ignore
  placeWords: ['организации', 'организация', 'доме', 'дом', 'штатах', 'штаты', 'площадь', 'площади'],
  nonPersonClassifiers: ['резиденцию', 'резиденция', 'газета', 'агентство', 'город'],
  determiners: [],
  numberWords: { один: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, полтора: 1.5, полчаса: 0.5 },
  durationUnits: { минут: 1, минуты: 1, минуту: 1, час: 60, часа: 60, часов: 60, дня: 1440, дней: 1440 },
  eventKinds: { парад: 'parade', переговор: 'talks', встреч: 'talks', саммит: 'talks', приехал: 'arrival',
    прибыл: 'arrival', визит: 'visit', прием: 'banquet', приём: 'banquet' }, // prettier-ignore
  clauseOpeners: ['и', 'но', 'а', 'который', 'которая', 'которое', 'которые', 'где', 'когда', 'после'],
  sincePrepositions: ['с', 'со'],
  otherWords: ['других', 'другие'],
  nameInflections: ['ом', 'ым', 'ем', 'ой', 'а', 'у', 'е', 'я'],
};
