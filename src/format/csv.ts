// CSV for spreadsheets: one row per mention. Pure.
import type { Result } from '../model/types.js';
import type { OutputFormat } from './format.js';
import { unitLabel } from './unit.js';

export const CSV_HEADER = 'id,kind,text,start,end,value,unit,entity\n';

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  let s = String(v);
  // no live formula in a spreadsheet: a text opening with =, +, @, a tab or a carriage return, or
  // with - not before a digit, gets a leading apostrophe (negative numbers stay numbers)
  if (typeof v === 'string' && /^(?:[=+@\t\r]|-(?!\d))/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: unknown[]): string => cells.map(cell).join(',') + '\n';

/**
 * Rows of one record. `entity` is the canonical name for people, organizations
 * and places, the item for quantities; `unit` is the date type for dates, and for a
 * rate the unit per its denominator ("USD/bbl", "1/d" for a count per day).
 */
export function formatCsvRows(x: Result): string {
  if ('error' in x) return row([x.id, 'error', x.error.message, '', '', x.error.code, '', '']);
  let out = '';
  for (const [kind, list] of [['person', x.people], ['organization', x.organizations], ['place', x.places]] as const) {
    for (const e of list) for (const m of e.mentions) out += row([x.id, kind, m.text, m.start, m.end, '', '', e.name]);
  }
  for (const d of x.dates) out += row([x.id, 'date', d.text, d.start, d.end, d.value ?? '', d.type, '']);
  for (const q of x.quantities) out += row([x.id, `quantity:${q.kind}`, q.text, q.start, q.end, q.value, unitLabel(q), q.item ?? '']);
  for (const n of x.numbers ?? []) out += row([x.id, 'number', n.text, n.start, n.end, n.value, '', '']);
  // a row per fact argument: kind fact:<type>:<role>, value the fact's number in the record, entity the entity's id
  for (const [i, f] of (x.facts ?? []).entries()) {
    if (f.trigger) out += row([x.id, `fact:${f.type}:trigger`, f.trigger.text, f.trigger.start, f.trigger.end, i + 1, '', '']);
    for (const [role, v] of Object.entries(f.args)) for (const a of Array.isArray(v) ? v : [v]) out += row([x.id, `fact:${f.type}:${role}`, a.text, a.start, a.end, i + 1, '', a.id ?? '']);
  }
  return out;
}

export const csv: OutputFormat = {
  name: 'csv',
  perRecord: true,
  header: () => CSV_HEADER,
  record: (r) => formatCsvRows(r),
};
