// The library's streaming API: extractMany, with and without workers, against extract() per document.
import { describe, expect, it } from 'vitest';
import { extract, extractMany, FactxInputError, type Result } from '../src/index.js';

const DOCS = [
  'German Chancellor Olaf Scholz met Emmanuel Macron in Paris on Tuesday.',
  { id: 'bad', text: 'He left on Monday.', dct: '2023-02-30' },
  { id: 'kyiv', text: 'The army fired 40 Grad rockets at Kharkiv on Sept. 13, officials said.', dct: '2023-09-14' },
];

async function collect(it: AsyncIterable<Result>): Promise<Result[]> {
  const out: Result[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('extractMany', () => {
  it('yields one result per document in order, the same as extract(), and an error record for a bad one', async () => {
    const got = await collect(extractMany(DOCS, { refDate: undefined, today: '2023-09-20' }));
    expect(got.map((r) => r.id)).toEqual(['0', 'bad', 'kyiv']);
    expect(got[0]).toEqual(extract(DOCS[0] as string, { id: '0', today: '2023-09-20' }));
    expect(got[1]).toMatchObject({ id: 'bad', error: { code: 'bad_dct' } });
    expect(got[2]).toEqual(extract('The army fired 40 Grad rockets at Kharkiv on Sept. 13, officials said.', { id: 'kyiv', dct: '2023-09-14', today: '2023-09-20' }));
  });

  it('reads an async iterable, and gives the same results with worker threads (the built package)', async () => {
    async function* stream() {
      for (const d of DOCS) yield d;
    }
    // workers load the compiled worker, so this half runs against dist/ (built by `npm test`)
    const dist = (await import('../dist/index.js')) as typeof import('../src/index.js');
    const one = await collect(extractMany(stream(), { today: '2023-09-20' }));
    const two = await collect(dist.extractMany(stream(), { jobs: 2, today: '2023-09-20' }));
    expect(two).toEqual(one);
  });

  it('checks the options common to all documents before the first', async () => {
    await expect(collect(extractMany(['x'], { types: ['bogus' as never] }))).rejects.toThrow(FactxInputError);
    await expect(collect(extractMany(['x'], { jobs: 0 }))).rejects.toThrow(RangeError);
  });
});
