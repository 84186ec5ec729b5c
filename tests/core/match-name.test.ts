import { describe, expect, it } from 'vitest';
import { matchName, rankPeople } from '../../src/core/match-name.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const found = (query: string) => {
  const match = matchName(bundledPack(), query);
  return match.kind === 'found' ? match.person.name : match.kind;
};

describe('matchName', () => {
  it.each([
    ['putin', 'Vladimir Putin'],
    ['PUTIN', 'Vladimir Putin'],
    ['putn', 'Vladimir Putin'],
    ['Putin Vladimir', 'Vladimir Putin'],
    ['kim jong-un', 'Kim Jong Un'],
    ['Kim Jong Un', 'Kim Jong Un'],
    ['kimjongun', 'Kim Jong Un'],
    ['jong un kim', 'Kim Jong Un'],
    ['kim', 'Kim Jong Un'],
    ['kim jong um', 'Kim Jong Un'],
    ['Peseschkian', 'Masoud Pezeshkian'],
    ['pezeshkian', 'Masoud Pezeshkian'],
    ['Pezeshkián', 'Masoud Pezeshkian'],
    ['choe son hui', 'Choe Son Hui'],
    ['Choe Son-hui', 'Choe Son Hui'],
    ['lukashenka', 'Alexander Lukashenko'],
    ['xi', 'Xi Jinping'],
    ['lee jae-myung', 'Lee Jae Myung'],
    ['foreign minister', 'Choe Son Hui'],
  ])('finds %s as %s', (query, name) => {
    expect(found(query)).toBe(name);
  });

  it('lists the candidates for an ambiguous query', () => {
    const match = matchName(bundledPack(), 'president');
    expect(match.kind).toBe('ambiguous');
    if (match.kind === 'ambiguous') expect(match.candidates.map((p) => p.name)).toContain('Vladimir Putin');
  });

  it('says unknown and suggests the closest name when there is one', () => {
    const match = matchName(bundledPack(), 'Lukashenkov Alexandr');
    expect(match.kind === 'found' || (match.kind === 'unknown' && match.closest?.name === 'Alexander Lukashenko')).toBe(
      true,
    );
    expect(matchName(bundledPack(), 'Macron')).toEqual({ kind: 'unknown', closest: undefined });
  });

  it('ranks best match first for autocomplete', () => {
    expect(rankPeople(bundledPack(), 'pu')[0]?.person.name).toBe('Vladimir Putin');
    expect(rankPeople(bundledPack(), '')).toEqual([]);
  });
});
