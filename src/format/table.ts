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

/**
 * A table sized to its content and the terminal: each column as wide as its longest cell (plus
 * padding) when all fit in `total` columns; otherwise the widest columns give up width, down to
 * an even share, until they fit, and their cells wrap at word boundaries.
 */
class Grid {
  private readonly rows: string[][] = [];
  constructor(
    private readonly head: string[],
    private readonly color: ChalkInstance,
  ) {}

  push(row: string[]): void {
    this.rows.push(row);
  }

  render(total: number): string {
    const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
    const longest = (s: string) => Math.max(0, ...plain(s).split('\n').map((l) => l.length));
    const natural = this.head.map((h, i) => Math.max(longest(h), ...this.rows.map((r) => longest(r[i] ?? ''))) + 2);
    // a column is not cut below its longest word (a rule name, a value) while others can give
    const word = (s: string) => Math.max(0, ...plain(s).split(/\s+/).map((w) => w.length));
    const floor = this.head.map((h, i) => Math.max(6, word(h), ...this.rows.map((r) => word(r[i] ?? ''))) + 2);
    const widths = fit(natural, total - (natural.length + 1), floor);
    const t = new Table({
      head: this.head.map((h) => this.color.bold(h)),
      colWidths: widths,
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: [] },
      // no rule between rows: compact, still aligned
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const r of this.rows) t.push(r);
    return t.toString();
  }
}

/**
 * Widths that sum to at most `avail`: the natural ones if they fit; else the widest columns give
 * up width first, one column at a time, none below its floor (its longest word) while another
 * can still give, and below it (to 6) only when all are at their floors.
 */
export function fit(natural: number[], avail: number, floor: number[] = natural.map(() => 6)): number[] {
  const w = [...natural];
  const sum = () => w.reduce((a, b) => a + b, 0);
  for (const limit of [floor, natural.map(() => 6)]) {
    while (sum() > avail) {
      // the widest column that is still above its limit gives one column of width
      let pick = -1;
      for (let i = 0; i < w.length; i++) if (w[i]! > limit[i]! && (pick < 0 || w[i]! > w[pick]!)) pick = i;
      if (pick < 0) break;
      w[pick]!--;
    }
  }
  return w;
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
  const section = (title: string, n: number, t: Grid | undefined) => {
    if (!asked(title.toLowerCase())) return;
    parts.push('');
    parts.push(c.cyan.bold(`${title} (${n})`));
    parts.push(t && n > 0 ? t.render(W) : c.dim('  none'));
  };
  const rule = (r: string | undefined) => (r ? [r] : []);

  {
    const t = new Grid(['Name', 'Title', 'Affiliation', ...(ex ? ['Rule'] : []), '#'], c);
    for (const p of x.people) {
      t.push([p.name, p.title ?? '', p.affiliation ?? '', ...(ex ? [p.mentions.map((m) => m.rule).filter(Boolean).join(', ')] : []), String(p.mentions.length)]);
    }
    section('People', x.people.length, t);
  }
  for (const [title, list] of [['Organizations', x.organizations], ['Places', x.places]] as const) {
    const t = new Grid(['Name', 'Mentioned as', ...(ex ? ['Rule'] : []), '#'], c);
    for (const e of list) {
      const forms = [...new Set(e.mentions.map((m) => m.text))].filter((f) => f !== e.name).join(', ');
      t.push([e.name, forms, ...(ex ? [[...new Set(e.mentions.map((m) => m.rule))].join(', ')] : []), String(e.mentions.length)]);
    }
    section(title, list.length, t);
  }
  {
    const t = new Grid(['Text', 'Type', 'Value', ...(ex ? ['Rule'] : [])], c);
    for (const d of x.dates) {
      const value = d.value ?? (d.anchor ? c.dim('(relative to an event)') : '');
      t.push([d.text, d.type, d.point ? `${value} → ${d.point}` : value, ...rule(ex ? d.rule ?? '' : undefined)]);
    }
    section('Dates', x.dates.length, t);
  }
  {
    const t = new Grid(['Text', 'Kind', 'Value', 'Unit', 'Item', ...(ex ? ['Rule'] : [])], c);
    for (const q of x.quantities) {
      const v = (q.modifier ? `${q.modifier.replace(/_/g, ' ')} ` : '') + fmtNumber(q.value) + (q.max !== undefined ? `–${fmtNumber(q.max)}` : '');
      t.push([q.text, q.kind, v, unitLabel(q), q.item ?? '', ...rule(ex ? q.rule ?? '' : undefined)]);
    }
    section('Quantities', x.quantities.length, t);
  }
  if (x.facts) {
    // who, what, whom, where, when, according to
    const t = new Grid(['Fact', 'Who', 'What / whom', 'Where', 'When', 'According to'], c);
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
    const t = new Grid(['Text', 'Value', ...(ex ? ['Rule'] : [])], c);
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
