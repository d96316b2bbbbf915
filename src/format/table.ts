// Human-readable tables, one section per kind, readable in 80 columns.
// Pure: (Extraction, options) -> string. Colour comes in as a chalk instance.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Extraction, FactSpan } from '../model/types.js';
import type { OutputFormat } from './format.js';
import { unitLabel } from './unit.js';

export interface TableOptions {
  color: ChalkInstance;
  explain?: boolean;
  width?: number;
  /** The types asked for: a section for a type not asked for is left out (default: all). */
  types?: ReadonlySet<string>;
}

function grid(head: string[], widths: number[], color: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((h) => color.bold(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
    // no rule between rows: compact, still aligned
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}

/** Split `total` columns over relative weights; each column at least 6 wide. */
function widths(total: number, weights: number[]): number[] {
  const avail = total - (weights.length + 1); // borders
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.max(6, Math.floor((avail * w) / sum)));
}

const fmtNumber = (n: number): string => (Number.isInteger(n) ? n.toLocaleString('en-US') : String(n));

export function formatTable(x: Extraction, opts: TableOptions): string {
  const c = opts.color;
  const W = Math.max(60, Math.min(opts.width ?? 80, 160));
  const ex = opts.explain ?? false;
  const parts: string[] = [];
  // The id (often a long path) gets a line of its own so the tables below keep to the width.
  parts.push(c.bold(`${x.id}`));
  parts.push(c.dim(`reference date ${x.referenceDate.value} (${x.referenceDate.source})`));
  const asked = (type: string) => !opts.types || opts.types.has(type);
  const section = (title: string, n: number, t: Table.Table | undefined) => {
    if (!asked(title.toLowerCase())) return;
    parts.push('');
    parts.push(c.cyan.bold(`${title} (${n})`));
    parts.push(t && n > 0 ? t.toString() : c.dim('  none'));
  };
  const rule = (r: string | undefined) => (r ? [r] : []);

  {
    const t = grid(['Name', 'Title', 'Affiliation', ...(ex ? ['Rule'] : []), '#'], widths(W, ex ? [5, 5, 4, 5, 2] : [5, 5, 4, 2]), c);
    for (const p of x.people) {
      t.push([p.name, p.title ?? '', p.affiliation ?? '', ...(ex ? [p.mentions.map((m) => m.rule).filter(Boolean).join(', ')] : []), String(p.mentions.length)]);
    }
    section('People', x.people.length, t);
  }
  for (const [title, list] of [['Organizations', x.organizations], ['Places', x.places]] as const) {
    const t = grid(['Name', 'Mentioned as', ...(ex ? ['Rule'] : []), '#'], widths(W, ex ? [5, 6, 5, 2] : [6, 8, 2]), c);
    for (const e of list) {
      const forms = [...new Set(e.mentions.map((m) => m.text))].filter((f) => f !== e.name).join(', ');
      t.push([e.name, forms, ...(ex ? [[...new Set(e.mentions.map((m) => m.rule))].join(', ')] : []), String(e.mentions.length)]);
    }
    section(title, list.length, t);
  }
  {
    const t = grid(['Text', 'Type', 'Value', ...(ex ? ['Rule'] : [])], widths(W, ex ? [6, 3, 5, 4] : [7, 3, 6]), c);
    for (const d of x.dates) {
      const value = d.value ?? (d.anchor ? c.dim('(relative to an event)') : '');
      t.push([d.text, d.type, d.point ? `${value} → ${d.point}` : value, ...rule(ex ? d.rule ?? '' : undefined)]);
    }
    section('Dates', x.dates.length, t);
  }
  {
    const t = grid(['Text', 'Kind', 'Value', 'Unit', 'Item', ...(ex ? ['Rule'] : [])], widths(W, ex ? [5, 3, 4, 2, 5, 4] : [5, 3, 4, 2, 6]), c);
    for (const q of x.quantities) {
      const v = (q.modifier ? `${q.modifier.replace(/_/g, ' ')} ` : '') + fmtNumber(q.value) + (q.max !== undefined ? `–${fmtNumber(q.max)}` : '');
      t.push([q.text, q.kind, v, unitLabel(q), q.item ?? '', ...rule(ex ? q.rule ?? '' : undefined)]);
    }
    section('Quantities', x.quantities.length, t);
  }
  if (x.facts) {
    // who, what, whom, where, when, according to
    const t = grid(['Fact', 'Who', 'What / whom', 'Where', 'When', 'According to'], widths(W, [4, 4, 7, 3, 4, 3]), c);
    const names = new Map([...x.people, ...x.organizations, ...x.places].map((e) => [e.id, e.name]));
    // a pronoun is shown with the name it refers to: "he (Kim Jong Un)"
    const one = (a: FactSpan) => (a.id && names.get(a.id) && !names.get(a.id)!.includes(a.text) && !a.text.includes(names.get(a.id)!) ? `${a.text} (${names.get(a.id)})` : a.text);
    const text = (v: FactSpan | FactSpan[] | undefined) => (v === undefined ? '' : Array.isArray(v) ? v.map(one).join('; ') : one(v));
    for (const f of x.facts) {
      const a = f.args;
      const who = text(a.speaker ?? a.participants ?? a.visitor ?? a.giver ?? a.parties ?? a.attacker ?? a.recipient);
      const what = f.type === 'statement' ? `“${text(a.content)}”` : text(a.content ?? a.place ?? a.theme ?? a.target ?? (a.giver ? a.recipient : undefined));
      const label = `${f.negated ? 'not ' : ''}${f.type}${f.modality !== 'asserted' ? ` (${f.modality})` : ''}`;
      t.push([label, who, what, f.place?.text ?? (f.type === 'transfer' && a.recipient && a.giver ? `to ${text(a.recipient)}` : ''), f.time?.text ? f.time.value : c.dim(f.time?.value ?? ''), f.source?.text ?? '']);
    }
    section('Facts', x.facts.length, t);
  }
  if (x.numbers) {
    const t = grid(['Text', 'Value', ...(ex ? ['Rule'] : [])], widths(W, ex ? [6, 5, 4] : [8, 6]), c);
    for (const n of x.numbers) t.push([n.text, fmtNumber(n.value), ...rule(ex ? n.rule ?? '' : undefined)]);
    section('Numbers', x.numbers.length, t);
  }
  if (x.warnings.length > 0) {
    parts.push('');
    for (const w of x.warnings) parts.push(c.yellow(`warning: ${w.message}`));
  }
  return parts.join('\n') + '\n';
}

export const table: OutputFormat = {
  name: 'table',
  perRecord: false,
  // an error record's message is on stderr; tables show extractions only
  record: (r, index, o) => ('error' in r ? '' : (index > 0 ? '\n' : '') + formatTable(r, o)),
};
