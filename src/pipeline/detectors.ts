// The detectors: one per dimension, each run only when a type asked for needs it.
// Detection only: candidates may overlap and carry no resolved values; the refiners
// settle them and the resolvers give them values.
import type { ExtractType } from '../model/types.js';
import type { Analysis } from '../nlp/compromise.js';
import { wordTokens } from '../dimensions/names/names.tokens.js';
import { detectNames, type NameCandidate } from '../dimensions/names/names.rules.js';
import { datelineEnd } from './dateline.js';
import { detectDates, type DateMatch } from '../dimensions/date/date.rules.js';
import { detectQuantities, type QuantityCandidate } from '../dimensions/quantity/quantity.rules.js';
import { detectNumbers, type FoundNumber } from '../dimensions/number/number.rules.js';

/** Everything the detectors found in one document. */
export interface Candidates {
  names: NameCandidate[];
  dates: DateMatch[];
  quantities: QuantityCandidate[];
  numbers: FoundNumber[];
}

interface Detector<K extends keyof Candidates> {
  dimension: K;
  /** The types whose output needs this detector (dates need quantities' rate denominators, numbers need both). */
  neededFor: readonly ExtractType[];
  detect(analysis: Analysis): Candidates[K];
}

const detector = <K extends keyof Candidates>(d: Detector<K>): Detector<K> => d;

export const DETECTORS = [
  detector({ dimension: 'names', neededFor: ['people', 'organizations', 'places', 'facts'], detect: (a) => detectNames(wordTokens(a), a.text, datelineEnd(a.text)) }),
  detector({ dimension: 'quantities', neededFor: ['quantities', 'dates', 'numbers', 'facts'], detect: (a) => detectQuantities(a) }),
  detector({ dimension: 'dates', neededFor: ['dates', 'quantities', 'numbers', 'facts'], detect: (a) => detectDates(a.text) }),
  detector({ dimension: 'numbers', neededFor: ['numbers'], detect: (a) => detectNumbers(a.text) }),
] as const;

/** Run the detectors the asked types need; the others give nothing. */
export function detect(analysis: Analysis, types: ReadonlySet<ExtractType>): Candidates {
  const out: Candidates = { names: [], dates: [], quantities: [], numbers: [] };
  for (const d of DETECTORS) {
    if (d.neededFor.some((t) => types.has(t))) (out[d.dimension] as unknown) = d.detect(analysis);
  }
  return out;
}
