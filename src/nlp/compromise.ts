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

/** Parse `text` once with compromise and return sentences and tagged tokens with offsets. */
export function analyze(text: string): Analysis {
  const doc = nlp(text) as unknown as { document: RawTerm[][] };
  const sentences: Sentence[] = [];
  const tokenAt = new Map<number, Token>();
  let cursor = 0;
  for (const terms of doc.document) {
    const tokens: Token[] = [];
    for (const term of terms) {
      if (!term.text) continue; // contraction halves ("I'm" -> "I'm", "") carry no text
      // compromise keeps the verbatim text of each term; find it from the cursor.
      const at = text.indexOf(term.text, cursor);
      if (at < 0 || at - cursor > 200) continue;
      const token: Token = {
        start: at,
        end: at + term.text.length,
        text: term.text,
        normal: term.normal,
        tags: term.tags,
      };
      cursor = token.end;
      tokens.push(token);
      tokenAt.set(at, token);
    }
    if (tokens.length > 0) {
      sentences.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
    }
  }
  return { text, sentences, tokenAt };
}
