// Detection of people, organizations and places: small named rules over
// capitalised word chunks. Each candidate carries the name of the rule that
// made it. Clustering into entities and canonical names live in names.resolve.ts.
import { lexTags, isOrgHeadWord, isPlaceHeadWord } from '../../nlp/lexicon.js';
import { countryOf, countryOfDemonym, isCity, isRegion, MAX_DEMONYM_WORDS } from '../../data/geo.js';
import {
  FAMILY_FIRST_SURNAMES,
  GRADE_NOUNS,
  HONORIFICS,
  KNOWN_ORGS,
  LEADER_ORG_HEADS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NOMINAL_ORG_HEADS,
  NON_ORG_ACRONYMS,
  ORG_APPOSITIVE_NOUNS,
  ORG_HEADS,
  ORG_OPENERS,
  PLACE_HEADS,
  PLACE_OPENERS,
  COMPASS_SUFFIXES,
  EVENT_OPENERS,
  INSTITUTION_HEADS,
  RELATION_NOUNS,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../../data/names.js';
import { isCallSign, isCommonWord, type WordToken } from './names.tokens.js';
import { MONTHS, WEEKDAYS } from '../date/date.vocab.js';

export type NameKind = 'person' | 'org' | 'place';

export interface NameCandidate {
  kind: NameKind | 'unknown';
  start: number;
  end: number;
  text: string;
  rule: string;
  /** Index range of the name's tokens. */
  first: number;
  last: number;
  title?: string;
  affiliation?: string;
  /** Canonical key for aliases (countries, known organizations). */
  canonical?: string;
}

const knownOrgByAlias = new Map<string, string>();
for (const [name, aliases] of Object.entries(KNOWN_ORGS)) {
  knownOrgByAlias.set(name, name);
  knownOrgByAlias.set(`the ${name}`, name);
  for (const a of aliases) knownOrgByAlias.set(a, name);
}

export function knownOrg(name: string): string | undefined {
  return knownOrgByAlias.get(name);
}

const DATE_TAGS = ['Month', 'WeekDay'];

function isDateWord(tok: WordToken): boolean {
  const bare = tok.lower.replace(/\.$/, '');
  if (MONTHS[bare] !== undefined && bare.length > 3) return true; // not "Jan", "Mar": also names
  if (WEEKDAYS[bare] !== undefined && bare.length > 3) return true;
  const lex = lexTags(bare);
  return lex.some((t) => DATE_TAGS.includes(t)) && !/^\p{Lu}{2,}$/u.test(tok.text);
}

/** A token that may be part of a capitalised name. */
function isNameWord(tok: WordToken): boolean {
  if (!tok.word || !tok.cap) return false;
  if (tok.text === 'I') return false;
  if (isDateWord(tok)) return false;
  return true;
}

function textOf(toks: WordToken[], a: number, b: number, source: string): string {
  return source.slice(toks[a]!.start, toks[b]!.end);
}

function isAcronym(t: string): boolean {
  // also joined acronyms: "CJTF-OIR", "ISIS-K"
  return isCallSign(t) || /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,6}$|^\p{Lu}{2,}[a-z]?\p{Lu}+$|^\p{Lu}{2,}(?:-\p{Lu}{1,5})+$/u.test(t);
}

/** An acronym that may name an organization ("IAEA"; not "TV", "AM"). */
function isOrgAcronym(t: string): boolean {
  return isAcronym(t) && !NON_ORG_ACRONYMS.has(t);
}

/** Longest demonym or country phrase starting at token i (within [i, end]); returns token count. */
function demonymAt(toks: WordToken[], i: number, end: number, source: string): [number, string] | undefined {
  for (let n = Math.min(MAX_DEMONYM_WORDS, end - i + 1); n >= 1; n--) {
    const phrase = textOf(toks, i, i + n - 1, source);
    const country = countryOfDemonym(phrase);
    if (country) return [n, country];
  }
  return undefined;
}

/** Title phrase at the front of [i, end]: modifiers then at least one head ("Foreign Minister"). */
function titleAt(toks: WordToken[], i: number, end: number): number {
  let j = i;
  let lastHead = -1;
  while (j <= end) {
    const w = toks[j]!.lower;
    if (TITLE_HEADS.has(w)) lastHead = j;
    else if (!TITLE_MODIFIERS.has(w)) break;
    j++;
  }
  return lastHead >= 0 ? lastHead - i + 1 : 0;
}

function isPlaceName(s: string): string | undefined {
  const c = countryOf(s);
  if (c) return c;
  if (isRegion(s)) return s;
  const lex = lexTags(s.toLowerCase());
  // a one-word city that is also an English word ("March", "Union", "League") needs more evidence
  const oneWord = !/\s/.test(s);
  if (isCity(s) && (!oneWord || (lex.every((t) => CITY_OK_TAGS.has(t)) && !isOrgHead(s.toLowerCase()) && !isPlaceHead(s.toLowerCase())))) return s;
  if (lex.includes('Country') || lex.includes('City') || lex.includes('Region') || lex.includes('Place')) {
    return s;
  }
  return undefined;
}

export function isGivenName(lower: string): boolean {
  const lex = lexTags(lower);
  return lex.includes('FirstName') || lex.includes('MaleName') || lex.includes('FemaleName');
}

/** A capitalised word that is no ordinary vocabulary, no head word and no acronym: "Lenartowicz". */
const ARABIC_ARTICLE = /^(?:[Aa][lsdnrtz]|[Aa]sh|[Ee]l)[-‐]\p{Lu}\p{Ll}+$/u;

function isNameShaped(t: WordToken): boolean {
  // Arabic names keep their article: "al-Abadi", "Al-Jaafari"
  if (ARABIC_ARTICLE.test(t.text)) return true;
  if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(t.text)) return false;
  if (isOrgHead(t.lower) || isPlaceHead(t.lower) || TITLE_HEADS.has(t.lower)) return false;
  const lex = lexTags(t.lower);
  return lex.length === 0 || lex.some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName' || x === 'LastName' || x === 'Person');
}

/** An all-capitals word of four letters or more that the lexicon knows, but not as an organization. */
function isShoutedWord(t: string): boolean {
  if (t.length < 4 || !/^\p{Lu}+$/u.test(t)) return false;
  const tags = lexTags(t.toLowerCase());
  return tags.length > 0 && !tags.some((x) => x === 'Organization' || x === 'Acronym');
}

/** "NEW DELHI" -> "New Delhi": a name in capitals (a dateline) as vocabularies spell it; other text as is. */
function unshout(s: string): string {
  if (!/\p{Lu}{4}/u.test(s.replace(/[\s'’.-]/g, '')) || /\p{Ll}/u.test(s)) return s;
  return s.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

function isSurname(lower: string): boolean {
  return lexTags(lower).includes('LastName');
}

function isOrgHead(lower: string): boolean {
  return ORG_HEADS.has(lower) || isOrgHeadWord(lower);
}

function isPlaceHead(lower: string): boolean {
  return PLACE_HEADS.has(lower) || isPlaceHeadWord(lower);
}

/** Split token stream into maximal capitalised chunks [first, last] (inclusive). */
export function chunks(toks: WordToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    if (!isNameWord(toks[i]!)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = toks[j + 1];
      if (!next || next.newlineBefore || next.sentence !== toks[j]!.sentence) break;
      if (isNameWord(next)) {
        j++;
        continue;
      }
      // particles and connectors inside names: "bin Laden", "Bank of America", "Johnson & Johnson"
      const after = toks[j + 2];
      const after2 = toks[j + 3];
      if (
        (NAME_PARTICLES.has(next.lower) || NAME_CONNECTORS.has(next.lower)) &&
        next.lower !== 'and' &&
        after &&
        isNameWord(after) &&
        !after.newlineBefore
      ) {
        j += 2;
        continue;
      }
      // two particles: "Ursula von der Leyen", "Rafael van der Vaart", "Ana de la Cruz"
      if (NAME_PARTICLES.has(next.lower) && after && NAME_PARTICLES.has(after.lower) && after2 && isNameWord(after2) && !after2.newlineBefore) {
        j += 3;
        continue;
      }
      // "Bosnia and Herzegovina": "and" inside a country's name
      if (next.lower === 'and' && after && isNameWord(after) && countryOf(`${toks.slice(i, j + 1).map((t) => t.text).join(' ')} and ${after.text}`)) {
        j += 2;
        continue;
      }
      if (next.lower === 'of' && after?.lower === 'the' && after2 && isNameWord(after2)) {
        j += 3;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/** Whether a chunk joined by "of"/"for"/... is one name ("Bank of America") or several. */
function splitAtConnectors(toks: WordToken[], a: number, b: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let s = a;
  for (let k = a; k <= b; k++) {
    const w = toks[k]!;
    if (!w.cap && (NAME_CONNECTORS.has(w.lower) || w.lower === 'the')) {
      const head = toks[s]!.lower;
      const before = toks[k - 1]!.lower;
      const keep =
        ORG_OPENERS.has(head) || isOrgHead(before) || isPlaceHead(before) || w.lower === '&' ||
        ['republic', 'kingdom', 'gulf', 'bay', 'sea', 'isle', 'cape', 'lake', 'city', 'state', 'people'].includes(before) ||
        NAME_PARTICLES.has(w.lower);
      if (!keep) {
        parts.push([s, k - 1]);
        // skip the connector(s)
        let n = k + 1;
        while (n <= b && !toks[n]!.cap) n++;
        s = n;
        k = n - 1;
      }
    }
  }
  if (s <= b) parts.push([s, b]);
  return parts;
}

interface Ctx {
  toks: WordToken[];
  source: string;
}

/** A known multi-word name starts at token a: "South Korea", "South Korean", "New York". */
function startsKnownName(ctx: Ctx, a: number, b: number): boolean {
  for (let n = Math.min(3, b - a + 1); n >= 2; n--) {
    const phrase = textOf(ctx.toks, a, a + n - 1, ctx.source);
    if (isPlaceName(phrase) || countryOfDemonym(phrase) || knownOrg(phrase)) return true;
  }
  return false;
}

const CITY_OK_TAGS = new Set(['City', 'Place', 'Country', 'Region', 'ProperNoun', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/** Classify one chunk [a, b]; may peel titles and demonyms off its front. */
function classify(ctx: Ctx, a: number, b: number): NameCandidate | undefined {
  const { toks, source } = ctx;
  // sentence-initial ordinary words: "The", "Earlier", "Top diplomats"
  while (a <= b && toks[a]!.initial && isCommonWord(toks[a]!) && !HONORIFICS.has(toks[a]!.lower) && !isAcronym(toks[a]!.text) && !startsKnownName(ctx, a, b) && !(a < b && titleAt(toks, a, b) > 0)) {
    a++;
  }
  // a leading "The"/"A" anywhere
  while (a <= b && ['the', 'a', 'an'].includes(toks[a]!.lower)) a++;
  if (a > b) return undefined;
  const full = textOf(toks, a, b, source);
  const make = (kind: NameCandidate['kind'], rule: string, f = a, l = b, extra: Partial<NameCandidate> = {}) =>
    ({ kind, rule, first: f, last: l, start: toks[f]!.start, end: toks[l]!.end, text: textOf(toks, f, l, source), ...extra });

  // a nationality alone ("Australian", "Chinese") names no entity
  if (countryOfDemonym(full) && !countryOf(full)) return undefined;
  // events: "Operation Inherent Resolve"
  if (b > a && EVENT_OPENERS.has(toks[a]!.lower)) return undefined;
  // whole-chunk vocabularies
  const org = knownOrg(full);
  if (org) return make('org', 'org.known', a, b, { canonical: org });
  const spelled = unshout(full);
  const place = isPlaceName(spelled) ?? isPlaceName(full);
  if (place) return make('place', 'place.gazetteer', a, b, { canonical: countryOf(spelled) ?? countryOf(full) ?? spelled });
  const lastLower = toks[b]!.lower;
  const firstLower = toks[a]!.lower;
  // an office and then a name: "Foreign Office Minister Tobias Ellwood", "U.S. Army General Joseph Votel"
  for (let h = b - 1; h > a && h >= b - 5; h--) {
    const tail = toks.slice(h + 1, b + 1);
    if (!TITLE_HEADS.has(toks[h]!.lower) || tail.filter((t) => !NAME_PARTICLES.has(t.text)).length > 3 ||
      !tail.every((t) => isNameShaped(t) || /^\p{Lu}\.$/u.test(t.text) || NAME_PARTICLES.has(t.text))) continue;
    if (!toks.slice(a, h).some((t) => isOrgHead(t.lower))) break;
    return make('person', 'person.office-title', h + 1, b, { title: textOf(toks, a, h, source) });
  }
  // an office alone names no one: "Maintenance Group Commander", "Iraqi Prime Minister"
  if (b > a && TITLE_HEADS.has(lastLower) && !isOrgHead(lastLower) && !isGivenName(firstLower) &&
    (toks.slice(a, b).some((t) => isOrgHead(t.lower)) || demonymAt(toks, a, b, source))) return undefined;
  if (b > a && isOrgHead(lastLower) && !TITLE_HEADS.has(lastLower)) return make('org', 'org.head');
  // an organization head inside a longer name: "Major League Baseball", "Bank Leumi"
  if (b - a >= 2 && toks.slice(a + 1, b).some((t) => ORG_HEADS.has(t.lower)) && !isGivenName(firstLower)) return make('org', 'org.inner-head');
  if (b > a && ORG_OPENERS.has(firstLower) && toks.slice(a, b + 1).some((t) => t.lower === 'of' || t.lower === 'for')) {
    return make('org', 'org.opener');
  }
  if (b > a && isPlaceHead(lastLower) && !isGivenName(firstLower)) return make('place', 'place.head');
  if (b - 1 > a && COMPASS_SUFFIXES.has(lastLower) && isPlaceHead(toks[b - 1]!.lower) && !isGivenName(firstLower)) return make('place', 'place.head');
  if (b > a && PLACE_OPENERS.has(firstLower) && !toks[a]!.initial && toks.slice(a + 1, b + 1).every((t) => t.cap && !isOrgHead(t.lower) && !TITLE_HEADS.has(t.lower) && !isDateWord(t))) {
    return make('place', 'place.opener');
  }
  // a place and then a name that is no place word: "Perth Glory", "Boston Bruins", "China Daily"
  if (b > a && !isGivenName(firstLower) && !FAMILY_FIRST_SURNAMES.has(toks[a]!.text)) {
    for (let k = Math.min(b - 1, a + 2); k >= a; k--) {
      const head = textOf(toks, a, k, source);
      if (!isPlaceName(head) || countryOfDemonym(head) !== countryOf(head)) continue;
      const rest = toks.slice(k + 1, b + 1);
      if (rest.every((t) => /^\p{Lu}/u.test(t.text) && !isPlaceHead(t.lower) && !isGivenName(t.lower) && !TITLE_HEADS.has(t.lower) && !isDateWord(t))) {
        return make('org', 'org.place-prefix');
      }
      break;
    }
  }
  if (/^\p{Lu}[\p{L}\d-]*\.(?:\p{Lu}\p{Ll}+|com|net|org|ru|ua|az|io|co)$/u.test(full)) {
    return make('org', 'org.domain');
  }

  // peel demonym/country and title off the front: "South Korean Foreign Minister Park Jin"
  let i = a;
  let affiliation: string | undefined;
  let title: string | undefined;
  let honorific = false;
  for (let guard = 0; guard < 4 && i <= b; guard++) {
    const body = i === a && !affiliation ? orgBeforeTitle(ctx, i, b) : undefined;
    if (body) {
      affiliation = body[1];
      i += body[0];
      continue;
    }
    const dem = demonymAt(toks, i, b, source);
    if (dem && i + dem[0] <= b && !affiliation) {
      affiliation = dem[1];
      i += dem[0];
      continue;
    }
    const tl = titleAt(toks, i, b);
    if (tl > 0 && i + tl <= b && !title) {
      title = textOf(toks, i, i + tl - 1, source);
      i += tl;
      continue;
    }
    if (HONORIFICS.has(toks[i]!.lower) && i < b) {
      honorific = true;
      i++;
      continue;
    }
    break;
  }
  if (i > a) {
    if (title || honorific) {
      const rest = classify(ctx, i, b);
      // after a title, a one-word city is a surname ("Special Advisor Thames"); a country is not
      const cityAsName = rest?.kind === 'place' && i === b && !countryOf(rest.text) && !isRegion(rest.text);
      if (rest && !cityAsName && rest.kind !== 'person' && rest.kind !== 'unknown') {
        // "Russian Defense Ministry": a demonym before an organization stays in its name
        return rest.kind === 'org' && affiliation && !title ? make('org', rest.rule) : rest;
      }
      return make('person', title ? 'person.title' : 'person.honorific', i, b, {
        ...(title ? { title } : {}),
        ...(affiliation ? { affiliation } : {}),
      });
    }
    // demonym only: "Ukrainian Defense Intelligence" -> organization with the demonym
    const rest = classify(ctx, i, b);
    if (!rest) return undefined;
    if (rest.kind === 'person') return { ...rest, affiliation };
    if (rest.kind === 'org' || (rest.kind === 'unknown' && toks.slice(i, b + 1).every((t) => !isGivenName(t.lower)))) {
      return make('org', rest.kind === 'org' ? rest.rule : 'org.demonym-head');
    }
    return rest;
  }

  // people by their names
  const n = b - a + 1;
  if (n >= 2 && n <= 4 && FAMILY_FIRST_SURNAMES.has(toks[a]!.text) && toks.slice(a, b + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) {
    return make('person', 'person.family-first');
  }
  if (n >= 2 && n <= 5 && isGivenName(firstLower) && !isCommonWord({ ...toks[b]!, initial: true })) {
    return make('person', 'person.given-name');
  }
  if (n >= 2 && n <= 4 && isSurname(lastLower)) return make('person', 'person.surname');
  if (n >= 2 && toks.slice(a, b + 1).every((t) => t.tags.has('Person'))) return make('person', 'person.tagged');
  // two or three capitalised words none of which is vocabulary ("Teofil Lenartowicz"): a name's shape
  if (n >= 2 && n <= 3 && (!toks[a]!.initial || toks.slice(a + 1, b + 1).some((t) => ARABIC_ARTICLE.test(t.text))) && toks.slice(a, b + 1).every((t) => isNameShaped(t))) {
    return make('person', 'person.shape');
  }

  // acronyms: "NV", "IAEA" (countries were handled above)
  // (a capitalised word or name shouted in a transcript is no acronym: "QUESTION:", "MR KIRBY:")
  if (n === 1 && isOrgAcronym(full) && !isShoutedWord(full)) return make('org', 'org.acronym');

  // single words compromise knows
  if (n === 1) {
    // "the Coalition", "the Department": an institution's head, capitalised after "the"
    if (toks[a - 1]?.lower === 'the' && INSTITUTION_HEADS.has(firstLower) && /^\p{Lu}\p{Ll}+$/u.test(toks[a]!.text)) return make('org', 'org.capitalised-head');
    const lex = lexTags(firstLower);
    if (lex.includes('Organization') || lex.includes('SportsTeam')) return make('org', 'org.lexicon');
    if (isGivenName(firstLower) || isSurname(firstLower)) return make('unknown', 'person.single-name');
    if (toks[a]!.tags.has('Organization')) return make('org', 'org.tagged');
    if (toks[a]!.tags.has('Person')) return make('unknown', 'person.single-name');
  }
  return make('unknown', 'name.unknown');
}

/**
 * An organization opening a chunk and followed by a title and a name ("NATO Secretary General
 * Jens Stoltenberg", "CIA Director William Burns"): its token count and name.
 */
function orgBeforeTitle(ctx: Ctx, i: number, b: number): [number, string] | undefined {
  const { toks, source } = ctx;
  for (let n = Math.min(4, b - i - 1); n >= 1; n--) {
    const text = textOf(toks, i, i + n - 1, source);
    if (countryOfDemonym(text)) continue;
    const org = knownOrg(text) ?? (n === 1 && isOrgAcronym(text) ? text : undefined);
    if (!org) continue;
    const tl = titleAt(toks, i + n, b);
    const rest = toks.slice(i + n + tl, b + 1);
    if (tl > 0 && rest.length >= 1 && rest.length <= 4 && rest.every((t) => /^\p{Lu}/u.test(t.text) && !isDateWord(t))) return [n, org];
  }
  return undefined;
}

/** The country of a possessive ending before token `at`, over lower-case title modifiers ("Spain's acting"). */
function possessiveBefore(ctx: Ctx, at: number): string | undefined {
  const { toks } = ctx;
  let k = at - 1;
  while (k >= 0 && !toks[k]!.cap && TITLE_MODIFIERS.has(toks[k]!.lower)) k--;
  if (k < 1 || !/^['’]s$/.test(toks[k]!.text)) return undefined;
  return countryOf(toks[k - 1]!.text);
}

/** Left-context title of a person: "Russian dictator Vladimir Putin", "Ukrainian Defense Intelligence chief". */
function leftTitle(ctx: Ctx, first: number): { title?: string; affiliation?: string; start?: number } {
  const { toks, source } = ctx;
  let j = first - 1;
  let headAt = -1;
  // lower-case title words right before the name
  while (j >= 0 && toks[j]!.word && !toks[j]!.cap && (TITLE_HEADS.has(toks[j]!.lower) || TITLE_MODIFIERS.has(toks[j]!.lower))) {
    if (headAt < 0 && TITLE_HEADS.has(toks[j]!.lower)) headAt = j;
    j--;
  }
  if (headAt < 0) return {};
  let titleStart = j + 1;
  let affiliation: string | undefined;
  // capitalised words before it: "Ukrainian Defense Intelligence" chief
  let k = j;
  while (k >= 0 && toks[k]!.word && toks[k]!.cap && toks[k]!.sentence === toks[first]!.sentence) k--;
  if (k < j) {
    let s = k + 1;
    // a capitalised article opening the sentence is no part of the title: "The Bosnian Serb leader"
    if (s < j && /^(?:the|a|an)$/.test(toks[s]!.lower)) s++;
    const dem = demonymAt(toks, s, j, source);
    if (dem) {
      affiliation = dem[1];
      s += dem[0];
    }
    if (s <= j) titleStart = s;
  } else {
    // "Russia's defense minister Sergei Shoigu"
    affiliation = possessiveBefore(ctx, j + 1);
  }
  return { title: source.slice(toks[titleStart]!.start, toks[headAt]!.end), affiliation };
}

const WEAK_PERSON_RULES = new Set(['person.given-name', 'person.surname', 'person.shape', 'person.tagged']);

/** A country, region or US state name starting at token i ("Maryland", "New South Wales"). */
function regionAfter(ctx: Ctx, i: number): string | undefined {
  for (let n = 3; n >= 1; n--) {
    if (i + n - 1 >= ctx.toks.length) continue;
    const phrase = textOf(ctx.toks, i, i + n - 1, ctx.source);
    if (countryOf(phrase) || isRegion(phrase)) return phrase;
  }
  return undefined;
}

/** Apposition: "his U.S. counterpart, Antony Blinken" / "the ministry's spokesman, X". */
function appositionBefore(ctx: Ctx, first: number): { affiliation?: string; title?: string } | undefined {
  const { toks, source } = ctx;
  if (first < 2 || toks[first - 1]!.text !== ',') return undefined;
  const noun = toks[first - 2]!;
  const relation = RELATION_NOUNS.has(noun.lower);
  if (!relation && !TITLE_HEADS.has(noun.lower)) return undefined;
  // look back over the noun phrase for a demonym or country modifier
  let affiliation: string | undefined;
  let k = first - 3;
  while (k >= 0 && toks[k]!.word && k >= first - 6) {
    for (let n = 1; n <= MAX_DEMONYM_WORDS && k - n + 1 >= 0; n++) {
      const c = countryOfDemonym(textOf(toks, k - n + 1, k, source));
      if (c) {
        affiliation = c;
        break;
      }
    }
    if (affiliation || ['his', 'her', 'their', 'its', 'the', 'a'].includes(toks[k]!.lower)) break;
    k--;
  }
  return { affiliation, ...(relation ? {} : { title: noun.text }) };
}

/**
 * Apposition after the name: "Oleksandr Shtupun, a spokesman for ...", "John Kirby, the White
 * House national security spokesman," "Olga Reva, a Ukrainian military analyst". The title runs
 * from after the article to the last title word; a possessive after it ("the president's son")
 * makes it someone else's.
 */
function appositionAfter(ctx: Ctx, last: number): { affiliation?: string; title: string } | undefined {
  const { toks, source } = ctx;
  if (toks[last + 1]?.text !== ',' || !['a', 'an', 'the'].includes(toks[last + 2]?.lower ?? '')) return undefined;
  const from = last + 3;
  let head = -1;
  for (let j = from; j < toks.length && j < from + 6; j++) {
    const t = toks[j]!;
    if (!t.word || t.sentence !== toks[last]!.sentence) break;
    if (TITLE_HEADS.has(t.lower) && !t.cap) head = j;
    else if (!(t.cap || TITLE_MODIFIERS.has(t.lower)) || head >= 0) break;
  }
  if (head < 0 || /^['’]s?$/.test(toks[head + 1]?.text ?? '')) return undefined;
  let start = from;
  const dem = demonymAt(toks, from, head - 1, source);
  if (dem) start += dem[0];
  return { title: textOf(toks, start, head, source), ...(dem ? { affiliation: dem[1] } : {}) };
}

/** "the Middle East Tobias Ellwood": a known place run into a person's name is two names. */
function splitLeadingPlace(ctx: Ctx, a: number, b: number): Array<[number, number]> {
  const { toks, source } = ctx;
  let s = a;
  if (toks[s]!.lower === 'the') s++;
  for (let k = Math.min(s + 2, b - 2); k >= s; k--) {
    if (isPlaceName(textOf(toks, s, k, source)) && isGivenName(toks[k + 1]!.lower) && k + 2 <= b) return [[a, k], [k + 1, b]];
  }
  return [[a, b]];
}

export function detectNames(toks: WordToken[], source: string): NameCandidate[] {
  const ctx: Ctx = { toks, source };
  const out: NameCandidate[] = [];
  for (const [a, b] of chunks(toks)) {
    for (const [pa, pb] of splitAtConnectors(toks, a, b).flatMap(([x, y]) => splitLeadingPlace(ctx, x, y))) {
      const nominal = nominalOrg(ctx, pa, pb);
      if (nominal) {
        out.push(nominal);
        continue;
      }
      const c = classify(ctx, pa, pb);
      if (!c || isGradeName(ctx, c)) continue;
      refineByContext(ctx, c);
      out.push(c);
    }
  }
  return out;
}

/** A place that names a commodity grade ("Brent crude", "Dubai crude"): no place is mentioned. */
function isGradeName(ctx: Ctx, c: NameCandidate): boolean {
  const next = ctx.toks[c.last + 1];
  return c.kind === 'place' && next !== undefined && !next.cap && next.sentence === ctx.toks[c.last]!.sentence && GRADE_NOUNS.has(next.lower);
}

/**
 * An institution named by a nationality or country and a common noun ("the Iraqi government",
 * "U.S. forces"), or by its leader's name ("the Assad regime"): the chunk and the noun together.
 */
function nominalOrg(ctx: Ctx, a: number, b: number): NameCandidate | undefined {
  const { toks, source } = ctx;
  // "the government of Iraq": the head before, with "of"
  const p1 = toks[a - 1];
  const p2 = toks[a - 2];
  if (p1?.lower === 'of' && p2 && !p2.cap && NOMINAL_ORG_HEADS.has(p2.lower) && countryOf(textOf(toks, a, b, source)) !== undefined) {
    return { kind: 'org', rule: 'org.nominal', first: a - 2, last: b, start: p2.start, end: toks[b]!.end, text: source.slice(p2.start, toks[b]!.end) };
  }
  const n1 = toks[b + 1];
  if (!n1 || n1.cap || !n1.word || n1.sentence !== toks[b]!.sentence || n1.start - toks[b]!.end > 1) return undefined;
  const n2 = toks[b + 2];
  const bare = (t: WordToken) => t.lower.replace(/['’]s$/, '');
  const two = n2 && !n2.cap && n2.word && n2.start - n1.end === 1 && bare(n1) === n1.lower ? `${n1.lower} ${bare(n2)}` : '';
  const k = NOMINAL_ORG_HEADS.has(two) ? 2 : NOMINAL_ORG_HEADS.has(bare(n1)) ? 1 : 0;
  if (k === 0) return undefined;
  // a sentence-initial "The" joins the chunk: "The Iraqi government"
  if (a < b && toks[a]!.lower === 'the') a++;
  const full = textOf(toks, a, b, source);
  const national = countryOfDemonym(full) !== undefined || countryOf(full) !== undefined;
  // a leader: one name-shaped word ("the Assad regime"); a city's government is an institution too
  // ("the Moscow government")
  const leader = k === 1 && a === b && LEADER_ORG_HEADS.has(bare(n1)) && !knownOrg(full) && isNameShaped(toks[a]!) && !isAcronym(full);
  if (!national && !leader) return undefined;
  const last = b + k;
  // "the Asad regime’s attacks": the possessive ending is not part of the name
  const end = toks[last]!.end - (toks[last]!.lower.length - bare(toks[last]!).length);
  return { kind: 'org', rule: 'org.nominal', first: a, last, start: toks[a]!.start, end, text: source.slice(toks[a]!.start, end) };
}

/** Context rules that can make an unknown chunk a person or an organization, and add titles. */
function refineByContext(ctx: Ctx, c: NameCandidate): void {
  const { toks } = ctx;
  // "Sandy Hook, Maryland": a name known only by its shape yields to the comma-region pattern
  if (c.kind === 'person' && WEAK_PERSON_RULES.has(c.rule) && toks[c.last + 1]?.text === ',' && regionAfter(ctx, c.last + 2)) {
    c.kind = 'unknown';
  }
  // "Spain's acting Prime Minister Pedro Sanchez": lower-case modifiers and a country's possessive
  // before a capitalised title
  if (c.kind === 'person' && c.title && /^\p{Lu}/u.test(c.title)) {
    const at = c.first - c.title.split(/\s+/).length;
    let k = at - 1;
    while (k >= 0 && !toks[k]!.cap && TITLE_MODIFIERS.has(toks[k]!.lower)) k--;
    if (k < at - 1) c.title = `${textOf(toks, k + 1, at - 1, ctx.source)} ${c.title}`;
    if (!c.affiliation) {
      const country = possessiveBefore(ctx, at);
      if (country) c.affiliation = country;
    }
  }
  if (c.kind === 'unknown' || c.kind === 'person') {
    const lt = leftTitle(ctx, c.first);
    if (lt.title) {
      c.kind = 'person';
      if (c.rule === 'name.unknown' || c.rule === 'person.single-name') c.rule = 'person.left-title';
      c.title ??= lt.title;
      if (lt.affiliation) c.affiliation ??= lt.affiliation;
      return;
    }
    const ap = c.last > c.first ? (appositionBefore(ctx, c.first) ?? appositionAfter(ctx, c.last)) : undefined;
    if (ap) {
      c.kind = 'person';
      if (c.rule === 'name.unknown') c.rule = 'person.apposition';
      if (ap.affiliation) c.affiliation ??= ap.affiliation;
      if (ap.title) c.title ??= ap.title;
      return;
    }
  }
  if (c.kind !== 'unknown') return;
  const next = toks[c.last + 1];
  const next2 = toks[c.last + 2];
  const prev = toks[c.first - 1];
  // "Sandy Hook, Maryland", "Debden, England": a name before a comma and a region or country
  if (next?.text === ',' && next2?.cap) {
    const region = regionAfter(ctx, c.last + 2);
    if (region) {
      c.kind = 'place';
      c.rule = 'place.comma-region';
      return;
    }
  }
  // "from Poolesville to Sandy Hook": a route between two names
  if (prev?.lower === 'from' && next?.lower === 'to' && next2?.cap) {
    c.kind = 'place';
    c.rule = 'place.route';
    return;
  }
  // "near Poolesville", "the village of Aisby"
  const before = toks.slice(Math.max(0, c.first - 2), c.first).map((t) => t.lower).join(' ');
  if (/(?:^|\s)(?:near|outside|village of|town of|city of|county of|province of|region of|parish of|suburb of|district of|capital,?)$/.test(before)) {
    c.kind = 'place';
    c.rule = 'place.context';
    return;
  }
  // "Yonhap news agency", "the Wagner group"
  if (next && !next.cap) {
    const two = next2 ? `${next.lower} ${next2.lower}` : '';
    if (ORG_APPOSITIVE_NOUNS.has(two) || ORG_APPOSITIVE_NOUNS.has(next.lower)) {
      c.kind = 'org';
      c.rule = 'org.appositive-noun';
      return;
    }
  }
  // speech verbs: "said Budanov", "Budanov said"
  if ((prev && SPEECH_VERBS.has(prev.lower) && prev.lower !== 'according') || (next && SPEECH_VERBS.has(next.lower))) {
    // a title alone ("the Foreign Secretary said") names no one by itself
    if ((c.rule === 'person.single-name' || c.last > c.first) && titleAt(toks, c.first, c.last) !== c.last - c.first + 1) {
      c.kind = 'person';
      c.rule = 'person.speech-verb';
    }
  }
}
