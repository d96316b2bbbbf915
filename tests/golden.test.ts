// The reference article against its hand annotation (../shared/corpus/gold).
// The gold file is read from the shared corpus, never copied into the project.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const GOLD = new URL('../../shared/corpus/gold/arms-deal.gold.json', import.meta.url);
const ARTICLE = new URL('../fixtures/articles/arms-deal.txt', import.meta.url);

interface Gold {
  text: string;
  entities: Array<{ type: string; start: number; end: number; text: string; value?: unknown; object?: string }>;
  people: Array<{ name: string; title: string | null; affiliation: string | null }>;
  aliases: Record<string, string[]>;
}

const HAVE_GOLD = existsSync(GOLD);
if (!HAVE_GOLD) console.warn(`golden test skipped: ${GOLD.pathname} is absent (the shared corpus sits beside the project checkout)`);

describe.skipIf(!HAVE_GOLD)('reference article (arms-deal) matches the gold', () => {
  // read only when the suite runs: describe bodies run even for a skipped suite
  const gold = HAVE_GOLD ? (JSON.parse(readFileSync(GOLD, 'utf8')) as Gold) : ({ text: '', entities: [], people: [], aliases: {} } as Gold);
  const text = readFileSync(ARTICLE, 'utf8');
  const x = extract(text, { refDate: '2023-09-24', id: 'arms-deal' });

  it('the fixture is the annotated text', () => {
    expect(text).toBe(gold.text);
  });

  it('finds exactly the gold people with titles and affiliations', () => {
    expect(x.people.map((p) => p.name).sort()).toEqual(gold.people.map((p) => p.name).sort());
    for (const g of gold.people) {
      const p = x.people.find((q) => q.name === g.name)!;
      if (g.title) expect(p.title).toBe(g.title);
      if (g.affiliation) expect(p.affiliation).toBe(g.affiliation);
    }
  });

  for (const [type, kind] of [['PER', 'people'], ['ORG', 'organizations'], ['LOC', 'places']] as const) {
    it(`finds every ${type} mention span`, () => {
      const spans = new Set(x[kind].flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
      const missing = gold.entities.filter((e) => e.type === type && !spans.has(`${e.start}:${e.end}`)).map((e) => e.text);
      expect(missing).toEqual([]);
    });
  }

  it('merges aliases into one entity', () => {
    for (const [canonical, forms] of Object.entries(gold.aliases)) {
      const all = [...x.people, ...x.places, ...x.organizations];
      const e = all.find((q) => q.name === canonical);
      expect(e, canonical).toBeDefined();
      expect(new Set(e!.mentions.map((m) => m.text))).toEqual(new Set(forms));
    }
  });

  it('resolves every gold date expression to its value', () => {
    for (const g of gold.entities.filter((e) => e.type === 'DATE' || e.type === 'DURATION')) {
      const d = x.dates.find((q) => q.start === g.start && q.end === g.end);
      expect(d, g.text).toBeDefined();
      expect(d!.value).toBe(g.value);
    }
  });

  it('reads "122mm and 152mm artillery shells" as two calibres with one item', () => {
    for (const g of gold.entities.filter((e) => e.type === 'QUANTITY')) {
      const q = x.quantities.find((y) => y.start === g.start && y.end === g.end);
      const v = g.value as { number: number; unit: string; kind: string };
      expect(q).toMatchObject({ kind: v.kind, value: v.number, unit: v.unit, item: g.object });
    }
  });
});
