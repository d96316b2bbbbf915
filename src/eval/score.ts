// The scorer: precision, recall and F1 with strict matching (same span, same
// type) and relaxed matching (overlap, same type, one-to-one), plus value
// accuracy on matched dates and quantities. Pure functions, no IO.

export interface ScoredSpan {
  type: string;
  start: number;
  end: number;
  /** gold: string or object value; prediction: our value */
  value?: unknown;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface DocScore {
  strict: Record<string, Counts>;
  relaxed: Record<string, Counts>;
  /** matched pairs (relaxed), for value accuracy */
  pairs: Array<{ type: string; gold: ScoredSpan; pred: ScoredSpan }>;
  /** gold spans no prediction overlaps (relaxed false negatives) */
  missed: ScoredSpan[];
  /** predictions overlapping no gold span of their type nor a neutral one (relaxed false positives) */
  spurious: ScoredSpan[];
}

const overlap = (a: ScoredSpan, b: ScoredSpan): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function bump(r: Record<string, Counts>, type: string, k: keyof Counts): void {
  (r[type] ??= { tp: 0, fp: 0, fn: 0 })[k]++;
}

/**
 * Score one document. `neutral` spans (CoNLL MISC) absorb predictions: a
 * prediction overlapping one and matching no gold span is not counted.
 */
export function scoreDocument(gold: ScoredSpan[], pred: ScoredSpan[], neutral: ScoredSpan[] = [], types?: readonly string[]): DocScore {
  const keep = (s: ScoredSpan) => !types || types.includes(s.type);
  const g = gold.filter(keep);
  const p = pred.filter(keep);
  const strict: Record<string, Counts> = {};
  const relaxed: Record<string, Counts> = {};
  for (const t of new Set([...g.map((x) => x.type), ...p.map((x) => x.type), ...(types ?? [])])) {
    strict[t] = { tp: 0, fp: 0, fn: 0 };
    relaxed[t] = { tp: 0, fp: 0, fn: 0 };
  }

  // strict: identical span and type, one-to-one
  const key = (s: ScoredSpan) => `${s.type}\u0000${s.start}\u0000${s.end}`;
  const goldKeys = new Map<string, number>();
  for (const s of g) goldKeys.set(key(s), (goldKeys.get(key(s)) ?? 0) + 1);
  const strictMatched = new Set<ScoredSpan>();
  for (const s of p) {
    const n = goldKeys.get(key(s)) ?? 0;
    if (n > 0) {
      goldKeys.set(key(s), n - 1);
      bump(strict, s.type, 'tp');
      strictMatched.add(s);
    }
  }
  for (const s of p) {
    if (strictMatched.has(s)) continue;
    const absorbed = neutral.some((n) => overlap(n, s) > 0) && !g.some((x) => x.type === s.type && x.start === s.start && x.end === s.end);
    if (!absorbed) bump(strict, s.type, 'fp');
  }
  for (const [k, n] of goldKeys) for (let i = 0; i < n; i++) bump(strict, k.split('\u0000')[0]!, 'fn');

  // relaxed: overlapping spans of the same type, one-to-one, largest overlaps first
  const cand: Array<{ gi: number; pi: number; ov: number }> = [];
  for (let gi = 0; gi < g.length; gi++) {
    for (let pi = 0; pi < p.length; pi++) {
      if (g[gi]!.type !== p[pi]!.type) continue;
      const ov = overlap(g[gi]!, p[pi]!);
      if (ov > 0) cand.push({ gi, pi, ov });
    }
  }
  cand.sort((a, b) => b.ov - a.ov || a.gi - b.gi || a.pi - b.pi);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const pairs: DocScore['pairs'] = [];
  for (const c of cand) {
    if (gUsed.has(c.gi) || pUsed.has(c.pi)) continue;
    gUsed.add(c.gi);
    pUsed.add(c.pi);
    bump(relaxed, g[c.gi]!.type, 'tp');
    pairs.push({ type: g[c.gi]!.type, gold: g[c.gi]!, pred: p[c.pi]! });
  }
  const spurious: ScoredSpan[] = [];
  for (let pi = 0; pi < p.length; pi++) {
    if (pUsed.has(pi)) continue;
    if (neutral.some((n) => overlap(n, p[pi]!) > 0)) continue;
    bump(relaxed, p[pi]!.type, 'fp');
    spurious.push(p[pi]!);
  }
  const missed: ScoredSpan[] = [];
  for (let gi = 0; gi < g.length; gi++) {
    if (gUsed.has(gi)) continue;
    bump(relaxed, g[gi]!.type, 'fn');
    missed.push(g[gi]!);
  }
  return { strict, relaxed, pairs, missed, spurious };
}

export function prf(c: Counts): PRF {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function addCounts(into: Record<string, Counts>, from: Record<string, Counts>): void {
  for (const [t, c] of Object.entries(from)) {
    const x = (into[t] ??= { tp: 0, fp: 0, fn: 0 });
    x.tp += c.tp;
    x.fp += c.fp;
    x.fn += c.fn;
  }
}

export function micro(counts: Record<string, Counts>): PRF {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(counts)) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  return prf(sum);
}

// ---- date values -------------------------------------------------------------

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The days a TIMEX3 value covers, as [first, last] YYYY-MM-DD, or undefined. */
export function interval(v: string): [string, string] | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(v))) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(lastDay(+m[1]!, +m[2]!))}`];
  if ((m = /^(\d{4})$/.exec(v))) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{3})$/.exec(v))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const q = +m[2]!;
    return [`${m[1]}-${pad(q * 3 - 2)}-01`, `${m[1]}-${pad(q * 3)}-${pad(lastDay(+m[1]!, q * 3))}`];
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const y = +m[1]!;
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday = new Date(jan4.getTime() - (((jan4.getUTCDay() + 6) % 7) * 86400000) + (+m[2]! - 1) * 7 * 86400000);
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) {
    const y = +m[1]!;
    const s = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] }[m[2] as 'SP']!;
    const endY = s[1]! < s[0]! ? y + 1 : y;
    return [`${y}-${pad(s[0]!)}-01`, `${endY}-${pad(s[1]!)}-${pad(lastDay(endY, s[1]!))}`];
  }
  return undefined;
}

/** An ISO week, weekend or season as {from, to} days, as the reference scorer reads them (GUM writes those as ranges). */
function dayRange(v: string): { from: string; to: string } | undefined {
  let m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (m) {
    const iv = interval(`${m[1]}-W${m[2]}`)!;
    if (!m[3]) return { from: iv[0], to: iv[1] };
    const sat = new Date(Date.parse(`${iv[0]}T00:00:00Z`) + 5 * 86400000).toISOString().slice(0, 10);
    return { from: sat, to: iv[1] };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) {
    const y = +m[1]!;
    const [a, b] = { SP: ['03-01', '05-31'], SU: ['06-01', '08-31'], FA: ['09-01', '11-30'], WI: ['12-01', '02-28'] }[m[2] as 'SP']!;
    return { from: `${y}-${a}`, to: `${m[2] === 'WI' ? y + 1 : y}-${b}` };
  }
  return undefined;
}

/**
 * The reference scorer's date equality (../shared/tools/score.py with --lenient-dates): the same
 * value, or a week, weekend or season equal to a gold range of days, or a gold day with a part of
 * day ("Thursday night" where the gold span is the day).
 */
export function sameDateValue(gold: unknown, ours: string | undefined): boolean {
  if (ours === undefined || gold === undefined || gold === null) return false;
  if (typeof gold === 'string') return gold === ours || ['TMO', 'TAF', 'TEV', 'TNI', 'TDT'].some((p) => ours === gold + p);
  if (typeof gold === 'object') {
    const g = gold as Record<string, string>;
    const r = dayRange(ours);
    return r !== undefined && r.from === g.from && r.to === g.to;
  }
  return false;
}

/** Whether our date value agrees with a gold value (string, {from,to} or {notBefore,notAfter}). */
export function dateValueMatches(gold: unknown, ours: string | undefined): boolean {
  if (ours === undefined || gold === undefined || gold === null) return false;
  if (typeof gold === 'string') {
    if (gold === ours) return true;
    if (/^--\d{2}$/.test(gold)) return /^\d{4}-(\d{2})/.exec(ours)?.[1] === gold.slice(2); // year left open
    if (/^T?\d{2}:\d{2}/.test(gold)) return ours.includes(`T${gold.replace(/^T/, '').slice(0, 5)}`);
    const a = interval(gold);
    const b = interval(ours.includes('/') ? ours.split('/')[0]! : ours);
    return !!a && !!b && a[0] === b[0] && a[1] === b[1];
  }
  if (typeof gold === 'object') {
    const o = gold as Record<string, string>;
    const ourIv = ours.includes('/') ? [interval(ours.split('/')[0]!)?.[0], interval(ours.split('/')[1]!)?.[1]] : interval(ours);
    if (!ourIv || !ourIv[0] || !ourIv[1]) return false;
    if (o.from && o.to) {
      const f = interval(o.from);
      const t = interval(o.to);
      if (!f || !t) return false;
      return f[0] === ourIv[0] && t[1] === ourIv[1];
    }
    const lo = o.notBefore ? interval(o.notBefore)?.[0] : undefined;
    const hi = o.notAfter ? interval(o.notAfter)?.[1] : undefined;
    if (!lo && !hi) return false;
    return (!lo || ourIv[0] >= lo) && (!hi || ourIv[1] <= hi);
  }
  return false;
}

/**
 * Whether our quantity's number agrees with a gold number. A range ("40 - 50 years old") is right
 * when the gold number is either of its ends (Recognizers annotates one end as a quantity of its
 * own), or, where the gold gives an uncertainty, when the range is gold ± uncertainty (quantulum3
 * writes "10-15 exabytes" as 12.5 ± 2.5).
 */
export function numberMatches(gold: number, ours: { number: number; max?: number }, uncertainty?: number | null): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (near(gold, ours.number) || (ours.max !== undefined && near(gold, ours.max))) return true;
  return typeof uncertainty === 'number' && ours.max !== undefined && near(gold - uncertainty, ours.number) && near(gold + uncertainty, ours.max);
}
