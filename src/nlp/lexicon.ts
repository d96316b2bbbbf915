// compromise's vocabulary (its lexicon of ~25,000 words with tags, its
// organization and place head words), exposed as plain lookups. compromise is
// only imported in src/nlp/.
import { nlp } from './compromise.js';
import { isListedGivenName } from '../data/given-names.js';

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = (nlp as unknown as { model(): Model }).model();
const lexicon = model.one.lexicon;

/** Tags compromise's lexicon gives a lower-cased word or phrase; empty when unknown. */
export function lexTags(lower: string): readonly string[] {
  const t = Object.prototype.hasOwnProperty.call(lexicon, lower) ? lexicon[lower] : undefined;
  if (t === undefined) return [];
  return Array.isArray(t) ? t : [t];
}

/** A given name in compromise's lexicon ("jacob", "maria") or a listed one it does not know ("jayme"). */
export function isGivenName(lower: string): boolean {
  const lex = lexTags(lower);
  if (lex.length === 0) return isListedGivenName(lower);
  return lex.includes('FirstName') || lex.includes('MaleName') || lex.includes('FemaleName');
}

export function isOrgHeadWord(lower: string): boolean {
  return model.two.orgWords[lower] === true;
}

export function isPlaceHeadWord(lower: string): boolean {
  return model.two.placeWords[lower] === true;
}

/** Every lexicon entry carrying a tag ("Actor": "photographer", "curator", ...). */
export function lexiconWords(tag: string): string[] {
  return Object.entries(lexicon)
    .filter(([, t]) => t === tag || (Array.isArray(t) && t.includes(tag)))
    .map(([w]) => w);
}
