// The refiners: one ordered list, each a named step with one job and an example of it.
// They run after detection and before values are resolved, in the manner of chrono's
// refiners: each takes the candidates of every dimension and returns them settled.
import type { ExtractType } from '../model/types.js';
import type { Analysis } from '../nlp/compromise.js';
import { attachItems } from '../dimensions/quantity/quantity.rules.js';
import type { DateMatch, DateParts } from '../dimensions/date/date.rules.js';
import type { Tense } from '../dimensions/date/date.resolve.js';
import { longestFirst, spanIndex } from './overlap.js';
import type { Candidates } from './detectors.js';

export interface RefineContext {
  analysis: Analysis;
  types: ReadonlySet<ExtractType>;
  /** The tense of the clause a span belongs to. */
  tenseOf(start: number, end: number): Tense;
}

export interface Refiner {
  name: string;
  /** What it does, on an example. */
  example: string;
  refine(c: Candidates, ctx: RefineContext): Candidates;
}

/** A year stated on one side of a range and not on the other applies to both. */
function shareYear(p: DateParts): DateParts {
  if (p.kind !== 'range' || p.from.kind !== 'absolute' || p.to.kind !== 'absolute') return p;
  const a = p.from.fields;
  const b = p.to.fields;
  if (a.year === undefined && b.year !== undefined && a.month !== undefined && b.month !== undefined) {
    // "between November and February 2015": the first month is in the year before
    const year = a.month > b.month ? b.year - 1 : b.year;
    return { ...p, from: { ...p.from, fields: { ...a, year } } };
  }
  if (b.year === undefined && a.year !== undefined && a.month !== undefined && b.month !== undefined) {
    const year = b.month < a.month ? a.year + 1 : a.year;
    return { ...p, to: { ...p.to, fields: { ...b, year } } };
  }
  return p;
}

/** Words before "one day" that measure it: "for one day", "lasted one day", "only one day". */
const MEASURED_BEFORE = /\b(?:for|in|within|after|than|lasted|lasts|last|took|takes|take|spent|spend|spends|only|just|a|per|every|each|about|nearly|almost|over|under|least|of|by|to|first|the)\s+$/i;
/** ... and after it: "one day later", "one day of talks", "one day ago". */
const MEASURED_AFTER = /^\s*(?:later|earlier|after|before|ago|of|long|old|late|early|per|a\b|\p{N}|-)/iu;

export const REFINERS: readonly Refiner[] = [
  {
    name: 'rate-denominator',
    example: '"$15 an hour": "an hour" is what the rate is per, neither a duration nor a quantity of its own',
    refine(c) {
      const spans = c.quantities.flatMap((q) => (q.perSpan ? [{ start: q.perSpan[0], end: q.perSpan[1] }] : []));
      if (spans.length === 0) return c;
      const per = spanIndex(spans);
      // what starts inside a denominator is part of it
      const outside = (x: { start: number }) => !per.overlaps(x.start, x.start + 1);
      return { ...c, dates: c.dates.filter(outside), quantities: c.quantities.filter(outside) };
    },
  },
  {
    name: 'quantity-items',
    example: '"122mm and 152mm artillery shells": both calibres measure "artillery shells"',
    refine(c, ctx) {
      attachItems(c.quantities, ctx.analysis);
      return c;
    },
  },
  {
    name: 'overlap',
    example: '"Sept. 13" against the count "13": the longer span wins, a date on a tie (one policy: spaCy\'s longest match)',
    refine(c) {
      type Tagged = { start: number; end: number; date?: Candidates['dates'][number]; quantity?: Candidates['quantities'][number] };
      const all: Tagged[] = [
        ...c.dates.map((d) => ({ start: d.start, end: d.end, date: d })),
        ...c.quantities.map((q) => ({ start: q.start, end: q.coreEnd, quantity: q })),
      ];
      const kept = longestFirst(all);
      return { ...c, dates: kept.flatMap((k) => (k.date ? [k.date] : [])), quantities: kept.flatMap((k) => (k.quantity ? [k.quantity] : [])) };
    },
  },
  {
    name: 'range-year',
    example: '"between May and July 2014": May is in 2014 too',
    refine(c) {
      return { ...c, dates: c.dates.map((d) => (d.parts.kind === 'range' ? { ...d, parts: shareYear(d.parts) } : d)) };
    },
  },
  {
    name: 'range-ends',
    example: '"from 2006 to 2009", "between July 2003 and December 2004": two dates, each with its span, linked as one range (TimeML annotates each end)',
    refine(c) {
      const dates = c.dates.flatMap((d): DateMatch[] => {
        if (!d.ends || d.parts.kind !== 'range') return [d];
        const a: DateMatch = { start: d.ends[0][0], end: d.ends[0][1], rule: d.rule, parts: d.parts.from };
        const b: DateMatch = { start: d.ends[1][0], end: d.ends[1][1], rule: d.rule, parts: d.parts.to };
        a.pair = { role: 'start', other: b };
        b.pair = { role: 'end', other: a };
        return [a, b];
      });
      return { ...c, dates };
    },
  },
  {
    name: 'range-link',
    example: '"between May 24, 2007, and Dec. 22, 2022": two full dates joined as one range',
    refine(c, ctx) {
      const text = ctx.analysis.text;
      const sorted = [...c.dates].sort((x, y) => x.start - y.start);
      for (let i = 0; i + 1 < sorted.length; i++) {
        const a = sorted[i]!;
        const b = sorted[i + 1]!;
        if (a.pair || b.pair || a.parts.kind !== 'absolute' || b.parts.kind !== 'absolute') continue;
        if (!/\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start))) continue;
        if (!/^,?\s*(?:and|to|until|till|through|-|–)\s*$/i.test(text.slice(a.end, b.start))) continue;
        a.pair = { role: 'start', other: b };
        b.pair = { role: 'end', other: a };
      }
      return c;
    },
  },
  {
    name: 'generic-today',
    example: '"magic is as popular today as ever": today as the present (PRESENT_REF), not the day; "said today", "earlier today", "today\'s vote", "want to win today", "are flying home today" stay the day',
    refine(c, ctx) {
      const text = ctx.analysis.text;
      const dates = c.dates.map((d) => {
        if (d.rule !== 'date.day-relative' || text.slice(d.start, d.end).toLowerCase() !== 'today') return d;
        if (/\b(?:earlier|later|until|since|from|by|as of)\s+$/i.test(text.slice(Math.max(0, d.start - 9), d.start)) || /^['’]s\b/.test(text.slice(d.end, d.end + 3))) return d;
        // (an infinitive or a progressive before it does its deed on the day: "I want to win
        // today", "We are flying home today")
        if (/\b(?:to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|what|which|where|how)\b)[a-z]+|[a-z]{2,}ing)(?:\s+[a-z'’]+){0,3}\s+$/i.test(text.slice(Math.max(0, d.start - 40), d.start).replace(/^[^]*[.!?"“]\s*/, ''))) return d;
        return ctx.tenseOf(d.start, d.end) === 'present' ? { ...d, parts: { kind: 'reference' as const, value: 'PRESENT_REF' as const } } : d;
      });
      return { ...c, dates };
    },
  },
  {
    name: 'some-day',
    example: '"he will win a Grand Slam one day", "One day, she hopes ...": some day to come (FUTURE_REF), or one in the past (PAST_REF), no duration; "lasted one day", "for one day", "one day later" stay',
    refine(c, ctx) {
      const text = ctx.analysis.text;
      const dates = c.dates.map((d) => {
        if (d.parts.kind !== 'duration' || !/^one\s+day$/i.test(text.slice(d.start, d.end))) return d;
        if (MEASURED_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start)) || MEASURED_AFTER.test(text.slice(d.end, d.end + 12))) return d;
        return { ...d, parts: { kind: 'reference' as const, value: ctx.tenseOf(d.start, d.end) === 'past' ? ('PAST_REF' as const) : ('FUTURE_REF' as const) } };
      });
      return { ...c, dates };
    },
  },
  {
    name: 'numbers-outside',
    example: '"$40 for 3 books at 2 pm": with quantities asked for, only numbers no quantity or clock time already gives',
    refine(c, ctx) {
      if (c.numbers.length === 0) return c;
      const taken = spanIndex([
        ...(ctx.types.has('quantities') ? c.quantities.map((q) => ({ start: q.start, end: q.coreEnd })) : []),
        ...c.dates.filter((d) => d.rule.startsWith('time.')),
      ]);
      return { ...c, numbers: c.numbers.filter((n) => !taken.overlaps(n.start, n.end)) };
    },
  },
];

/** Run every refiner in order. */
export function refine(c: Candidates, ctx: RefineContext): Candidates {
  let out = c;
  for (const r of REFINERS) out = r.refine(out, ctx);
  return out;
}
