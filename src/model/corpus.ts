// The shape of every dimension's corpus: examples that must pass, negatives that must give
// nothing, and a backlog of known misses that must still fail (it turns red when one starts
// passing: move it up). The generic runner is tests/corpus.test.ts.

/** One expected mention: its text (the span is where that text occurs in the example) and fields it must have. */
export interface Expected {
  /**
   * The mention's text; its span is its `nth` occurrence as a whole word (0, the first, by
   * default) in the example, or any of them with 'any'.
   */
  text?: string;
  nth?: number | 'any';
  [field: string]: unknown;
}

export interface Example<E extends Expected = Expected> {
  text: string;
  expect: E[];
  /** The expected mentions are all the example gives, in text order. */
  only?: boolean;
  /** Texts no mention may have. */
  absent?: string[];
  /** Reference date, when not the corpus's. */
  ref?: string;
}

export interface Corpus<E extends Expected = Expected> {
  examples: readonly Example<E>[];
  negatives: readonly string[];
  backlog: readonly Example<E>[];
}

/** Every span [start, end) where `text` occurs in `source` as whole words (no letter or digit glued on). */
export function spansOf(source: string, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const word = /[\p{L}\p{N}]/u;
  for (let at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + 1)) {
    const end = at + text.length;
    if (word.test(text.charAt(0)) && word.test(source.charAt(at - 1))) continue;
    if (word.test(text.charAt(text.length - 1)) && word.test(source.charAt(end))) continue;
    out.push([at, end]);
  }
  return out;
}
