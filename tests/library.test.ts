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

  it('reads an async iterable, and gives the same results with --jobs 2 (the built package)', async () => {
    async function* stream() {
      for (const d of DOCS) yield d;
    }
    // workers, when they start, load the compiled worker, so this half runs against dist/ (built by `npm test`)
    const dist = (await import('../dist/index.js')) as typeof import('../src/index.js');
    const one = await collect(extractMany(stream(), { today: '2023-09-20' }));
    const two = await collect(dist.extractMany(stream(), { jobs: 2, today: '2023-09-20' }));
    expect(two).toEqual(one);
  });

  it('starts workers only for a batch that repays them, and gets the same results either way (the built package)', async () => {
    const { Runner } = (await import('../dist/batch/pool.js')) as typeof import('../src/batch/pool.js');
    const texts = Array.from({ length: 120 }, (_, i) => `Minister Lena Holm ${i % 2 ? 'met' : 'visited'} officials in Oslo on Sept. ${(i % 28) + 1}, ${2000 + i}.`);
    const task = (text: string, i: number) => ({ text, options: { id: String(i), today: '2023-09-20' }, warnings: [] });
    const expected = texts.map((t, i) => extract(t, { id: String(i), today: '2023-09-20' }));
    // three short documents: the main thread does them all, no worker is started
    const small = new Runner(2, true);
    expect(await Promise.all(texts.slice(0, 3).map((t, i) => small.run(task(t, i))))).toEqual(expected.slice(0, 3));
    expect(small.done).toEqual({ main: 3, workers: 0 });
    await small.close();
    // a long queue: the main thread and a worker share it, in input order
    const big = new Runner(2, true);
    expect(await Promise.all(texts.map((t, i) => big.run(task(t, i))))).toEqual(expected);
    expect(big.done.main).toBeGreaterThan(0);
    expect(big.done.workers).toBeGreaterThan(0);
    expect(big.done.main + big.done.workers).toBe(texts.length);
    await big.close();
  }, 30_000);

  it('checks the options common to all documents before the first', async () => {
    await expect(collect(extractMany(['x'], { types: ['bogus' as never] }))).rejects.toThrow(FactxInputError);
    await expect(collect(extractMany(['x'], { jobs: 0 }))).rejects.toThrow(RangeError);
  });
});
