// SI normalization of measures: every unit in the vocabulary converts, and a few known values.
import { describe, expect, it } from 'vitest';
import { parseNumberWords } from '../src/dimensions/number/number.rules.js';
import { toSI } from '../src/dimensions/quantity/quantity.normalize.js';
import { UNITS } from '../src/dimensions/quantity/quantity.vocab.js';

describe('SI values', () => {
  it('converts every measure unit in the vocabulary', () => {
    const skip = new Set(['percent']);
    const missing = [...new Set([...UNITS.values()].filter((d) => !skip.has(d.kind)).map((d) => `${d.kind}:${d.unit}`))].filter((k) => {
      const [kind, unit] = k.split(':') as [string, string];
      return toSI(kind, 1, unit) === undefined;
    });
    expect(missing).toEqual([]);
  });

  it('gives known values', () => {
    expect(toSI('mass', 2000, 'lb')).toEqual({ value: 907.18474, unit: 'kg' });
    expect(toSI('calibre', 152, 'mm')).toEqual({ value: 0.152, unit: 'm' });
    expect(toSI('temperature', -40, '°F')!.value).toBeCloseTo(233.15, 6);
    expect(toSI('temperature', 100, '°C')!.value).toBeCloseTo(373.15, 6);
    expect(toSI('speed', 36, 'km/h')!.value).toBeCloseTo(10, 9);
    expect(toSI('area', 2, 'ha')).toEqual({ value: 20000, unit: 'm2' });
  });

  it('has none for money, counts, percent and age', () => {
    expect(toSI('money', 5, 'USD')).toBeUndefined();
    expect(toSI('count', 5, undefined)).toBeUndefined();
    expect(toSI('percent', 5, '%')).toBeUndefined();
    expect(toSI('age', 5, 'a')).toBeUndefined();
  });
});

describe('the number parser every dimension reads', () => {
  it.each([
    ['twenty-one', 21], ['twenty one', 21], ['two hundred and seven', 207], ['a dozen', 12], ['three quarters', 0.75],
    ['a quarter', 0.25], ['half a', 0.5], ['a', 1], ['four million, six hundred & twelve', 4000612], ['ninety', 90],
  ])('%s is %d', (s, v) => {
    expect(parseNumberWords(s)).toBe(v);
  });
  it.each([['two three'], ['hundred'], ['the'], ['a second']])('%s is no number', (s) => {
    expect(parseNumberWords(s)).toBeUndefined();
  });
});
