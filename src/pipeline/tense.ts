// The tense a date's clause gives it, for choosing the year of "April 4" or the week of
// "Tuesday": the nearest tensed verb in the sentence, looked for outward from the date
// within a bounded window of tokens (so a giant "sentence" costs no more per date).
import type { Analysis, Token } from '../nlp/compromise.js';
import type { Tense } from '../dimensions/date/date.resolve.js';

const FUTURE_MODALS = new Set(['will', "'ll", 'shall']);
const FUTURE_WORDS = new Set([...FUTURE_MODALS, 'next', 'upcoming', 'plans', 'plan', 'scheduled', 'expected']);
/** Tokens looked at on each side of the date. */
export const TENSE_WINDOW = 40;

function tenseOfToken(tokens: readonly Token[], i: number): Tense | undefined {
  const t = tokens[i]!;
  if (FUTURE_WORDS.has(t.normal) || t.tags.has('FutureTense')) return 'future';
  if (t.tags.has('PastTense') || (t.tags.has('Participle') && !t.tags.has('Adjective'))) {
    // "will be held", "will have signed": a participle after a modal of the future is future
    for (let j = Math.max(0, i - 2); j < i; j++) if (FUTURE_MODALS.has(tokens[j]!.normal)) return 'future';
    return 'past';
  }
  if (t.tags.has('Copula') && (t.normal === 'was' || t.normal === 'were')) return 'past';
  return undefined;
}

/** Index of the last item whose `start` is at or before `pos`, or -1. */
function lastAtOrBefore(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

/** Tense of the verb nearest to an offset within its sentence. */
export function tenseFinder(analysis: Analysis): (pos: number) => Tense {
  const sentences = analysis.sentences;
  return (pos) => {
    const s = sentences[lastAtOrBefore(sentences, pos)];
    if (!s || pos > s.end + 1) return 'present';
    const toks = s.tokens;
    const at = lastAtOrBefore(toks, pos);
    let best: Tense = 'present';
    let bestDist = Infinity;
    const lo = Math.max(0, at - TENSE_WINDOW);
    const hi = Math.min(toks.length - 1, at + TENSE_WINDOW);
    for (let i = lo; i <= hi; i++) {
      const tense = tenseOfToken(toks, i);
      if (!tense) continue;
      const dist = Math.abs(toks[i]!.start - pos);
      if (dist < bestDist) {
        best = tense;
        bestDist = dist;
      }
    }
    return best;
  };
}
