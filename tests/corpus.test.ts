// The generic corpus runner: every dimension's examples, negatives and backlog.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import * as dateCorpus from '../src/dimensions/date/date.corpus.js';
import * as nameCorpus from '../src/dimensions/names/names.corpus.js';
import * as quantityCorpus from '../src/dimensions/quantity/quantity.corpus.js';
import * as numberCorpus from '../src/dimensions/number/number.corpus.js';

const REF = dateCorpus.REF;

function dateMatches(text: string, ref: string, e: dateCorpus.DateExample['expect'][number]): boolean {
  const x = extract(text, { refDate: ref, types: ['dates'] });
  return x.dates.some((d) => d.text === e.text && (e.value === undefined || d.value === e.value) && (e.type === undefined || d.type === e.type) && (e.point === undefined || d.point === e.point));
}

describe('dates corpus', () => {
  for (const ex of dateCorpus.examples) {
    it(ex.text, () => {
      const x = extract(ex.text, { refDate: ex.ref ?? REF, types: ['dates'] });
      for (const e of ex.expect) {
        const found = x.dates.find((d) => d.text === e.text);
        expect(found, `${e.text} in ${JSON.stringify(x.dates)}`).toBeDefined();
        if (e.value !== undefined) expect(found!.value).toBe(e.value);
        if (e.type !== undefined) expect(found!.type).toBe(e.type);
        if (e.point !== undefined) expect(found!.point).toBe(e.point);
      }
      if (ex.only) expect(x.dates.map((d) => d.text)).toEqual(ex.expect.map((e) => e.text));
    });
  }
  for (const text of dateCorpus.negatives) {
    it(`no date in: ${text}`, () => {
      expect(extract(text, { refDate: REF, types: ['dates'] }).dates).toEqual([]);
    });
  }
  for (const ex of dateCorpus.backlog) {
    it(`backlog (still missing): ${ex.text}`, () => {
      expect(ex.expect.every((e) => dateMatches(ex.text, ex.ref ?? REF, e))).toBe(false);
    });
  }
});

describe('names corpus', () => {
  for (const ex of nameCorpus.examples) {
    it(ex.text, () => {
      const x = extract(ex.text, { refDate: REF, types: ['people', 'organizations', 'places'] });
      for (const p of ex.people ?? []) {
        const got = x.people.find((q) => q.name === p.name);
        expect(got, `${p.name} in ${JSON.stringify(x.people.map((q) => q.name))}`).toBeDefined();
        if (p.title) expect(got!.title).toBe(p.title);
        if (p.affiliation) expect(got!.affiliation).toBe(p.affiliation);
        for (const m of p.mentions ?? []) expect(got!.mentions.map((q) => q.text)).toContain(m);
      }
      for (const [want, have] of [[ex.organizations, x.organizations], [ex.places, x.places]] as const) {
        for (const o of want ?? []) {
          const got = have.find((q) => q.name === o.name);
          expect(got, `${o.name} in ${JSON.stringify(have.map((q) => q.name))}`).toBeDefined();
          for (const m of o.mentions ?? []) expect(got!.mentions.map((q) => q.text)).toContain(m);
        }
      }
      const all = [...x.people, ...x.organizations, ...x.places].flatMap((e) => e.mentions.map((m) => m.text));
      for (const n of ex.not ?? []) expect(all).not.toContain(n);
    });
  }
});

describe('quantities corpus', () => {
  for (const ex of quantityCorpus.examples) {
    it(ex.text, () => {
      const x = extract(ex.text, { refDate: REF, types: ['quantities'] });
      for (const e of ex.expect) {
        const got = x.quantities.find((q) => q.text === e.text);
        expect(got, `${e.text} in ${JSON.stringify(x.quantities)}`).toBeDefined();
        expect(got).toMatchObject(e);
      }
      if (ex.only) expect(x.quantities.map((q) => q.text)).toEqual(ex.expect.map((e) => e.text));
      for (const q of x.quantities) if (!ex.expect.some((e) => e.text === q.text && e.per)) expect(q.per, q.text).toBeUndefined();
    });
  }
  it('takes the denominator of a rate for no duration: "$15 an hour"', () => {
    const x = extract('Workers earn $15 an hour, and rested for an hour.', { refDate: REF, types: ['dates', 'quantities'] });
    expect(x.dates.map((d) => [d.text, d.start])).toEqual([['an hour', 41]]);
  });
  for (const text of quantityCorpus.negatives) {
    it(`no quantity in: ${text}`, () => {
      expect(extract(text, { refDate: REF, types: ['quantities'] }).quantities).toEqual([]);
    });
  }
});

describe('numbers corpus', () => {
  const numbers = (text: string) => extract(text, { refDate: REF, types: ['quantities', 'numbers'] }).numbers ?? [];
  for (const ex of numberCorpus.examples) {
    it(ex.text, () => {
      const got = numbers(ex.text);
      for (const e of ex.expect) {
        const n = got.find((q) => q.text === e.text);
        expect(n, `${e.text} in ${JSON.stringify(got)}`).toBeDefined();
        expect(n!.value).toBeCloseTo(e.value, 9);
      }
      if (ex.only) expect(got.map((n) => n.text)).toEqual(ex.expect.map((e) => e.text));
    });
  }
  for (const text of numberCorpus.negatives) {
    it(`no bare number in: ${text}`, () => {
      expect(numbers(text)).toEqual([]);
    });
  }
  it('leaves numbers out unless asked, and never repeats a quantity', () => {
    expect(extract('He paid $40 for 3 books and 7 pens.', { refDate: REF }).numbers).toBeUndefined();
    const x = extract('He paid $40 for 3 books and 7 pens.', { refDate: REF, types: ['quantities', 'numbers'] });
    expect(x.quantities.map((q) => q.text)).toEqual(['$40', '3', '7']);
    expect(x.numbers).toEqual([]);
    // asked for alone, numbers are all the numbers
    const only = extract('He paid $40 for 3 books and 7 pens.', { refDate: REF, types: ['numbers'] });
    expect(only.numbers!.map((n) => n.value)).toEqual([40, 3, 7]);
  });
});
