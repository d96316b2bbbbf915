// Date and time detection: small named rules, each a regular expression and a
// builder from the match to the parts the text states. Values are computed
// separately, by date.resolve.ts. Overlaps are settled by the pipeline's one
// policy (longest span wins).
import {
  DATE_HEDGES,
  MONTHS,
  MONTH_RE,
  ORDINAL_WORDS,
  SEASONS,
  SET_WORDS,
  UNITS,
  UNIT_RE,
  WEEKDAYS,
  WEEKDAY_RE,
  type Grain,
  FIXED_HOLIDAYS,
  MOVABLE_HOLIDAYS,
  TIME_ZONES,
  REFERENCE_WORDS,
} from './date.vocab.js';
import { alternation, QUANTIFIERS, SMALL_NUMBERS } from '../number/number.vocab.js';
import { parseNumberWords } from '../number/number.rules.js';

/** A number of units as durations count them: digits, a number word, "a", "a hundred", "a dozen", "a few". */
// (with thousands set off by commas: "5,000 years ago")
const NUM_WORD_RE = `(?:\\d{1,3}(?:,\\d{3})+(?![\\d.])|\\d+(?:\\.\\d+)?|${alternation(['a', 'an', ...Object.keys(SMALL_NUMBERS).filter((w) => SMALL_NUMBERS[w]! > 0), 'a hundred', 'a dozen', 'a couple of', 'a few', 'several'])})`;

export interface Fields {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  zone?: string;
  decade?: number; // 199 for the 1990s
  century?: number; // 18 for the 19th century
  quarter?: number;
  /** 1 or 2: the first or second half of the year (TimeML H1, H2) */
  half?: number;
  season?: string;
  partOfDay?: string;
  /** "November last year": the year relative to the reference year */
  yearOffset?: number;
  /** a movable feast (a key of MOVABLE_HOLIDAYS), whose month and day depend on the year */
  holiday?: string;
  /** "the first Monday in October": the nth weekday (ISO, Monday 1) of the month; nth -1 is the last */
  nthWeekday?: { nth: number; weekday: number };
}

/** "last" -1, "this" 0, "next" 1: a year named relative to the reference's. */
function relOffset(rel: string): number {
  const r = rel.toLowerCase();
  return r === 'last' ? -1 : r === 'next' ? 1 : 0;
}

export type DateParts =
  | { kind: 'absolute'; fields: Fields; mod?: string }
  | { kind: 'relative'; unit: Grain; offset: number; mod?: string; weekend?: boolean; definite?: boolean }
  | { kind: 'day-rel'; offset: number; partOfDay?: string }
  | { kind: 'weekday'; weekday: number; dir?: number; partOfDay?: string }
  | { kind: 'ago'; amount: number; unit: string; later?: boolean }
  | { kind: 'shifted'; amount: number; unit: string; dir: -1 | 1 }
  | { kind: 'duration'; amount: number | null; unit: string; mod?: string }
  | { kind: 'elapsed'; value: string }
  | { kind: 'anaphor'; unit: 'day' | 'week' | 'month' | 'year'; offset: number; partOfDay?: string }
  | { kind: 'reference'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  | { kind: 'set'; value: string }
  | { kind: 'range'; from: DateParts; to: DateParts }
  | { kind: 'anchored'; anchor: string };

export interface DateMatch {
  start: number;
  end: number;
  rule: string;
  parts: DateParts;
  /** For a range whose ends are expressions of their own ("from 2006 to 2009"): the ends' spans. */
  ends?: [[number, number], [number, number]];
  /** One end of a range, linked to the other ("from 2006 to 2009": two dates). */
  pair?: { role: 'start' | 'end'; other: DateMatch };
}

interface Rule {
  name: string;
  re: RegExp;
  build(m: RegExpExecArray): DateParts | null;
  /** For a range: the spans of its two ends within the match, as [start, end] offsets into the text. */
  ends?(m: RegExpExecArray): [[number, number], [number, number]];
  /** Trim a leading word (e.g. "on", "in") off the reported span. */
  group?: string;
}

const month = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')]!;
const weekday = (s: string): number => WEEKDAYS[s.toLowerCase().replace(/\.$/, '')]!;

/** The number of a duration: digits, number words (the number dimension's parser), or a quantifier ("several": 3). */
export function numberWord(s: string): number | undefined {
  const t = s.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (/^\d{1,3}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (t in QUANTIFIERS) return QUANTIFIERS[t] ?? NaN; // "a few", "several", "many": some number (TimeML's X)
  return parseNumberWords(t);
}

function unitOf(s: string): string {
  const t = s.toLowerCase();
  if (t === 'centuries') return 'century';
  return t.replace(/s$/, '');
}

const ZONE_RE = alternation(TIME_ZONES);
const PLURAL_UNIT_RE = '(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)';
const CENTURY_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(?<year>1[5-9]\\d\\d|20\\d\\d)';
const WD = `(?:(?<wd>${WEEKDAY_RE}),?\\s+)?`;
const MON = `(?<mon>${MONTH_RE})`;
const HOLIDAY_RE = [...Object.keys(FIXED_HOLIDAYS), ...Object.keys(MOVABLE_HOLIDAYS)]
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/[.]/g, '\\.').replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');

/** Another month and a conjunction before a month ("April and May"), or after it ("March or April"). */
const MONTH_LISTED_BEFORE = new RegExp(`\\b${MONTH_RE}\\.?,?\\s+(?:and|or|to|through)\\s+$`);
const MONTH_LISTED_AFTER = new RegExp(`^,?\\s+(?:and|or|to|through)\\s+${MONTH_RE}\\b`);
/** An event a month names after an article: "a March release", "the May deadline" (not "the May family"). */
const MONTH_EVENT_AFTER = /^\s+(?:release|deadline|election|elections|vote|meeting|summit|launch|cut|hike|rise|increase|decision|start|opening|debut|referendum|poll|visit|trip|date|payment|auction|sale|conference|hearing|trial|ceremony|review|report|figures|data|survey|budget|session|primary|runoff|rally|tour|festival|premiere|wedding|deal|agreement|target|offering|IPO|listing)\b/;

/** A lower-case noun after a one-word holiday that it only describes: "Christmas miracle", "Easter eggs" (not "Christmas holiday", "Easter weekend"). */
const HOLIDAY_AS_MODIFIER = /^\s+(?:miracles?|messages?|address|speech|trees?|markets?|cards?|part(?:y|ies)|gifts?|presents?|shopping|sales?|spirit|lights?|carols?|songs?|music|films?|movies?|specials?|dinners?|lunch|meals?|puddings?|eggs?|bunny|services?|mass|sermons?|story|stories|decorations?|tradition|jumpers?|sweaters?|campaign|appeal|truce|offensive|bonus|number\s+one|single|album|edition|episode)\b/;

/** Capitalised words that may open a sentence before a holiday: "Before Christmas", "On Halloween". */
const HOLIDAY_LEADS = new Set(['on', 'before', 'after', 'by', 'until', 'till', 'since', 'at', 'for', 'over', 'this', 'last', 'next', 'during', 'from', 'through']);

/** Text ending in a duration's unit ("two hours "): an "a day" after it is a rate's denominator. */
const AFTER_DURATION_RE = new RegExp(`\\b${UNIT_RE}s?\\s+$`, 'i');
const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

function fieldsFromGroups(g: Record<string, string | undefined>): Fields | null {
  const f: Fields = {};
  if (g.year) f.year = Number(g.year);
  if (g.mon) f.month = month(g.mon);
  if (g.day) {
    f.day = Number(g.day);
    if (f.day < 1 || f.day > 31) return null;
  }
  if (g.wd) f.weekday = weekday(g.wd);
  return f;
}

function timeFields(h: string, min: string | undefined, ampm: string | undefined, zone: string | undefined): Fields | null {
  let hour = Number(h);
  const minute = min ? Number(min) : 0;
  if (hour > 24 || minute > 59) return null;
  const ap = ampm?.toLowerCase().replace(/\./g, '');
  if (ap === 'pm' && hour < 12) hour += 12;
  if (ap === 'am' && hour === 12) hour = 0;
  const f: Fields = { hour, minute };
  if (zone) f.zone = zone.toUpperCase();
  return f;
}

const HEDGE_BEFORE = new RegExp(`\\b(?:${DATE_HEDGES.map((h) => h.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'i');

const rules: Rule[] = [
  {
    // 2023-09-23
    name: 'date.iso',
    re: /\b(?<year>1[5-9]\d\d|20\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>[0-3]\d)\b/g,
    build: (m) => ({ kind: 'absolute', fields: { year: +m.groups!.year!, month: +m.groups!.m!, day: +m.groups!.d! } }),
  },
  {
    // 9/23/2023, 23/9/2023 is ambiguous: month first only when the first number can be a month
    name: 'date.slash',
    re: /\b(?<m>1[0-2]|0?[1-9])\/(?<d>3[01]|[12]\d|0?[1-9])\/(?<year>(?:19|20)\d\d)\b/g,
    build: (m) => ({ kind: 'absolute', fields: { year: +m.groups!.year!, month: +m.groups!.m!, day: +m.groups!.d! } }),
  },
  {
    // Sept. 22-23, 2023 / September 22 to 23
    name: 'range.month-days',
    re: new RegExp(`\\b${MON}\\s+(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?:-|–|to|through)\\s*(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR})?`, 'g'),
    build: (m) => {
      const g = m.groups!;
      const base: Fields = { month: month(g.mon!) };
      if (g.year) base.year = +g.year;
      const d1 = +g.d1!;
      const d2 = +g.d2!;
      if (d1 < 1 || d2 > 31 || d2 <= d1) return null;
      return { kind: 'range', from: { kind: 'absolute', fields: { ...base, day: d1 } }, to: { kind: 'absolute', fields: { ...base, day: d2 } } };
    },
  },
  {
    // New Year's Day, Christmas Eve 2022, the Fourth of July: holidays on a fixed day; Thanksgiving,
    // Easter, Labor Day: movable ones
    name: 'date.holiday',
    re: new RegExp(`(?<![\\w'’])(?<name>${HOLIDAY_RE})(?![\\w'’])(?:,?\\s+${YEAR}\\b)?`, 'gi'),
    build: (m) => {
      const g = m.groups!;
      // names are proper nouns: "may day" in lower case is no holiday
      if (!/^\p{Lu}/u.test(g.name!)) return null;
      // a one-word holiday after a name is a surname: "Johnnie Christmas"
      const prev = /(\p{Lu}[\p{Ll}'’-]+)\s+$/u.exec(m.input.slice(Math.max(0, m.index - 24), m.index));
      if (prev && !/\s/.test(g.name!) && !HOLIDAY_LEADS.has(prev[1]!.toLowerCase())) return null;
      // ... and one before a noun it describes names no day: "a Christmas miracle", "his first
      // Christmas message on Thursday", "Easter eggs" (but "Christmas Day", "Easter weekend")
      if (!g.year && !/\s/.test(g.name!) && HOLIDAY_AS_MODIFIER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
      const key = g.name!.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
      // a movable feast: its day is the year's, found when the year is
      if (MOVABLE_HOLIDAYS[key]) return { kind: 'absolute', fields: { holiday: key, ...(g.year ? { year: +g.year } : {}) } };
      const day = FIXED_HOLIDAYS[key];
      if (!day) return null;
      return { kind: 'absolute', fields: { month: day[0], day: day[1], ...(g.year ? { year: +g.year } : {}) } };
    },
  },
  {
    // the first Monday in October, the last Sunday of March 2027 (not "the third Thursday of the
    // month", which names no month): a day that moves with the year, as a movable feast does
    name: 'date.nth-weekday',
    re: new RegExp(`\\b(?:the\\s+)?(?<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s+(?<wd>${WEEKDAY_RE})\\s+(?:in|of)\\s+${MON}(?![a-z])(?:,?\\s+${YEAR}\\b)?`, 'gi'),
    build: (m) => {
      const g = m.groups!;
      if (!/^[A-Z]/.test(g.mon!) || !/^[A-Z]/.test(g.wd!)) return null;
      const n = g.nth!.toLowerCase();
      const nth = n === 'last' ? -1 : ({ first: 1, second: 2, third: 3, fourth: 4, fifth: 5 } as Record<string, number>)[n] ?? Number.parseInt(n, 10);
      const f: Fields = { month: month(g.mon!), nthWeekday: { nth, weekday: weekday(g.wd!) } };
      if (g.year) f.year = +g.year;
      return { kind: 'absolute', fields: f };
    },
  },
  {
    // Tuesday, September 1, 2015 / Sept. 13 / September 13th, 2023
    name: 'date.month-day',
    re: new RegExp(`\\b${WD}${MON}\\s+${DAY}\\b(?!\\s*(?:%|mm|km|kg|m\\b|,\\d|\\.\\d))(?:,?\\s+${YEAR}\\b)?`, 'g'),
    build: (m) => {
      const f = fieldsFromGroups(m.groups!);
      return f ? { kind: 'absolute', fields: f } : null;
    },
  },
  {
    // Tuesday 1 September 2015 / 23 September / the 5th of May
    name: 'date.day-month',
    re: new RegExp(`\\b${WD}(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MON}(?![a-z])(?:,?\\s+${YEAR}\\b)?`, 'g'),
    build: (m) => {
      const f = fieldsFromGroups(m.groups!);
      return f ? { kind: 'absolute', fields: f } : null;
    },
  },
  {
    // September 2023 / mid-September / early July / In July
    name: 'date.month',
    re: new RegExp(`\\b(?:(?<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[-\\s]+)?${MON}(?![a-z])(?:,?\\s+(?:of\\s+)?${YEAR}\\b|\\s+(?<rely>last|this|next)\\s+year\\b)?`, 'g'),
    build: (m) => {
      const g = m.groups!;
      const raw = g.mon!;
      if (!/^[A-Z]/.test(raw)) return null; // "may", "march" as verbs
      if (/^May$|^March$/.test(raw) && !g.year && !g.mod) {
        // "May" and "March" alone: only after a preposition that takes a date
        // (over a hedge: "until at least March", "by around May")
        const before = m.input.slice(Math.max(0, m.index - 30), m.index).replace(HEDGE_BEFORE, '');
        // (or listed with another month: "in April and May", "March or April")
        const listed = MONTH_LISTED_BEFORE.test(before) || MONTH_LISTED_AFTER.test(m.input.slice(m.index + raw.length, m.index + raw.length + 24));
        // (or naming an event after an article: "a March release", "the May deadline")
        const eventOf = /\b(?:a|an|the|its|their|his|her)\s+$/i.test(before) && MONTH_EVENT_AFTER.test(m.input.slice(m.index + raw.length, m.index + raw.length + 16));
        // ("the year to March": the end of a period counted back; "moved to March", "postponed it
        // to May": the date a thing was put off to)
        if (!listed && !eventOf && !/\b(?:in|since|until|till|by|of|from|through|during|last|next|this|early|late|mid|before|after)\s+$/i.test(before) && !/\b(?:year|months|quarter|weeks|period)\s+to\s+$/i.test(before) && !(/\b(?:moved|postponed|delayed|pushed\s+back|brought\s+forward|rescheduled|put\s+off|deferred|adjourned)\s+(?:\w+\s+)?(?:to|until)\s+$/i.test(before) && !/^\s+\p{Lu}/u.test(m.input.slice(m.index + raw.length, m.index + raw.length + 3)))) return null;
      }
      if (/^(?:Sun|Sat|Mar|Jan|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Feb|Apr)$/.test(raw) && !g.year) return null;
      const f: Fields = { month: month(raw) };
      if (g.year) f.year = +g.year;
      if (g.rely) f.yearOffset = g.rely === 'last' ? -1 : g.rely === 'next' ? 1 : 0;
      return { kind: 'absolute', fields: f, ...(g.mod ? { mod: g.mod } : {}) };
    },
  },
  {
    // the 1990s, the '90s, the early 2000s
    name: 'date.decade',
    re: /\b(?:the\s+)?(?:(?<mod>early|mid|late)[-\s])?(?<dec>1[5-9]\d0|20\d0)['’]?s\b/g,
    build: (m) => ({ kind: 'absolute', fields: { decade: +m.groups!.dec! / 10 }, ...(m.groups!.mod ? { mod: m.groups!.mod } : {}) }),
  },
  {
    name: 'date.quarter',
    // (also as a modifier: "third-quarter profit", "fiscal fourth-quarter results")
    // ("the second half of last year", "the first quarter of next year": one expression)
    re: /\b(?:Q(?<q>[1-4])|(?:the\s+)?(?<qw>first|second|third|fourth)[-\s]+quarter|(?:the\s+)?(?<hw>first|second)\s+half)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?<year>(?:19|20)\d\d)|\s+of\s+(?<rel>this|last|next)\s+year|\s+of\s+the\s+(?<theyear>year))?\b/gi,
    build: (m) => {
      const g = m.groups!;
      const rel = g.rel ? { yearOffset: relOffset(g.rel) } : {};
      if (g.hw) {
        // "the second half of 2024" (a half of something else, "the first half of the match", is no date)
        if (!g.year && !g.rel && !g.theyear) return null;
        return { kind: 'absolute', fields: { half: g.hw.toLowerCase() === 'first' ? 1 : 2, ...(g.year ? { year: +g.year } : {}), ...rel } };
      }
      const q = g.q ? +g.q : ORDINAL_WORDS[g.qw!.toLowerCase()]!;
      if (!g.year && !g.rel && g.q) return null; // a bare "Q3" is too ambiguous
      const f: Fields = { quarter: q, ...rel };
      if (g.year) f.year = +g.year;
      return { kind: 'absolute', fields: f };
    },
  },
  {
    // this summer, last winter, summer 2022, the spring of 2021
    name: 'date.season',
    // ("the spring of last year": one expression)
    re: /\b(?:(?<rel>this|last|next|past|coming)\s+)?(?<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<year>(?:19|20)\d\d)|\s+of\s+(?<yrel>this|last|next)\s+year)?\b/gi,
    build: (m) => {
      const g = m.groups!;
      if (!g.rel && !g.year && !g.yrel) return null;
      const f: Fields = { season: SEASONS[g.season!.toLowerCase()]! };
      if (g.year) return { kind: 'absolute', fields: { ...f, year: +g.year } };
      if (g.yrel && !g.rel) return { kind: 'absolute', fields: { ...f, yearOffset: relOffset(g.yrel) } };
      const offset = g.rel!.toLowerCase() === 'this' ? 0 : /last|past/i.test(g.rel!) ? -1 : 1;
      return { kind: 'absolute', fields: f, mod: `season${offset}` };
    },
  },
  {
    // "in the autumn", "during the winter", "by the spring": a season the clause's tense places
    // (not "the fall of Rome", "the spring of their discontent")
    name: 'date.season-definite',
    re: /(?<=\b(?:in|during|by|until|till|through|over|since|before|after|from|spent|spend|spends|spending)\s+)the\s+(?<season>spring|summer|autumn|fall|winter)\b(?!\s+of\b)(?![-\s]+(?:term|session|semester|collection|olympics|games|transfer|window|schedule|season|months?)\b)/gi,
    build: (m) => ({ kind: 'absolute', fields: { season: SEASONS[m.groups!.season!.toLowerCase()]! }, mod: 'season~' }),
  },
  {
    // in 2019, since 1998, 2014, (bare years outside number contexts)
    name: 'date.year',
    re: /(?<![\d,.$£€#-])\b(?<year>1[6-9]\d\d|20\d\d)\b(?![\d,.%-]\d|\s*(?:%|percent|per cent|mm|km|kg|m\b|troops|soldiers|people|men|women|members|units|tons|tonnes|dollars|euros|shells|rounds|times))/g,
    build: (m) => {
      // "2,000" is excluded by the lookbehind; "page 2019 of" etc. are rare in news
      const after = m.input.slice(m.index + 4, m.index + 6);
      if (/^:\d/.test(after)) return null;
      return { kind: 'absolute', fields: { year: +m.groups!.year! } };
    },
  },
  {
    // a part of a year: "mid-2025", "late 2023", "early 2024", "end-2026", "the end of 2025"
    name: 'date.year-part',
    re: /\b(?<mod>early|mid|late|end|start|the end of|the start of|the beginning of|the middle of)[-\s]+(?<year>1[6-9]\d\d|20\d\d)\b(?![\d,.%-]\d|\s*(?:%|percent|per cent))/gi,
    build: (m) => ({ kind: 'absolute', fields: { year: +m.groups!.year! }, mod: m.groups!.mod!.toLowerCase().replace(/^end$/, 'the end of').replace(/^start$/, 'the start of') }),
  },
  {
    // between May and July / from 2014 to 2016 / 2014-2016
    name: 'range.between',
    re: new RegExp(`\\b(?:between|from)\\s+(?<a>${MONTH_RE}(?:\\s+(?:1[5-9]|20)\\d\\d)?|(?:1[5-9]|20)\\d\\d)\\s+(?:and|to|until|through)\\s+(?<b>${MONTH_RE}(?:\\s+(?:1[5-9]|20)\\d\\d)?|(?:1[5-9]|20)\\d\\d)\\b`, 'g'),
    build: (m) => {
      const side = (s: string): DateParts => {
        const mm = /^([A-Za-z.]+)(?:\s+(\d{4}))?$/.exec(s);
        if (mm) return { kind: 'absolute', fields: { month: month(mm[1]!), ...(mm[2] ? { year: +mm[2] } : {}) } };
        return { kind: 'absolute', fields: { year: +s } };
      };
      return { kind: 'range', from: side(m.groups!.a!), to: side(m.groups!.b!) };
    },
    ends: (m) => {
      const a = m.index + m[0].indexOf(m.groups!.a!, m[0].search(/\s/));
      const b = m.index + m[0].lastIndexOf(m.groups!.b!);
      return [[a, a + m.groups!.a!.length], [b, b + m.groups!.b!.length]];
    },
  },
  {
    name: 'range.years',
    re: /\b(?<a>(?:1[5-9]|20)\d\d)\s?[-–]\s?(?<b>(?:1[5-9]|20)\d\d|\d\d)\b(?![-\d])/g,
    build: (m) => {
      const a = +m.groups!.a!;
      let b = +m.groups!.b!;
      if (b < 100) b = Math.floor(a / 100) * 100 + b;
      if (b <= a || b - a > 100) return null;
      return { kind: 'range', from: { kind: 'absolute', fields: { year: a } }, to: { kind: 'absolute', fields: { year: b } } };
    },
    ends: (m) => [[m.index, m.index + m.groups!.a!.length], [m.index + m[0].length - m.groups!.b!.length, m.index + m[0].length]],
  },
  {
    // a day, week, month or year counted from the date told just before: "the following day",
    // "the next morning", "that month", "later that year", "the previous week", "the same day"
    name: 'date.anaphoric',
    re: /\b(?:(?<mod>later|earlier)\s+)?(?:(?<that>that|the\s+same)\s+(?<unit>day|week|month|year|morning|afternoon|evening|night)|the\s+(?<dir>following|next|previous|preceding)\s+(?<unit2>day|week|month|year|morning|afternoon|evening|night))\b/gi,
    build: (m) => {
      const g = m.groups!;
      // (after a clock time the two are one expression, "2:30 the next day", left to the time)
      if (/\d[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
      const word = (g.unit ?? g.unit2)!.toLowerCase();
      const part = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[word];
      const unit = (part ? 'day' : word) as 'day' | 'week' | 'month' | 'year';
      const offset = g.that ? 0 : /^(?:following|next)$/i.test(g.dir!) ? 1 : -1;
      // ("that day" alone in speech is often no date: "the man I met that day"; keep it, TimeML does too)
      return { kind: 'anaphor', unit, offset, ...(part ? { partOfDay: part } : {}) };
    },
  },
  {
    // "over the weekend", "at the weekend", "by the weekend": the weekend of the story's week, the one just gone when
    // told in the past
    name: 'date.the-weekend',
    re: /(?<=\b(?:over|at|during|on|for|through|by|until|till|before|after)\s+)the\s+weekend\b(?!\s+of\b)/gi,
    build: () => ({ kind: 'relative', unit: 'week', offset: 0, weekend: true }),
  },
  {
    // earlier this month, later this year, early next year, last week, this year
    name: 'date.relative',
    re: /\b(?:(?<mod>earlier|later|early|late|mid|the end of|the start of|the beginning of)[-\s]+)?(?<rel>this|last|next|(?:the\s+)?past|(?:the\s+)?coming)\s+(?<unit>week|weekend|month|year|decade|century|quarter)\b/gi,
    build: (m) => {
      const g = m.groups!;
      // ("the" kept in the span: "the past year", as "the past three months" is)
      const rel = g.rel!.toLowerCase().replace(/^the\s+/, '');
      const unit = g.unit!.toLowerCase();
      // "the past week" / "the coming year" read as a duration-like span ending/starting now
      // (but "the past century" is the one before this: the 20th)
      if ((rel === 'past' || rel === 'coming') && unit !== 'century' && (/^the\s/i.test(g.rel!) || /the\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index)))) {
        return { kind: 'duration', amount: 1, unit: unit === 'weekend' ? 'week' : unit, mod: rel };
      }
      const offset = rel === 'this' ? 0 : rel === 'last' || rel === 'past' ? -1 : 1;
      const grain = (unit === 'weekend' ? 'week' : unit) as Grain;
      return { kind: 'relative', unit: grain, offset, ...(g.mod ? { mod: g.mod.toLowerCase() } : {}), ...(unit === 'weekend' ? { weekend: true } : {}) };
    },
  },
  {
    name: 'date.day-relative',
    re: /\b(?<w>today|yesterday|tomorrow|tonight)(?:\s+(?<pod>morning|afternoon|evening|night))?\b|\bthis\s+(?<pod2>morning|afternoon|evening)\b|\bthe day (?<ba>before|after) (?<w2>yesterday|tomorrow)\b/gi,
    build: (m) => {
      const g = m.groups!;
      if (g.pod2) return { kind: 'day-rel', offset: 0, partOfDay: PART_OF_DAY[g.pod2.toLowerCase()]! };
      if (g.w2) return { kind: 'day-rel', offset: g.w2.toLowerCase() === 'yesterday' ? -2 : 2 };
      const w = g.w!.toLowerCase();
      // (capitalised inside a sentence, a title's word: "told USA Today", "NBC's Today show")
      if (g.w === 'Today' && !/(?:^|[.!?:;"“'‘(\n—–-])\s*$/.test(m.input.slice(Math.max(0, m.index - 6), m.index))) return null;
      const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const pod = w === 'tonight' ? 'NI' : g.pod ? PART_OF_DAY[g.pod.toLowerCase()] : undefined;
      return { kind: 'day-rel', offset, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    // (last|next|this) Tuesday, on Tuesday, Tuesday morning
    name: 'date.weekday',
    re: new RegExp(`\\b(?:(?<rel>last|next|this|coming|past)\\s+)?(?<wd>${WEEKDAY_RE})(?:\\s+(?<pod>morning|afternoon|evening|night))?(?![\\w])`, 'g'),
    build: (m) => {
      const g = m.groups!;
      const rel = g.rel?.toLowerCase();
      const dir = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'coming' ? 1 : rel === 'this' ? 0 : undefined;
      const pod = g.pod ? PART_OF_DAY[g.pod.toLowerCase()] : undefined;
      return { kind: 'weekday', weekday: weekday(g.wd!), ...(dir !== undefined ? { dir } : {}), ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    // two days ago, a decade ago, three weeks later (the "ago" span is a date); not the
    // "earlier" of "earlier this month" ("met for two days earlier this month")
    name: 'date.ago',
    re: new RegExp(`\\b(?:(?:just\\s+)?(?:over|more than|less than|nearly|almost|about|around|some)\\s+)?(?<n>${NUM_WORD_RE})(?:[-\\s]+and[-\\s]+a[-\\s]+half)?[-\\s]+(?<unit>${UNIT_RE})s?(?:[-\\s]+and[-\\s]+a[-\\s]+half)?\\s+(?<dir>ago|earlier|before|later|hence)\\b(?!\\s+(?:the|a|an|his|her|its|their)\\b)(?!\\s+(?:this|that|last|next)\\s+(?:week|month|year|season|quarter|spring|summer|autumn|fall|winter|morning|afternoon|evening)\\b)`, 'gi'),
    build: (m) => {
      const g = m.groups!;
      let amount = numberWord(g.n!);
      if (amount === undefined) return null;
      if (/and[-\s]+a[-\s]+half/i.test(m[0])) amount += 0.5;
      const dir = g.dir!.toLowerCase();
      // "a year earlier", "three weeks later": a point before or after the date told just before
      if (dir !== 'ago') return dir === 'hence' ? null : { kind: 'shifted', amount, unit: unitOf(g.unit!), dir: dir === 'later' ? 1 : -1 };
      return { kind: 'ago', amount, unit: unitOf(g.unit!) };
    },
  },
  {
    // three years, a month-and-a-half, 48 hours, two and a half years, the past 35 years
    name: 'duration',
    re: new RegExp(`\\b(?:(?<mod>the\\s+(?:past|last|next|coming|previous|first)|more than|less than|nearly|almost|about|around|over|at least|up to)\\s+)?(?<n>${NUM_WORD_RE}|several|many|few)(?:[-\\s]+and[-\\s]+a[-\\s]+half)?[-\\s]+(?<unit>${UNIT_RE})s?(?:[-\\s]+and[-\\s]+a[-\\s]+half)?(?![-\\w])`, 'gi'),
    build: (m) => {
      const g = m.groups!;
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (/^\s+(?:old|of age)\b/i.test(after)) return null; // ages are quantities
      // "a one-day international", "Twenty20": a cricket match's format names no length of time
      if (/^one-day$/i.test(m[0]) && /^\s+(?:international|internationals|cricket|format|series|cup|squad|side|team)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      // "a second thought", "a second term": the ordinal, not one second
      if (/^an?$/i.test(g.n!) && /^seconds?$/i.test(g.unit!) && !/s$/i.test(m[0]) && /^\s+(?!(?:ago|later|earlier|before|after|longer|more|or|and|to|in|of|on|at|for|per|each|the|a|an)\b)[a-z]/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      // "two hours a day": "a day" is the rate's denominator, not a duration of its own
      if (/^an?$/i.test(g.n!) && !g.mod && AFTER_DURATION_RE.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return null;
      let amount = numberWord(g.n!);
      if (amount === undefined) return null;
      if (/and[-\s]+a[-\s]+half/i.test(m[0])) amount += 0.5;
      return { kind: 'duration', amount: Number.isNaN(amount) ? null : amount, unit: unitOf(g.unit!), ...(g.mod ? { mod: g.mod.toLowerCase().replace(/\s+/g, ' ') } : {}) };
    },
  },
  {
    // 10 a.m., 6:00am, 2.15pm, 14:00 GMT, 0930 GMT, 10 p.m. local time; never the end of
    // a decimal ("2.1 pm" is not 1 pm) and never an hour past 12 with am/pm
    name: 'time.clock',
    re: new RegExp(String.raw`(?<![\d.,:])\b(?<h>1[0-2]|0?\d)(?:[:.](?<min>[0-5]\d))?\s*(?<ap>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)(?:\s+(?<zone>${ZONE_RE}|local time|local))?|(?<![\d.,:])\b(?<h2>[01]?\d|2[0-3]):(?<min2>[0-5]\d)(?![:.]\d)(?!\s+(?:left|remaining|to\s+play|to\s+go|into\s+the)\b)(?:\s*(?<zone2>${ZONE_RE}|local time|hrs|h\b))?|(?<![\d.,:])\b(?<h3>[01]\d|2[0-3])(?<min3>[0-5]\d)\s+(?<zone3>${ZONE_RE})\b`, 'gi'),
    build: (m) => {
      const g = m.groups!;
      // wire copy writes a clock time as four digits with its zone: "by 0930 GMT"
      const f = g.h !== undefined ? timeFields(g.h, g.min, g.ap, g.zone) : g.h2 !== undefined ? timeFields(g.h2, g.min2, undefined, g.zone2) : timeFields(g.h3!, g.min3, undefined, g.zone3);
      if (!f) return null;
      if (f.zone && /local|hrs|^H$/i.test(f.zone)) delete f.zone;
      return { kind: 'absolute', fields: f };
    },
  },
  {
    // a result read off a stopwatch: "won the marathon in 2:09:44", "a time of 3:45.12",
    // "1:42.3": hours, minutes and seconds, or minutes and seconds with fractions, are a
    // duration, and so is a game clock's time left ("with 3:15 left", "1:02 to play"); a clock
    // time with seconds is written with its zone or "a.m."
    name: 'time.elapsed',
    re: new RegExp(String.raw`(?<![\d.,:])\b(?:(?<h>\d{1,2}):(?<m>[0-5]\d):(?<s>[0-5]\d)(?<f>\.\d{1,3})?|(?<m2>\d{1,2}):(?<s2>[0-5]\d)(?:(?<f2>\.\d{1,3})|(?=\s+(?:left|remaining|to\s+play|to\s+go|into\s+the)\b)))(?![\d:])(?!\s*(?:a\.?m\b|p\.?m\b|${ZONE_RE}\b|local\b|hrs\b))`, 'gi'),
    build: (m) => {
      const g = m.groups!;
      const n = (x: string | undefined) => Number(x ?? 0);
      const secs = g.h !== undefined ? `${n(g.s)}${g.f ?? ''}` : `${n(g.s2)}${g.f2 ?? ''}`;
      const hours = g.h !== undefined && n(g.h) > 0 ? `${n(g.h)}H` : '';
      const mins = n(g.m ?? g.m2) > 0 ? `${n(g.m ?? g.m2)}M` : '';
      return { kind: 'elapsed', value: `PT${hours}${mins}${Number(secs) > 0 ? `${secs}S` : ''}` };
    },
  },
  {
    name: 'time.named',
    re: /\b(?<w>noon|midday|midnight)\b/gi,
    build: (m) => ({ kind: 'absolute', fields: { hour: /midnight/i.test(m.groups!.w!) ? 0 : 12, minute: 0 } }),
  },
  {
    // every year, every Monday, daily, weekly, twice a week
    name: 'set',
    re: new RegExp(`\\b(?:every|each)\\s+(?<cal>January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\\b|\\bevery\\s+(?:(?<n>other|\\d+|two|three|four|six)\\s+)?(?<unit>${UNIT_RE}|${WEEKDAY_RE})s?\\b|\\beach\\s+(?<unit3>${UNIT_RE}|${WEEKDAY_RE})\\b|\\b(?<w>daily|weekly|monthly|yearly|annually|hourly|quarterly|fortnightly|nightly)\\b|\\b(?<k>once|twice|\\w+ times)\\s+(?:a|per)\\s+(?<unit2>day|week|month|year)\\b`, 'gi'),
    build: (m) => {
      const g = m.groups!;
      if (g.w && /^\p{Lu}/u.test(g.w)) return null; // "Daily et al.", "US Weekly": names
      if (g.w) return { kind: 'set', value: SET_WORDS[g.w.toLowerCase()]! };
      if (g.unit2) return { kind: 'set', value: `P1${UNITS[g.unit2.toLowerCase()]!.letter}` };
      // (a month or season of every year: "every August", "each spring")
      if (g.cal) {
        const season = SEASONS[g.cal.toLowerCase()];
        if (!season && !/^\p{Lu}/u.test(g.cal)) return null; // "each may choose"
        return { kind: 'set', value: season ? `XXXX-${season}` : `XXXX-${String(month(g.cal)).padStart(2, '0')}` };
      }
      const u = (g.unit ?? g.unit3)!.toLowerCase();
      if (WEEKDAYS[u.replace(/\.$/, '')]) return { kind: 'set', value: `XXXX-WXX-${weekday(u)}` };
      const unit = UNITS[unitOf(u)];
      if (!unit) return null;
      const n = g.n ? (g.n.toLowerCase() === 'other' ? 2 : numberWord(g.n) ?? 1) : 1;
      return { kind: 'set', value: `P${unit.time ? 'T' : ''}${n}${unit.letter}` };
    },
  },
  {
    // the present, past or future without a date: "nowadays", "back then", "in the future" (TimeML *_REF)
    name: 'date.reference',
    // (not a word's first part: "now-defunct")
    re: new RegExp(`\\b(?:${alternation(Object.keys(REFERENCE_WORDS))})\\b(?![-‐])`, 'gi'),
    build: (m) => {
      const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
      // (nor "in the past" before a unit, which is a stretch of time: "in the past year", "in the past three months")
      if (phrase === 'in the past' && new RegExp(`^\\s+(?:[\\w-]+\\s+)?(?:${UNIT_RE}|quarter|season)s?\\b`, 'i').test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30))) return null;
      return { kind: 'reference', value: REFERENCE_WORDS[phrase]! };
    },
  },
  {
    // an unstated number of units: "for decades", "in recent months", "over the years", "hours later"; "years ago" is the past
    name: 'duration.vague',
    // ("within days", "within hours": a stretch of unstated length)
    // ("may take months", "it took hours", "talks lasted weeks": a verb of taking time before it)
    re: new RegExp(`\\b(?:(?<lead>for|over|in recent|for the past|in the past|over the past|during the past|for many|for several|in the last|within|take|takes|took|taken|taking|last|lasts|lasted|lasting|spent|spend|spends|waited|wait|waits)\\s+(?:the\\s+)?(?<unit>${PLURAL_UNIT_RE})\\b|(?<unit2>${PLURAL_UNIT_RE})\\s+(?<dir>later|earlier|ago)\\b)`, 'gi'),
    build: (m) => {
      const g = m.groups!;
      // (a number before makes it a stated amount, read by the rule of "two weeks later")
      if (g.unit2 && new RegExp(`\\b${NUM_WORD_RE}[-\\s]+$`, 'i').test(m.input.slice(Math.max(0, m.index - 16), m.index))) return null;
      if (g.dir?.toLowerCase() === 'ago') return { kind: 'reference', value: 'PAST_REF' };
      const unit = unitOf((g.unit ?? g.unit2)!);
      return { kind: 'duration', amount: null, unit };
    },
    group: 'unit',
  },
  {
    // the 19th century, the nineteenth century, the 1800s, this century, the past century
    name: 'date.century',
    re: /\b(?:the\s+)?(?:(?<ord>\d{1,2})(?:st|nd|rd|th)|(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))\s+century\b|\b(?<rel>this|the past|the last|last|the previous|next|the next)\s+century\b/gi,
    build: (m) => {
      const g = m.groups!;
      if (g.rel) {
        const r = g.rel.toLowerCase();
        return { kind: 'relative', unit: 'century' as Grain, offset: /this/.test(r) ? 0 : /next/.test(r) ? 1 : -1 };
      }
      const n = g.ord ? Number(g.ord) : CENTURY_ORDINALS.indexOf(g.word!.toLowerCase()) + 1;
      if (n < 1 || n > 21) return null;
      return { kind: 'absolute', fields: { century: n - 1 } };
    },
  },
  {
    // the sixties, the 'nineties: decades in words
    name: 'date.decade-words',
    re: /\b(?:the\s+)(?:(?<mod>early|mid|late)[-\s])?['’]?(?<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    build: (m) => ({ kind: 'absolute', fields: { decade: 190 + DECADE_WORDS.indexOf(m.groups!.dec!.toLowerCase()) + 2 }, ...(m.groups!.mod ? { mod: m.groups!.mod.toLowerCase() } : {}) }),
  },
  {
    // the end of the year, year-end, by the end of the month: the current one
    name: 'date.period-end',
    re: /\b(?:(?<mod>the end of|the start of|the beginning of|the middle of|the rest of)\s+the\s+(?<unit>year|month|week|decade|century)|(?<unit2>year)[- ]end)\b/gi,
    build: (m) => {
      const g = m.groups!;
      const unit = (g.unit ?? g.unit2)!.toLowerCase();
      // ("the year" with no "this" may be a year the story told before: `definite`)
      return { kind: 'relative', unit: unit as Grain, offset: 0, mod: g.mod ? g.mod.toLowerCase() : 'the end of', ...(g.unit ? { definite: true } : {}) };
    },
  },
  {
    // expressions anchored to an event: no invented value
    name: 'date.anchored',
    re: new RegExp(`\\b(?:on the eve of|the day (?:before|after)|(?:${NUM_WORD_RE})[-\\s]+${UNIT_RE}s?\\s+(?:after|before|later than|prior to))\\s+(?:the|a|an|his|her|its|their)\\s+[a-z]+(?:\\s+(?:of|between)\\s+[\\w\\s]{1,30}?)?(?=[,.;]|\\s+(?:is|was|will|had|has|and)\\b)`, 'gi'),
    build: (m) => ({ kind: 'anchored', anchor: m[0] }),
  },
];

/** All rule matches in `text`, possibly overlapping. */
export function detectDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const parts = rule.build(m);
      if (!parts) continue;
      // a rule may report one group only: "decades" of "for decades"
      const start = rule.group && m.groups?.[rule.group] ? m.index + m[0].lastIndexOf(m.groups[rule.group]!) : m.index;
      let end = m.index + m[0].length;
      // "a month-and-a-half ago": the span is the duration; the point it gives is resolved
      if (parts.kind === 'ago') end = start + m[0].replace(/\s+ago$/i, '').length;
      if (parts.kind === 'shifted') end = start + m[0].replace(/\s+(?:earlier|before|later)$/i, '').length;
      // spans never end in whitespace or a comma
      while (end > start && /[\s,]/.test(text.charAt(end - 1))) end--;
      out.push({ start, end, rule: rule.name, parts, ...(parts.kind === 'range' && rule.ends ? { ends: rule.ends(m) } : {}) });
    }
  }
  return out;
}

export const DATE_RULE_NAMES = rules.map((r) => r.name);
