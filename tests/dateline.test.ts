import { describe, expect, it } from 'vitest';
import { datelineEnd, findDateline } from '../src/pipeline/dateline.js';
import { extract } from '../src/index.js';

const TODAY = '2023-11-20';

describe('reference date from the text itself', () => {
  it('reads a dateline, resolved to the latest such day up to today', () => {
    expect(findDateline('SEOUL, Sept. 23 (Yonhap) -- Talks were held.', TODAY)).toBe('2023-09-23');
  });
  it('prefers the dateline to a full date the body mentions', () => {
    const text = 'LONDON, March 14 (Reuters) - A court sentenced him on March 1, 2021, his lawyer said.';
    expect(findDateline(text, TODAY)).toBe('2023-03-14');
  });
  it('reads a publication line', () => {
    expect(findDateline('Budget cuts\nPublished 24 September 2023\nThe minister said on Monday ...', TODAY)).toBe('2023-09-24');
  });
  it('reads a full date standing in the first lines when there is no dateline', () => {
    expect(findDateline('Storm hits coast\nFriday, July 21, 2017\nA storm hit the coast on Thursday.', TODAY)).toBe('2017-07-21');
  });
  it('gives nothing when the head has no date', () => {
    expect(findDateline('The minister spoke on Monday.', TODAY)).toBeUndefined();
  });
  it('anchors relative dates in the article to the dateline', () => {
    const x = extract('LONDON, March 14 (Reuters) - The minister spoke on Wednesday. He was sentenced on March 1, 2021.', { today: TODAY });
    expect(x.referenceDate).toEqual({ value: '2023-03-14', source: 'dateline' });
    expect(x.dates.find((d) => d.text === 'Wednesday')?.value).toBe('2023-03-08');
  });
});

describe('where the story starts after a dateline', () => {
  const rest = (t: string) => t.slice(datelineEnd(t));
  it('passes over the place, region, date and agency before the dash', () => {
    expect(rest('KYIV, Ukraine (AP) -- Russian forces')).toBe('Russian forces');
    expect(rest('WASHINGTON, Jan. 9 -- A judge')).toBe('A judge');
    expect(rest('GENEVA, March 3 (Reuters) - The agency')).toBe('The agency');
    expect(rest('NEW YORK — Stocks fell')).toBe('Stocks fell');
    expect(rest('Aspirin study\n\n(Reuters) - Taking a daily aspirin')).toBe('Taking a daily aspirin');
  });
  it('finds it under a headline and a byline, at the start of a line', () => {
    expect(rest('United edge Villa\n\nBy Ann Cook\n\nMANCHESTER, England (AP) - Rasmus Hojlund scored')).toBe('Rasmus Hojlund scored');
    expect(datelineEnd('Talks stall\nThe US-China talks - which began in May - stalled.\n\n\n\n\n\n\n\nNATO - a list.')).toBe(0);
  });
  it('finds none in a sentence that has a dash of its own', () => {
    expect(datelineEnd('The US-China talks - which began in May - stalled.')).toBe(0);
    expect(datelineEnd('Arsenal beat Chelsea 3-1 - a first win.')).toBe(0);
  });
});
