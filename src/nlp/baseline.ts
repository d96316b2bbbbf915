// Baselines for `factx eval --baseline`: what the libraries do on their own,
// scored by the same scorer. compromise is imported only in src/nlp/; its full build
// (compromise/three) is loaded here on demand, so that the start-up snapshot, which holds
// the compromise/two that extraction uses, does not carry a second lexicon; chrono-node
// is a development dependency, loaded on demand.
import { createRequire } from 'node:module';
import type { Extraction } from '../model/types.js';

type Span = { text: string; start: number; end: number };

interface OffsetJson {
  terms: Array<{ offset: { start: number; length: number } }>;
}

/** Spans from first and last term offsets (match-level offsets include punctuation). */
function spans(docs: OffsetJson[], text: string): Span[] {
  const out: Span[] = [];
  for (const d of docs) {
    const first = d.terms[0];
    const last = d.terms[d.terms.length - 1];
    if (!first || !last) continue;
    const start = first.offset.start;
    const end = last.offset.start + last.offset.length;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

function empty(id: string, ref: string): Extraction {
  return { schema: 'factx/1', id, referenceDate: { value: ref, source: 'input' }, offsets: 'utf16', people: [], organizations: [], places: [], dates: [], quantities: [], warnings: [] };
}

type Json = (o: object) => OffsetJson[];

export async function baselineExtract(name: string, text: string, id: string, ref: string): Promise<Extraction> {
  const x = empty(id, ref);
  const require = createRequire(import.meta.url);
  if (name === 'compromise') {
    const nlp = require('compromise') as typeof import('compromise').default;
    const doc = nlp(text) as unknown as Record<string, () => { json: Json }>;
    const opt = { offset: true, terms: { offset: true } };
    const ent = (s: Span, i: number, p: string) => ({ id: `${p}${i + 1}`, name: s.text, mentions: [s] });
    x.people = spans(doc.people!().json(opt), text).map((s, i) => ent(s, i, 'p'));
    x.organizations = spans(doc.organizations!().json(opt), text).map((s, i) => ent(s, i, 'o'));
    x.places = spans(doc.places!().json(opt), text).map((s, i) => ent(s, i, 'l'));
    const nums = doc.numbers!() as unknown as { json: (o: object) => Array<OffsetJson & { number?: { num?: number; unit?: string } }> };
    for (const n of nums.json(opt)) {
      const [s] = spans([n], text);
      if (s) x.quantities.push({ ...s, kind: 'number', value: n.number?.num ?? NaN, ...(n.number?.unit ? { unit: n.number.unit } : {}) });
    }
    return x;
  }
  if (name === 'chrono') {
    let loaded: unknown;
    try {
      loaded = require('chrono-node');
    } catch {
      // a development dependency: absent from an installed package
      throw new Error('the chrono baseline needs chrono-node, which is not installed here: run `npm install chrono-node@2.10.3` where factx is installed');
    }
    const chrono = loaded as { parse: (t: string, ref: Date) => Array<{ index: number; text: string; start: { date(): Date; isCertain(c: string): boolean } }> };
    for (const r of chrono.parse(text, new Date(`${ref}T12:00:00Z`))) {
      const d = r.start.date();
      const iso = d.toISOString().slice(0, 10);
      const value = r.start.isCertain('day') ? iso : r.start.isCertain('month') ? iso.slice(0, 7) : iso.slice(0, 4);
      x.dates.push({ text: r.text, start: r.index, end: r.index + r.text.length, type: 'date', value });
    }
    return x;
  }
  throw new Error(`unknown baseline "${name}" (choose compromise or chrono)`);
}
