// CSV for spreadsheets: one row per mention. Pure.
import type { Result } from '../model/types.js';
import type { OutputFormat } from './format.js';
import { unitLabel } from './unit.js';

/**
 * One header for every row. The first eight columns are those of earlier versions, in the same
 * order; the rest give what the JSON has beyond them, empty where a row has no such field.
 */
export const CSV_COLUMNS = [
  'id', 'kind', 'text', 'start', 'end', 'value', 'unit', 'entity',
  'entity_id', 'title', 'affiliation', 'max', 'per', 'modifier', 'point', 'anchor', 'fact', 'fact_type', 'role',
] as const;
export const CSV_HEADER = CSV_COLUMNS.join(',') + '\n';

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], unknown>>;

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  let s = String(v);
  // no live formula in a spreadsheet: a text opening with =, +, @, a tab or a carriage return, or
  // with - not before a digit, gets a leading apostrophe (negative numbers stay numbers)
  if (typeof v === 'string' && /^(?:[=+@\t\r]|-(?!\d))/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (r: Row): string => CSV_COLUMNS.map((c) => cell(r[c])).join(',') + '\n';

/**
 * Rows of one record. `entity` is the canonical name for people, organizations and places, the
 * item for quantities; `unit` is the date type for dates, and for a rate the unit per its
 * denominator ("USD/bbl", "1/d" for a count per day), whose denominator is also in `per`. A fact
 * gives a row per trigger and argument: `fact` its number in the record, `fact_type`, `role`,
 * and `entity_id` the entity an argument refers to.
 */
export function formatCsvRows(x: Result): string {
  if ('error' in x) return row({ id: x.id, kind: 'error', text: x.error.message, value: x.error.code });
  let out = '';
  for (const p of x.people) {
    for (const m of p.mentions) out += row({ id: x.id, kind: 'person', text: m.text, start: m.start, end: m.end, entity: p.name, entity_id: p.id, title: p.title, affiliation: p.affiliation });
  }
  for (const [kind, list] of [['organization', x.organizations], ['place', x.places]] as const) {
    for (const e of list) for (const m of e.mentions) out += row({ id: x.id, kind, text: m.text, start: m.start, end: m.end, entity: e.name, entity_id: e.id });
  }
  for (const d of x.dates) {
    out += row({ id: x.id, kind: 'date', text: d.text, start: d.start, end: d.end, value: d.value, unit: d.type, modifier: d.modifier, point: d.point, anchor: d.anchor });
  }
  for (const q of x.quantities) {
    out += row({ id: x.id, kind: `quantity:${q.kind}`, text: q.text, start: q.start, end: q.end, value: q.value, unit: unitLabel(q), entity: q.item, max: q.max, per: q.per, modifier: q.modifier });
  }
  for (const n of x.numbers ?? []) out += row({ id: x.id, kind: 'number', text: n.text, start: n.start, end: n.end, value: n.value });
  for (const [i, f] of (x.facts ?? []).entries()) {
    const base = { id: x.id, fact: i + 1, fact_type: f.type, point: f.time?.value };
    if (f.trigger) out += row({ ...base, kind: `fact:${f.type}:trigger`, text: f.trigger.text, start: f.trigger.start, end: f.trigger.end, value: i + 1, role: 'trigger', modifier: f.negated ? 'negated' : f.modality !== 'asserted' ? f.modality : undefined });
    for (const [role, v] of Object.entries(f.args)) {
      for (const a of Array.isArray(v) ? v : [v]) out += row({ ...base, kind: `fact:${f.type}:${role}`, text: a.text, start: a.start, end: a.end, value: i + 1, entity: a.id, entity_id: a.id, role });
    }
    if (f.place) out += row({ ...base, kind: `fact:${f.type}:place`, text: f.place.text, start: f.place.start, end: f.place.end, value: i + 1, entity_id: f.place.id, role: 'place' });
    if (f.source) out += row({ ...base, kind: `fact:${f.type}:source`, text: f.source.text, start: f.source.start, end: f.source.end, value: i + 1, entity_id: f.source.id, role: 'source' });
  }
  return out;
}

export const csv: OutputFormat = {
  name: 'csv',
  perRecord: true,
  header: () => CSV_HEADER,
  record: (r) => formatCsvRows(r),
};
