// The pipeline, top to bottom:
//   check options -> reference date -> analyze once -> detect (the detectors the asked
//   types need) -> refine (one ordered list) -> resolve values -> shape the output.
// Pure: the date to fall back on ("today") comes in as a parameter; only src/index.ts
// and the CLI read the clock.
import type { DateMention, Extraction, ExtractOptions, FactSpan, Mention, NumberMention, Quantity, RefDateSource } from '../model/types.js';
import { analyze, pieceEnd } from '../nlp/compromise.js';
import { notEnglish } from '../nlp/language.js';
import { resolveNames } from '../dimensions/names/names.resolve.js';
import { dayOf, orderEnds, resolveDate } from '../dimensions/date/date.resolve.js';
import { toSI } from '../dimensions/quantity/quantity.normalize.js';
import { checkOptions, type PipelineOptions } from './options.js';
import { datelineEnd, findDateline } from './dateline.js';
import { detect, type Candidates } from './detectors.js';
import { refine } from './refiners.js';
import { tenseFinder } from './tense.js';
import { toCodepointOffsets } from './offsets.js';
import { unwrap, wrapWidth } from './wrap.js';
import { bySections, SECTION_CHARS } from './sections.js';
import type { Tense } from '../dimensions/date/date.resolve.js';
import type { Analysis } from '../nlp/compromise.js';
import { detectFacts, type EntityMention } from '../facts/facts.rules.js';

/** Check the options, then run the pipeline. `today` is the caller's clock, used when nothing else gives a date. */
export function extractWith(text: string, options: ExtractOptions, today: string): Extraction {
  return runPipeline(text, checkOptions(text, options, today));
}

/** The reference date: the caller's, then the input's own, then an HTML page's, then a dateline, then today. */
export function referenceDate(text: string, o: PipelineOptions): { value: string; source: RefDateSource } {
  if (o.refDate) return { value: o.refDate, source: 'option' };
  if (o.dct) return { value: o.dct, source: 'input' };
  if (o.pageDate) return { value: o.pageDate, source: 'page' };
  const dl = findDateline(text, o.today);
  return dl ? { value: dl, source: 'dateline' } : { value: o.today, source: 'clock' };
}

/** The pipeline; `sectionChars` is the longest text extracted at once (see sections.ts). */
export function runPipeline(text: string, o: PipelineOptions, sectionChars = SECTION_CHARS): Extraction {
  // hard-wrapped text is read with its line breaks inside paragraphs as spaces: the same
  // length, so offsets hold, and each mention's text is taken from the text itself at the end
  const width = wrapWidth(text);
  const work = width ? unwrap(text, width) : text;
  const ref = referenceDate(work, o);
  // a long text section by section, each against the document's reference date
  const out = bySections(
    work,
    (section) => {
      const analysis = analyze(section);
      const tense = tenseFinder(analysis);
      const found = refine(detect(analysis, o.types), { analysis, types: o.types, tenseOf: tense });
      return shape(section, found, analysis, tense, ref, o);
    },
    pieceEnd,
    sectionChars,
  );
  // factx reads English: say so when the text is in another language
  const lang = notEnglish(work);
  if (lang) out.warnings.push({ code: 'language', message: `the text looks like ${lang.name} (${lang.code}); factx reads English only, so what it finds here is unreliable` });
  if (work !== text) restoreTexts(out, text);
  checkOffsets(out, text);
  return out.offsets === 'codepoint' ? toCodepointOffsets(out, text) : out;
}

/** Mention texts as the text has them (with its line breaks), after reading an unwrapped copy. */
function restoreTexts(x: Extraction, text: string): void {
  const all: Mention[] = [...x.people.flatMap((p) => p.mentions), ...x.organizations.flatMap((p) => p.mentions), ...x.places.flatMap((p) => p.mentions), ...x.dates, ...x.quantities, ...(x.numbers ?? [])];
  for (const m of all) m.text = text.slice(m.start, m.end);
  for (const sp of factSpans(x)) sp.text = text.slice(sp.start, sp.end);
}

/** Every span of every fact: triggers, arguments, places, sources. */
export function factSpans(x: Extraction): FactSpan[] {
  return (x.facts ?? []).flatMap((f) => [...(f.trigger ? [f.trigger] : []), ...Object.values(f.args).flat(), ...(f.place ? [f.place] : []), ...(f.source ? [f.source] : [])]);
}

/** How long a value must be to name a period of each grain: a month "2020-03", a decade "199". */
const GRAIN_CHARS: Partial<Record<string, number>> = { century: 2, decade: 3, year: 4, month: 7 };

/** An adverb of what usually happens, in the date's clause before it: "which usually begin in", "is held annually in". */
const HABITUAL_BEFORE = /\b(?:usually|normally|typically|traditionally|generally|customarily|annually|yearly|every\s+year|each\s+year)\b[^.;,!?]{0,40}$/i;

/** A noun of an event right before "in" and a month: "a move in June", "the cut in June". */
const EVENT_IN = /\b(?:move|cut|hike|increase|rise|reduction|decision|vote|meeting|election|summit|launch|deadline|review)\s+in\s+$/;

function shape(text: string, c: Candidates, analysis: Analysis, tenseOf: (start: number, end: number) => Tense, ref: Extraction['referenceDate'], o: PipelineOptions): Extraction {
  const { types, explain } = o;
  const wantFacts = types.has('facts');
  const names = types.has('people') || types.has('organizations') || types.has('places') || wantFacts ? resolveNames(c.names, text, explain) : undefined;
  // "a year earlier", "three weeks later": against the calendar date told just before, else the reference
  const base = new Map<(typeof c.dates)[number], string>();
  let last: string | undefined;
  let lastDay: string | undefined;
  // ... and the last calendar period told, of any grain ("the 1990s": 199)
  let lastPeriod: string | undefined;
  const resolved = new Map<(typeof c.dates)[number], ReturnType<typeof resolveDate>>();
  // "Budanov said on Sept. 13 that shipments began a month ago": counted from when it was said
  const sorted = [...c.dates].sort((a, b) => a.start - b.start);
  const saidOn = new Map<(typeof c.dates)[number], string>();
  // a verb of saying right before a date: "said on Sept. 13", "told reporters Monday"
  const SAID = /\b(?:said|says|told\s+[\p{L}.]+|announced|reported|wrote|stated|added|declared|tweeted|posted)\s+(?:on\s+)?$/u;
  for (const m of sorted) {
    if (m.parts.kind !== 'ago') continue;
    // the sentence's start: the last full stop after a word (not "Sept.") or line break before it
    let sentenceStart = Math.max(0, m.start - 300, text.lastIndexOf('\n', m.start) + 1);
    // (a lower-case word or a capitalised one of five letters or more: "on Wednesday.", not "Sept.")
    const ends = /(?<!\p{L})(?:\p{Ll}{2,}|\p{Lu}\p{Ll}{4,})[.!?]["”]?\s+/gu;
    ends.lastIndex = sentenceStart;
    for (let e = ends.exec(text); e && e.index < m.start; e = ends.exec(text)) sentenceStart = e.index + e[0].length;
    const cue = sorted.find((d) => d.start >= sentenceStart && d.end <= m.start && SAID.test(text.slice(Math.max(sentenceStart, d.start - 30), d.start)));
    if (cue) saidOn.set(m, cue.start.toString());
  }
  // "The minister said on Monday: 'Today we signed ...'": today, yesterday and tomorrow in a
  // quotation whose attribution has its day are counted from that day
  for (const m of sorted) {
    if (m.parts.kind !== 'day-rel') continue;
    const para = Math.max(0, text.lastIndexOf('\n', m.start) + 1);
    const before = text.slice(para, m.start);
    const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
    if (open < 0 || (before.match(/["“”]/g)?.length ?? 0) % 2 === 0) continue;
    const qStart = para + open;
    const closeAt = text.slice(m.end).search(/["”]/);
    const qEnd = closeAt < 0 ? -1 : m.end + closeAt + 1;
    const cue =
      sorted.find((d) => d.end <= qStart && qStart - d.end <= 4 && /^[\s,:]*$/.test(text.slice(d.end, qStart)) && SAID.test(text.slice(Math.max(para, d.start - 30), d.start))) ??
      (qEnd > 0 ? sorted.find((d) => d.start >= qEnd && d.start - qEnd <= 50 && !/[.!?\n]/.test(text.slice(qEnd, d.start).replace(/^[,.!?]/, '')) && SAID.test(text.slice(qEnd, d.start))) : undefined);
    if (cue) saidOn.set(m, cue.start.toString());
  }
  for (const m of sorted) {
    // (days are counted from the last day told, not from a coarser year or month told since:
    // "... earlier this year. The next day, ..." is no day of next year)
    const inDays = (m.parts.kind === 'anaphor' && m.parts.unit === 'day') || (m.parts.kind === 'shifted' && /^(?:day|night)$/.test(m.parts.unit));
    const from = inDays && lastDay ? lastDay : last;
    if ((m.parts.kind === 'shifted' || m.parts.kind === 'anaphor') && from) base.set(m, from);
    // an "ago" told on a date counts from that date, once it is resolved (it comes first in the text)
    const cueAt = saidOn.get(m);
    const cueDate = cueAt !== undefined ? sorted.find((d) => d.start === Number(cueAt)) : undefined;
    // (a cue after the quotation is resolved here, ahead of its turn)
    const cueValue = cueDate ? (resolved.get(cueDate) ?? resolveDate(cueDate.parts, { ref: ref.value, tense: tenseOf(cueDate.start, cueDate.end) })).value : undefined;
    const speechRef = cueValue && /^\d{4}-\d{2}-\d{2}$/.test(cueValue) ? cueValue : undefined;
    if (speechRef) base.set(m, speechRef);
    const tense = tenseOf(m.start, m.end);
    // "The firm was founded in 2019. By the end of the year it had 50 staff": in the past, "the
    // year" (or month, decade) is the one told before, when that one is as fine or finer
    const told = !speechRef && m.parts.kind === 'relative' && m.parts.definite && tense === 'past' && lastPeriod && GRAIN_CHARS[m.parts.unit] !== undefined && lastPeriod.length >= GRAIN_CHARS[m.parts.unit]! ? lastPeriod : undefined;
    if (told) base.set(m, told);
    const r = resolveDate(m.parts, { ref: speechRef ?? (told ? dayOf(told, ref.value) : ref.value), tense, ...(base.has(m) && !speechRef && !told ? { base: base.get(m)! } : {}) });
    resolved.set(m, r);
    if (r.type === 'date' && r.value && /^\d{2,4}(?:-\d{2}){0,2}$/.test(r.value)) lastPeriod = r.value;
    // (a coarser "that month" keeps the day told before for the next "the following day")
    if ((r.type === 'date' || r.type === 'time') && r.value && /^\d{4}/.test(r.value) && !(m.parts.kind === 'anaphor' && !/^\d{4}-\d{2}-\d{2}/.test(r.value))) last = r.value;
    if ((r.type === 'date' || r.type === 'time') && r.value && /^\d{4}-\d{2}-\d{2}/.test(r.value)) lastDay = r.value;
  }
  // a day named again without its year is the day named before with it: "the Capitol riot on
  // Jan. 6, 2021 ... the Jan. 6 committee" (2021, not this year)
  for (const m of sorted) {
    const f = m.parts.kind === 'absolute' ? m.parts.fields : undefined;
    if (!f || f.month === undefined || f.day === undefined || f.year !== undefined) continue;
    // (as the name of what happened then: "the Jan. 6 committee", "the Oct. 7 attacks"; not "the hearing is on Jan. 6")
    if (!/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)) || !/^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))) continue;
    const told = sorted.find((d) => d.start < m.start && d.parts.kind === 'absolute' && d.parts.fields.year !== undefined && d.parts.fields.month === f.month && d.parts.fields.day === f.day)?.parts;
    const r = resolved.get(m);
    if (told?.kind === 'absolute' && r?.value && /^\d{4}-\d{2}-\d{2}$/.test(r.value)) resolved.set(m, { ...r, value: `${String(told.fields.year).padStart(4, '0')}${r.value.slice(4)}` });
  }
  // a month or season told without its year, read once more against the story:
  //  - in a clause of what usually happens it is every year's: "the short rains, which usually
  //    begin in October" (TimeML XXXX-10), "the monsoon normally arrives in June";
  //  - named again as an event it is the month named before: "signalled it could start cutting
  //    rates in June ... Nagel said a June cut was 'increasingly likely'" (the same June, not last
  //    year's); only where it names an event rather than when the clause's verb happens ("a June
  //    cut", "a move in June"; not "wait until September" after "since September"), and not in the
  //    past perfect, which tells of an event before the story's ("had expected a cut in May")
  const monthTold = new Map<number, string>();
  for (const m of sorted) {
    const f = m.parts.kind === 'absolute' ? m.parts.fields : undefined;
    const r = resolved.get(m);
    if (!f || (f.month === undefined && f.season === undefined) || f.day !== undefined || f.year !== undefined || f.weekday !== undefined || !r?.value || !/^\d{4}-(?:\d{2}|SP|SU|FA|WI)$/.test(r.value)) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    // (and a month that is the subject of a present "is": "October is National Magic Month",
    // "June is usually the wettest month": every year's)
    const generic = /(?:^|[.!?]["”]?\s+|\n\s*)$/.test(before) && /^\s+is\s+(?!expected\b|set\b|due\b|likely\b|going\b|when\b)/.test(text.slice(m.end, m.end + 20));
    if (HABITUAL_BEFORE.test(before) || generic) {
      resolved.set(m, { ...r, value: `XXXX${r.value.slice(4)}` });
      continue;
    }
    if (f.month === undefined) continue;
    const told = monthTold.get(f.month);
    if (told === undefined) monthTold.set(f.month, r.value);
    else if (told !== r.value && !/\bhad\b[^.;!?]*$/.test(before) && ((/\b(?:a|an|the|its|his|her|their)\s+$/i.test(before) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))) || EVENT_IN.test(before))) resolved.set(m, { ...r, value: told });
  }
  // a time on a day: "09:30 GMT on Thursday" is that Thursday's 09:30, and so are both times of
  // "8:30 a.m. EST (1330 GMT) on Thursday"
  for (const m of c.dates) {
    const r = resolved.get(m)!;
    if (r.type !== 'time' || !r.value) continue;
    // (over a city's time: "5 p.m. New York time on Dec. 19")
    const day = c.dates.find((d) => d.start > m.end && /^\s*(?:\)\s*)?(?:\([^()\n]{1,24}\)\s*)?(?:(?:\p{Lu}[\p{L}.]*\s+){1,3}time\s+)?(?:on\s+)?(?:this\s+)?$/iu.test(text.slice(m.end, d.start)) && /\s$/.test(text.slice(m.end, d.start)));
    const v = day && resolved.get(day)?.value;
    if (v && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      resolved.set(m, { ...r, value: v + r.value.slice(10) });
      continue;
    }
    // a clock time with no day of its own is on the last day the story told before it: "The
    // election was held on Sunday ... the polls closed at 22:30" (that Sunday's 22:30, not the
    // dateline's); a day told before in the same sentence ("Monday at 3 p.m.") too
    const f = m.parts.kind === 'absolute' ? m.parts.fields : undefined;
    if (!f || f.day !== undefined || f.weekday !== undefined) continue;
    // (not a live report's stamp at a line's start: "1215 GMT - At least one person was killed",
    // which is the report's day)
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    if (/^\s*$/.test(text.slice(lineStart, m.start)) && /^\s*[-–—:]\s/.test(text.slice(m.end, m.end + 4))) continue;
    for (let k = sorted.indexOf(m) - 1; k >= 0; k--) {
      const told = resolved.get(sorted[k]!);
      if (sorted[k]!.end > m.start || told?.type !== 'date' || !/^\d{4}-\d{2}-\d{2}$/.test(told.value ?? '')) continue;
      // (the end of a span is no day the story is on: "open through Jan. 30, hours before a
      // midnight deadline")
      if (/\b(?:until|till|through|by)\s+$/i.test(text.slice(Math.max(0, sorted[k]!.start - 8), sorted[k]!.start))) continue;
      resolved.set(m, { ...r, value: told.value + r.value.slice(10) });
      break;
    }
  }
  // the two ends of a range: each is a date of its own, tense from the first
  for (const m of c.dates) {
    if (m.pair?.role !== 'end') continue;
    const [a, b] = orderEnds(resolved.get(m.pair.other)!, resolveDate(m.parts, { ref: ref.value, tense: tenseOf(m.pair.other.start, m.pair.other.end) }));
    resolved.set(m.pair.other, a);
    resolved.set(m, b);
  }
  const rangeOf = (m: (typeof c.dates)[number]): string | undefined => {
    if (!m.pair) return undefined;
    const [a, b] = m.pair.role === 'start' ? [m, m.pair.other] : [m.pair.other, m];
    const va = resolved.get(a)?.value;
    const vb = resolved.get(b)?.value;
    return va !== undefined && vb !== undefined ? `${va}/${vb}` : undefined;
  };
  const allDates = types.has('dates') || wantFacts
    ? c.dates.map((m): DateMention => {
        const r = resolved.get(m)!;
        const range = rangeOf(m);
        return {
          text: text.slice(m.start, m.end),
          start: m.start,
          end: m.end,
          type: r.type,
          ...(r.value !== undefined ? { value: r.value } : {}),
          ...(r.startValue !== undefined ? { startValue: r.startValue } : {}),
          ...(r.endValue !== undefined ? { endValue: r.endValue } : {}),
          ...(r.point !== undefined ? { point: r.point } : {}),
          ...(r.modifier ? { modifier: r.modifier } : {}),
          ...(m.parts.kind === 'anchored' ? { anchor: m.parts.anchor } : {}),
          ...(range ? { range } : {}),
          ...(base.has(m) ? { relativeTo: base.get(m)! } : {}),
          stated: r.stated,
          implied: r.implied,
          ...(explain ? { rule: m.rule } : {}),
        };
      })
    : [];
  const dates = types.has('dates') ? allDates : [];
  const quantities = types.has('quantities')
    ? c.quantities.map((m): Quantity => {
        const { coreEnd, perSpan: _p, rule, ...q } = m;
        const out: Quantity = { ...q, end: coreEnd, ...(explain && rule ? { rule } : {}) };
        if (!explain) delete out.rule;
        const si = toSI(q.kind, q.value, q.unit);
        if (si) out.si = q.max !== undefined ? { value: si.value, max: toSI(q.kind, q.max, q.unit)!.value, unit: si.unit } : si;
        return out;
      })
    : [];
  // facts: over the entities and dates found; without the entity types asked for, the output
  // keeps the entities the facts refer to
  const facts = wantFacts && names ? detectFacts({ text, analysis, entities: entityMentions(names), dates: allDates, reference: ref.value, explain, bodyStart: datelineEnd(text) }) : undefined;
  const referred = new Set((facts ?? []).flatMap((f) => [...Object.values(f.args).flat(), ...(f.place ? [f.place] : []), ...(f.source ? [f.source] : [])]).flatMap((a) => (a.id ? [a.id] : [])));
  const pick = <T extends { id: string }>(kind: 'people' | 'organizations' | 'places', list: T[]): T[] => (types.has(kind) ? list : wantFacts ? list.filter((e) => referred.has(e.id)) : []);
  return {
    schema: 'factx/1',
    id: o.id,
    referenceDate: ref,
    offsets: o.offsets,
    people: names ? pick('people', names.people) : [],
    organizations: names ? pick('organizations', names.organizations) : [],
    places: names ? pick('places', names.places) : [],
    dates,
    quantities,
    ...(types.has('numbers')
      ? { numbers: c.numbers.map((n): NumberMention => ({ text: text.slice(n.start, n.end), start: n.start, end: n.end, value: n.value, ...(explain ? { rule: n.rule } : {}) })) }
      : {}),
    ...(facts ? { facts } : {}),
    warnings: [],
  };
}

/** Every mention of every named entity, with its entity's id and kind. */
function entityMentions(n: ReturnType<typeof resolveNames>): EntityMention[] {
  return [
    ...n.people.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, id: e.id, kind: 'person' as const }))),
    ...n.organizations.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, id: e.id, kind: 'org' as const }))),
    ...n.places.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, id: e.id, kind: 'place' as const }))),
  ];
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
    ...factSpans(x),
  ];
  for (const m of all) {
    if (text.slice(m.start, m.end) !== m.text) throw new Error(`internal: mention ${JSON.stringify(m.text)} does not match its offsets`);
  }
}
