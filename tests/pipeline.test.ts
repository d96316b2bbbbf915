// The pipeline's contract: checked options, the reference date's sources, the refiners'
// order and names, and the overlap step's bounded work.
import { describe, expect, it } from 'vitest';
import { extract, FactxInputError, isIsoDate, REFINERS, today } from '../src/index.js';
import { longestFirst, spanIndex, type OverlapStats } from '../src/pipeline/overlap.js';
import { isHardWrapped, unwrap, wrapWidth } from '../src/pipeline/wrap.js';
import { analyze } from '../src/nlp/compromise.js';

describe('options', () => {
  it.each([['garbage'], ['2023-02-30'], ['2023-13-01'], ['9999-99-99'], ['0000-01-01'], ['2023-9-1']])('refuses the reference date %s', (d) => {
    expect(() => extract('On Tuesday.', { refDate: d })).toThrow(FactxInputError);
    expect(() => extract('On Tuesday.', { refDate: d })).toThrow(/refDate .* is not a calendar date/);
  });
  it('refuses an impossible dct with the code bad_dct', () => {
    try {
      extract('On Tuesday.', { dct: '2023-02-29' });
      expect.unreachable();
    } catch (e) {
      expect((e as FactxInputError).code).toBe('bad_dct');
    }
  });
  it('accepts 29 February of a leap year only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });
  it('refuses text that is no string, unknown types and offset units', () => {
    expect(() => extract(42 as unknown as string)).toThrow(/text must be a string/);
    expect(() => extract('x', { types: ['persons' as 'people'] })).toThrow(/unknown type "persons"/);
    expect(() => extract('x', { types: [] })).toThrow(/non-empty/);
    expect(() => extract('x', { offsets: 'bytes' as 'utf16' })).toThrow(/offsets/);
  });
  it('uses the current date (source clock) when no date is given, never 1970', () => {
    const x = extract('The council met on Tuesday.', { types: ['dates'] });
    expect(x.referenceDate).toEqual({ value: today(), source: 'clock' });
    expect(x.dates[0]!.value!.slice(0, 4)).not.toBe('1969');
  });
  it('reads today from a given Date in the local calendar', () => {
    expect(today(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
  });
});

describe('refiners', () => {
  it('are one ordered list of uniquely named steps, each with an example', () => {
    const names = REFINERS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of REFINERS) expect(r.example.length).toBeGreaterThan(10);
    // the rate's denominator goes before overlaps are settled, and items are attached before
    expect(names.indexOf('rate-denominator')).toBeLessThan(names.indexOf('overlap'));
  });
  it('share a stated year across a range', () => {
    const x = extract('Prices rose between May and July 2014, and between November and February 2015.', { refDate: '2023-09-24', types: ['dates'] });
    expect(x.dates.map((d) => [d.text, d.value, d.range])).toEqual([
      ['May', '2014-05', '2014-05/2014-07'],
      ['July 2014', '2014-07', '2014-05/2014-07'],
      ['November', '2014-11', '2014-11/2015-02'],
      ['February 2015', '2015-02', '2014-11/2015-02'],
    ]);
  });
});

describe('overlap policy', () => {
  it('keeps the longer span, the earlier candidate on a tie', () => {
    const kept = longestFirst([{ start: 0, end: 3, n: 'a' }, { start: 2, end: 8, n: 'b' }, { start: 8, end: 10, n: 'c' }, { start: 8, end: 10, n: 'd' }]);
    expect(kept.map((k) => k.n)).toEqual(['b', 'c']);
  });
  it('looks at each position of a span at most once, whatever the number of spans', () => {
    const spans = Array.from({ length: 20000 }, (_, i) => ({ start: i * 3, end: i * 3 + 2 }));
    const stats: OverlapStats = { probes: 0 };
    expect(longestFirst(spans, stats)).toHaveLength(20000);
    // two positions a span: linear, where comparing with every kept span made 2e8 comparisons
    expect(stats.probes).toBe(40000);
  });
  it('answers span lookups for spans that nest or chain', () => {
    const idx = spanIndex([{ start: 10, end: 20 }, { start: 12, end: 14 }, { start: 30, end: 31 }]);
    expect(idx.overlaps(19, 25)).toBe(true);
    expect(idx.overlaps(20, 30)).toBe(false);
    expect(idx.overlaps(30, 31)).toBe(true);
    expect(idx.overlaps(0, 10)).toBe(false);
  });
});

describe('hard-wrapped text', () => {
  const prose = [
    'Ministers from the three countries met in Geneva on Monday to discuss',
    'the reconstruction fund, which officials said could reach $40 billion',
    'by the end of next year, according to a statement from the hosts, who',
    'added that a second round of talks would follow in the spring.',
  ].join('\n');
  it('is told by lines broken mid-sentence near one column', () => {
    expect(isHardWrapped(prose)).toBe(true);
  });
  it('is not a results table, whose lines end in scores', () => {
    expect(isHardWrapped('Results of Top 14 matches on Saturday:\nClermont 31 Toulon 17\nBrive 24 Castres Olympique 24\nStandings: Toulouse 10 8 0 2 41\nNext round: Castres v Brive on Saturday.')).toBe(false);
  });
  it('keeps the breaks after short lines: a headline, a byline, a paragraph\'s end', () => {
    const story = ['Parliament approves budget', 'By Ana Torres', 'MADRID (Reuters) - Spain\'s parliament approved the budget late on', 'Wednesday, handing Prime Minister Pedro Sanchez a rare victory that', 'his allies had doubted.', ...prose.split('\n'), ...prose.split('\n')].join('\n');
    const width = wrapWidth(story)!;
    expect(width).toBeGreaterThan(60);
    expect(unwrap(story, width).split('\n').map((l) => l.slice(0, 12))).toEqual(['Parliament a', 'By Ana Torre', 'MADRID (Reut', 'Ministers fr']);
  });
  it('is wrapped prose with a results table under it, whose short lines keep their breaks', () => {
    const story = [prose, '', prose, '', 'Results:\nBrive 2 Clermont 1\nToulon 0 Castres 0\nPau 3 Lyon 1\nRacing 1 Bayonne 1'].join('\n');
    const width = wrapWidth(story)!;
    expect(width).toBeGreaterThan(60);
    expect(unwrap(story, width).split('\n').filter((l) => /\d$/.test(l))).toEqual(['Brive 2 Clermont 1', 'Toulon 0 Castres 0', 'Pau 3 Lyon 1', 'Racing 1 Bayonne 1']);
  });
  it('is not paragraphs one to a line', () => {
    expect(isHardWrapped('Headline of the story\nPARIS (AP) - The first paragraph ends here.\nThe second paragraph ends here too.\nAnd a third.')).toBe(false);
  });
});

describe('sentences', () => {
  it('ends a sentence at a unit after a number and at a company suffix before a sentence opener', () => {
    const text = 'Winds reached 74 mph. The embassy closed. Shares of Orvane Inc. The firm fell. He carried 3 lb. of salt. Orvane Inc. Chief Executive Ann Lee spoke.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Winds reached 74 mph',
      'The embassy closed',
      'Shares of Orvane Inc',
      'The firm fell',
      'He carried 3 lb. of salt',
      'Orvane Inc. Chief Executive Ann Lee spoke',
    ]);
  });
  it('ends a sentence at the platform X after "on", which is no initial', () => {
    const text = 'The mayor wrote on X. Council leader Ruth Obi disagreed. J. Smith spoke.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The mayor wrote on X', 'Council leader Ruth Obi disagreed', 'J. Smith spoke']);
  });
});
