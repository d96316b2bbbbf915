// Scoring facts with the conventions of the reference scorer ../shared/tools/score_facts.py:
// per document and type, one to one, best pair first. A statement matches when the predicted
// content covers at least half of the gold content's characters (the speaker is then checked by
// overlap); a meeting or agreement when the predicted participants overlap two distinct gold
// ones; the other types when every role both facts have overlaps. Pure.

type Iv = Array<[number, number]>;

export interface ScoredFact {
  type: string;
  trigger?: { start: number; end: number } | null;
  args?: Record<string, unknown>;
  meta?: { symmetric?: boolean };
}

export const FACT_TYPES = ['statement', 'meeting', 'visit', 'transfer', 'agreement', 'attack', 'other'] as const;
const SYMMETRIC_LIST = new Set(['meeting', 'agreement']);
const LIST_ROLES = ['participants', 'parties'];

function spansOf(v: unknown): Iv {
  const list = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
  return list.flatMap((x) => {
    const s = x as { start?: unknown; end?: unknown };
    return typeof s?.start === 'number' && typeof s.end === 'number' && s.end > s.start ? [[s.start, s.end] as [number, number]] : [];
  });
}

function merge(iv: Iv): Iv {
  const out: Iv = [];
  for (const [s, e] of [...iv].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Characters two merged interval lists share. */
function inter(a: Iv, b: Iv): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]![0], b[j]![0]);
    const hi = Math.min(a[i]![1], b[j]![1]);
    if (hi > lo) n += hi - lo;
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return n;
}

const size = (a: Iv) => a.reduce((n, [s, e]) => n + e - s, 0);

interface Norm {
  type: string;
  roles: Record<string, Iv>;
  parts: Iv;
  trigger: Iv;
  symmetric: boolean;
}

function norm(f: ScoredFact): Norm {
  const roles: Record<string, Iv> = {};
  for (const [r, v] of Object.entries(f.args ?? {})) {
    const sp = merge(spansOf(v));
    if (sp.length) roles[r] = sp;
  }
  return { type: f.type, roles, parts: LIST_ROLES.flatMap((r) => spansOf(f.args?.[r])), trigger: merge(spansOf(f.trigger)), symmetric: f.meta?.symmetric === true };
}

/** One-to-one pairs, best score first (scores compared element by element). */
function greedy(cands: Array<[number[], number, number]>): Array<[number, number]> {
  const sorted = [...cands].sort((x, y) => {
    for (let k = 0; k < Math.max(x[0].length, y[0].length); k++) if ((y[0][k] ?? 0) !== (x[0][k] ?? 0)) return (y[0][k] ?? 0) - (x[0][k] ?? 0);
    return x[1] - y[1] || x[2] - y[2];
  });
  const ug = new Set<number>();
  const up = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, g, p] of sorted) {
    if (ug.has(g) || up.has(p)) continue;
    ug.add(g);
    up.add(p);
    out.push([g, p]);
  }
  return out;
}

/** The largest one-to-one pairing of overlapping participants: [size, overlapping characters]. */
function bipartite(g: Iv, p: Iv): [number, number] {
  const adj = g.map((x) => p.flatMap((y, j) => (inter([x], [y]) > 0 ? [j] : [])));
  const matchP = new Map<number, number>();
  const aug = (i: number, seen: Set<number>): boolean => {
    for (const j of adj[i]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (!matchP.has(j) || aug(matchP.get(j)!, seen)) {
        matchP.set(j, i);
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (let i = 0; i < g.length; i++) if (aug(i, new Set())) n++;
  let ov = 0;
  for (const [j, i] of matchP) ov += inter([g[i]!], [p[j]!]);
  return [n, ov];
}

function directed(g: Norm, p: Norm): number[] | undefined {
  const score = (roles: Record<string, Iv>) => {
    const shared = Object.keys(g.roles).filter((r) => roles[r]);
    if (!shared.length) return undefined;
    const ovs = shared.map((r) => inter(g.roles[r]!, roles[r]!));
    return ovs.every((o) => o > 0) ? [shared.length, ovs.reduce((a, b) => a + b, 0)] : undefined;
  };
  let best = score(p.roles);
  if (g.type === 'other' && g.symmetric) {
    const sw = { ...p.roles };
    const [a1, a2] = [sw.arg1, sw.arg2];
    delete sw.arg1;
    delete sw.arg2;
    if (a1) sw.arg2 = a1;
    if (a2) sw.arg1 = a2;
    const alt = score(sw);
    if (alt && (!best || alt[0] > best[0] || (alt[0] === best[0] && alt[1] > best[1]))) best = alt;
  }
  return best;
}

export interface FactCounts {
  perType: Record<string, { gold: number; pred: number; tp: number }>;
  speaker: { ok: number; goldStatements: number; predStatements: number };
}

export function emptyFactCounts(): FactCounts {
  return { perType: Object.fromEntries(FACT_TYPES.map((t) => [t, { gold: 0, pred: 0, tp: 0 }])), speaker: { ok: 0, goldStatements: 0, predStatements: 0 } };
}

/** A fact in one line for a listing of misses: type, trigger and each role's text. */
export function describeFact(f: ScoredFact, text: string): string {
  const show = (v: unknown) =>
    spansOf(v)
      .map(([a, b]) => JSON.stringify(text.slice(a, b).replace(/\s+/g, ' ').slice(0, 60)))
      .join(' + ');
  const roles = Object.entries(f.args ?? {}).map(([r, v]) => `${r} ${show(v)}`);
  return `${f.type} ${f.trigger ? show(f.trigger) : '(no trigger)'}: ${roles.join('; ')}`;
}

/** What one document's scoring missed: gold facts unmatched, predicted facts unmatched, statements matched with a wrong speaker. */
export interface FactMisses {
  missed: ScoredFact[];
  spurious: ScoredFact[];
  wrongSpeaker: Array<{ gold: ScoredFact; pred: ScoredFact }>;
}

/** Score one document's facts into `c`; returns what did not match. */
export function scoreFacts(gold: readonly ScoredFact[], pred: readonly ScoredFact[], c: FactCounts): FactMisses {
  const misses: FactMisses = { missed: [], spurious: [], wrongSpeaker: [] };
  const gf = gold.map(norm);
  const pf = pred.map(norm);
  for (const t of FACT_TYPES) {
    const G = gf.filter((f) => f.type === t);
    const P = pf.filter((f) => f.type === t);
    const row = c.perType[t]!;
    row.gold += G.length;
    row.pred += P.length;
    const cands: Array<[number[], number, number]> = [];
    for (const [gi, g] of G.entries()) {
      if (t === 'statement') {
        const gc = g.roles.content;
        if (!gc) continue;
        for (const [pj, p] of P.entries()) {
          const pc = p.roles.content;
          const ov = pc ? inter(gc, pc) : 0;
          if (!ov || ov < 0.5 * size(gc)) continue;
          const gs = g.roles.speaker;
          const ps = p.roles.speaker;
          const spk = gs && ps ? inter(gs, ps) > 0 : !gs && !ps;
          cands.push([[ov / size(gc), spk ? 1 : 0, ov], gi, pj]);
        }
      } else if (SYMMETRIC_LIST.has(t)) {
        const need = Math.min(2, g.parts.length);
        if (!need) continue;
        for (const [pj, p] of P.entries()) {
          const [n, ov] = bipartite(g.parts, p.parts);
          if (n >= need) cands.push([[n, ov], gi, pj]);
        }
      } else {
        for (const [pj, p] of P.entries()) {
          const sc = directed(g, p);
          if (sc) cands.push([sc, gi, pj]);
        }
      }
    }
    const matched = greedy(cands);
    row.tp += matched.length;
    const gIdx = gold.flatMap((f, i) => (f.type === t ? [i] : []));
    const pIdx = pred.flatMap((f, i) => (f.type === t ? [i] : []));
    const gm = new Set(matched.map(([gi]) => gi));
    const pm = new Set(matched.map(([, pj]) => pj));
    for (const [gi, i] of gIdx.entries()) if (!gm.has(gi)) misses.missed.push(gold[i]!);
    for (const [pj, i] of pIdx.entries()) if (!pm.has(pj)) misses.spurious.push(pred[i]!);
    if (t === 'statement') {
      c.speaker.goldStatements += G.length;
      c.speaker.predStatements += P.length;
      for (const [gi, pj] of matched) {
        const gs = G[gi]!.roles.speaker;
        const ps = P[pj]!.roles.speaker;
        if (gs ? Boolean(ps) && inter(gs, ps!) > 0 : !ps) c.speaker.ok++;
        else misses.wrongSpeaker.push({ gold: gold[gIdx[gi]!]!, pred: pred[pIdx[pj]!]! });
      }
    }
  }
  return misses;
}

export interface FactScores {
  perType: Record<string, { gold: number; pred: number; tp: number; precision: number; recall: number; f1: number }>;
  /** Micro F1 over the event types (meeting, visit, transfer, agreement, attack), not statements or other. */
  events: { precision: number; recall: number; f1: number };
  micro: { precision: number; recall: number; f1: number };
  speakerCorrect: { precision: number; recall: number; f1: number };
}

const prf = (tp: number, pred: number, gold: number) => {
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

export function factScores(c: FactCounts): FactScores {
  const perType = Object.fromEntries(Object.entries(c.perType).map(([t, r]) => [t, { ...r, ...prf(r.tp, r.pred, r.gold) }]));
  const sum = (types: readonly string[]) => types.reduce((a, t) => ({ tp: a.tp + c.perType[t]!.tp, pred: a.pred + c.perType[t]!.pred, gold: a.gold + c.perType[t]!.gold }), { tp: 0, pred: 0, gold: 0 });
  const ev = sum(['meeting', 'visit', 'transfer', 'agreement', 'attack']);
  const all = sum(FACT_TYPES);
  return {
    perType,
    events: prf(ev.tp, ev.pred, ev.gold),
    micro: prf(all.tp, all.pred, all.gold),
    speakerCorrect: prf(c.speaker.ok, c.speaker.predStatements, c.speaker.goldStatements),
  };
}
