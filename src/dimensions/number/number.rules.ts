// Bare numbers (Duckling's "number" dimension): every number written in digits or words,
// with its value. Reported only on request (`--types numbers`): most numbers in news are
// parts of quantities, dates or names, and factx reports those there. Pure; detection only.
import { DENOMINATORS, DOZEN, SCALES, SMALL_NUMBERS } from './number.vocab.js';

export interface FoundNumber {
  start: number;
  end: number;
  value: number;
  rule: string;
}

// ---- digits ---------------------------------------------------------------------------------

const VULGAR: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};
const VULGAR_CLASS = `[${Object.keys(VULGAR).join('')}]`;

// A sign only at the start of a word ("-5", "(−3)"), never the hyphen of "COVID-19" or "3-1".
const DIGITS_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/])(?<sign>(?<![\p{L}\p{N}][-−])[-−])?(?:` +
    // 2.48×10−5, 6.02 x 10^23, 4e14, -1e-3
    String.raw`(?<mant>\d+(?:\.\d+)?)(?:\s?[×x]\s?10\^?(?<exp10>[-−]?\d+)|[eE](?<exp>[-+−]?\d+))` +
    // 1/40, 2 1/2
    String.raw`|(?:(?<mixed>\d+)\s)?(?<fnum>\d+)\/(?<fden>\d+)(?![\d/])` +
    // 2½, ½
    String.raw`|(?<vint>\d+)?(?<vulgar>${VULGAR_CLASS})` +
    // 1,500,000.5, 10 000, 42, 3.14, .5
    String.raw`|(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)|\d+(?:\.\d+)?|\.\d+)` +
    String.raw`)(?![\d])(?!(?:st|nd|rd|th)\b)`,
  'gu',
);

function digitValue(g: Record<string, string | undefined>): number {
  if (g.mant) return Number(g.mant) * 10 ** Number((g.exp10 ?? g.exp)!.replace('−', '-'));
  if (g.fnum) return (g.mixed ? Number(g.mixed) : 0) + Number(g.fnum) / Number(g.fden);
  if (g.vulgar) return (g.vint ? Number(g.vint) : 0) + VULGAR[g.vulgar]!;
  return Number(g.num!.replace(/[,\s\u00a0\u202f]/g, ''));
}

// ---- words ----------------------------------------------------------------------------------

// the word scales from a thousand up ("hundred" has a grammar of its own)
const BIG: Record<string, number> = Object.fromEntries(['thousand', 'million', 'billion', 'trillion'].map((w) => [w, SCALES[w]!]));
const WORD_RE = /[A-Za-z]+|&|,|-/g;
const ONE_PRONOUN_BEFORE = new Set(['that', 'this', 'the', 'which', 'each', 'every', 'no', 'any', 'last', 'next', 'only', 'little', 'new', 'old', 'right', 'wrong', 'another', 'same', 'other']);

type Kind = 'unit' | 'teen' | 'tens' | 'hundred' | 'big' | 'dozen' | 'a';

function kindOf(w: string): Kind | undefined {
  if (w === 'a' || w === 'an') return 'a';
  if (w === 'hundred') return 'hundred';
  if (w === 'dozen') return 'dozen';
  if (BIG[w]) return 'big';
  const n = SMALL_NUMBERS[w];
  if (n === undefined || !Number.isInteger(n)) return undefined;
  return n < 10 ? 'unit' : n < 20 ? 'teen' : 'tens';
}

interface Tok {
  w: string;
  start: number;
  end: number;
}

/**
 * The longest well-formed number from tokens[i]: "a hundred and two", "three million, two hundred
 * & forty", "twenty-one", "two dozen". A join that makes no number ("two, three") ends it.
 */
function parseWords(toks: Tok[], i: number): { value: number; next: number; last: Kind } | undefined {
  let total = 0;
  let current = 0;
  let lastBig = Infinity;
  let last: Kind | undefined;
  let end = i;
  let j = i;
  let joiner: string | undefined;
  let seenHundred = false;
  while (j < toks.length) {
    const t = toks[j]!;
    // words and joiners must be adjacent or one space apart
    if (j > i && t.start - toks[j - 1]!.end > 1) break;
    if (t.w === ',' || t.w === 'and' || t.w === '&' || t.w === '-') {
      if (joiner !== undefined || last === undefined) break;
      joiner = t.w;
      j++;
      continue;
    }
    const k = kindOf(t.w);
    if (!k) break;
    let ok = false;
    switch (k) {
      case 'a':
        // "a" only before a multiplier: "a hundred and two", "a dozen"
        ok = last === undefined && ['hundred', 'big', 'dozen'].includes(kindOf(toks[j + 1]?.w ?? '') ?? '');
        if (ok) current = 1;
        break;
      case 'unit':
      case 'teen':
      case 'tens': {
        // "twenty-one", "twenty one"; or a fresh group: at the start, after "hundred" (space,
        // "and", "&") or after "thousand"/"million" (also after a comma)
        const afterTens = last === 'tens' && k === 'unit' && (joiner === undefined || joiner === '-');
        const fresh =
          last === undefined ||
          (last === 'hundred' && (joiner === undefined || joiner === 'and' || joiner === '&')) ||
          (last === 'big' && (joiner === undefined || joiner === 'and' || joiner === '&' || joiner === ','));
        ok = afterTens || fresh;
        if (ok) current += SMALL_NUMBERS[t.w]!;
        break;
      }
      case 'hundred':
        ok = (last === 'unit' || last === 'teen' || last === 'a') && !seenHundred && joiner === undefined && current > 0 && current < 20;
        if (ok) {
          current *= 100;
          seenHundred = true;
        }
        break;
      case 'big': {
        const m = BIG[t.w]!;
        ok = last !== undefined && last !== 'big' && last !== 'dozen' && joiner === undefined && current > 0 && m < lastBig;
        if (ok) {
          total += current * m;
          current = 0;
          lastBig = m;
          seenHundred = false;
        }
        break;
      }
      case 'dozen':
        ok = (last === 'unit' || last === 'teen' || last === 'tens' || last === 'a') && joiner === undefined;
        if (ok) current *= DOZEN;
        break;
    }
    if (!ok) break;
    last = k;
    joiner = undefined;
    j++;
    end = j;
    if (k === 'dozen') break;
  }
  if (last === undefined || end === i || last === 'a') return undefined;
  return { value: total + current, next: end, last };
}

/**
 * The value of a number written in words, or undefined when the words are no (whole) number:
 * "twenty-one", "two hundred and seven", "a dozen", "three quarters", "half a", "a", "an".
 * The one parser of number words: quantities and dates call it too.
 */
export function parseNumberWords(s: string): number | undefined {
  const t = s.toLowerCase().trim().replace(/\s+/g, ' ');
  if (t === 'a' || t === 'an') return 1;
  if (t === 'half' || t === 'half a' || t === 'half an' || t === 'a half') return 0.5;
  const frac = /^(a|an|one|[a-z]+) ([a-z]+)$/.exec(t);
  if (frac && DENOMINATORS[frac[2]!] && frac[2] !== 'second' && (frac[1] === 'a' || frac[1] === 'an' || SMALL_NUMBERS[frac[1]!] !== undefined)) {
    const n = frac[1] === 'a' || frac[1] === 'an' ? 1 : SMALL_NUMBERS[frac[1]!]!;
    return n / DENOMINATORS[frac[2]!]!;
  }
  if (t === 'quarter' || t === 'quarters') return 0.25;
  const toks = wordTokens(t);
  if (toks.length === 0) return undefined;
  const p = parseWords(toks, 0);
  return p && p.next === toks.length ? p.value : undefined;
}

function wordTokens(text: string): Tok[] {
  const toks: Tok[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) toks.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return toks;
}

/** Every number in the text, digits and words, in text order. */
export function detectNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  DIGITS_RE.lastIndex = 0;
  for (let m = DIGITS_RE.exec(text); m; m = DIGITS_RE.exec(text)) {
    const g = m.groups!;
    // "L2", "i7", "COVID-19", "F-16": a letter before makes it part of a name
    if (/\p{L}/u.test(text.charAt(m.index - 1)) || (!g.sign && /\p{L}[-‐]$/u.test(text.slice(Math.max(0, m.index - 2), m.index)))) continue;
    // codes, not numbers: "06F6", "860BOX", "J1149.5+6663"
    const end = m.index + m[0].length;
    if (/^(?:\p{L}+\d|\p{Lu}{3,})/u.test(text.slice(end, end + 12)) || /[\p{L}\p{N}]\+$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const value = digitValue(g) * (g.sign ? -1 : 1);
    if (!Number.isFinite(value)) continue;
    out.push({ start: m.index, end, value: Number(value.toPrecision(12)), rule: 'number.digits' });
  }
  const toks = wordTokens(text);
  for (let i = 0; i < toks.length; i++) {
    const p = parseWords(toks, i);
    if (!p) continue;
    // "that one", "the one", "no one": the pronoun
    if (toks[i]!.w === 'one' && p.next === i + 1 && ONE_PRONOUN_BEFORE.has(toks[i - 1]?.w ?? '') && toks[i]!.start - toks[i - 1]!.end === 1) continue;
    let value = p.value;
    let next = p.next;
    // "one sixth", "two thirds", "three halves"
    const den = toks[next];
    if (den && DENOMINATORS[den.w] && den.start - toks[next - 1]!.end === 1 && (p.last === 'unit' || p.last === 'teen' || p.last === 'tens')) {
      if (den.w.endsWith('s') === value > 1) {
        value /= DENOMINATORS[den.w]!;
        next++;
      }
    }
    const start = toks[i]!.start;
    const end = toks[next - 1]!.end;
    out.push({ start, end, value: Number(value.toPrecision(12)), rule: 'number.words' });
    i = next - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}
