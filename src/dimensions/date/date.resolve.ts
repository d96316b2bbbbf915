// Date normalization: pure (parts, context) -> TIMEX3 value. No clock, no IO.
// Year-less dates take the year from the reference date by tense: the most
// recent past occurrence in a past-tense sentence, the next one in a
// future-tense sentence, the nearest otherwise.
import type { DateType } from '../../model/types.js';
import type { DateParts, Fields } from './date.rules.js';
import { MOVABLE_HOLIDAYS, UNITS } from './date.vocab.js';

export type Tense = 'past' | 'present' | 'future';

export interface ResolveContext {
  /** Reference date YYYY-MM-DD. */
  ref: string;
  tense: Tense;
  /** The value of the date told just before, for "a year earlier" (else the reference date). */
  base?: string;
}

export interface ResolvedDate {
  type: DateType;
  value?: string;
  startValue?: string;
  endValue?: string;
  stated: string[];
  implied: string[];
  modifier?: string;
  /** For "a month-and-a-half ago": the point in time it gives. */
  point?: string;
}

interface YMD {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseYMD(s: string): YMD {
  const [y, m, d] = s.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

function toDate(x: YMD): Date {
  return new Date(Date.UTC(x.y, x.m - 1, x.d));
}

function fromDate(d: Date): YMD {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

function addDays(x: YMD, n: number): YMD {
  const d = toDate(x);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

function ymd(x: YMD): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}

/** ISO weekday 1 (Monday) .. 7 (Sunday). */
function isoWeekday(x: YMD): number {
  const w = toDate(x).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: "2023-W38". */
export function isoWeek(x: YMD): string {
  const d = toDate(x);
  const day = isoWeekday(x);
  d.setUTCDate(d.getUTCDate() + 4 - day); // Thursday of this week
  const year = d.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((d.getTime() - jan1) / 86400000 / 7) + 1;
  return `${year}-W${pad(week)}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Choose the year of a month (and day) by tense relative to the reference. */
function chooseYear(ref: YMD, m: number, d: number | undefined, tense: Tense): number {
  const key = (y: number) => y * 10000 + m * 100 + (d ?? (tense === 'future' ? 31 : 1));
  const refKey = ref.y * 10000 + ref.m * 100 + (d === undefined ? (tense === 'future' ? 1 : 31) : ref.d);
  if (tense === 'past') return key(ref.y) <= refKey ? ref.y : ref.y - 1;
  if (tense === 'future') return key(ref.y) >= refKey ? ref.y : ref.y + 1;
  // present or unknown: the nearest occurrence
  const cands = [ref.y - 1, ref.y, ref.y + 1];
  const refT = toDate(ref).getTime();
  let best = ref.y;
  let bestDist = Infinity;
  for (const y of cands) {
    const t = Date.UTC(y, m - 1, d ?? 15);
    const dist = Math.abs(t - refT);
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

/** First month of each season (TimeML SP, SU, FA, WI); a winter is named by the year of its December. */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The year of "the autumn" with no year stated: the season under way, else the next one for a
 * clause about what is to come, the last one for what happened.
 */
function seasonYear(season: string, ref: YMD, tense: Tense): number {
  const start = SEASON_START[season] ?? 1;
  // the season under way (a winter's January and February belong to the December before)
  const winterYear = ref.m <= 2 ? ref.y - 1 : ref.y;
  if (season === 'WI' && (ref.m === 12 || ref.m <= 2)) return winterYear;
  if (season !== 'WI' && ref.m >= start && ref.m < start + 3) return ref.y;
  if (tense === 'past') return season === 'WI' ? ref.y - 1 : start < ref.m ? ref.y : ref.y - 1;
  return season === 'WI' ? ref.y : start > ref.m ? ref.y : ref.y + 1;
}

/**
 * The year of "last summer" (offset -1: the latest one over before the reference month) or "next
 * winter" (+1: the first one to begin after it): "last summer" told in December is this year's,
 * told in July last year's; "last winter" told in January is the one before the winter under way.
 */
function nearestSeason(season: string, ref: YMD, offset: number): number {
  const start = SEASON_START[season] ?? 1;
  const now = ref.y * 12 + ref.m;
  for (let y = offset < 0 ? ref.y : ref.y - 1; ; y += offset < 0 ? -1 : 1) {
    const first = y * 12 + start;
    if (offset < 0 ? first + 2 < now : first > now) return y;
  }
}

function absolute(f: Fields, ref: YMD, tense: Tense, mod: string | undefined): ResolvedDate {
  const stated: string[] = [];
  const implied: string[] = [];
  if (f.decade !== undefined) return { type: 'date', value: String(f.decade), stated: ['decade'], implied, ...(mod ? { modifier: mod } : {}) };
  if (f.century !== undefined) return { type: 'date', value: pad(f.century, 2), stated: ['century'], implied };
  if (f.hour !== undefined) {
    stated.push('hour', 'minute');
    implied.push('year', 'month', 'day');
    let v = `${ymd(ref)}T${pad(f.hour)}:${pad(f.minute ?? 0)}`;
    if (f.zone === 'GMT' || f.zone === 'UTC') v += 'Z';
    return { type: 'time', value: v, stated, implied };
  }
  if (f.season) {
    let y = f.year;
    if (y !== undefined) stated.push('year');
    else if (f.yearOffset !== undefined) {
      y = ref.y + f.yearOffset;
      implied.push('year');
    } else if (mod === 'season~') {
      y = seasonYear(f.season, ref, tense);
      implied.push('year');
    } else {
      const offset = mod?.startsWith('season') ? Number(mod.slice(6)) : 0;
      y = offset === 0 ? ref.y : nearestSeason(f.season, ref, offset);
      implied.push('year');
    }
    stated.push('season');
    return { type: 'date', value: `${pad(y, 4)}-${f.season}`, stated, implied };
  }
  if (f.half !== undefined) {
    const y = f.year ?? ref.y + (f.yearOffset ?? 0);
    (f.year !== undefined ? stated : implied).push('year');
    stated.push('half');
    return { type: 'date', value: `${pad(y, 4)}-H${f.half}`, stated, implied };
  }
  if (f.quarter !== undefined) {
    // a quarter without its year: in the past, the last one of that number, unless it is the
    // next one, which past reports forecast ("the economy shrank in the fourth quarter", told in
    // March: last year's; "said fourth-quarter profit would miss", told in September: this
    // year's); in the future, the next one that has not ended
    const refQ = Math.floor((ref.m - 1) / 3) + 1;
    const y = f.year ?? (f.yearOffset !== undefined ? ref.y + f.yearOffset : undefined) ?? (tense === 'past' && f.quarter > refQ + 1 ? ref.y - 1 : tense === 'future' && f.quarter < refQ ? ref.y + 1 : ref.y);
    (f.year !== undefined ? stated : implied).push('year');
    stated.push('quarter');
    return { type: 'date', value: `${pad(y, 4)}-Q${f.quarter}`, stated, implied };
  }
  if (f.holiday !== undefined) return movable(MOVABLE_HOLIDAYS[f.holiday]!, f.year, ref, tense);
  if (f.nthWeekday !== undefined && f.month !== undefined) return movable({ month: f.month, ...f.nthWeekday }, f.year, ref, tense);
  let y = f.year ?? (f.yearOffset !== undefined ? ref.y + f.yearOffset : undefined);
  if (f.month === undefined) {
    // a year alone
    return { type: 'date', value: pad(y!, 4), stated: ['year'], implied };
  }
  if (y === undefined) {
    if (f.weekday !== undefined && f.day !== undefined) y = closestYearForWeekday(ref, f.month, f.day, f.weekday) ?? chooseYear(ref, f.month, f.day, tense);
    else y = chooseYear(ref, f.month, f.day, tense);
    implied.push('year');
  } else if (f.year !== undefined) stated.push('year');
  else implied.push('year');
  stated.push('month');
  if (f.day === undefined) return { type: 'date', value: `${pad(y, 4)}-${pad(f.month)}`, stated, implied, ...(mod ? { modifier: mod } : {}) };
  if (f.day > daysInMonth(y, f.month)) return { type: 'date', value: `${pad(y, 4)}-${pad(f.month)}`, stated, implied };
  stated.push('day');
  if (f.weekday !== undefined) stated.push('weekday');
  return { type: 'date', value: `${pad(y, 4)}-${pad(f.month)}-${pad(f.day)}`, stated, implied };
}

/** Western Easter Sunday of a year (the anonymous Gregorian computus). */
function easterSunday(y: number): YMD {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

type MovableDay = (typeof MOVABLE_HOLIDAYS)[string];

/** The day of a movable feast, or of the nth weekday of a month, in a year (undefined: no fifth Monday that month). */
function dayIn(rule: MovableDay, y: number): YMD | undefined {
  if ('easter' in rule) return addDays(easterSunday(y), rule.easter);
  let day: YMD;
  if (rule.nth > 0) {
    const first = isoWeekday({ y, m: rule.month, d: 1 });
    day = { y, m: rule.month, d: 1 + ((rule.weekday - first + 7) % 7) + 7 * (rule.nth - 1) };
    if (day.d > daysInMonth(y, rule.month)) return undefined;
  } else {
    const lastDay = daysInMonth(y, rule.month);
    const last = isoWeekday({ y, m: rule.month, d: lastDay });
    day = { y, m: rule.month, d: lastDay - ((last - rule.weekday + 7) % 7) };
  }
  return rule.shift ? addDays(day, rule.shift) : day;
}

/** A movable day: in its stated year, else the one the tense points to (as chooseYear does for a fixed day). */
function movable(rule: MovableDay, year: number | undefined, ref: YMD, tense: Tense): ResolvedDate {
  const refT = toDate(ref).getTime();
  const t = (d: YMD) => toDate(d).getTime();
  const stated: string[] = year !== undefined ? ['year', 'month', 'day'] : ['month', 'day'];
  const implied: string[] = year !== undefined ? [] : ['year'];
  let day: YMD | undefined;
  if (year !== undefined) day = dayIn(rule, year);
  else {
    const near = [ref.y - 1, ref.y, ref.y + 1].map((y) => dayIn(rule, y)).filter((d): d is YMD => d !== undefined);
    if (tense === 'past') day = near.filter((d) => t(d) <= refT).pop();
    else if (tense === 'future') day = near.find((d) => t(d) >= refT);
    else day = near.reduce<YMD | undefined>((best, d) => (best === undefined || Math.abs(t(d) - refT) < Math.abs(t(best) - refT) ? d : best), undefined);
  }
  if (day !== undefined) return { type: 'date', value: ymd(day), stated, implied };
  // no such day (a fifth Monday the month lacks; Easter falls every year): the month alone
  const month = 'month' in rule ? rule.month : 4;
  return { type: 'date', value: `${pad(year ?? chooseYear(ref, month, undefined, tense), 4)}-${pad(month)}`, stated: stated.filter((s) => s !== 'day'), implied };
}

/** "Tuesday, Sept. 12" without a year: the year near the reference where the weekday agrees. */
function closestYearForWeekday(ref: YMD, m: number, d: number, wd: number): number | undefined {
  for (const y of [ref.y, ref.y - 1, ref.y + 1]) {
    if (d <= daysInMonth(y, m) && isoWeekday({ y, m, d }) === wd) return y;
  }
  return undefined;
}

function duration(amount: number | null, unit: string): string {
  const u = UNITS[unit];
  // an unstated number: "a few weeks" is PXW (TimeML), not three
  if (amount === null || Number.isNaN(amount)) return u ? `P${u.time ? 'T' : ''}X${u.letter}` : 'PX';
  if (!u) return `P${amount}`;
  const n = Number.isInteger(amount) ? String(amount) : String(amount);
  if (unit === 'fortnight') return `P${amount * 2}W`;
  return `P${u.time ? 'T' : ''}${n}${u.letter}`;
}

function subtract(ref: YMD, amount: number, unit: string): string {
  switch (unit) {
    case 'day':
    case 'night':
      return ymd(addDays(ref, -Math.round(amount)));
    case 'week':
    case 'fortnight':
      return isoWeek(addDays(ref, -Math.round(amount * (unit === 'week' ? 7 : 14))));
    case 'month': {
      if (!Number.isInteger(amount)) {
        const back = addDays(ref, -Math.round(amount * 30.44));
        return `${pad(back.y, 4)}-${pad(back.m)}`;
      }
      const total = ref.y * 12 + (ref.m - 1) - amount;
      return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1)}`;
    }
    case 'year':
      return pad(ref.y - Math.round(amount), 4);
    case 'decade':
      return pad(ref.y - Math.round(amount * 10), 4);
    case 'century':
      return pad(ref.y - Math.round(amount * 100), 4);
    default:
      return ymd(ref); // hours, minutes: the reference day
  }
}

/**
 * The two ends of a range, in order: an end whose year the text leaves open moves to the year
 * that puts it on the right side of the other end. "is to run from January 23 through March 9",
 * told on January 28, runs from this January (not next year's), whatever tense chose.
 */
export function orderEnds(a: ResolvedDate, b: ResolvedDate): [ResolvedDate, ResolvedDate] {
  const day = /^(\d{4})(-\d{2}(?:-\d{2})?)$/;
  const ma = a.value?.match(day);
  const mb = b.value?.match(day);
  if (!ma || !mb || ma[2]!.length !== mb[2]!.length || a.value! <= b.value!) return [a, b];
  const withYear = (r: ResolvedDate, y: number): ResolvedDate => ({ ...r, value: pad(y, 4) + r.value!.slice(4) });
  const ya = Number(ma[1]);
  const yb = Number(mb[1]);
  if (a.implied.includes('year')) {
    const moved = withYear(a, yb);
    return [moved.value! <= b.value! ? moved : withYear(a, yb - 1), b];
  }
  if (b.implied.includes('year')) {
    const moved = withYear(b, ya);
    return [a, moved.value! >= a.value! ? moved : withYear(b, ya + 1)];
  }
  return [a, b];
}

/** A calendar value as a day to count from: "2019" -> 2019-01-01, "2020-03" -> 2020-03-01, "199" -> 1990-01-01; else `fallback`. */
export function dayOf(value: string, fallback: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  const m = /^(\d{2,4})$/.exec(value);
  return m ? `${m[1]!.padEnd(4, '0')}-01-01` : fallback;
}

export function resolveDate(parts: DateParts, ctx: ResolveContext): ResolvedDate {
  const ref = parseYMD(ctx.ref);
  switch (parts.kind) {
    case 'absolute':
      return absolute(parts.fields, ref, ctx.tense, parts.mod);
    case 'day-rel': {
      const v = ymd(addDays(ref, parts.offset));
      return { type: 'date', value: parts.partOfDay ? `${v}T${parts.partOfDay}` : v, stated: [], implied: ['year', 'month', 'day'] };
    }
    case 'relative': {
      const implied = ['year'];
      const mod = parts.mod ? { modifier: parts.mod } : {};
      switch (parts.unit) {
        case 'year':
          return { type: 'date', value: pad(ref.y + parts.offset, 4), stated: [], implied, ...mod };
        case 'month': {
          const total = ref.y * 12 + (ref.m - 1) + parts.offset;
          return { type: 'date', value: `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1)}`, stated: [], implied: ['year', 'month'], ...mod };
        }
        case 'week':
          // "this weekend": TimeML's weekend of the week, 2023-W38-WE; told in the past on a
          // weekday ("the fair was held this weekend", on a Tuesday), the weekend just gone
          if (parts.weekend && parts.offset === 0 && ctx.tense === 'past' && isoWeekday(ref) <= 5) {
            return { type: 'date', value: isoWeek(addDays(ref, -7)) + '-WE', stated: [], implied: ['year', 'week'], ...mod };
          }
          return { type: 'date', value: isoWeek(addDays(ref, 7 * parts.offset)) + (parts.weekend ? '-WE' : ''), stated: [], implied: ['year', 'week'], ...mod };
        case 'century':
          return { type: 'date', value: pad(Math.floor(ref.y / 100) + parts.offset, 2), stated: [], implied: ['century'], ...mod };
        // "this decade" is TimeML's 202, "the last decade" 201
        case 'decade':
          return { type: 'date', value: pad(Math.floor(ref.y / 10) + parts.offset, 3), stated: [], implied: ['decade'], ...mod };
        case 'quarter': {
          const q = Math.floor((ref.m - 1) / 3) + parts.offset;
          const y = ref.y + Math.floor(q / 4);
          return { type: 'date', value: `${pad(y, 4)}-Q${(((q % 4) + 4) % 4) + 1}`, stated: [], implied: ['year', 'quarter'], ...mod };
        }
        default:
          return { type: 'date', value: ymd(ref), stated: [], implied, ...mod };
      }
    }
    case 'weekday': {
      const cur = isoWeekday(ref);
      const back = (((cur - parts.weekday) % 7) + 7) % 7; // days since the last such weekday (0 = today)
      const ahead = (((parts.weekday - cur) % 7) + 7) % 7; // days until the next one (0 = today)
      let delta: number;
      if (parts.dir === -1) delta = -(back || 7);
      else if (parts.dir === 1) delta = ahead || 7;
      else if (parts.dir === 0) delta = parts.weekday - cur;
      else if (ctx.tense === 'past') delta = -back;
      else if (ctx.tense === 'future') delta = ahead;
      else delta = back <= ahead ? -back : ahead;
      const v = ymd(addDays(ref, delta));
      return { type: 'date', value: parts.partOfDay ? `${v}T${parts.partOfDay}` : v, stated: ['weekday'], implied: ['year', 'month', 'day'] };
    }
    case 'ago':
      return {
        type: 'duration',
        value: duration(parts.amount, parts.unit),
        stated: ['duration'],
        implied: [],
        // "a few weeks ago" names no point one can compute
        ...(Number.isNaN(parts.amount) ? {} : { point: subtract(ref, parts.amount, parts.unit) }),
      };
    case 'shifted': {
      // a point before or after the date the text told just before (ctx.base), or the reference
      const base = ctx.base ?? ctx.ref;
      const b = parseYMD(/^\d{4}-\d{2}-\d{2}/.test(base) ? base.slice(0, 10) : /^\d{4}-\d{2}$/.test(base) ? `${base}-01` : /^\d{4}$/.test(base) ? `${base}-01-01` : ctx.ref);
      // (hours or minutes from a day name no day of their own: "six minutes later" in a match report)
      if (Number.isNaN(parts.amount) || /^(?:hour|minute|second)$/.test(parts.unit)) return { type: 'duration', value: duration(parts.amount, parts.unit), stated: ['duration'], implied: [] };
      const point = subtract(b, parts.dir < 0 ? parts.amount : -parts.amount, parts.unit);
      return { type: 'duration', value: duration(parts.amount, parts.unit), stated: ['duration'], implied: [], point };
    }
    case 'reference':
      return { type: 'reference', value: parts.value, stated: [], implied: [] };
    case 'duration':
      return { type: 'duration', value: duration(parts.amount, parts.unit), stated: ['duration'], implied: [], ...(parts.mod ? { modifier: parts.mod } : {}) };
    case 'anaphor': {
      // counted from the date the text told just before (ctx.base), else the reference
      const base = ctx.base ?? ctx.ref;
      const full = dayOf(base, ctx.ref);
      // (a day counted from a month or a year names no day: the base's own grain)
      const grain = /^\d{4}-\d{2}-\d{2}/.test(base) ? 'day' : /^\d{4}-\d{2}$/.test(base) ? 'month' : 'year';
      const unit = parts.unit === 'day' && grain !== 'day' ? grain : parts.unit === 'week' && grain === 'year' ? 'year' : parts.unit;
      const r = unit === 'day' ? resolveDate({ kind: 'day-rel', offset: parts.offset, ...(parts.partOfDay ? { partOfDay: parts.partOfDay } : {}) }, { ...ctx, ref: full }) : resolveDate({ kind: 'relative', unit, offset: parts.offset }, { ...ctx, ref: full });
      return { ...r, stated: [], implied: r.implied };
    }
    case 'elapsed':
      return { type: 'duration', value: parts.value, stated: ['duration'], implied: [] };
    case 'set':
      return { type: 'set', value: parts.value, stated: ['frequency'], implied: [] };
    case 'range': {
      const [a, b] = orderEnds(resolveDate(parts.from, ctx), resolveDate(parts.to, ctx));
      // "between May and July" in the same year; a year stated on either side applies to both
      return {
        type: 'range',
        ...(a.value !== undefined ? { startValue: a.value } : {}),
        ...(b.value !== undefined ? { endValue: b.value } : {}),
        value: a.value !== undefined && b.value !== undefined ? `${a.value}/${b.value}` : undefined,
        stated: [...new Set([...a.stated, ...b.stated])],
        implied: [...new Set([...a.implied, ...b.implied])],
      };
    }
    case 'anchored':
      return { type: 'date', stated: [], implied: [] };
  }
}
