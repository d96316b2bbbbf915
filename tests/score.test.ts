// The scorer on small hand-made cases.
import { describe, expect, it } from 'vitest';
import { emptyCounts, normValue, rosterScores, scoreRoster, titleHead, type GoldPerson } from '../src/eval/roster.js';
import { dateValueMatches, interval, micro, numberMatches, prf, scoreDocument } from '../src/eval/score.js';

const s = (type: string, start: number, end: number) => ({ type, start, end });

describe('scoreDocument', () => {
  it('strict needs the same span and type', () => {
    const r = scoreDocument([s('person', 0, 8), s('place', 10, 15)], [s('person', 0, 8), s('place', 10, 14)]);
    expect(r.strict.person).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.strict.place).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(r.relaxed.place).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('relaxed matching is one-to-one, largest overlap first', () => {
    // two predictions overlap one gold span: one matches, the other is a false positive
    const r = scoreDocument([s('org', 0, 20)], [s('org', 0, 5), s('org', 6, 20)]);
    expect(r.relaxed.org).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(r.pairs[0]!.pred).toEqual(s('org', 6, 20));
  });

  it('types must agree', () => {
    const r = scoreDocument([s('person', 0, 5)], [s('org', 0, 5)]);
    expect(r.relaxed.person).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(r.relaxed.org).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('neutral (MISC) spans absorb unmatched predictions', () => {
    const r = scoreDocument([], [s('person', 3, 9)], [s('neutral', 0, 10)]);
    expect(r.strict.person).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(r.relaxed.person).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('duplicate gold spans need duplicate predictions', () => {
    const r = scoreDocument([s('place', 0, 4), s('place', 0, 4)], [s('place', 0, 4)]);
    expect(r.strict.place).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('micro-averages counts, not scores', () => {
    const m = micro({ a: { tp: 9, fp: 1, fn: 0 }, b: { tp: 0, fp: 0, fn: 10 } });
    expect(m.precision).toBeCloseTo(0.9);
    expect(m.recall).toBeCloseTo(9 / 19);
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });
});

describe('date values', () => {
  it('maps TIMEX values to day intervals', () => {
    expect(interval('2023-09')).toEqual(['2023-09-01', '2023-09-30']);
    expect(interval('199')).toEqual(['1990-01-01', '1999-12-31']);
    expect(interval('2023-Q3')).toEqual(['2023-07-01', '2023-09-30']);
    expect(interval('2015-W38')).toEqual(['2015-09-14', '2015-09-20']);
  });
  it('compares string, range and bound gold values', () => {
    expect(dateValueMatches('2023-09-13', '2023-09-13')).toBe(true);
    expect(dateValueMatches('2023-09-13', '2023-09-14')).toBe(false);
    expect(dateValueMatches('--07', '2023-07')).toBe(true);
    expect(dateValueMatches({ from: '2015-09-14', to: '2015-09-20' }, '2015-W38')).toBe(true);
    expect(dateValueMatches({ notBefore: '2001', notAfter: '2001' }, '2001')).toBe(true);
    expect(dateValueMatches({ notBefore: '2001', notAfter: '2001' }, '2002')).toBe(false);
  });
});

describe('quantity values', () => {
  it('matches a gold number against a value or either end of a range', () => {
    expect(numberMatches(50, { number: 50 })).toBe(true);
    expect(numberMatches(50, { number: 40, max: 50 })).toBe(true);
    expect(numberMatches(45, { number: 40, max: 50 })).toBe(false);
    expect(numberMatches(45, { number: 40, max: 50 }, 5)).toBe(true);
    expect(numberMatches(45, { number: 40, max: 60 }, 5)).toBe(false);
    expect(numberMatches(45, { number: 45 }, 5)).toBe(true);
    expect(numberMatches(0.1 + 0.2, { number: 0.3 })).toBe(true);
    expect(numberMatches(1.2e12, { number: 1.2e9 })).toBe(false);
  });
});

describe('roster scoring (the conventions of score_roster.py)', () => {
  const gold: GoldPerson[] = [
    { name: 'Hamdullah Mohib', aliases: ['Mohib'], title: 'Ambassador', affiliation: 'Afghanistan', affiliation_aliases: ['Afghan'], first: { start: 10, end: 25 } },
    { name: 'John Kerry', title: 'Secretary of State', affiliation: 'United States', first: { start: 40, end: 50 } },
    { name: 'Dean Kamen', title: null, affiliation: null, first: { start: 60, end: 70 } },
  ];
  it('matches by name, alias or first mention, and scores titles, affiliations and the whole roster', () => {
    const c = emptyCounts();
    const errors = scoreRoster(gold, [
      { name: 'Mohib', title: 'the ambassador', affiliation: 'afghan', mentions: [] },
      { name: 'J. Kerry', title: 'Secretary', affiliation: 'United States', mentions: [{ start: 41, end: 49 }] },
      { name: 'Dean Kamen', title: 'founder', mentions: [] },
      { name: 'Nobody', mentions: [] },
    ], c);
    const s = rosterScores(c);
    expect(c.matched).toBe(3);
    expect(s.people.precision).toBeCloseTo(3 / 4);
    expect(s.titleAccuracy).toBeCloseTo(1 / 2);
    expect(s.titleLenientAccuracy).toBe(1); // "secretary" is the head of "Secretary of State"
    expect(s.affiliationAccuracy).toBe(1);
    expect(s.fullRosterAccuracy).toBeCloseTo(1 / 3); // a title where gold has none is wrong
    expect(errors.map((e) => e.kind)).toEqual(['title', 'title', 'spurious']);
  });
  it('normalises like the reference scorer', () => {
    expect(normValue('The Co-Founder.')).toBe('co founder');
    expect(titleHead('editor at large')).toBe('editor');
    expect(titleHead('Secretary of State')).toBe('secretary');
  });
});
