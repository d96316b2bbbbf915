// The factx data model. Imports nothing: every other layer depends on it.
// All offsets inside the pipeline are UTF-16 indices into the verbatim text;
// the public output converts them to the unit the caller asked for.

export type OffsetUnit = 'codepoint' | 'utf16';
export type EntityKind = 'people' | 'organizations' | 'places';
export type ExtractType = EntityKind | 'dates' | 'quantities' | 'numbers' | 'facts';
/** What `extract` reports when no types are given. */
export const DEFAULT_TYPES: readonly ExtractType[] = ['people', 'organizations', 'places', 'dates', 'quantities', 'facts'];
/** Every type that can be asked for: the defaults, and bare numbers on request. */
export const ALL_TYPES: readonly ExtractType[] = [...DEFAULT_TYPES, 'numbers'];

/** A half-open span [start, end) into the source text. */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
  /** Name of the rule that produced the mention (only with `explain`). */
  rule?: string;
}

export interface Person {
  id: string;
  name: string;
  title?: string;
  affiliation?: string;
  mentions: Mention[];
}

export interface NamedEntity {
  id: string;
  name: string;
  mentions: Mention[];
}

/**
 * date, time, duration, set, range; and reference: the present, past or future without a date
 * ("nowadays", "back then", "in the future"), with TimeML's values PRESENT_REF, PAST_REF,
 * FUTURE_REF. The list may grow within factx/1.
 */
export type DateType = 'date' | 'time' | 'duration' | 'set' | 'range' | 'reference';

export interface DateMention extends Mention {
  type: DateType;
  /** ISO 8601 / TIMEX3 value truncated to the grain the text gives; absent when anchored to an event. */
  value?: string;
  /** For ranges: the two ends. */
  startValue?: string;
  endValue?: string;
  /**
   * One end of a range whose ends are dates of their own ("from 2006 to 2009", "between May 24,
   * 2007, and Dec. 22, 2022"): the whole range as start/end. Each end is reported as a date.
   */
  range?: string;
  /**
   * The date `point` is counted from when it is not the reference date: the date told before
   * ("a year earlier", "three weeks later"), or the date something was said on ("Budanov said on
   * Sept. 13 that shipments began a month ago").
   */
  relativeTo?: string;
  /** Fields the text states (year, month, day, ...) and fields taken from the reference date. */
  stated?: string[];
  implied?: string[];
  /** Set when the expression is relative to an event in the text ("on the eve of the visit"). */
  anchor?: string;
  modifier?: string;
  /** For durations counted back from the reference ("a month-and-a-half ago"): the point in time. */
  point?: string;
}

export interface Quantity extends Mention {
  kind: string;
  value: number;
  unit?: string;
  item?: string;
  /** approx | more_than | less_than | at_least | at_most | lower_bound */
  modifier?: string;
  /** Upper end of a range ("10-15 km": value 10, max 15). */
  max?: number;
  /**
   * What a rate is per: "$84.50 a barrel" -> "bbl", "2 million barrels per day" -> "d",
   * "$30 a share" -> "share". Units and times as symbols (s, min, h, d, wk, mo, a), other
   * nouns as written, in the singular.
   */
  per?: string;
  /** The measure in SI units (data in bytes): "2,000-lb" -> 907.18474 kg. Not for money, counts, percent, age. */
  si?: { value: number; max?: number; unit: string };
}

/** A bare number ("42", "two thirds", "2.48×10−5") outside any quantity; only on request. */
export interface NumberMention extends Mention {
  value: number;
}

/** A span of a fact: the words in the fact's sentence; `id` names the entity they refer to, when known. */
export interface FactSpan extends Span {
  text: string;
  id?: string;
}

export type FactType = 'statement' | 'meeting' | 'visit' | 'transfer' | 'agreement' | 'attack';

/**
 * A fact that ties people, organizations, places, dates and quantities together: who said what,
 * who met whom, who went where, what was handed to whom, who attacked whom. Roles are those of
 * the shared corpus's facts: statement (speaker, content), meeting (participants), visit
 * (visitor, place, host), transfer (giver, recipient, theme), agreement (parties), attack
 * (attacker, target).
 */
export interface Fact {
  type: FactType;
  /** The words that express it ("said", "met with"); null for a quote paragraph that continues the previous speaker. */
  trigger: FactSpan | null;
  args: Record<string, FactSpan | FactSpan[]>;
  /** When: the date mention of its sentence, else the reference date. */
  time?: { value: string; text?: string; start?: number; end?: number };
  /** Where, for types whose roles have no place: a place mention after "in" or "at". */
  place?: FactSpan;
  negated: boolean;
  modality: 'asserted' | 'future' | 'possible' | 'planned';
  /** Who reports it: the speaker of the statement it is told in ("..., Budanov told NV"). */
  source?: FactSpan;
  rule?: string;
}

export interface Diagnostic {
  code: string;
  message: string;
}

export type RefDateSource = 'option' | 'input' | 'page' | 'dateline' | 'clock';

export interface Extraction {
  schema: 'factx/1';
  id: string;
  referenceDate: { value: string; source: RefDateSource };
  offsets: OffsetUnit;
  people: Person[];
  organizations: NamedEntity[];
  places: NamedEntity[];
  dates: DateMention[];
  quantities: Quantity[];
  /** Present only when `numbers` is among the types asked for. */
  numbers?: NumberMention[];
  /** Statements and events (with `facts` among the types, the default). */
  facts?: Fact[];
  warnings: Diagnostic[];
  /** Where the text came from, when it was not plain text: an HTML page's article (CLI). */
  source?: { format: 'html'; title?: string; byline?: string; published?: string };
  /** The text the offsets refer to, when asked for (--include-text): for HTML, the article's text. */
  text?: string;
}

/** What a batch writes for a document that could not be read or extracted. */
export interface ErrorRecord {
  schema: 'factx/1';
  id: string;
  error: { code: string; message: string };
}

/** One document's outcome in a batch. */
export type Result = Extraction | ErrorRecord;

export interface ExtractOptions {
  /** Document id echoed in the output. */
  id?: string;
  /** Reference date YYYY-MM-DD given by the user (source "option"). */
  refDate?: string;
  /** Creation date carried by the input itself (source "input"). */
  dct?: string;
  /** Publication date an HTML page states (source "page"): after `dct`, before a dateline. */
  pageDate?: string;
  /** Today's date, used when nothing else gives one (source "clock"). Only the CLI reads the clock. */
  today?: string;
  types?: readonly ExtractType[];
  offsets?: OffsetUnit;
  explain?: boolean;
}
