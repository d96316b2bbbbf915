// Word tokens for name detection, with offsets and the facts the name rules ask
// of each word. compromise's tokens are kept for tags; this tokenizer keeps
// "U.S.", "Caliber.Az", "al-Assad" whole and splits possessives and
// "Russia-North Korea" the way names need.
import type { Analysis } from '../../nlp/compromise.js';
import { isGivenName, lexTags } from '../../nlp/lexicon.js';
import { countryOf, isCity, isRegion } from '../../data/geo.js';
import { BODY_NOUNS } from './names.vocab.js';

export interface WordToken {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with an upper-case letter (or is "al-X"-like with an upper-case part). */
  cap: boolean;
  /** Word (letters/digits), as opposed to punctuation. */
  word: boolean;
  /** First word of a sentence, a line, a quotation or a parenthesis. */
  initial: boolean;
  /** Index of the sentence (compromise's segmentation). */
  sentence: number;
  /** compromise's contextual tags for the word, when it has a token starting here. */
  tags: ReadonlySet<string>;
  /** Whitespace between the previous token and this one contains a line break. */
  newlineBefore: boolean;
}

const EMPTY: ReadonlySet<string> = new Set();
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.’'\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|[^\s\p{L}\p{N}]/gu;

/** Abbreviations that keep their final period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'rep', 'sen', 'gov', 'prof',
  'rev', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'pres', 'gov', 'dept', 'univ', 'messrs',
  'cmdr', 'cpl', 'pvt', 'supt', 'det', 'sens', 'reps', 'govs', 'gens',
]);

function isPlaceWord(s: string): boolean {
  return countryOf(s) !== undefined || isCity(s) || isRegion(s);
}

const CAMEL_BRAND = /^\p{Ll}{1,4}\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u;
/** An ASCII capital among a word's second to fifth letters (cheap, before the brand's pattern). */
function camelAt(t: string): boolean {
  for (let i = 1; i < 5 && i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

export function wordTokens(analysis: Analysis): WordToken[] {
  const { text } = analysis;
  const sentenceStarts: number[] = analysis.sentences.map((s) => s.start);
  const out: WordToken[] = [];
  let si = 0;
  let prevEnd = 0;
  let prevText = '';
  const push = (t: string, start: number): void => {
    while (si + 1 < sentenceStarts.length && sentenceStarts[si + 1]! <= start) si++;
    const gap = text.slice(prevEnd, start);
    const newline = gap.includes('\n') || out.length === 0;
    const first = t.charAt(0);
    // (a currency's letters before "$" are no word of a name: "A$100 million", "HK$5", "NZ$20")
    const word = /[\p{L}\p{N}]/u.test(first) && !(/^\p{Lu}{1,2}$/u.test(t) && text.charAt(start + t.length) === '$');
    // capitalised, "al-Assad"-like, or a digit-led call sign or label: "6PR", "4AD" (not "3D", "2GB")
    // (and a brand in camel case: "easyJet", "eBay", "iHeartMedia")
    const cap = /\p{Lu}/u.test(first) || /^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(t) || isCallSign(t) || (camelAt(t) && CAMEL_BRAND.test(t));
    const initial =
      // (and after a dateline's dash, which the tokenizer may leave in the gap: "(Reuters) - Central banks")
      newline || sentenceStarts[si] === start || /["“‘(\[:—–]$/.test(prevText) || prevText === '-' || /(?:^|\s)(?:-{1,2}|[–—])\s+$/.test(gap);
    out.push({
      text: t,
      start,
      end: start + t.length,
      lower: t.toLowerCase(),
      cap,
      word,
      initial,
      sentence: si,
      tags: analysis.tokenAt.get(start)?.tags ?? EMPTY,
      newlineBefore: newline,
    });
    prevEnd = start + t.length;
    prevText = t;
  };

  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let t = m[0];
    const start = m.index;
    // keep the period of abbreviations and initialisms: "U.S.", "Mr.", "Sept.", "J."
    if (text.charAt(start + t.length) === '.' && /[\p{L}]$/u.test(t)) {
      if (/^(?:\p{L}\.)+\p{L}$/u.test(t) || ABBREVIATIONS.has(t.toLowerCase()) || /^\p{Lu}$/u.test(t)) {
        t += '.';
        WORD.lastIndex = start + t.length;
      }
    }
    // possessive: "Russia’s" -> "Russia" + "’s"; of lower-case words only a body's ("the Afghan team's"), not "it's"
    const poss = /^(.+?)(['’]s)$/u.exec(t);
    if (poss && (/\p{Lu}/u.test(t.charAt(0)) || BODY_NOUNS.has(poss[1]!))) {
      splitHyphenated(poss[1]!, start, push);
      push(poss[2]!, start + poss[1]!.length);
      continue;
    }
    const prev = out[out.length - 1];
    splitHyphenated(t, start, push, prev !== undefined && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && isGivenName(prev.lower));
  }
  return out;
}

/** "Russia-North" -> "Russia", "-", "North" when the first part is a known place; "ISIL-held" -> "ISIL", "-", "held". */
/** The sport a wire service writes before a sports headline with a hyphen. */
export const SPORT_SLUGS = new Set(['Soccer', 'Football', 'Tennis', 'Golf', 'Cricket', 'Rugby', 'Athletics', 'Cycling', 'Basketball', 'Baseball', 'Boxing', 'Swimming', 'Olympics', 'Hockey', 'Sailing', 'Skiing']);

function splitHyphenated(t: string, start: number, push: (t: string, s: number) => void, afterGivenName = false): void {
  // "ISIL-held", "Russia-backed", "Kremlin-controlled": a name with a lower-case participle
  const mod = /^(\p{Lu}[\p{L}.]*)([-‐])(\p{Ll}+)$/u.exec(t);
  // (a short syllable is a given name's second part, not a participle: "Wong Kwok-hing", "Yau Wai-ching")
  if (mod && (/^(?:led|fed|held|run|born|made|built|style|era|wide)$/.test(mod[3]!) || (mod[3]!.length >= 5 && /(?:ed|held|run|born|made|built|style|wide)$/.test(mod[3]!)) || (mod[3]!.length >= 7 && mod[3]!.endsWith('ing')))) {
    push(mod[1]!, start);
    push(mod[2]!, start + mod[1]!.length);
    push(mod[3]!, start + mod[1]!.length + 1);
    return;
  }
  const parts = t.split(/(?<=\p{L})[-‐](?=\p{Lu})/u);
  // "Russia-Ukraine", "Israel-Gaza" are two places; after a given name it is a double surname: "Jacob Rees-Mogg"
  // (a sport's slug before a headline is no part of a name either: "Soccer-Premier League results")
  if (parts.length > 1 && (isPlaceWord(parts[0]!) || SPORT_SLUGS.has(parts[0]!)) && !afterGivenName) {
    let at = start;
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) {
        push('-', at);
        at += 1;
      }
      push(parts[i]!, at);
      at += parts[i]!.length;
    }
    return;
  }
  push(t, start);
}

const UNIT_LETTERS = /^\d(?:GB|MB|KB|TB|PB|HZ|HP|KW|MW|AM|PM|TV|PC|DS|XL)$/i;

/** "6PR", "2GB" radio, "4AD": a digit and two to four capitals that are not a unit. */
export function isCallSign(t: string): boolean {
  return /^\d\p{Lu}{2,4}$/u.test(t) && !UNIT_LETTERS.test(t);
}

/** True for words that are ordinary vocabulary, not names, when capitalised at a sentence start. */
export function isCommonWord(tok: WordToken): boolean {
  const lex = lexTags(tok.lower);
  if (lex.some((t) => NAME_TAGS.has(t))) return false;
  if (lex.length > 0) return true;
  // (an adverb only by its ending, of no adjective the lexicon knows, is a name: "Romilly
  // Greenhill said"; "Apparently", "Happily", "Possibly" are adverbs)
  if (/ly$/.test(tok.lower) && tok.tags.has('Adverb')) {
    const w = tok.lower;
    const bases = [w.slice(0, -2), `${w.slice(0, -3)}y`, `${w.slice(0, -2)}e`, `${w.slice(0, -1)}e`, w.slice(0, -4)];
    return bases.some((b) => b.length > 2 && lexTags(b).length > 0);
  }
  for (const t of COMMON_CONTEXT_TAGS) if (tok.tags.has(t)) return !tok.tags.has('ProperNoun');
  return false;
}

const NAME_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'Country', 'City', 'Region',
  'Organization', 'SportsTeam', 'ProperNoun', 'Demonym',
]);
const COMMON_CONTEXT_TAGS = [
  'Verb', 'Adverb', 'Adjective', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord',
  'Value', 'Expression',
];
