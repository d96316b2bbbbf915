// Scoring people rosters (name, title, affiliation) with the conventions of the reference
// scorer ../shared/tools/score_roster.py: people match one to one by name, then alias, then
// a mention overlapping the gold first mention; titles compare normalised (strictly, and
// leniently by head word); affiliations equal the gold one or an alias; the full roster
// needs both right, null matching null. Pure.

export interface GoldPerson {
  name: string;
  aliases?: string[];
  title: string | null;
  titles_other?: string[];
  affiliation: string | null;
  affiliation_aliases?: string[];
  affiliation_context?: string;
  affiliation_context_aliases?: string[];
  first?: { start: number; end: number };
}

export interface PredPerson {
  name: string;
  title?: string;
  affiliation?: string;
  mentions: Array<{ start: number; end: number }>;
}

export interface RosterCounts {
  docs: number;
  gold: number;
  pred: number;
  matched: number;
  titleN: number;
  titleOk: number;
  titleLenient: number;
  titleAny: number;
  affN: number;
  affOk: number;
  full: number;
  spuriousTitles: number;
  spuriousAffiliations: number;
}

export interface RosterError {
  kind: string;
  name: string;
  gold?: [string | null, string | null];
  pred?: [string | null, string | null];
}

const PREPS = new Set(['of', 'for', 'to', 'at', 'in', 'with', 'on', 'from']);

const normName = (s: string | undefined): string => (s ?? '').normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean).join(' ');

/** A title or affiliation normalised: NFKC, case, hyphens and dashes as spaces, no leading "the". */
export function normValue(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  let t = s.normalize('NFKC').toLowerCase().replace(/\u2019/g, "'").replace(/[-\u2010-\u2015]+/g, ' ');
  t = t.split(/\s+/).filter(Boolean).join(' ').replace(/^[ .,;:]+|[ .,;:]+$/g, '');
  if (t.startsWith('the ')) t = t.slice(4);
  return t || null;
}

/** The head word: the last word before a prepositional complement ("Secretary of State" -> secretary). */
export function titleHead(title: string | null | undefined): string | null {
  let words = (normValue(title) ?? '').split(' ').filter(Boolean);
  const at = words.findIndex((w, i) => i > 0 && PREPS.has(w));
  if (at > 0) words = words.slice(0, at);
  return words.length ? words[words.length - 1]! : null;
}

const blank = (s: string | undefined | null): string | null => (s === undefined || s === null || s.trim() === '' ? null : s.trim());

/** One-to-one pairs gold index -> predicted index: exact names, then aliases, then overlap with the first mention. */
export function matchPeople(gold: readonly GoldPerson[], pred: readonly PredPerson[]): Map<number, number> {
  const gname = gold.map((g) => normName(g.name));
  const galias = gold.map((g) => new Set((g.aliases ?? []).map(normName)));
  const pname = pred.map((p) => normName(p.name));
  const overlaps = (gi: number, pi: number) => {
    const f = gold[gi]!.first;
    return f !== undefined && pred[pi]!.mentions.some((m) => m.start < f.end && f.start < m.end);
  };
  const kinds = [(gi: number, pi: number) => pname[pi] === gname[gi], (gi: number, pi: number) => galias[gi]!.has(pname[pi]!), overlaps];
  const g2p = new Map<number, number>();
  const p2g = new Map<number, number>();
  const allowed: typeof kinds = [];
  for (const k of kinds) {
    allowed.push(k);
    const edge = (gi: number, pi: number) => allowed.some((a) => a(gi, pi));
    const augment = (gi: number, seen: Set<number>): boolean => {
      for (let pi = 0; pi < pred.length; pi++) {
        if (seen.has(pi) || !edge(gi, pi)) continue;
        seen.add(pi);
        if (!p2g.has(pi) || augment(p2g.get(pi)!, seen)) {
          g2p.set(gi, pi);
          p2g.set(pi, gi);
          return true;
        }
      }
      return false;
    };
    for (let gi = 0; gi < gold.length; gi++) if (!g2p.has(gi)) augment(gi, new Set());
  }
  return g2p;
}

export function emptyCounts(): RosterCounts {
  return { docs: 0, gold: 0, pred: 0, matched: 0, titleN: 0, titleOk: 0, titleLenient: 0, titleAny: 0, affN: 0, affOk: 0, full: 0, spuriousTitles: 0, spuriousAffiliations: 0 };
}

/** Score one document's roster into `c`; returns its errors. */
export function scoreRoster(gold: readonly GoldPerson[], pred: readonly PredPerson[], c: RosterCounts): RosterError[] {
  c.docs++;
  c.gold += gold.length;
  c.pred += pred.length;
  const g2p = matchPeople(gold, pred);
  c.matched += g2p.size;
  const errors: RosterError[] = [];
  for (const [gi, g] of gold.entries()) {
    const pi = g2p.get(gi);
    if (pi === undefined) {
      errors.push({ kind: 'missed', name: g.name, gold: [g.title, g.affiliation] });
      continue;
    }
    const p = pred[pi]!;
    const pt = blank(p.title);
    const pa = blank(p.affiliation);
    const tOk = normValue(pt) === normValue(g.title);
    if (g.title !== null) {
      c.titleN++;
      if (tOk) c.titleOk++;
      if (titleHead(pt) !== null && titleHead(pt) === titleHead(g.title)) c.titleLenient++;
      if ([g.title, ...(g.titles_other ?? [])].some((t) => normValue(t) === normValue(pt))) c.titleAny++;
    } else if (pt !== null) c.spuriousTitles++;
    let aOk: boolean;
    if (g.affiliation !== null) {
      c.affN++;
      const accepted = new Set([g.affiliation, ...(g.affiliation_aliases ?? [])].filter(Boolean).map((x) => normValue(x)));
      aOk = accepted.has(normValue(pa));
      if (aOk) c.affOk++;
    } else {
      aOk = pa === null;
      if (!aOk) c.spuriousAffiliations++;
    }
    if (tOk && aOk) c.full++;
    else errors.push({ kind: [tOk ? '' : 'title', aOk ? '' : 'affiliation'].filter(Boolean).join('+'), name: g.name, gold: [g.title, g.affiliation], pred: [pt, pa] });
  }
  const matched = new Set(g2p.values());
  for (const [pi, p] of pred.entries()) if (!matched.has(pi)) errors.push({ kind: 'spurious', name: p.name, pred: [blank(p.title), blank(p.affiliation)] });
  return errors;
}

export interface RosterScores {
  people: { precision: number; recall: number; f1: number };
  titleAccuracy: number;
  titleLenientAccuracy: number;
  titleAnyAccuracy: number;
  affiliationAccuracy: number;
  fullRosterAccuracy: number;
  counts: RosterCounts;
}

export function rosterScores(c: RosterCounts): RosterScores {
  const precision = c.pred ? c.matched / c.pred : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  return {
    people: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
    titleAccuracy: ratio(c.titleOk, c.titleN),
    titleLenientAccuracy: ratio(c.titleLenient, c.titleN),
    titleAnyAccuracy: ratio(c.titleAny, c.titleN),
    affiliationAccuracy: ratio(c.affOk, c.affN),
    fullRosterAccuracy: ratio(c.full, c.gold),
    counts: c,
  };
}
