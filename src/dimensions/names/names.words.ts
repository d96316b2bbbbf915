// Names, stage 1: word tests. What a capitalised word or phrase can be: a date word, a
// title, a demonym, a place, a known organization, a given name, a name's shape.
import { lexTags, isGivenName, isOrgHeadWord, isPlaceHeadWord, lexiconWords } from '../../nlp/lexicon.js';
import { countryOf, countryOfDemonym, isAdminRegion, isCity, isRegion, MAX_DEMONYM_WORDS } from '../../data/geo.js';
import {
  KNOWN_ORGS,
  NON_ORG_ACRONYMS,
  ORG_HEADS,
  PLACE_HEADS,
  TITLE_HEADS,
  ROLE_WORDS,
  NOT_ROLE_WORDS,
  RELATION_NOUNS,
  MONTH_NAMES_OF_PEOPLE,
  TITLE_MODIFIERS,
  POSSESSIVE_NAME_NOUNS,
} from './names.vocab.js';
import { isCallSign, type WordToken } from './names.tokens.js';
import { MONTHS, WEEKDAYS } from '../date/date.vocab.js';

export const knownOrgByAlias = new Map<string, string>();
for (const [name, aliases] of Object.entries(KNOWN_ORGS)) {
  knownOrgByAlias.set(name, name);
  knownOrgByAlias.set(`the ${name}`, name);
  for (const a of aliases) knownOrgByAlias.set(a, name);
}

export function knownOrg(name: string): string | undefined {
  return knownOrgByAlias.get(name);
}

export const DATE_TAGS = ['Month', 'WeekDay'];

export function isDateWord(tok: WordToken): boolean {
  const bare = tok.lower.replace(/\.$/, '');
  if (MONTHS[bare] !== undefined && bare.length > 3) return true; // not "Jan", "Mar": also names
  if (WEEKDAYS[bare] !== undefined && bare.length > 3) return true;
  const lex = lexTags(bare);
  return lex.some((t) => DATE_TAGS.includes(t)) && !/^\p{Lu}{2,}$/u.test(tok.text);
}

/** A token that may be part of a capitalised name. */
export function isNameWord(tok: WordToken): boolean {
  if (!tok.word || !tok.cap) return false;
  if (tok.text === 'I' || /^I['’](?:ve|m|d|ll)$/.test(tok.text)) return false;
  if (isDateWord(tok)) return false;
  return true;
}

/** The country a former office's one word names: "ex-Nigerian", "Ex-Pakistan", "former-Soviet". */
export function formerCountry(word: string): string | undefined {
  const land = formerOf(word);
  return land ? countryOfDemonym(land) ?? countryOf(land) : undefined;
}

/** The name a word of "ex-" or "former-" was once of: "ex-Nigerian" -> "Nigerian", "Ex-Liverpool" -> "Liverpool". */
export function formerOf(word: string): string | undefined {
  return /^(?:[Ee]x|[Ff]ormer)[-‐](\p{Lu}[\p{L}.&'’-]*)$/u.exec(word)?.[1];
}

export function textOf(toks: WordToken[], a: number, b: number, source: string): string {
  return source.slice(toks[a]!.start, toks[b]!.end);
}

export function isAcronym(t: string): boolean {
  // also joined acronyms: "CJTF-OIR", "ISIS-K"
  return isCallSign(t) || /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,6}$|^\p{Lu}{2,}[a-z]?\p{Lu}+$|^\p{Lu}{2,}(?:-\p{Lu}{1,5})+$/u.test(t);
}

/** An acronym that may name an organization ("IAEA"; not "TV", "AM"). */
export function isOrgAcronym(t: string): boolean {
  return isAcronym(t) && !NON_ORG_ACRONYMS.has(t);
}

/** Longest demonym or country phrase starting at token i (within [i, end]); returns token count. */
export function demonymAt(toks: WordToken[], i: number, end: number, source: string): [number, string] | undefined {
  for (let n = Math.min(MAX_DEMONYM_WORDS, end - i + 1); n >= 1; n--) {
    const phrase = textOf(toks, i, i + n - 1, source);
    const country = countryOfDemonym(phrase);
    if (country) return [n, country];
  }
  return undefined;
}

/** Title phrase at the front of [i, end]: modifiers then at least one head ("Foreign Minister"). */
/** "Cabinet" right before an office's head is part of the office, not a body: "Health Cabinet Secretary", "Cabinet Minister". */
export function cabinetOfOffice(toks: WordToken[], k: number): boolean {
  return toks[k]?.lower === 'cabinet' && !!toks[k + 1] && isTitleHead(toks[k + 1]!.lower);
}

export function titleAt(toks: WordToken[], i: number, end: number): number {
  let j = i;
  let lastHead = -1;
  while (j <= end) {
    const w = toks[j]!.lower;
    if (isTitleHead(w)) lastHead = j;
    else if (singularTitle(w)) {
      // a plural role ends the title: "Reporters Dana Whitfield and ..."
      lastHead = j;
      break;
    } else if (!TITLE_MODIFIERS.has(w) && !(j < end && cabinetOfOffice(toks, j))) break;
    j++;
  }
  return lastHead >= 0 ? lastHead - i + 1 : 0;
}

export function isPlaceName(s: string): string | undefined {
  const c = countryOf(s);
  if (c) return c;
  if (isRegion(s)) return s;
  // a Spanish city by its word for city, which the gazetteer may list without it: "Ciudad Juárez",
  // "Ciudad del Este"
  if (/^Ciudad\s+(?:(?:de|del|de la)\s+)?\p{Lu}\p{Ll}+$/u.test(s)) return s;
  const lex = lexTags(s.toLowerCase());
  // a one-word city that is also an English word ("March", "Union", "League") needs more evidence
  const oneWord = !/\s/.test(s);
  if ((isCity(s) || isAdminRegion(s)) && (!oneWord || (lex.every((t) => CITY_OK_TAGS.has(t)) && !isOrgHead(s.toLowerCase()) && !isPlaceHead(s.toLowerCase())))) return s;
  if (lex.includes('Country') || lex.includes('City') || lex.includes('Region') || lex.includes('Place')) {
    return s;
  }
  return undefined;
}

export { isGivenName };

/** A capitalised word that is no ordinary vocabulary, no head word and no acronym: "Lenartowicz". */
export const ARABIC_ARTICLE = /^(?:[Aa][lsdnrtz]|[Aa]sh|[Ee]l)[-‐]\p{Lu}\p{Ll}+$/u;

export function isNameShaped(t: WordToken): boolean {
  // Arabic names keep their article: "al-Abadi", "Al-Jaafari"
  if (ARABIC_ARTICLE.test(t.text)) return true;
  // (and surnames with a capital inside after a prefix: "DeWine", "McConnell", "DiNapoli", "LaHood")
  if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(t.text) && !/^(?:Mc|Mac|De|Di|Da|Du|Del|La|Le)\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return false;
  if (isOrgHead(t.lower) || isPlaceHead(t.lower) || isTitleHead(t.lower)) return false;
  const lex = lexTags(t.lower);
  return lex.length === 0 || lex.some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName' || x === 'LastName' || x === 'Person');
}

/** An all-capitals word of four letters or more that the lexicon knows, but not as an organization. */
export function isShoutedWord(t: string): boolean {
  if (t.length < 4 || !/^\p{Lu}+$/u.test(t)) return false;
  const tags = lexTags(t.toLowerCase());
  // (a word of eight letters or more in capitals that the lexicon does not know, spelt with
  // vowels as a word is, is no acronym: "BASKETBALL")
  if (tags.length === 0) return t.length >= 8 && !/[^AEIOUY]{5}/.test(t) && /[AEIOU]/.test(t);
  return !tags.some((x) => x === 'Organization' || x === 'Acronym');
}

/** "NEW DELHI" -> "New Delhi": a name in capitals (a dateline) as vocabularies spell it; other text as is. */
export function unshout(s: string): string {
  if (!/\p{Lu}{4}/u.test(s.replace(/[\s'’.-]/g, '')) || /\p{Ll}/u.test(s)) return s;
  return s.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

export function isSurname(lower: string): boolean {
  return lexTags(lower).includes('LastName');
}

export function isOrgHead(lower: string): boolean {
  return ORG_HEADS.has(lower) || isOrgHeadWord(lower);
}

export function isPlaceHead(lower: string): boolean {
  return PLACE_HEADS.has(lower) || isPlaceHeadWord(lower);
}

export interface Ctx {
  toks: WordToken[];
  source: string;
  /** Where the story's own words start after a dateline ("MANCHESTER, England (AP) - "); 0 when there is none. */
  bodyStart?: number;
  /** (the document's words written in lower case, singular too; built on first use) */
  lowerWords?: Set<string>;
}

/** The document writes this word in lower case elsewhere ("airlines faced ..."): capitalised at a sentence's start it is a common word. */
export function writtenLower(ctx: Ctx, lower: string): boolean {
  if (!ctx.lowerWords) {
    ctx.lowerWords = new Set();
    for (const t of ctx.toks) if (t.word && !t.cap) ctx.lowerWords.add(t.lower).add(t.lower.replace(/s$/, ''));
  }
  return ctx.lowerWords.has(lower);
}

/** A known multi-word name starts at token a: "South Korea", "South Korean", "New York". */
export function startsKnownName(ctx: Ctx, a: number, b: number): boolean {
  for (let n = Math.min(3, b - a + 1); n >= 2; n--) {
    const phrase = textOf(ctx.toks, a, a + n - 1, ctx.source);
    if (isPlaceName(phrase) || countryOfDemonym(phrase) || knownOrg(phrase)) return true;
  }
  return false;
}

export const CITY_OK_TAGS = new Set(['City', 'Place', 'Country', 'Region', 'ProperNoun', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/** compromise's actor nouns ("photographer", "curator"), less relations and descriptors. */
const ACTOR_ROLES = new Set(lexiconWords('Actor').filter((w) => !/\s/.test(w) && !/(?:[^s]s|mans|ses)$/.test(w) && !NOT_ROLE_WORDS.has(w)));

/** A word that heads a title: an office, a rank or a role ("minister", "spokesperson", "photographer"). */
export function isTitleHead(lower: string): boolean {
  if (TITLE_HEADS.has(lower) || ROLE_WORDS.has(lower) || (ACTOR_ROLES.has(lower) && !RELATION_NOUNS.has(lower))) return true;
  // a student of a science: "sociologist", "climatologist", "meteorologist"
  if (/^\p{Ll}{3,}ologist$/u.test(lower)) return true;
  // (an office not yet taken up: "President-elect", "prime minister-designate")
  const waiting = /^(.+)-(?:elect|designate)$/.exec(lower);
  if (waiting) return isTitleHead(waiting[1]!);
  // a hyphenated role whose first and last parts are roles: "singer-songwriter", "actor-director",
  // "editor-in-chief" (not "American-Statesman")
  const parts = lower.split('-');
  // (or a role shared with "co-" or held before, "ex-": "co-leader", "co-chair", "ex-minister")
  if (parts.length === 2 && /^(?:co|ex|vice)$/.test(parts[0]!) && /^\p{Ll}+$/u.test(parts[1]!)) return isTitleHead(parts[1]!);
  return parts.length > 1 && parts.every((p) => /^\p{Ll}+$/u.test(p)) && isTitleHead(parts[0]!) && isTitleHead(parts[parts.length - 1]!);
}

/** The singular of a plural title head ("photographers", "spokesmen", "secretaries"), or undefined. */
export function singularTitle(lower: string): string | undefined {
  // (abbreviated plurals: "Sens." and "Reps." before a list of lawmakers)
  const abbreviated = /^(sen|rep|gov|gen|adm)s\.$/.exec(lower);
  if (abbreviated) return `${abbreviated[1]!.charAt(0).toUpperCase()}${abbreviated[1]!.slice(1)}.`;
  for (const s of [lower.replace(/men$/, 'man'), lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')]) {
    if (s !== lower && isTitleHead(s)) return s;
  }
  return undefined;
}

/** A month's short name that is a given name too ("Jan Hatzius"). */
export function isGivenNameToo(lower: string): boolean {
  return MONTH_NAMES_OF_PEOPLE.has(lower);
}

/** Whether the sentence of token i has a word of `words` (lower-cased): "a sentence about sport". */
export function sentenceHas(toks: WordToken[], i: number, words: ReadonlySet<string>): boolean {
  const [a, b] = sentenceOf(toks, i);
  for (let k = a; k <= b; k++) if (words.has(toks[k]!.lower)) return true;
  return false;
}

/** The first and last token of the sentence of token i. */
export function sentenceOf(toks: WordToken[], i: number): [number, number] {
  const s = toks[i]?.sentence;
  let a = i;
  let b = i;
  while (a > 0 && toks[a - 1]!.sentence === s) a--;
  while (b + 1 < toks.length && toks[b + 1]!.sentence === s) b++;
  return [a, b];
}

/** Heads a name goes on to over a saint's or a plural's apostrophe, besides bodies' own heads. */
const APOSTROPHE_HEADS = /^(?:Hospital|College|Church|Cathedral|School|Park|Square|Academy|Affairs|Court|Party|Union|League|Association|Federation|Alliance|Fund|Day|Home)$/;

/**
 * Whether a name goes on over the apostrophe after token j into token j + 2: a plural noun's
 * possessive ("New People's Party", "Children's Hospital"), a saint's or a monarch's ("St. Mary's
 * Hospital", "King's College"), a plural's bare apostrophe before a body's head ("Leeds
 * Magistrates' Court", "Queens' College", "Department of Veterans' Affairs").
 */
export function nameGoesOnOverApostrophe(toks: readonly WordToken[], j: number): boolean {
  const t = toks[j];
  const mark = toks[j + 1];
  const after = toks[j + 2];
  if (!t?.cap || !mark || !after?.cap || !after.word || after.newlineBefore || after.sentence !== t.sentence) return false;
  const head = isOrgHead(after.lower) || APOSTROPHE_HEADS.test(after.text);
  // (an office's bureau is named by the office: "the Franklin County Prosecutor's Office", "the
  // U.S. Attorney's Office", "the Sheriff's Department")
  if (/^['’]s$/.test(mark.text) && /^(?:Office|Department|Bureau)$/.test(after.text) && isTitleHead(t.lower)) return true;
  if (/^['’]s$/.test(mark.text)) return POSSESSIVE_NAME_NOUNS.has(t.lower) || (/^(?:St\.?|Saint|Sainte?|King|Queen)$/.test(toks[j - 1]?.text ?? '') && (head || isPlaceHead(after.lower)));
  return /^['’]$/.test(mark.text) && /s$/.test(t.text) && t.end === mark.start && head;
}
