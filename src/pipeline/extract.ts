// extract(): analyze -> detect -> resolve -> refine -> Extraction.
// Pure: the reference date's fallback ("today") is passed in by the caller.
import {
  DEFAULT_TYPES,
  type DateMention,
  type Diagnostic,
  type ExtractOptions,
  type Extraction,
  type Mention,
  type NumberMention,
  type Quantity,
  type RefDateSource,
} from '../model/types.js';
import { analyze, type Analysis } from '../nlp/compromise.js';
import { wordTokens } from '../dimensions/names/names.tokens.js';
import { detectNames } from '../dimensions/names/names.rules.js';
import { resolveNames } from '../dimensions/names/names.resolve.js';
import { detectDates, type DateMatch } from '../dimensions/date/date.rules.js';
import { resolveDate, type Tense } from '../dimensions/date/date.resolve.js';
import { detectQuantities } from '../dimensions/quantity/quantity.rules.js';
import { toSI } from '../dimensions/quantity/quantity.normalize.js';
import { detectNumbers } from '../dimensions/number/number.rules.js';
import { findDateline } from './dateline.js';
import { longestFirst } from './overlap.js';
import { toCodepointOffsets } from './offsets.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const warnings: Diagnostic[] = [];
  const types = new Set(options.types ?? DEFAULT_TYPES);
  const explain = options.explain ?? false;
  const analysis = analyze(text);

  // reference date: option, then the input's own date, then a dateline, then the clock
  let ref: { value: string; source: RefDateSource } | undefined;
  if (options.refDate && ISO_DATE.test(options.refDate)) ref = { value: options.refDate, source: 'option' };
  else if (options.dct && ISO_DATE.test(options.dct)) ref = { value: options.dct, source: 'input' };
  if (!ref) {
    const fallback = options.today ?? new Date(0).toISOString().slice(0, 10);
    const dl = findDateline(text, fallback);
    ref = dl ? { value: dl, source: 'dateline' } : { value: fallback, source: 'clock' };
  }

  const out: Extraction = {
    schema: 'factx/1',
    id: options.id ?? 'text',
    referenceDate: ref,
    offsets: options.offsets ?? 'codepoint',
    people: [],
    organizations: [],
    places: [],
    dates: [],
    quantities: [],
    ...(types.has('numbers') ? { numbers: [] } : {}),
    warnings,
  };

  if (types.has('people') || types.has('organizations') || types.has('places')) {
    const names = resolveNames(detectNames(wordTokens(analysis), text), text, explain);
    if (types.has('people')) out.people = names.people;
    if (types.has('organizations')) out.organizations = names.organizations;
    if (types.has('places')) out.places = names.places;
  }

  const dates: DateMention[] = [];
  const quantities: Quantity[] = [];
  if (types.has('dates') || types.has('quantities') || types.has('numbers')) {
    const qs = detectQuantities(analysis);
    // the denominator of a rate is no duration: "an hour" of "$15 an hour"
    const perSpans = qs.flatMap((q) => (q.perSpan ? [q.perSpan] : []));
    const dateMatches = longestFirst(detectDates(text).filter((d) => !perSpans.some(([a, b]) => d.start >= a && d.end <= b)));
    // one overlap policy across dates and quantities: the longer span wins, dates on ties
    const merged = longestFirst<(DateMatch & { dim: 'date' }) | ((typeof qs)[number] & { dim: 'quantity' })>([
      ...dateMatches.map((d) => ({ ...d, dim: 'date' as const })),
      ...qs.map((q) => ({ ...q, end: q.coreEnd, dim: 'quantity' as const })),
    ]);
    const tenseOf = tenseFinder(analysis);
    for (const m of merged) {
      if (m.dim === 'date') {
        const r = resolveDate(m.parts, { ref: ref.value, tense: tenseOf(m.start) });
        const d: DateMention = { text: text.slice(m.start, m.end), start: m.start, end: m.end, type: r.type };
        if (r.value !== undefined) d.value = r.value;
        if (r.startValue !== undefined) d.startValue = r.startValue;
        if (r.endValue !== undefined) d.endValue = r.endValue;
        if (r.point !== undefined) d.point = r.point;
        if (r.modifier) d.modifier = r.modifier;
        if (m.parts.kind === 'anchored') d.anchor = m.parts.anchor;
        d.stated = r.stated;
        d.implied = r.implied;
        if (explain) d.rule = m.rule;
        dates.push(d);
      } else {
        const { coreEnd: _c, dim: _d, perSpan: _p, ...q } = m;
        q.end = _c;
        if (!explain) delete q.rule;
        const si = toSI(q.kind, q.value, q.unit);
        if (si) q.si = q.max !== undefined ? { value: si.value, max: toSI(q.kind, q.max, q.unit)!.value, unit: si.unit } : si;
        quantities.push(q);
      }
    }
    dates.sort((a, b) => a.start - b.start);
    quantities.sort((a, b) => a.start - b.start);
  }
  if (types.has('dates')) out.dates = dates;
  if (types.has('quantities')) out.quantities = quantities;
  if (types.has('numbers')) {
    // the numbers no reported quantity already gives, and not the hour of a clock time ("2 pm");
    // other dates and names keep theirs ("in 2013", "Voyager 2")
    const taken = [...(types.has('quantities') ? quantities : []), ...dates.filter((d) => d.type === 'time')];
    out.numbers = detectNumbers(text)
      .filter((n) => !taken.some((q) => n.start < q.end && q.start < n.end))
      .map((n): NumberMention => ({ text: text.slice(n.start, n.end), start: n.start, end: n.end, value: n.value, ...(explain ? { rule: n.rule } : {}) }));
  }

  checkOffsets(out, text);
  return out.offsets === 'codepoint' ? toCodepointOffsets(out, text) : out;
}

/** Offsets are the truth: every mention's text is the source slice it names. */
function checkOffsets(x: Extraction, text: string): void {
  const all: Mention[] = [
    ...x.people.flatMap((p) => p.mentions),
    ...x.organizations.flatMap((p) => p.mentions),
    ...x.places.flatMap((p) => p.mentions),
    ...x.dates,
    ...x.quantities,
    ...(x.numbers ?? []),
  ];
  for (const m of all) {
    if (text.slice(m.start, m.end) !== m.text) throw new Error(`internal: mention ${JSON.stringify(m.text)} does not match its offsets`);
  }
}

const FUTURE_MODALS = new Set(['will', "'ll", 'shall']);
const FUTURE_WORDS = new Set([...FUTURE_MODALS, 'next', 'upcoming', 'plans', 'plan', 'scheduled', 'expected']);

/** Tense of the verb nearest to an offset within its sentence. */
function tenseFinder(analysis: Analysis): (pos: number) => Tense {
  const sentences = analysis.sentences;
  return (pos) => {
    // the last sentence starting at or before pos (sentences are in text order)
    let lo = 0;
    let hi = sentences.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= pos) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = at >= 0 ? sentences[at] : undefined;
    if (!s || pos > s.end + 1) return 'present';
    let best: Tense = 'present';
    let bestDist = Infinity;
    for (const [i, t] of s.tokens.entries()) {
      let tense: Tense | undefined;
      if (FUTURE_WORDS.has(t.normal) || t.tags.has('FutureTense')) tense = 'future';
      else if (t.tags.has('PastTense') || (t.tags.has('Participle') && !t.tags.has('Adjective'))) {
        // "will be held", "will have signed": a participle after a modal of the future is future
        tense = s.tokens.slice(Math.max(0, i - 2), i).some((p) => FUTURE_MODALS.has(p.normal)) ? 'future' : 'past';
      } else if (t.tags.has('Copula') && ['was', 'were'].includes(t.normal)) tense = 'past';
      if (!tense) continue;
      const dist = Math.abs(t.start - pos);
      if (dist < bestDist) {
        best = tense;
        bestDist = dist;
      }
    }
    return best;
  };
}
