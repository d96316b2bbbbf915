// Given names from `human-names` (popular names in English, Spanish, Italian, French, German
// and Dutch; compacted at build time into generated/given-names.json by scripts/build-data.mjs).
// compromise's lexicon knows many given names already; this adds the ones it does not know
// at all ("Jayme", "Kash", "Femke") and, apart, the ones that are also English words ("Bill",
// "Dean", "Rose", "Frank", "Ray"), which are a name only where the context says so.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const data = require('../../generated/given-names.json') as { names: string[]; wordNames: string[]; personNames: string[] };

const NAMES = new Set(data.names.map((n) => n.toLowerCase()));
const WORD_NAMES = new Set(data.wordNames);
const PERSON_NAMES = new Set(data.personNames.map((n) => n.toLowerCase()));

/** A given name that is no English word, place or country (lower-cased): "jayme", "kash". */
export function isListedGivenName(lower: string): boolean {
  return NAMES.has(lower);
}

/** A given name that is also an English word, as capitalised ("Bill", "Rose"; not "bill"). */
export function isWordGivenName(text: string): boolean {
  return WORD_NAMES.has(text);
}

/**
 * A given name of the English list that compromise's lexicon tags only as a person's name, first
 * or last, and may know as a town too (lower-cased): "warren", "austin", "sydney".
 */
export function isEnglishGivenName(lower: string): boolean {
  return PERSON_NAMES.has(lower);
}
