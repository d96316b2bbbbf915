// Evaluation: run the extractor on gold documents and score it against their spans and
// values. No file system here: the CLI reads the gold files (src/cli/eval.ts).
import Table from 'cli-table3';
import { extract } from '../index.js';
import { DEFAULT_TYPES, type Extraction } from '../model/types.js';
import { addCounts, dateValueMatches, sameDateValue, micro, numberMatches, prf, scoreDocument, type Counts, type ScoredSpan } from './score.js';
import { detectPreset, KINDS_BY_SET, PRESETS, unitsMatch, type Target } from './presets.js';
import { baselineExtract } from '../nlp/baseline.js';
import { emptyCounts, rosterScores, scoreRoster, type GoldPerson, type RosterScores } from './roster.js';
import { describeFact, emptyFactCounts, factScores, scoreFacts, type FactScores, type ScoredFact } from './facts.js';

export interface EvalOptions {
  preset: string;
  baseline?: string;
  map?: string;
  format: 'table' | 'json';
  limit?: number;
  /** list each document's misses, spurious predictions and wrong values */
  errors?: boolean;
}

export interface GoldDoc {
  id: string;
  text: string;
  dct?: string | null;
  entities?: Array<{ type: string; start: number; end: number; text: string; value?: unknown; meta?: { kind?: string } }>;
  /** a people roster (gum_roster.jsonl) instead of entity spans */
  people?: GoldPerson[];
  /** statements and events (the corpus's *facts*.jsonl files) */
  facts?: ScoredFact[];
}

export interface FileResult {
  file: string;
  system: string;
  preset: string;
  documents: number;
  strict: Record<string, ReturnType<typeof prf>> & { micro?: ReturnType<typeof prf> };
  relaxed: Record<string, ReturnType<typeof prf>> & { micro?: ReturnType<typeof prf> };
  values: Record<string, { matched: number; correct: number; accuracy: number; unitCorrect?: number }>;
  /** for roster files: people, titles and affiliations */
  roster?: RosterScores;
  /** for fact files: statements and events */
  facts?: FactScores;
  /** with --errors: per document, one line per miss */
  errors?: Array<{ id: string; lines: string[] }>;
  seconds: number;
}

interface PredictionOptions {
  /** quantity kinds the gold set annotates; others are not scored */
  kinds?: string[];
  /** count durations ("three years") as quantities, as the quantity sets do */
  durationsAsQuantities?: boolean;
  /** drop durations and sets that name no point in time, as GUM annotates points only */
  pointsOnly?: boolean;
  /** count bare numbers as quantities, where the gold annotates dimensionless numbers (quantulum3) */
  numbersAsQuantities?: boolean;
}

export function predictions(x: Extraction, { kinds, durationsAsQuantities = false, pointsOnly = false, numbersAsQuantities = false }: PredictionOptions = {}): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  for (const p of x.people) for (const m of p.mentions) out.push({ type: 'person', start: m.start, end: m.end });
  for (const p of x.organizations) for (const m of p.mentions) out.push({ type: 'org', start: m.start, end: m.end });
  for (const p of x.places) for (const m of p.mentions) out.push({ type: 'place', start: m.start, end: m.end });
  for (const d of x.dates) {
    // GUM-style gold annotates points in time only: durations and sets have no gold counterpart there
    // as the reference scorer reads adapt.py's output: sets, durations that name no point and the
    // present, past or future without a date (PRESENT_REF...) are left out
    if (pointsOnly && (d.type === 'set' || d.type === 'reference' || (d.type === 'duration' && d.point === undefined))) continue;
    out.push({ type: 'date', start: d.start, end: d.end, value: [d.value, d.point].filter((v) => v !== undefined) });
  }
  // durations are dates in factx ("three years": P3Y) but quantities in the quantity test sets
  if (durationsAsQuantities && !kinds) {
    for (const d of x.dates) {
      const m = d.type === 'duration' ? /^PT?(\d+(?:\.\d+)?)([YMWDHS]|DE|CE)$/.exec(d.value ?? '') : null;
      if (!m) continue;
      const unit = { Y: 'a', M: d.value!.startsWith('PT') ? 'min' : 'mo', W: 'wk', D: 'd', H: 'h', S: 's', DE: 'decade', CE: 'century' }[m[2]!];
      out.push({ type: 'quantity', start: d.start, end: d.end, value: { number: Number(m[1]), unit } });
    }
  }
  for (const q of x.quantities) {
    if (kinds && !kinds.includes(q.kind)) continue;
    out.push({ type: 'quantity', start: q.start, end: q.end, value: { number: q.value, ...(q.max !== undefined ? { max: q.max } : {}), unit: q.unit } });
  }
  if (numbersAsQuantities && !kinds) {
    for (const n of x.numbers ?? []) {
      if (out.some((o) => o.type === 'quantity' && n.start < o.end && o.start < n.end)) continue;
      out.push({ type: 'quantity', start: n.start, end: n.end, value: { number: n.value, unit: 'dimensionless' } });
    }
  }
  return out;
}

function parseMap(s: string | undefined): Record<string, Target> {
  const out: Record<string, Target> = {};
  if (!s) return out;
  for (const pair of s.split(',')) {
    const [k, v] = pair.split('=');
    if (k && v) out[k.trim()] = v.trim() as Target;
  }
  return out;
}

/**
 * Score one gold file's documents: run the extractor (or a baseline) on each and match its
 * mentions against the gold spans and values. `file` only names the result.
 */
/** A roster file: people with titles and affiliations, no entity spans. */
const isRoster = (docs: GoldDoc[]): boolean => docs.length > 0 && docs.every((d) => Array.isArray(d.people) && !d.entities);

function scoreRosterDocuments(file: string, docs: GoldDoc[], opts: EvalOptions, t0: number): FileResult {
  const c = emptyCounts();
  const errors: FileResult['errors'] = [];
  for (const doc of docs) {
    const x = extract(doc.text, { id: doc.id, ...(doc.dct ? { dct: doc.dct } : {}), today: '2000-01-01', offsets: 'codepoint', types: ['people', 'organizations', 'places'] });
    const errs = scoreRoster(doc.people!, x.people, c);
    if (opts.errors && errs.length) {
      const show = (v: [string | null, string | null] | undefined) => (v ? `${JSON.stringify(v[0])} / ${JSON.stringify(v[1])}` : '');
      errors.push({ id: doc.id, lines: errs.map((e) => `${e.kind.padEnd(20)} ${e.name}  ${e.gold ? `gold ${show(e.gold)}` : ''}${e.pred ? `  ours ${show(e.pred)}` : ''}`) });
    }
  }
  return { file, system: 'factx', preset: 'roster', documents: docs.length, strict: {}, relaxed: {}, values: {}, roster: rosterScores(c), ...(opts.errors ? { errors } : {}), seconds: (performance.now() - t0) / 1000 };
}

function scoreFactDocuments(file: string, docs: GoldDoc[], opts: EvalOptions, t0: number): FileResult {
  const c = emptyFactCounts();
  const errors: NonNullable<FileResult['errors']> = [];
  for (const doc of docs) {
    const x = extract(doc.text, { id: doc.id, ...(doc.dct ? { dct: doc.dct } : {}), today: '2000-01-01', offsets: 'codepoint' });
    const m = scoreFacts(doc.facts ?? [], x.facts ?? [], c);
    if (!opts.errors) continue;
    const line = (kind: string, f: ScoredFact) => `${kind.padEnd(12)} ${describeFact(f, doc.text)}`;
    const lines = [
      ...m.missed.map((f) => line('missed', f)),
      ...m.spurious.map((f) => line('spurious', f)),
      ...m.wrongSpeaker.map(({ gold, pred }) => `${'speaker'.padEnd(12)} gold ${describeFact(gold, doc.text)}  ours ${describeFact(pred, doc.text)}`),
    ];
    if (lines.length) errors.push({ id: doc.id, lines });
  }
  return { file, system: 'factx', preset: 'facts', documents: docs.length, strict: {}, relaxed: {}, values: {}, facts: factScores(c), ...(opts.errors ? { errors } : {}), seconds: (performance.now() - t0) / 1000 };
}

export async function scoreDocuments(file: string, docs: GoldDoc[], opts: EvalOptions): Promise<FileResult> {
  const t0 = performance.now();
  if (docs.some((d) => Array.isArray(d.facts))) {
    if (opts.baseline) throw new Error('a fact file is scored for factx only (no baseline gives facts)');
    return scoreFactDocuments(file, docs, opts, t0);
  }
  if (isRoster(docs)) {
    if (opts.baseline) throw new Error('a roster file is scored for factx only (no baseline gives titles and affiliations)');
    return scoreRosterDocuments(file, docs, opts, t0);
  }
  for (const d of docs) if (!Array.isArray(d.entities)) throw new Error(`document ${JSON.stringify(d.id)} has neither "entities" nor "people"`);
  const types = new Set(docs.flatMap((d) => d.entities!.map((e) => e.type)));
  const presetName = opts.preset === 'auto' ? detectPreset(types) : opts.preset;
  const mapping: Record<string, Target> = { ...(PRESETS[presetName] ?? {}), ...parseMap(opts.map) };
  const ourTypes = [...new Set(Object.values(mapping).filter((t) => t !== '-' && t !== 'neutral'))];
  const setKind = docs.flatMap((d) => d.entities!.map((e) => e.meta?.kind)).find((k) => k);
  // a baseline's numbers have no kinds: score them all
  const kinds = setKind && !opts.baseline ? KINDS_BY_SET[setKind] : undefined;
  // quantulum3 annotates every number, unit "dimensionless": ask for bare numbers there
  const numbers = presetName === 'quantity' && docs.some((d) => d.entities!.some((e) => (e.value as { unit?: unknown } | undefined)?.unit === 'dimensionless'));

  const strict: Record<string, Counts> = {};
  const relaxed: Record<string, Counts> = {};
  const values: FileResult['values'] = {};
  const errors: NonNullable<FileResult['errors']> = [];
  for (const doc of docs) {
    const x = opts.baseline
      ? await baselineExtract(opts.baseline, doc.text, doc.id, doc.dct ?? '2000-01-01')
      : extract(doc.text, {
          id: doc.id,
          ...(doc.dct ? { dct: doc.dct } : {}),
          today: '2000-01-01',
          offsets: 'codepoint',
          ...(numbers ? { types: [...DEFAULT_TYPES, 'numbers' as const] } : {}),
        });
    const gold: ScoredSpan[] = [];
    const neutral: ScoredSpan[] = [];
    for (const e of doc.entities!) {
      const t = mapping[e.type];
      if (!t || t === '-') continue;
      if (t === 'quantity' && (typeof e.value !== 'object' || e.value === null || typeof (e.value as { number?: unknown }).number !== 'number')) continue;
      (t === 'neutral' ? neutral : gold).push({ type: t, start: e.start, end: e.end, value: e.value });
    }
    const s = scoreDocument(gold, predictions(x, { kinds, durationsAsQuantities: presetName === 'quantity', pointsOnly: presetName === 'gum', numbersAsQuantities: numbers }), neutral, ourTypes);
    addCounts(strict, s.strict);
    addCounts(relaxed, s.relaxed);
    const lines: string[] = [];
    const quote = (sp: ScoredSpan) => JSON.stringify(doc.text.slice(sp.start, sp.end));
    for (const m of s.missed) lines.push(`missed   ${m.type} ${quote(m)}${m.value !== undefined ? ` = ${JSON.stringify(m.value)}` : ''}`);
    for (const m of s.spurious) lines.push(`spurious ${m.type} ${quote(m)}`);
    for (const pair of s.pairs) {
      if (pair.gold.start !== pair.pred.start || pair.gold.end !== pair.pred.end) lines.push(`boundary ${pair.type} gold ${quote(pair.gold)} ours ${quote(pair.pred)}`);
      if (pair.type !== 'date' && pair.type !== 'quantity') continue;
      const v = (values[pair.type] ??= { matched: 0, correct: 0, accuracy: 0, ...(pair.type === 'quantity' ? { unitCorrect: 0 } : {}) });
      v.matched++;
      if (pair.type === 'date') {
        // GUM: the reference scorer's equality on the point a duration names, else the value;
        // elsewhere, any value or point that covers the same days
        const ours = pair.pred.value as string[];
        const right = presetName === 'gum' ? sameDateValue(pair.gold.value, ours[ours.length - 1]) : ours.some((o) => dateValueMatches(pair.gold.value, o));
        if (right) v.correct++;
        else lines.push(`value    date ${quote(pair.gold)} gold ${JSON.stringify(pair.gold.value)} ours ${JSON.stringify(pair.pred.value)}`);
      } else {
        const g = pair.gold.value as { number: number; unit?: string; uncertainty?: number | null };
        const p = pair.pred.value as { number: number; max?: number; unit?: string };
        if (numberMatches(g.number, p, g.uncertainty)) v.correct++;
        if (unitsMatch(g.unit, p.unit)) v.unitCorrect!++;
        else lines.push(`unit     quantity ${quote(pair.gold)} gold ${JSON.stringify(g.unit)} ours ${JSON.stringify(p.unit)}`);
      }
    }
    if (opts.errors && lines.length) errors.push({ id: doc.id, lines });
  }
  for (const v of Object.values(values)) v.accuracy = v.matched ? v.correct / v.matched : 0;
  const fin = (c: Record<string, Counts>) => {
    const r: FileResult['strict'] = {};
    for (const [t, x] of Object.entries(c)) r[t] = prf(x);
    r.micro = micro(c);
    return r;
  };
  return { file, system: opts.baseline ?? 'factx', preset: presetName, documents: docs.length, strict: fin(strict), relaxed: fin(relaxed), values, ...(opts.errors ? { errors } : {}), seconds: (performance.now() - t0) / 1000 };
}

const f3 = (n: number): string => n.toFixed(3);

export function render(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.file}  (${r.system}, preset ${r.preset}, ${r.documents} documents, ${r.seconds.toFixed(1)} s)`);
    if (r.facts) {
      const t = new Table({ head: ['type', 'gold', 'ours', 'matched', 'P', 'R', 'F1'], style: { head: [], border: [] } });
      for (const [ty, x] of Object.entries(r.facts.perType)) if (x.gold || x.pred) t.push([ty, String(x.gold), String(x.pred), String(x.tp), f3(x.precision), f3(x.recall), f3(x.f1)]);
      lines.push(t.toString());
      lines.push(`  micro F1 ${f3(r.facts.micro.f1)}; events (meeting, visit, transfer, agreement, attack) F1 ${f3(r.facts.events.f1)}; statements with the speaker right F1 ${f3(r.facts.speakerCorrect.f1)}`);
    } else if (r.roster) {
      const x = r.roster;
      const c = x.counts;
      lines.push(`  people       P ${f3(x.people.precision)}  R ${f3(x.people.recall)}  F1 ${f3(x.people.f1)}  (gold ${c.gold}, ours ${c.pred}, matched ${c.matched})`);
      lines.push(`  title        accuracy ${f3(x.titleAccuracy)}  lenient (head word) ${f3(x.titleLenientAccuracy)}  any stated ${f3(x.titleAnyAccuracy)}  (n=${c.titleN})`);
      lines.push(`  affiliation  accuracy ${f3(x.affiliationAccuracy)}  (n=${c.affN})`);
      lines.push(`  full roster  accuracy ${f3(x.fullRosterAccuracy)}  (n=${c.gold}; null must match null; spurious titles ${c.spuriousTitles}, affiliations ${c.spuriousAffiliations})`);
    } else {
    const t = new Table({ head: ['type', 'strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'gold'], style: { head: [], border: [] } });
    const types = Object.keys(r.strict).filter((k) => k !== 'micro').sort();
    for (const ty of [...types, 'micro']) {
      const s = r.strict[ty]!;
      const x = r.relaxed[ty]!;
      t.push([ty, f3(s.precision), f3(s.recall), f3(s.f1), f3(x.precision), f3(x.recall), f3(x.f1), String(x.tp + x.fn)]);
    }
    lines.push(t.toString());
    for (const [ty, v] of Object.entries(r.values)) {
      lines.push(`  ${ty} values: ${v.correct}/${v.matched} right (${f3(v.accuracy)})${v.unitCorrect !== undefined ? `; units ${v.unitCorrect}/${v.matched}` : ''}`);
    }
    }
    for (const e of r.errors ?? []) {
      lines.push(`  ${e.id}`);
      for (const l of e.lines) lines.push(`    ${l}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

