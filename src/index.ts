// Public API. Never imports cli/.
export { extract } from './pipeline/extract.js';
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
