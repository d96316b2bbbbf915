// Public API. Never imports cli/.
import type { ExtractOptions, Extraction } from './model/types.js';
import { extractWith } from './pipeline/extract.js';
import { today } from './pipeline/options.js';

/**
 * Extract people, organizations, places, dates and quantities from one text.
 * The reference date is, in order: `refDate`, `dct`, a dateline in the text, `today`,
 * and the current date (source "clock"). A malformed or impossible date, an unknown type
 * or a text that is no string throws a FactxInputError with a code.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  return extractWith(text, options, options.today ?? today());
}

export { FactxInputError, isIsoDate, today } from './pipeline/options.js';
export { REFINERS } from './pipeline/refiners.js';
export type {
  DateMention,
  DateType,
  Diagnostic,
  ExtractOptions,
  ExtractType,
  Extraction,
  Mention,
  NamedEntity,
  OffsetUnit,
  NumberMention,
  Person,
  Quantity,
  RefDateSource,
  Span,
} from './model/types.js';
export { ALL_TYPES, DEFAULT_TYPES } from './model/types.js';
export { extractMany, type ManyInput, type ManyOptions } from './batch/many.js';
export type { ErrorRecord, Result } from './model/types.js';
