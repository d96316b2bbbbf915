// Options in, checked options out: the first step of extract(). A malformed or impossible
// date, an unknown type or offset unit, or text that is no string is an error with a code,
// never a silent fallback.
import { ALL_TYPES, DEFAULT_TYPES, type ExtractOptions, type ExtractType, type OffsetUnit } from '../model/types.js';

/** An error in what the caller passed; `code` is the error record's code in a batch. */
export class FactxInputError extends Error {
  constructor(
    readonly code: 'bad_ref_date' | 'bad_dct' | 'bad_option' | 'bad_text',
    message: string,
  ) {
    super(message);
    this.name = 'FactxInputError';
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real calendar day written YYYY-MM-DD, years 0001 to 9999. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(2000, mo, 0)).getUTCDate(); // leap-year February below
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 ? (leap ? 29 : 28) : days);
}

/** The calendar day of a Date in its local time zone, YYYY-MM-DD: the reference of last resort (source "clock"). */
export function today(now: Date = new Date()): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** What the pipeline runs with: every option present and checked. */
export interface PipelineOptions {
  id: string;
  refDate?: string;
  dct?: string;
  pageDate?: string;
  /** Today's date: the reference when neither the caller, the input nor a dateline gives one. */
  today: string;
  types: ReadonlySet<ExtractType>;
  offsets: OffsetUnit;
  explain: boolean;
}

function checkDate(v: unknown, name: string, code: FactxInputError['code']): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (!isIsoDate(v)) throw new FactxInputError(code, `${name} ${JSON.stringify(v)} is not a calendar date in the form YYYY-MM-DD`);
  return v;
}

/** Check the caller's options; `today` is the date the caller's clock gives, used only as a last resort. */
export function checkOptions(text: unknown, o: ExtractOptions, today: string): PipelineOptions {
  if (typeof text !== 'string') throw new FactxInputError('bad_text', `text must be a string, not ${text === null ? 'null' : typeof text}`);
  if (o === null || typeof o !== 'object') throw new FactxInputError('bad_option', 'options must be an object');
  const refDate = checkDate(o.refDate, 'refDate', 'bad_ref_date');
  const dct = checkDate(o.dct, 'dct', 'bad_dct');
  const pageDate = checkDate(o.pageDate, 'pageDate', 'bad_option');
  const day = checkDate(o.today ?? today, 'today', 'bad_option')!;
  const types = o.types ?? DEFAULT_TYPES;
  if (!Array.isArray(types) || types.length === 0) throw new FactxInputError('bad_option', `types must be a non-empty list of ${ALL_TYPES.join(', ')}`);
  for (const t of types) {
    if (!ALL_TYPES.includes(t)) throw new FactxInputError('bad_option', `unknown type ${JSON.stringify(t)} (choose from ${ALL_TYPES.join(', ')})`);
  }
  const offsets = o.offsets ?? 'codepoint';
  if (offsets !== 'codepoint' && offsets !== 'utf16') throw new FactxInputError('bad_option', `offsets must be "codepoint" or "utf16", not ${JSON.stringify(offsets)}`);
  if (o.id !== undefined && typeof o.id !== 'string') throw new FactxInputError('bad_option', 'id must be a string');
  return {
    id: o.id ?? 'text',
    ...(refDate ? { refDate } : {}),
    ...(dct ? { dct } : {}),
    ...(pageDate ? { pageDate } : {}),
    today: day,
    types: new Set(types),
    offsets,
    explain: o.explain === true,
  };
}
