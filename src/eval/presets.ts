// Gold annotation conventions -> factx types. A target of '-' ignores the gold
// type; 'neutral' makes its spans absorb predictions (CoNLL MISC).
import { CURRENCIES, UNITS } from '../dimensions/quantity/quantity.vocab.js';

export type Target = 'person' | 'org' | 'place' | 'date' | 'quantity' | 'neutral' | '-';

export const PRESETS: Record<string, Record<string, Target>> = {
  conll: { PER: 'person', ORG: 'org', LOC: 'place', MISC: 'neutral' },
  re3d: { Person: 'person', Organisation: 'org', Location: 'place' },
  gum: { DATE: 'date', TIME: 'date' },
  factx: { PER: 'person', ORG: 'org', LOC: 'place', DATE: 'date', DURATION: 'date', TIME: 'date', QUANTITY: 'quantity' },
  quantity: { QUANTITY: 'quantity', PERCENT: 'quantity', NUMBER: '-' },
};

/** Choose a preset from the gold types a file uses. */
export function detectPreset(types: Set<string>): string {
  if (types.has('Person') || types.has('Organisation')) return 're3d';
  if (types.has('MISC')) return 'conll';
  if (types.has('PER') && (types.has('DATE') || types.has('QUANTITY'))) return 'factx';
  if (types.has('PER') || types.has('ORG') || types.has('LOC')) return 'conll';
  if (types.has('DATE') || types.has('TIME')) return 'gum';
  return 'quantity';
}

/** Quantity kinds each test set annotates (by the set's meta.kind); others are not scored there. */
export const KINDS_BY_SET: Record<string, string[] | undefined> = {
  dimension: ['length', 'mass', 'volume', 'area', 'speed', 'calibre', 'angle', 'data', 'power', 'energy', 'frequency'],
  currency: ['money'],
  age: ['age'],
  temperature: ['temperature'],
  percentage: ['percent'],
};

const EXTRA_UNIT_NAMES: Record<string, string[]> = {
  USD: ['united states dollar', 'dollar', 'us dollar'],
  GBP: ['pound sterling', 'british pound', 'pound'],
  lb: ['pound'],
  '°C': ['c', 'degree celsius'],
  '°F': ['f', 'degree fahrenheit'],
  '%': ['percentage', '%'],
  a: ['year'],
  mo: ['month'],
  wk: ['week'],
  d: ['day'],
  h: ['hour'],
  min: ['minute'],
  t: ['metric ton', 'tonne'],
  ton: ['ton'],
  '°': ['degree'],
  '¢': ['cent'],
  p: ['pence', 'penny'],
};

/** Lower-case unit names of the corpora -> the canonical units they may stand for. */
export function unitsMatch(goldUnit: string | undefined, ours: string | undefined): boolean {
  if (!goldUnit || !ours) return false;
  const g = goldUnit.toLowerCase();
  if (g === ours.toLowerCase()) return true;
  const def = UNITS.get(g) ?? UNITS.get(`${g}s`);
  if (def && def.unit === ours) return true;
  const cur = CURRENCIES.get(g) ?? CURRENCIES.get(`${g}s`);
  if (cur && cur === ours) return true;
  for (const [canon, names] of Object.entries(EXTRA_UNIT_NAMES)) {
    if (names.includes(g) && canon === ours) return true;
  }
  return false;
}
