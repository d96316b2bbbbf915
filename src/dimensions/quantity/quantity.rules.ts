// Quantity detection: a number (digits or words), a scale, a unit or currency,
// a modifier, and the item measured or counted. Each quantity carries the name
// of the rule that made it.
import type { Quantity } from '../../model/types.js';
import type { Analysis, Token } from '../../nlp/compromise.js';
import { MONTHS, WEEKDAYS } from '../date/date.vocab.js';
import { alternation, DOZEN, SCALE_ABBREVIATIONS, SCALES, SMALL_NUMBERS, VAGUE_PLURALS } from '../number/number.vocab.js';
import { parseNumberWords } from '../number/number.rules.js';
import {
  CALIBRE_NOUNS,
  CURRENCIES,
  CURRENCY_SYMBOL_RE,
  RATE_NOUNS,
  RATE_TIMES,
  STANDARD_CALIBRES,
  UNITS,
  WEAPON_SYSTEMS,
  DESIGNATION_WORDS,
  CURRENCY_CODES,
  DECIMAL_CURRENCIES,
} from './quantity.vocab.js';

export interface QuantityCandidate extends Quantity {
  /** end of the quantity proper, before any item */
  coreEnd: number;
  /** where the denominator of a rate is written ("a barrel" in "$84.50 a barrel") */
  perSpan?: [number, number];
}

const MAX_UNIT_WORDS = 4;
const unitSurfaces = [...UNITS.keys(), ...CURRENCIES.keys()];
/** Short unit symbols that count only glued to the number ("1.8m", "5kg"), never after a space. */
const GLUED_ONLY = new Set(['l', 'c', 'f', 'p', 'k', 'b', '"', "'", 'in', 'mi', 'w', 'kt', 'cc', 'dr', 'rad', 'try', 'real', 'won', 'rand']);
/** Symbols that also count after a space when nothing but punctuation follows: "12 m", "5 g". */
const SPACED_SYMBOLS = new Set(['m', 'g', 't']);
/** Symbols that also count after a space when punctuation or the end follows: "930,000 mi)", "2 in." */
const SPACED_BEFORE_PUNCT = new Set(['mi', 'in', 'l']);

const MODIFIERS: Array<[RegExp, string]> = [
  [/\b(?:about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|circa|~)\s*$/i, 'approx'],
  [/\b(?:more than|over|above|in excess of|upwards of|exceeding)\s*$/i, 'more_than'],
  [/\b(?:less than|fewer than|under|below)\s*$/i, 'less_than'],
  [/\b(?:at least|no less than|no fewer than|a minimum of)\s*$/i, 'at_least'],
  [/\b(?:up to|at most|as many as|as much as|no more than|a maximum of)\s*$/i, 'at_most'],
];

const wordsWhere = (test: (v: number) => boolean) => Object.keys(SMALL_NUMBERS).filter((w) => test(SMALL_NUMBERS[w]!));
const BIG_SCALES = ['thousand', 'million', 'billion'];
/** Numbers in words as quantities use them, built from the number vocabulary. */
const WORD_NUMBER_RE = new RegExp(
  String.raw`\b(?:(?<vague>${alternation(Object.keys(VAGUE_PLURALS))})(?:\s+of\s+(?<vague2>${alternation(BIG_SCALES.map((w) => `${w}s`))}))?\s+of` +
    String.raw`|(?<w>(?:${alternation(wordsWhere((v) => v >= 20))})(?:[-\s](?:${alternation(wordsWhere((v) => v >= 1 && v <= 9))}))?|(?:a\s+|one\s+|three\s+)?quarters?|(?:a\s+)?half` +
    String.raw`|${alternation(wordsWhere((v) => v >= 1 && v <= 19))}|a|an|half a)` +
    String.raw`(?:\s+(?<scale>${alternation([...BIG_SCALES, 'hundred', 'trillion', 'dozen'])}))?(?:\s+(?<scale2>${alternation(BIG_SCALES)}))?(?<half>\s+and\s+a\s+half)?)(?=[\s-]|[.,;:!?)]|$)`,
  'gi',
);

const ALL_SCALES: Record<string, number> = { ...SCALES, ...SCALE_ABBREVIATIONS };
const SCALE_AFTER_RE = new RegExp(`^(?:\\s*|-)(${alternation(Object.keys(ALL_SCALES))})\\b`, 'i');

const DIGIT_RE = /(?<![\p{N}_/:%])(?<![\p{L}]-)(?<![\d.,]\d*)(?:(?<whole>\d+)\/(?<den>\d{1,2})(?![\d/])|(?<num>\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)|\d+(?:\.\d+)?)(?:\s+(?<fn>\d)\/(?<fd>\d{1,2}))?)/gu;

/** The second number of a range and its sign: "10-15", "3 to 5", "8- to 16"; after "between", also "and". */
const RANGE_TO = /^\s*(?:-\s*to|-|–|to)\s*([-−]?)(\d+(?:\.\d+)?)/;
const RANGE_BETWEEN = /^\s*(?:-|–|to|and)\s*([-−]?)(\d+(?:\.\d+)?)/;

/** A currency symbol right before the number: "$2.5bn", "$ 75 million", "hk $ 10.05 billion". */
const SYMBOL_BEFORE = new RegExp(`(?<![\\p{L}])(${CURRENCY_SYMBOL_RE.replace(/\\\$/g, '\\s?\\$')})\\s?$`, 'u');

const DESIGNATION_RE = new RegExp(
  String.raw`\b\p{Lu}[\p{L}]{0,5}-\d+[\p{L}\d]*\b|\b\p{Lu}{1,3}\d{1,4}\p{Lu}?\d?\b|\b(?:${alternation(DESIGNATION_WORDS)})\s+\d+[\p{L}\d-]*\b`,
  'gu',
);

/** Spans of model designations and weapon names that must never become quantities, in text order. */
function designationMask(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  DESIGNATION_RE.lastIndex = 0;
  for (let m = DESIGNATION_RE.exec(text); m; m = DESIGNATION_RE.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Whether `pos` lies in a span of the mask (disjoint spans in text order: a binary search). */
function inMask(mask: Array<[number, number]>, pos: number): boolean {
  let lo = 0;
  let hi = mask.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = mask[mid]!;
    if (pos < a) hi = mid - 1;
    else if (pos >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

const WEAPONS = new Set(WEAPON_SYSTEMS);
const WEAPON_WORDS = Math.max(...WEAPON_SYSTEMS.map((w) => w.split(' ').length));

/** The last token of the longest weapon system named from token i ("Storm Shadow", "Leopard 2"), or -1. */
function weaponEnd(ctx: Ctx, i: number): number {
  const { tokens, text } = ctx;
  for (let j = Math.min(tokens.length - 1, i + WEAPON_WORDS - 1); j >= i; j--) {
    if (WEAPONS.has(text.slice(tokens[i]!.start, tokens[j]!.end).replace(/\s+/g, ' '))) return j;
  }
  return -1;
}

/** Longest unit or currency surface at the start of `s` (after optional hyphen/space). */
function unitAt(s: string, glued: boolean): { surface: string; len: number } | undefined {
  const m = /^(?:[-‐ ]|\s)?/.exec(s)!;
  const lead = m[0].length;
  const rest = s.slice(lead);
  let best: { surface: string; len: number } | undefined;
  const low = rest.toLowerCase();
  for (const surf of unitSurfaces) {
    if (!low.startsWith(surf)) continue;
    const after = rest.charAt(surf.length);
    if (/[\p{L}\p{N}]/u.test(after) && !/^[²³]/.test(after)) continue;
    if (GLUED_ONLY.has(surf) && !glued && !(SPACED_BEFORE_PUNCT.has(surf) && /^(?:[.,;:)]|$)/.test(rest.slice(surf.length, surf.length + 1)))) continue;
    if (SPACED_SYMBOLS.has(surf) && !glued && !/^(?:[\s.,;:)]|$)/.test(rest.slice(surf.length, surf.length + 1))) continue;
    if (surf.split(' ').length > MAX_UNIT_WORDS) continue;
    if (!best || surf.length > best.surface.length) best = { surface: surf, len: lead + surf.length };
  }
  return best;
}

const ANGLE_CONTEXT = /\b(?:angles?|rotat\w*|turn\w*|tilt\w*|inclin\w*|slope\w*|bank\w*|heading|bearing|latitude|longitude|compass|arc|radians?|degrees? (?:north|south|east|west))\b/i;

/** The sentence text around an offset (for context words). */
function sentenceAround(ctx: Ctx, pos: number): string {
  const i = tokenFrom(ctx, pos);
  const s = ctx.sentenceOf(i);
  return s ? ctx.text.slice(s.start, s.end) : ctx.text.slice(Math.max(0, pos - 120), pos + 120);
}

interface Ctx {
  text: string;
  tokens: Token[]; // all tokens in order
  sentenceOf(tokenIndex: number): { start: number; end: number } | undefined;
}

/** First token starting at or after `pos`. */
function tokenFrom(ctx: Ctx, pos: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MONTH_OR_DAY = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);

const NP_STOP_TAGS = ['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Value', 'Date'];

/**
 * A plural noun compromise tags as a verb after a name ("Shahed drones": "drones" a present-tense
 * verb): right after a capitalised noun inside the phrase, and ending it.
 */
function pluralAfterName(ctx: Ctx, i: number, head: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (head !== i - 1 || !prev || !/^\p{Lu}/u.test(prev.text) || !t.tags.has('PresentTense') || !/[^s]s$/.test(t.normal)) return false;
  const next = tokens[i + 1];
  return !next || !/^\s*$/.test(text.slice(t.end, next.start)) || !next.tags.has('Noun');
}

/**
 * A whole number from 1 to 119 between commas right after a capitalised word that is no month or
 * weekday ("Sarkozy, 66, denied"; not "March 3, 12, ..."), followed by a lower-case word.
 */
function isAgeApposition(text: string, start: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 119 || !/^\d+$/.test(text.slice(start, end))) return false;
  const before = /(\p{Lu}[\p{L}'’-]+),\s$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!before || MONTH_OR_DAY.has(before[1]!.toLowerCase())) return false;
  return /^,\s+(?:a|an|the|who|was|is|has|had|said|says|died|denied|and|from|of)\b/.test(text.slice(end, end + 12));
}

/** Noun phrase starting at `pos` ("artillery shells", "Grad rockets"); returns [start, end, text, plural]. */
function nounPhraseAt(ctx: Ctx, pos: number, maxGap = 1): { start: number; end: number; text: string; plural: boolean } | undefined {
  const { text, tokens } = ctx;
  let i = tokenFrom(ctx, pos);
  const first = tokens[i];
  if (!first || first.start - pos > maxGap || !/^\s*$/.test(text.slice(pos, first.start).replace(/^-/, ''))) return undefined;
  let head = -1;
  let taggedVerb = false;
  const limit = Math.min(tokens.length, i + 5);
  for (; i < limit; i++) {
    const t = tokens[i]!;
    // punctuation between ends the phrase; a hyphen joins ("German-built")
    if (head >= 0 && !/^(?:\s*|-)$/.test(text.slice(tokens[i - 1]!.end, t.start))) break;
    if (pluralAfterName(ctx, i, head)) {
      head = i;
      taggedVerb = true;
      break;
    }
    const weapon = weaponEnd(ctx, i);
    if (weapon > i) {
      // a name of several words: "Storm Shadow missiles"
      head = i = weapon;
      continue;
    }
    const known = CALIBRE_NOUNS.has(t.normal) || weapon === i;
    if (!known && NP_STOP_TAGS.some((x) => t.tags.has(x)) && !t.tags.has('Noun') && !t.tags.has('Adjective')) break;
    if (known) {
      head = i;
      if (/s$/.test(t.normal)) break;
      continue;
    }
    if (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Gerund') || /^\p{Lu}/u.test(t.text)) {
      if (t.tags.has('Noun') || /^\p{Lu}/u.test(t.text)) head = i;
      if (t.tags.has('Plural')) break;
      continue;
    }
    break;
  }
  if (head < 0) return undefined;
  const startTok = tokens[tokenFrom(ctx, pos)]!;
  const endTok = tokens[head]!;
  const np = text.slice(startTok.start, endTok.end).replace(/[.,;:!?'’"]+$/, '');
  if (!np) return undefined;
  const plural = taggedVerb || endTok.tags.has('Plural') || (endTok.tags.has('Noun') && /[^s]s$/.test(endTok.normal));
  return { start: startTok.start, end: startTok.start + np.length, text: np, plural };
}

/** Kinds that can be given per something; speeds already are, ages and temperatures are not. */
const RATE_KINDS = new Set(['money', 'count', 'mass', 'volume', 'length', 'area', 'energy', 'data', 'percent']);
/** Kinds of unit that cannot be a rate's denominator. */
const NOT_PER_KINDS = new Set(['percent', 'temperature', 'speed', 'angle']);
const RATE_LEAD = /^(?:\s+(per|a|an|each|every)\s+|\s*(\/)\s*)/i;

/**
 * The denominator of a rate right after `pos`: "a barrel", "per day", "/kg", "a share".
 * One- and two-letter symbols need "per" or "/" ("per kg"); words may follow "a" ("a ton").
 */
function rateAt(ctx: Ctx, pos: number): { per: string; end: number } | undefined {
  const lead = RATE_LEAD.exec(ctx.text.slice(pos, pos + 12));
  if (!lead) return undefined;
  const how = (lead[1] ?? lead[2]!).toLowerCase();
  const at = pos + lead[0].length;
  const rest = ctx.text.slice(at, at + 30);
  const unit = unitAt(rest, how === '/' || how === 'per');
  const def = unit && UNITS.get(unit.surface);
  if (def && !NOT_PER_KINDS.has(def.kind) && (how === '/' || how === 'per' || unit.surface.length >= 3)) {
    return { per: def.unit, end: at + unit.len };
  }
  const word = /^(\p{Ll}+)\b/u.exec(rest)?.[1];
  if (!word) return undefined;
  // "a week ago", "a day later": a point in time, not a rate
  if (RATE_TIMES[word]) return /^\s+(?:ago|earlier|later|before|after|from now)\b/i.test(rest.slice(word.length)) ? undefined : { per: RATE_TIMES[word]!, end: at + word.length };
  const tok = ctx.tokens[tokenFrom(ctx, at)];
  const noun = tok?.start === at && tok.tags.has('Noun') && !tok.tags.has('Pronoun');
  if (RATE_NOUNS.has(word) || (how === 'per' && noun && word.length > 2 && !/^(?:cent|centum|mille)$/.test(word))) return { per: word, end: at + word.length };
  return undefined;
}

function scaleAt(s: string): { mult: number; len: number } | undefined {
  const m = SCALE_AFTER_RE.exec(s);
  if (!m) return undefined;
  const w = m[1]!.toLowerCase();
  // single-letter scales only glued: "$5m", "€2bn"
  if (w.length === 1 && !/^[mkbt]\b/i.test(s)) return undefined;
  return { mult: ALL_SCALES[w]!, len: m[0].length };
}

function contextOf(analysis: Analysis): Ctx {
  const { text } = analysis;
  const tokens: Token[] = [];
  const sentenceIndex: number[] = []; // token index -> sentence index
  analysis.sentences.forEach((s, si) => {
    for (const t of s.tokens) {
      tokens.push(t);
      sentenceIndex.push(si);
    }
  });
  return { text, tokens, sentenceOf: (i) => analysis.sentences[sentenceIndex[Math.min(i, tokens.length - 1)] ?? -1] };
}

/** A number found in the text, on its way to becoming a quantity. */
interface Found {
  ctx: Ctx;
  start: number;
  /** end of the number itself */
  numEnd: number;
  value: number;
  isWord: boolean;
  /** "dozens of": a lower bound */
  vague?: string;
}

/** What the kind rules see: the number with its scale and range, and the text around it. */
interface Reading extends Found {
  end: number;
  /** the scale read after the number ("million"), if any */
  scaled: boolean;
  max?: number;
  before: string;
  after: string;
  glued: boolean;
  /** a currency symbol or code right before the number */
  sym?: RegExpExecArray;
  /** a unit or currency word after the number */
  unit?: { surface: string; len: number };
}

/** "between 3 and 5": the range joiners after "between"; "10-15", "3 to 5" elsewhere. */
const rangeAfter = (text: string, start: number): RegExp => (/\bbetween\s+$/i.test(text.slice(Math.max(0, start - 9), start)) ? RANGE_BETWEEN : RANGE_TO);

/** Scale and range after a number: "1.5 million", "$2.5bn", "10-15 km", "between 3 and 5 tonnes", "8- to 16-meter". */
function read(f: Found): Reading {
  const { text } = f.ctx;
  let { value, start } = f;
  let end = f.numEnd;
  let sc = scaleAt(text.slice(end, end + 12));
  // "$5m" is five million; "1.8m" is a length: one-letter scales (but k) need a currency symbol
  if (sc && sc.len <= 1 && !/k/i.test(text.charAt(end)) && !SYMBOL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) sc = undefined;
  if (sc) {
    value = Number((value * sc.mult).toPrecision(12));
    end += sc.len;
  }
  let max: number | undefined;
  const rg = rangeAfter(text, start).exec(text.slice(end, end + 16));
  if (rg && !f.isWord && !rg[1]) {
    const hi = Number(rg[2]);
    if (hi > value) {
      max = hi;
      end += rg[0].length;
    }
  }
  const after = text.slice(end, end + 40);
  const glued = !/^[\s-]/.test(after);
  const before = text.slice(Math.max(0, start - 12), start);
  const sym = SYMBOL_BEFORE.exec(before) ?? undefined;
  return { ...f, start, value, end, scaled: sc !== undefined, ...(max !== undefined ? { max } : {}), before, after, glued, ...(sym ? { sym } : {}), ...(unitAt(after, glued) ? { unit: unitAt(after, glued)! } : {}) };
}

const quantity = (r: Reading, kind: string, rule: string, extra: Partial<QuantityCandidate> = {}, start = r.start, end = r.end): QuantityCandidate => ({
  kind,
  value: r.value,
  text: '',
  start,
  end,
  coreEnd: end,
  rule,
  ...extra,
});

const AGE_AFTER = /^(?:[-\s]year[-\s]old|\s+years?\s+old|[-\s](?:month|week|day)s?[-\s]old|\s+(?:months?|weeks?|days?)\s+old|\s+(?:years?|months?|weeks?|days?)\s+of\s+age\b|\s*(?:yo|y\/o|yrs? old)\b)/i;

interface KindRule {
  name: string;
  example: string;
  make(r: Reading): QuantityCandidate | undefined;
}

/** What kind of quantity a number is: the first rule that answers decides. */
const KIND_RULES: readonly KindRule[] = [
  {
    name: 'quantity.percent-of',
    example: '"a percent of 10": the inverted form, where no number precedes the word and nothing is counted after',
    make(r) {
      const { text } = r.ctx;
      const inv = /(?:^|[.!?;:]\s+|\b(?:a|an|the|by|to|at|about)\s+)((?:percents?|per\s+cents?|percentage)\s+of\s+)$/i.exec(text.slice(Math.max(0, r.start - 40), r.start));
      if (!inv || r.sym || !/^\s*(?:$|[.,;:!?)])/.test(r.after)) return undefined;
      return quantity(r, 'percent', 'quantity.percent-of', { unit: '%' }, r.start - inv[1]!.length);
    },
  },
  {
    name: 'quantity.money-symbol',
    example: '"$2.5 billion", "NOK 500", "$ 75 million dollars"',
    make(r) {
      if (!r.sym) return undefined;
      const code = CURRENCIES.get(r.sym[1]!.toLowerCase().replace(/\s/g, '')) ?? r.sym[1]!.trim().toUpperCase();
      // "$ 75 million dollars": a trailing currency word is part of it
      const end = r.unit && CURRENCIES.has(r.unit.surface) ? r.end + r.unit.len : r.end;
      return quantity(r, 'money', 'quantity.money-symbol', { unit: code }, r.start - r.sym[0].length, end);
    },
  },
  {
    name: 'quantity.age',
    example: '"a 66-year-old", "3 months old", "87 years of age"',
    make(r) {
      const age = AGE_AFTER.exec(r.after);
      if (!age) return undefined;
      const u = /month/i.test(age[0]) ? 'mo' : /week/i.test(age[0]) ? 'wk' : /day/i.test(age[0]) ? 'd' : 'a';
      return quantity(r, 'age', 'quantity.age', { unit: u }, r.start, r.end + age[0].length);
    },
  },
  {
    name: 'quantity.age-prefix',
    example: '"aged 87", "a man of age 87"',
    make(r) {
      const pre = /\baged?\s+$/i.exec(r.ctx.text.slice(Math.max(0, r.start - 5), r.start));
      if (!pre || r.value >= 130 || r.unit) return undefined;
      return quantity(r, 'age', 'quantity.age-prefix', { unit: 'a' }, r.start - /aged?\s+$/i.exec(pre[0])![0].length);
    },
  },
  {
    name: 'quantity.age-apposition',
    example: '"Sarkozy, 66, denied wrongdoing": a person\'s age between commas after the name',
    make: (r) => (!r.unit && isAgeApposition(r.ctx.text, r.start, r.end, r.value) ? quantity(r, 'age', 'quantity.age-apposition', { unit: 'a' }) : undefined),
  },
  {
    name: 'quantity.money-word',
    example: '"1.2 trillion roubles", "75 USD million", "3 dollars 50 cents"; "2.5 billion pounds" is sterling',
    make(r) {
      if (!r.unit) return undefined;
      const { text } = r.ctx;
      let end = r.end + r.unit.len;
      // "2.5 billion pounds" is money; a weight that large is "of" something ("2 million pounds of beef")
      const cur = CURRENCIES.get(r.unit.surface) ?? (r.scaled && /^pounds?$/i.test(r.unit.surface) && !/^\s+of\b/i.test(text.slice(end, end + 4)) ? 'GBP' : undefined);
      // bare "pounds" without a scale weigh something; "pounds sterling" never do
      if (!cur || (/^pounds?$/.test(r.unit.surface) && !r.scaled)) return undefined;
      let value = r.value;
      // "75 USD million": the scale after the currency
      const late = r.scaled ? undefined : scaleAt(text.slice(end, end + 12));
      if (late && late.len > 2) {
        value = Number((value * late.mult).toPrecision(12));
        end += late.len;
      }
      const q = quantity({ ...r, value }, 'money', 'quantity.money-word', { unit: cur }, r.start, end);
      // "3 dollars 50 cents", "15 dollars and 50": the sub-unit joins the amount
      const sub = /^\s*(?:and\s+)?(\d{1,2})(?![\d%]|[.,]\d)(?:\s*(?:cents?|c|pence|p)\b|(?!\s*(?:[a-z]|\$)))/i.exec(text.slice(end, end + 20));
      if (sub && !r.scaled && DECIMAL_CURRENCIES.has(cur)) {
        q.value = Number((value + Number(sub[1]) / 100).toFixed(2));
        q.end = q.coreEnd = end + sub[0].length;
      }
      return q;
    },
  },
  {
    name: 'quantity.measure',
    example: '"3 meters", "6.5 kilograms", "152mm artillery shells" (a calibre), "-5 degrees" (a temperature)',
    make(r) {
      if (!r.unit || CURRENCIES.has(r.unit.surface)) return undefined;
      const def = UNITS.get(r.unit.surface)!;
      const q = quantity(r, def.kind, `quantity.${def.kind}`, { unit: def.unit }, r.start, r.end + r.unit.len);
      for (const refine of MEASURE_REFINERS) refine(q, r);
      return q;
    },
  },
  {
    name: 'quantity.calibre-inch',
    example: '".50-caliber": inches',
    make(r) {
      const m = /^\s*(?:[-‐]|\s)?cal(?:iber|ibre)?\b/i.exec(r.after);
      return m && r.value < 1 ? quantity(r, 'calibre', 'quantity.calibre-inch', { unit: 'in' }, r.start, r.end + m[0].length) : undefined;
    },
  },
  {
    name: 'quantity.calibre-cartridge',
    example: '"12.7x108mm": calibre x case length',
    make(r) {
      const x = /^[x×](\d+)\s?mm\b/.exec(r.after);
      return x ? quantity(r, 'calibre', 'quantity.calibre-cartridge', { unit: 'mm' }, r.start, r.end + x[0].length) : undefined;
    },
  },
  {
    name: 'quantity.count',
    example: '"300,000 shells", "40 Grad rockets", "two dozen drones"; not "the two nations"',
    make(r) {
      const { text } = r.ctx;
      const np = nounPhraseAt(r.ctx, r.end + 1, 2);
      // small numbers in words ("the two nations") are not facts worth a quantity
      const minor = r.isWord && !r.vague && r.value < 10 && !/dozen|hundred|thousand|million|billion/i.test(text.slice(r.start, r.numEnd));
      if (!np || minor || !(np.plural || r.value === 1) || /^\d/.test(np.text) || /^(?:of|percent)$/i.test(np.text)) return undefined;
      return { ...quantity(r, 'count', r.isWord ? 'quantity.count-words' : 'quantity.count', { item: np.text }), end: np.end };
    },
  },
];

/** Refinements of a measure by its unit and context. */
const MEASURE_REFINERS: ReadonlyArray<(q: QuantityCandidate, r: Reading) => void> = [
  // "5 ft 2 in", "5 feet and 2 inches": one length in feet
  (q, r) => {
    if (q.unit !== 'ft') return;
    const inches = /^\s*(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s*(?:in|inch|inches|")(?![a-z])/i.exec(r.ctx.text.slice(q.end, q.end + 20));
    if (inches) {
      q.value = r.value + Number(inches[1]) / 12;
      q.end = q.coreEnd = q.end + inches[0].length;
    }
  },
  // bare "degrees": an angle only where the sentence speaks of angles, else a temperature
  (q, r) => {
    if (q.unit === '°' && !ANGLE_CONTEXT.test(sentenceAround(r.ctx, r.start))) {
      q.kind = 'temperature';
      q.rule = 'quantity.temperature-degrees';
    }
  },
  // "152mm artillery shells", "a 155 mm howitzer": millimetres of a weapon are a calibre
  (q, r) => {
    if (q.unit !== 'mm') return;
    const { text } = r.ctx;
    const np = nounPhraseAt(r.ctx, q.end + (text.charAt(q.end) === ' ' ? 1 : 0), 2);
    const nextWords = text.slice(q.end, q.end + 40).toLowerCase().split(/[^a-z-]+/).filter(Boolean).slice(0, 3);
    if ((np && np.text.toLowerCase().split(/\s+/).some((w) => CALIBRE_NOUNS.has(w))) || nextWords.some((w) => CALIBRE_NOUNS.has(w)) || STANDARD_CALIBRES.has(r.value)) {
      q.kind = 'calibre';
      q.rule = 'quantity.calibre';
    }
  },
];

/** Steps every quantity goes through after its kind, in order. */
const QUANTITY_STEPS: ReadonlyArray<(q: QuantityCandidate, r: Reading) => void> = [
  // the range: "10-15 km" read before the kind; or the unit said twice: "44 mg to 50 mg", "-18 °C to -34 °C"
  (q, r) => {
    if (r.max !== undefined) {
      q.max = r.max;
      return;
    }
    if (!q.unit || q.kind === 'count' || q.kind === 'age') return;
    const { text } = r.ctx;
    const r2 = rangeAfter(text, r.start).exec(text.slice(q.coreEnd, q.coreEnd + 24));
    if (!r2) return;
    const at = q.coreEnd + r2[0].length;
    const rest = text.slice(at, at + 40);
    const u2 = unitAt(rest, !/^[\s-]/.test(rest));
    const unit2 = u2 && (CURRENCIES.get(u2.surface) ?? UNITS.get(u2.surface)?.unit);
    const other = Number(r2[2]) * (r2[1] ? -1 : 1);
    if (u2 && unit2 === q.unit && other !== q.value) {
      q.max = Math.max(q.value, other);
      q.value = Math.min(q.value, other);
      q.coreEnd = at + u2.len;
      q.end = Math.max(q.end, q.coreEnd);
    }
  },
  // a rate: "$84.50 a barrel", "2 million barrels per day", "40 rockets a day", "5% a year"
  (q, r) => {
    if (!RATE_KINDS.has(q.kind)) return;
    const from = q.kind === 'count' ? q.end : q.coreEnd;
    const rate = rateAt(r.ctx, from);
    if (rate) {
      q.per = rate.per;
      q.perSpan = [from, rate.end];
    }
  },
  // a modifier: "about 300", "more than $5 billion", "dozens of" (a lower bound)
  (q, r) => {
    if (r.vague) {
      q.modifier = r.vague;
      return;
    }
    const pre = r.ctx.text.slice(Math.max(0, q.start - 24), q.start);
    const mod = MODIFIERS.find(([re]) => re.test(pre));
    if (mod) q.modifier = mod[1];
  },
  (q, r) => {
    // no mention begins or ends with whitespace: "$2.5 billion" after a comma, not " $2.5 billion"
    const t = r.ctx.text;
    while (q.start < q.coreEnd && /\s/.test(t.charAt(q.start))) q.start++;
    while (q.coreEnd > q.start && /\s/.test(t.charAt(q.coreEnd - 1))) q.coreEnd--;
    q.text = t.slice(q.start, q.coreEnd);
  },
];

/** A quantity from a number: scale and range, its kind, then the steps every quantity takes. */
function quantityOf(f: Found): QuantityCandidate | undefined {
  const r = read(f);
  for (const rule of KIND_RULES) {
    const q = rule.make(r);
    if (!q) continue;
    for (const step of QUANTITY_STEPS) step(q, r);
    return q;
  }
  return undefined;
}

/**
 * Quantity candidates, possibly overlapping, in rule order. Rates carry the span of their
 * denominator (`perSpan`); what lies there and the items of measures are left to the
 * pipeline's refiners.
 */
export function detectQuantities(analysis: Analysis): QuantityCandidate[] {
  const { text } = analysis;
  const ctx = contextOf(analysis);
  const mask = designationMask(text);
  const out: QuantityCandidate[] = [];
  const consider = (start: number, numEnd: number, value: number, isWord: boolean, vague?: string) => {
    const q = quantityOf({ ctx, start, numEnd, value, isWord, ...(vague ? { vague } : {}) });
    if (q) out.push(q);
  };

  DIGIT_RE.lastIndex = 0;
  for (let m = DIGIT_RE.exec(text); m; m = DIGIT_RE.exec(text)) {
    const start = m.index;
    if (inMask(mask, start)) continue;
    // a letter glued before the number: only a currency code counts ("USD115"), not "A4" or "B52"
    if (/\p{L}$/u.test(text.slice(start - 1, start)) && !(CURRENCY_CODES.has(text.slice(Math.max(0, start - 3), start)) && !/\p{L}/u.test(text.charAt(start - 4)))) continue;
    const g = m.groups!;
    const next = text.slice(start + m[0].length, start + m[0].length + 3);
    const tail = text.slice(start + m[0].length, start + m[0].length + 12);
    // ordinals, times, dates, phone numbers and addresses ("555-123-4567", "192.168.1.2")
    if (/^(?:st|nd|rd|th)\b/i.test(next) || /^[:/]\d/.test(next) || /^[-.]\d+[-.]\d/.test(tail)) continue;
    if (/\d[-.]$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    // "1/4 mile": a bare fraction only counts with a unit (checked in consider)
    let value = g.whole ? Number(g.whole) / Number(g.den) : Number(g.num!.replace(/[,\s\u00a0\u202f]/g, ''));
    if (g.fn) value += Number(g.fn) / Number(g.fd);
    // a sign: "-5 degrees", "minus 10 C" (not the hyphen of "10-15")
    const sign = /(?:^|[\s(])(-|−|minus\s)\s?$/.exec(text.slice(Math.max(0, start - 8), start));
    if (sign) value = -value;
    consider(sign ? start - sign[0].trimStart().length : start, start + m[0].length, value, false);
  }
  WORD_NUMBER_RE.lastIndex = 0;
  for (let m = WORD_NUMBER_RE.exec(text); m; m = WORD_NUMBER_RE.exec(text)) {
    const g = m.groups!;
    let value: number | undefined;
    let vague: string | undefined;
    if (g.vague) {
      const v = g.vague.toLowerCase();
      value = VAGUE_PLURALS[v]!;
      // "tens of thousands", "hundreds of millions": at least ten or a hundred of the scale
      if (g.vague2) value = (v === 'tens' ? 10 : v === 'hundreds' ? 100 : 1) * (SCALES[g.vague2.toLowerCase().replace(/s$/, '')] ?? 1);
      vague = 'lower_bound';
    } else {
      value = parseNumberWords(g.w!.replace(/-/g, ' '));
      if (value === undefined) continue;
      if (g.scale) value *= g.scale.toLowerCase() === 'dozen' ? DOZEN : SCALES[g.scale.toLowerCase()]!;
      if (g.scale2) value *= SCALES[g.scale2.toLowerCase()]!;
      if (g.half) value += 0.5;
      // "a"/"an" alone only count with a unit ("a 2,000-lb bomb" is handled by digits)
      if (/^(?:a|an)$/i.test(g.w!) && !g.scale) {
        const unit = unitAt(text.slice(m.index + m[0].length, m.index + m[0].length + 30), false);
        if (!unit || CURRENCIES.has(unit.surface) || UNITS.get(unit.surface)?.kind === 'percent') continue;
      }
    }
    const sign = /(?:^|[\s(])minus\s$/i.exec(text.slice(Math.max(0, m.index - 7), m.index));
    if (sign) value = -value;
    consider(sign ? m.index - sign[0].trimStart().length : m.index, m.index + m[0].length, value, true, vague);
  }
  return out;
}

/** Items: what each measure is of, shared across coordination ("122mm and 152mm artillery shells"). */
export function attachItems(qs: QuantityCandidate[], analysis: Analysis): void {
  const ctx = contextOf(analysis);
  const { text } = ctx;
  const sorted = [...qs].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const q = sorted[i]!;
    if (q.item || q.per || q.kind === 'percent' || q.kind === 'count') continue;
    const after = text.slice(q.coreEnd, q.coreEnd + 40);
    let np = nounPhraseAt(ctx, q.coreEnd + (after.startsWith(' ') || after.startsWith('-') ? 1 : 0), 2);
    if (!np) {
      const of = /^\s+of\s+/.exec(after);
      if (of && q.kind !== 'money') np = nounPhraseAt(ctx, q.coreEnd + of[0].length, 1);
    }
    if (np && !/^(?:and|or|to)$/i.test(np.text)) q.item = np.text;
  }
  // coordination: a measure followed by "and"/"or"/"," and another of the same unit shares its item
  for (let i = sorted.length - 2; i >= 0; i--) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (a.unit === b.unit && a.kind === b.kind && /^\s*(?:,|and|or|,\s*and|to)\s*$/.test(text.slice(a.coreEnd, b.start)) && b.item && !a.item) {
      a.item = b.item;
    }
  }
}
