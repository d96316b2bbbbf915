// The generic corpus runner: every dimension's examples (exact spans and values), negatives
// and backlog, read from the corpus files beside the rules.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractType, type Extraction } from '../src/index.js';
import { spansOf, type Corpus, type Example, type Expected } from '../src/model/corpus.js';
import * as dateCorpus from '../src/dimensions/date/date.corpus.js';
import * as nameCorpus from '../src/dimensions/names/names.corpus.js';
import * as quantityCorpus from '../src/dimensions/quantity/quantity.corpus.js';
import * as numberCorpus from '../src/dimensions/number/number.corpus.js';

const REF = dateCorpus.REF;

type Rec = Record<string, unknown> & { text: string; start: number; end: number };

interface Dimension {
  name: string;
  corpus: Corpus;
  types: ExtractType[];
  records(x: Extraction): Rec[];
}

/** Whether a record is the expected mention: exact span when a text is given, and every field. */
function matches(source: string, e: Expected, r: Rec): boolean {
  if (e.text !== undefined) {
    const spans = spansOf(source, e.text);
    const ok = e.nth === 'any' ? spans : spans.slice(e.nth ?? 0, (e.nth ?? 0) + 1);
    if (!ok.some(([a, b]) => r.start === a && r.end === b)) return false;
  }
  for (const [k, v] of Object.entries(e)) {
    if (k === 'text' || k === 'nth') continue;
    const got = r[k];
    // null: the record must have no such field ("no affiliation is invented")
    if (v === null) {
      if (got !== undefined && got !== null) return false;
    } else if (typeof v === 'number' && typeof got === 'number') {
      if (Math.abs(v - got) > 1e-9 * Math.max(1, Math.abs(v))) return false;
    } else if (JSON.stringify(got) !== JSON.stringify(v)) return false;
  }
  return true;
}

/** What is wrong with an example's output, or an empty list. */
function problems(d: Dimension, ex: Example): string[] {
  const x = extract(ex.text, { refDate: ex.ref ?? REF, types: d.types });
  const recs = d.records(x);
  const out: string[] = [];
  for (const e of ex.expect) {
    if (e.text !== undefined && spansOf(ex.text, e.text).length <= (e.nth === 'any' ? 0 : (e.nth ?? 0))) out.push(`the example has no "${e.text}"`);
    else if (!recs.some((r) => matches(ex.text, e, r))) out.push(`missing ${JSON.stringify(e)}`);
  }
  if (ex.only) {
    const want = ex.expect.map((e) => e.text);
    const got = recs.map((r) => r.text);
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`expected only ${JSON.stringify(want)}`);
  }
  for (const a of ex.absent ?? []) if (recs.some((r) => r.text === a)) out.push(`"${a}" must not be found`);
  if (out.length) out.push(`got ${JSON.stringify(recs)}`);
  return out;
}

const mentions = (kind: string, list: Extraction['people'] | Extraction['organizations']): Rec[] =>
  list.flatMap((e) => e.mentions.map((m) => ({ ...m, kind, name: e.name, ...('title' in e && e.title ? { title: e.title } : {}), ...('affiliation' in e && e.affiliation ? { affiliation: e.affiliation } : {}) })));

const DIMENSIONS: Dimension[] = [
  { name: 'dates', corpus: dateCorpus, types: ['dates'], records: (x) => x.dates as unknown as Rec[] },
  { name: 'quantities', corpus: quantityCorpus, types: ['quantities'], records: (x) => x.quantities as unknown as Rec[] },
  { name: 'numbers', corpus: numberCorpus, types: ['quantities', 'numbers'], records: (x) => (x.numbers ?? []) as unknown as Rec[] },
  {
    name: 'names',
    corpus: nameCorpus,
    types: ['people', 'organizations', 'places'],
    records: (x) => [...mentions('person', x.people), ...mentions('organization', x.organizations), ...mentions('place', x.places)].sort((a, b) => a.start - b.start),
  },
];

for (const d of DIMENSIONS) {
  describe(`${d.name} corpus`, () => {
    for (const ex of d.corpus.examples) {
      it(ex.text, () => {
        expect(problems(d, ex)).toEqual([]);
      });
    }
    for (const text of d.corpus.negatives) {
      it(`nothing in: ${text}`, () => {
        expect(d.records(extract(text, { refDate: REF, types: d.types }))).toEqual([]);
      });
    }
    for (const ex of d.corpus.backlog) {
      it(`backlog (still missing): ${ex.text}`, () => {
        expect(problems(d, ex), 'this backlog example passes now: move it to the examples').not.toEqual([]);
      });
    }
  });
}

describe('quantities: rates', () => {
  it('give `per` only where the example says so', () => {
    for (const ex of quantityCorpus.examples) {
      const x = extract(ex.text, { refDate: REF, types: ['quantities'] });
      for (const q of x.quantities) if (!ex.expect.some((e) => e.text === q.text && e.per)) expect(q.per, `${q.text} in ${ex.text}`).toBeUndefined();
    }
  });
  it('take the denominator of a rate for no duration: "$15 an hour"', () => {
    const x = extract('Workers earn $15 an hour, and rested for an hour.', { refDate: REF, types: ['dates', 'quantities'] });
    expect(x.dates.map((d) => [d.text, d.start])).toEqual([['an hour', 41]]);
  });
});

describe('numbers', () => {
  it('are left out unless asked, and never repeat a quantity', () => {
    expect(extract('He paid $40 for 3 books and 7 pens.', { refDate: REF }).numbers).toBeUndefined();
    const x = extract('He paid $40 for 3 books and 7 pens.', { refDate: REF, types: ['quantities', 'numbers'] });
    expect(x.quantities.map((q) => q.text)).toEqual(['$40', '3', '7']);
    expect(x.numbers).toEqual([]);
    // asked for alone, numbers are all the numbers
    const only = extract('He paid $40 for 3 books and 7 pens.', { refDate: REF, types: ['numbers'] });
    expect(only.numbers!.map((n) => n.value)).toEqual([40, 3, 7]);
  });
});
