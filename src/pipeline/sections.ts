// Long documents, section by section. A text of more than SECTION_CHARS is cut at paragraph
// breaks (else line breaks, sentence ends, spaces) into sections that are extracted one after
// another and merged: memory then depends on the section, not the document, and is the same in
// the main thread and in workers, so output does not depend on --jobs. Names are resolved
// within a section: an entity named the same in two sections is one entity, but a surname alone
// is tied to a full name only inside its section (a text this long is mostly many stories).
import type { DateMention, Extraction, FactSpan, NamedEntity, Person, Quantity } from '../model/types.js';

/** Largest section extracted at once, in UTF-16 units (about 256 kB of English; 2-4 s of work). */
export const SECTION_CHARS = 256 * 1024;

/** Move every span of a section's extraction (in UTF-16 units, relative to the section) by `by`. */
function shift(x: Extraction, by: number): void {
  if (by === 0) return;
  // a span object may be referred to twice (a fact's source is also an argument): move it once
  const moved = new Set<object>();
  const move = (s: { start: number; end: number }) => {
    if (moved.has(s)) return;
    moved.add(s);
    s.start += by;
    s.end += by;
  };
  for (const e of [...x.people, ...x.organizations, ...x.places]) e.mentions.forEach(move);
  x.dates.forEach(move);
  x.quantities.forEach(move);
  x.numbers?.forEach(move);
  for (const f of x.facts ?? []) {
    if (f.trigger) move(f.trigger);
    for (const a of Object.values(f.args)) (Array.isArray(a) ? a : [a]).forEach(move);
    if (f.place) move(f.place);
    if (f.source) move(f.source);
    if (f.time && f.time.start !== undefined && f.time.end !== undefined && !moved.has(f.time)) {
      moved.add(f.time);
      f.time.start += by;
      f.time.end += by;
    }
  }
}

/**
 * One extraction from the sections' (already shifted to document offsets, in order): entities
 * of the same kind and name merged, their ids renumbered in order of first mention, facts'
 * references renamed to match.
 */
export function mergeSections(parts: Extraction[]): Extraction {
  const first = parts[0]!;
  const people = new Map<string, Person>();
  const orgs = new Map<string, NamedEntity>();
  const places = new Map<string, NamedEntity>();
  const rename = parts.map(() => new Map<string, string>());
  const add = <T extends NamedEntity | Person>(table: Map<string, T>, prefix: string, e: T, i: number) => {
    const had = table.get(e.name);
    if (had) {
      had.mentions.push(...e.mentions);
      if ('title' in e && e.title && !('title' in had && had.title)) (had as Person).title = e.title;
      if ('affiliation' in e && e.affiliation && !('affiliation' in had && had.affiliation)) (had as Person).affiliation = e.affiliation;
      rename[i]!.set(e.id, had.id);
      return;
    }
    const id = `${prefix}${table.size + 1}`;
    rename[i]!.set(e.id, id);
    table.set(e.name, { ...e, id, mentions: [...e.mentions] });
  };
  parts.forEach((x, i) => {
    for (const e of x.people) add(people, 'p', e, i);
    for (const e of x.organizations) add(orgs, 'o', e, i);
    for (const e of x.places) add(places, 'l', e, i);
  });
  const facts = parts.some((x) => x.facts)
    ? parts.flatMap((x, i) =>
        (x.facts ?? []).map((f) => {
          const ref = (s: FactSpan): FactSpan => (s.id && rename[i]!.has(s.id) ? { ...s, id: rename[i]!.get(s.id)! } : s);
          return {
            ...f,
            args: Object.fromEntries(Object.entries(f.args).map(([k, v]) => [k, Array.isArray(v) ? v.map(ref) : ref(v)])),
            ...(f.place ? { place: ref(f.place) } : {}),
            ...(f.source ? { source: ref(f.source) } : {}),
          };
        }),
      )
    : undefined;
  const seen = new Set<string>();
  const warnings = parts.flatMap((x) => x.warnings).filter((w) => (seen.has(w.code + w.message) ? false : (seen.add(w.code + w.message), true)));
  return {
    ...first,
    people: [...people.values()],
    organizations: [...orgs.values()],
    places: [...places.values()],
    dates: parts.flatMap((x): DateMention[] => x.dates),
    quantities: parts.flatMap((x): Quantity[] => x.quantities),
    ...(first.numbers ? { numbers: parts.flatMap((x) => x.numbers ?? []) } : {}),
    ...(facts ? { facts } : {}),
    warnings,
  };
}

/**
 * Extract `text` with `extractSection` whole when it is short, else section by section,
 * cutting with `cutAt(text, from, size)`, and merge.
 */
export function bySections(
  text: string,
  extractSection: (section: string) => Extraction,
  cutAt: (text: string, from: number, size: number) => number,
  size = SECTION_CHARS,
): Extraction {
  if (text.length <= size) return extractSection(text);
  const parts: Extraction[] = [];
  for (let from = 0; from < text.length; ) {
    const to = cutAt(text, from, size);
    const x = extractSection(text.slice(from, to));
    shift(x, from);
    parts.push(x);
    from = to;
  }
  return mergeSections(parts);
}
