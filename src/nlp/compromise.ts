// The only file that loads compromise for extraction. One parse per document;
// everything the rules need from it (sentences, part-of-speech tags) is copied out
// as plain offset-keyed data so that no other layer depends on compromise's objects.
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';

// compromise's ESM entry is its source tree (about 450 modules); its CommonJS entry is
// one bundled file of the same code that loads in about half the time, which is most
// of a single-article run. Level two (tokenizer, lexicon, tagger) is all factx uses:
// the tags are identical to the full build's, without the third level's plugins.
export const nlp = createRequire(import.meta.url)('compromise/two') as typeof nlpType;

export interface Token {
  start: number;
  end: number;
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface Analysis {
  text: string;
  sentences: Sentence[];
  /** Token that starts at a given UTF-16 offset. */
  tokenAt: Map<number, Token>;
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
}

/**
 * Longest piece of text compromise parses at once. Longer texts are parsed piece by piece, cut
 * at a paragraph, else a sentence's end, else a space: compromise's time and memory grow
 * faster than the text (about 380 MB for 1 MB of prose in one call), so memory depends on the
 * piece, not the document, and no "sentence" of commas or abbreviations is ever longer.
 * compromise's sentence splitter is quadratic in a run of abbreviations ("Mr. Mr. ..."), so the
 * piece's size bounds that run: 100 kB of "Mr. " took 3.2 s with 8,000 and about 2.3 s with 2,000;
 * prose gives the same output and time with pieces of 2,000.
 */
export const PIECE_CHARS = 2_000;

/** Where to cut a text of more than `size` (PIECE_CHARS): the last paragraph break, sentence end or space in the window. */
export function pieceEnd(text: string, from: number, size = PIECE_CHARS): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  const lo = from + size / 2;
  const window = text.slice(lo, limit);
  // a line break, else the last sentence end, else the last space (linear scans)
  let cut = window.lastIndexOf('\n');
  if (cut < 0) {
    const re = /[.!?]["”’)]?\s/g;
    for (let m = re.exec(window); m; m = re.exec(window)) cut = m.index + m[0].length - 1;
  }
  if (cut < 0) cut = window.lastIndexOf(' ');
  return cut < 0 ? limit : lo + cut + 1;
}

/** Parse `text` with compromise, piece by piece, and return sentences and tagged tokens with offsets. */
export function analyze(text: string): Analysis {
  const sentences: Sentence[] = [];
  const tokenAt = new Map<number, Token>();
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    analyzePiece(text.slice(from, to), from, sentences, tokenAt);
    from = to;
  }
  return { text, sentences, tokenAt };
}

// compromise never ends a sentence at an abbreviation it knows; a unit after a number, or a
// company's suffix, before a word that opens sentences does end one: "Gusts reached 74 mph. The
// embassy said ...", "shares of Acme Inc. The company said ..." (not "3 lb. of beef", "Acme Inc.
// Chief Executive Ann Lee")
const UNIT_ABBREVIATIONS = /^(?:mph|kph|km|kg|cm|mm|ml|mi|ft|lb|lbs|oz|gal|hr|hrs|min|mins|sec|secs)$/i;
const SUFFIX_ABBREVIATIONS = /^(?:inc|corp|co|ltd|plc|llc|etc)$/i;
const OPENERS_AFTER_SUFFIX = /^(?:the|a|an|it|its|he|she|they|we|i|this|that|these|those|there|his|her|their|our|but|and|in|on|at|after|before|when|while|as|if|officials|police|no|one|two|three|some|many|most|shares|earlier|later|meanwhile|however|still|also)$/i;
function abbreviationEnds(tokens: Token[], i: number, gap: string): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1]!;
  if (!/^\.\s+$/.test(gap) || !/^\p{Lu}/u.test(next.text)) return false;
  if (UNIT_ABBREVIATIONS.test(t.text)) return !!tokens[i - 1]?.tags.has('Value') && !next.tags.has('Value');
  // the platform, which is no initial: "Modi wrote on X. Congress president Mallikarjun Kharge said"
  if (t.text === 'X' && /^(?:on|via)$/i.test(tokens[i - 1]?.text ?? '')) return true;
  return SUFFIX_ABBREVIATIONS.test(t.text) && OPENERS_AFTER_SUFFIX.test(next.text);
}

function analyzePiece(text: string, offset: number, sentences: Sentence[], tokenAt: Map<number, Token>): void {
  const doc = nlp(text) as unknown as { document: RawTerm[][] };
  let cursor = 0;
  for (const terms of doc.document) {
    const tokens: Token[] = [];
    for (const term of terms) {
      if (!term.text) continue; // contraction halves ("I'm" -> "I'm", "") carry no text
      // compromise keeps the verbatim text of each term; find it from the cursor.
      const at = text.indexOf(term.text, cursor);
      if (at < 0 || at - cursor > 200) continue;
      const token: Token = {
        start: offset + at,
        end: offset + at + term.text.length,
        text: term.text,
        normal: term.normal,
        tags: term.tags,
      };
      cursor = at + term.text.length;
      tokens.push(token);
      tokenAt.set(token.start, token);
    }
    // "rose" after its subject is the verb, which compromise's tagger reads as the flower:
    // "Shares rose 5%", "Exports rose to a record", "Inflation rose." (not "a rose", "the rose garden")
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1]!;
      // (a plural the tagger read as a verb is its subject too: "and shares rose by 09:30 GMT")
      const pluralRead = /s$/.test(prev.normal) && prev.tags.has('PresentTense');
      if (t.normal !== 'rose' || t.tags.has('Verb') || !(prev.tags.has('Noun') || prev.tags.has('Pronoun') || pluralRead) || prev.tags.has('Determiner') || prev.tags.has('Possessive')) continue;
      if (/[^\s]/.test(text.slice(prev.end - offset, t.start - offset))) continue;
      const next = tokens[i + 1];
      if (next && next.tags.has('Noun') && !next.tags.has('Value') && !next.tags.has('Date') && /^\s+$/.test(text.slice(t.end - offset, next.start - offset))) continue;
      tokens[i] = { ...t, tags: new Set(['Verb', 'PastTense']) };
      tokenAt.set(t.start, tokens[i]!);
    }
    // a full stop inside a closing quotation mark ends the sentence too, which compromise's splitter
    // misses: 'said he would "never give up." Prime Minister Han Duck-soo will ...'
    let from = 0;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const gap = text.slice(tokens[i]!.end - offset, tokens[i + 1]!.start - offset);
      if ((/^[.!?]["”’]\s+$/.test(gap) && /^\p{Lu}/u.test(tokens[i + 1]!.text)) || abbreviationEnds(tokens, i, gap)) {
        sentences.push({ start: tokens[from]!.start, end: tokens[i]!.end, tokens: tokens.slice(from, i + 1) });
        from = i + 1;
      }
    }
    if (tokens.length > from) {
      sentences.push({ start: tokens[from]!.start, end: tokens[tokens.length - 1]!.end, tokens: tokens.slice(from) });
    }
  }
}
