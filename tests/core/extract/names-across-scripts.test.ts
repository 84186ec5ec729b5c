// Names written in two scripts by different transliteration conventions: Russian renders Korean and Chinese names
// its own way ("Lee Myung-bak" is "Ли Мён Бак", "Wang" is "Ван"), which no one-letter edit bridges. Compared by their
// consonant skeletons, across scripts only; within one script the one-edit rule alone decides.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extract-article.ts';
import { mergePeople } from '../../../src/core/extract/merge-people.ts';
import { nameWords, soundsAlike } from '../../../src/core/extract/name-key.ts';

const alike = (a: string, b: string) => soundsAlike(nameWords(a), nameWords(b));
const article = (id: string, sentences: string[], language?: string) =>
  extractArticle({ id, published: '2024-03-14', sentences, ...(language ? { language } : {}) });

describe('soundsAlike (name-key.ts)', () => {
  it('joins names whose sounds the two conventions write differently (ng/n, w/v, kh/h, ch/j/ts, near vowels)', () => {
    expect(alike('Lee Myung-bak', 'Ли Мён Бак')).toBe(true);
    expect(alike('Wang Huning', 'Ван Хунин')).toBe(true);
    expect(alike('Choe Min Ho', 'Цой Мин Хо')).toBe(true);
    // "Дж" is "j" ("Джон" is "John").
    expect(alike('Jon Hald', 'Джон Халд')).toBe(true);
  });
  it('keeps apart names whose consonants differ, and one-word names', () => {
    expect(alike('Park Min-ho', 'Пак Сон Ми')).toBe(false);
    expect(alike('Wang', 'Ван')).toBe(false);
    expect(alike('Lee Myung-bak', 'Ли Бак')).toBe(false);
    // As many vowel groups: a man's and a woman's form of a name are two people.
    expect(alike('Aleksandr Lind', 'Александра Линд')).toBe(false);
    // An "a" is written "a" in every system: "Anna" is not "Инна", nor "Chan" "Джин".
    expect(alike('Anna Lind', 'Инна Линд')).toBe(false);
    expect(alike('Kim Chan Su', 'Ким Джин Су')).toBe(false);
  });
});

describe('people merged across articles in two scripts (merge-people.ts)', () => {
  const english = article('a1', [
    'South Korean envoy Lee Myung-bak landed in Oslo on Monday.',
    'Envoy Park Min-ho stayed home.',
  ]);
  const russian = article('a2', ['Ли Мён Бак прибыл в Осло в понедельник.', 'Пак Сон Ми осталась дома.'], 'ru');

  it('one person for the Latin and the Cyrillic writing of a name, named in Latin letters', () => {
    const { people } = mergePeople([english, russian], new Set());
    expect(people.find((p) => p.name === 'Lee Myung-bak')?.spellings).toEqual(['Lee Myung-bak', 'Ли Мён Бак']);
    expect(people.map((p) => p.name).sort()).toEqual(['Lee Myung-bak', 'Park Min-ho', 'Пак Сон Ми']);
  });
  it('two Latin names are not joined through a Cyrillic one: each is compared with the other script only', () => {
    const latin = article('a3', ['Envoy Kim Chan Su landed.', 'Envoy Kim Jin Su left.']);
    const cyrillic = article('a4', ['Ким Чан Су прибыл в Осло.'], 'ru');
    const { people } = mergePeople([cyrillic, latin], new Set());
    expect(people.map((p) => p.spellings).sort()).toEqual([['Kim Jin Su'], ['Ким Чан Су', 'Kim Chan Su']].sort());
  });
  it('within one script a skeleton joins nobody: "Chan Su" and "Jin Su" stay two people', () => {
    const one = article('a3', ['Envoy Kim Chan Su landed.', 'Envoy Kim Jin Su left.']);
    expect(mergePeople([one], new Set()).people).toHaveLength(2);
  });
});
