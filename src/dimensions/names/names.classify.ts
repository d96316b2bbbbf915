// Names, stage 3: classification. One chunk of capitalised words ("South Korean Foreign
// Minister Park Jin") goes through an ordered table of named rules; the first that decides
// wins. A rule answers a candidate (with its kind, span, title and affiliation), `null` when
// the chunk names nothing ("Iraqi Prime Minister" alone), or `undefined` to pass it on.
import { lexTags } from '../../nlp/lexicon.js';
import { countryOf, countryOfDemonym, isCity, isRegion, stateOfAbbreviation } from '../../data/geo.js';
import { isEnglishGivenName, isWordGivenName } from '../../data/given-names.js';
import {
  CHAMBERS,
  PLACE_UNITS,
  PLAYERS_DEEDS,
  CLUB_PLACE_SUFFIXES,
  CLUB_PREFIXES,
  US_PARTIES,
  CLUB_SUFFIXES,
  COMPASS_SUFFIXES,
  SPORTS_CONTEXT,
  SPORT_BODY_WORDS,
  EVENT_OPENERS,
  STATUS_WORDS,
  VEHICLE_PREFIXES,
  FAMILY_FIRST_SURNAMES,
  FOREIGN_ORG_OPENERS,
  HONORIFICS,
  PLACE_NAMING_TITLES,
  INSTITUTION_HEADS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_OPENERS,
  PARTY_WORDS,
  PLACE_OPENERS,
  PORTFOLIO_HEADS,
  POST_NOMINALS,
  REFERRING_BODY_NOUNS,
  OFFICE_HONORIFIC,
  GENERATION_SUFFIX,
  TITLE_MODIFIERS,
  KIN,
  RELATION_NOUNS,
} from './names.vocab.js';
import { isCommonWord, SPORT_SLUGS, type WordToken } from './names.tokens.js';
import type { NameCandidate } from './names.candidate.js';
import {
  ARABIC_ARTICLE,
  formerCountry,
  demonymAt,
  isAcronym,
  isDateWord,
  isGivenName,
  isGivenNameToo,
  isNameShaped,
  isOrgAcronym,
  isOrgHead,
  isPlaceHead,
  isPlaceName,
  isShoutedWord,
  isSurname,
  knownOrg,
  startsKnownName,
  textOf,
  titleAt,
  cabinetOfOffice,
  unshout,
  type Ctx,
  isTitleHead,
  sentenceHas,
  singularTitle,
} from './names.words.js';
import { affiliationOf, resultFollows, tableRowFollows } from './names.context.js';

/** One chunk [a, b] (token indices, inclusive) under classification. */
export interface Chunk {
  ctx: Ctx;
  a: number;
  b: number;
  /** The chunk's text. */
  full: string;
  firstLower: string;
  lastLower: string;
  /** Number of tokens. */
  n: number;
  /** A candidate over tokens [f, l] (the whole chunk by default) with this rule's name. */
  make(kind: NameCandidate['kind'], f?: number, l?: number, extra?: Partial<NameCandidate>): NameCandidate;
}

export interface ClassifyRule {
  name: string;
  /** A chunk the rule decides, and what it makes of it. */
  example: string;
  apply(c: Chunk): NameCandidate | null | undefined;
}

/** The rules, in order. Candidate rule names are the table's names (a nested chunk keeps its own). */
/**
 * The office's words [a, h], less an honorific between the office and the name: "Prime Minister
 * Sheikh Mohammed bin Abdulrahman al-Thani" holds the office "Prime Minister".
 */
function officeText(toks: WordToken[], a: number, h: number, source: string): string {
  const honorific = h > a && OFFICE_HONORIFIC.test(toks[h]!.text) && isTitleHead(toks[h - 1]!.lower);
  return textOf(toks, a, honorific ? h - 1 : h, source);
}

/** Kinds of body that are as often people: "Investor Warren Buffett", "Producer Ann Lee". */
const PERSON_KINDS = /^(?:investor|producer|developer|operator|publisher|maker)$/;

export const CLASSIFY_RULES: readonly ClassifyRule[] = [
  {
    name: 'skip.demonym-alone',
    example: '"Australian", "Chinese": a nationality alone names no entity',
    apply: (c) => (countryOfDemonym(c.full) && !countryOf(c.full) ? null : undefined),
  },
  {
    name: 'skip.party-tag',
    example: '"Rep. Ana Ruiz, D-9th District," "Sen. Ted Cruz, R-Texas": a lawmaker\'s party and seat, no place of its own',
    apply: (c) => (/^[DRI]-\S/.test(c.ctx.toks[c.a]!.text) && c.ctx.toks[c.a - 1]?.text === ',' ? null : undefined),
  },
  {
    name: 'skip.vehicle',
    example: '"Space Shuttle Endeavour", "USS Gerald R. Ford": a craft or ship is no person, organization or place',
    apply: (c) => {
      const words = c.ctx.toks.slice(c.a, c.b + 1).map((t) => t.lower);
      return VEHICLE_PREFIXES.some((p) => p.length <= words.length && p.every((w, i) => words[i] === w)) ? null : undefined;
    },
  },
  {
    name: 'skip.work',
    example: '"starred in The English Patient", "the album Parklife": a work is no person, organization or place',
    apply: (c) => {
      const before = c.ctx.source.slice(Math.max(0, c.ctx.toks[c.a]!.start - 30), c.ctx.toks[c.a]!.start);
      return /\b(?:starred|stars|starring|cast)\s+in\s+(?:the\s+)?$|\b(?:film|movie|album|novel|song|single|sitcom|series|documentary|opera|musical|painting|poem|memoir|bestseller)\s+(?:the\s+)?$/i.test(before) ? null : undefined;
    },
  },
  {
    name: 'skip.event',
    example: '"Operation Inherent Resolve", "Cyclone Alfred", "Hurricane Milton": an event or a storm, not an organization or a person',
    apply: (c) => (c.b > c.a && EVENT_OPENERS.has(c.firstLower) ? null : undefined),
  },
  {
    name: 'skip.competition',
    example: '"the U.S. Open final", "ATP Finals title", "the London Marathon", "the Monaco Grand Prix": a competition, not a body or a place',
    apply: (c) => (c.b > c.a && (/^(?:open|finals|championships|olympics|paralympics|marathon)$/.test(c.lastLower) || /\bGrand Prix$/.test(c.full)) ? null : undefined),
  },
  {
    name: 'place.state-party',
    example: '"the Idaho Republican who chairs the committee", "a Texas Democrat": a lawmaker described by state and party names no body, only the state',
    apply: (c) => (c.b > c.a && /^(?:republican|democrat)$/.test(c.lastLower) && isPlaceName(textOf(c.ctx.toks, c.a, c.b - 1, c.ctx.source)) ? c.make('place', c.a, c.b - 1) : undefined),
  },
  {
    name: 'skip.sport-slug',
    example: '"Rugby-Leinster edge Toulouse", "Cricket-India win": a wire\'s sport slug before a headline is no place or body (the town of Rugby is not meant)',
    apply: (c) => (c.n === 1 && SPORT_SLUGS.has(c.full) && c.ctx.source.charAt(c.ctx.toks[c.a]!.end) === '-' && c.ctx.toks[c.a]!.newlineBefore ? null : undefined),
  },
  {
    name: 'skip.market-index',
    example: '"the Nasdaq Composite", "the Dow Jones Industrial Average", "the Consumer Price Index": a market\'s or a statistic\'s index names no person, body or place',
    apply: (c) => (c.b > c.a && /^(?:composite|average|index)$/.test(c.lastLower) ? null : undefined),
  },
  {
    name: 'person.party-member',
    example: '"fellow Republican Ann Lee", "Democrat Tom Suozzi": a party\'s member before a given name and a surname',
    apply: (c) => {
      const { toks } = c.ctx;
      const party = US_PARTIES[c.firstLower];
      if (!party || !/^(?:Republican|Democrat)$/.test(toks[c.a]!.text) || c.n < 3 || c.n > 4 || !isGivenName(toks[c.a + 1]!.lower) || !toks.slice(c.a + 1, c.b + 1).every(isNameShaped)) return undefined;
      return c.make('person', c.a + 1, c.b, { affiliation: party });
    },
  },
  {
    name: 'org.kind-opener',
    example: '"Chipmaker Voltra posts record quarter", "Drugmaker Pellion won approval": a kind of company capitalised to open a headline or sentence, then its name',
    apply: (c) => {
      const { toks } = c.ctx;
      const kind = c.firstLower;
      if (c.n < 2 || !toks[c.a]!.initial || !(/.maker$/.test(kind) || REFERRING_BODY_NOUNS.has(kind)) || ORG_OPENERS.has(kind) || ORG_HEADS.has(kind) || PERSON_KINDS.test(kind)) return undefined;
      if (knownOrg(c.full) || toks.slice(c.a + 1, c.b + 1).some((t) => isTitleHead(t.lower))) return undefined;
      return c.make('org', c.a + 1, c.b);
    },
  },
  {
    name: 'person.office-portfolio',
    example: '"(Secretary of) State Warren Christopher", "(Minister of) Defence Ana Ruiz": the portfolio that closes an office split at "of", then a name',
    apply: (c) => {
      const { toks, source } = c.ctx;
      const of = toks[c.a - 1];
      const head = toks[c.a - 2];
      if (of?.lower !== 'of' || !head?.cap || !isTitleHead(head.lower) || head.sentence !== toks[c.a]!.sentence) return undefined;
      // one or two portfolio words, then a name of two or three words with a given name first
      for (const n of [1, 2]) {
        const first = c.a + n;
        const portfolioWord = (t: { lower: string }) => TITLE_MODIFIERS.has(t.lower) || /^(?:affairs|defence|defense|commerce|war|state|homeland|security)$/.test(t.lower);
        const portfolio = toks.slice(c.a, first).every(portfolioWord);
        if (first + 1 > c.b || c.b - first > 2 || portfolioWord(toks[first]!) || !(isGivenName(toks[first]!.lower) || portfolio)) continue;
        if (!toks.slice(first, c.b + 1).every(isNameShaped)) continue;
        // (the country and the status before the office: "former U.S. Secretary of State Hillary
        // Clinton")
        let k = c.a - 3;
        const land = k >= 0 && toks[k]!.sentence === head.sentence ? countryOf(toks[k]!.text) ?? countryOfDemonym(toks[k]!.text) : undefined;
        if (land) k--;
        const status = k >= 0 && toks[k]!.sentence === head.sentence && STATUS_WORDS.has(toks[k]!.lower) ? toks[k]!.lower : undefined;
        const title = `${status ? `${status} ` : ''}${textOf(toks, c.a - 2, first - 1, source)}`;
        return c.make('person', first, c.b, { title, ...(land ? { affiliation: land } : {}) });
      }
      return undefined;
    },
  },
  {
    name: 'org.known',
    example: '"the European Union", "NATO": the vocabulary of known organizations and their aliases',
    apply: (c) => {
      const org = knownOrg(c.full);
      return org ? c.make('org', c.a, c.b, { canonical: org }) : undefined;
    },
  },
  {
    name: 'org.sport-body',
    example: '"Cricket Australia", "USA Gymnastics", "British Cycling", "Athletics Kenya": a sport and a country (or its demonym) name the body that runs the sport there',
    apply: (c) => {
      if (c.n !== 2) return undefined;
      const [x, y] = [c.ctx.toks[c.a]!.text, c.ctx.toks[c.b]!.text];
      const land = (w: string) => countryOf(w) !== undefined || countryOfDemonym(w) !== undefined || /^(?:England|Scotland|Wales|USA)$/.test(w);
      return (SPORT_BODY_WORDS.has(c.firstLower) && land(y)) || (land(x) && SPORT_BODY_WORDS.has(c.lastLower)) ? c.make('org') : undefined;
    },
  },
  {
    name: 'place.gazetteer',
    example: '"South Korea", "Vladivostok", "NEW DELHI": countries, regions and cities',
    apply: (c) => {
      const spelled = unshout(c.full);
      const place = isPlaceName(spelled) ?? isPlaceName(c.full);
      // (a U.S. state by its AP abbreviation after a town and a comma: "SARASOTA, Fla.")
      const state = c.n === 1 && c.ctx.toks[c.a - 1]?.text === ',' ? stateOfAbbreviation(c.full) : undefined;
      if (state) return c.make('place', c.a, c.b, { canonical: state });
      return place ? c.make('place', c.a, c.b, { canonical: countryOf(spelled) ?? countryOf(c.full) ?? spelled }) : undefined;
    },
  },
  {
    name: 'person.office-title',
    example: '"Home Office Minister Carla Hughes", "JPMorgan Chase CEO Jamie Dimon": a body, an office, then a name',
    apply: (c) => {
      const { toks, source } = c.ctx;
      for (let h = c.b - 1; h > c.a && h >= c.b - 5; h--) {
        const tail = toks.slice(h + 1, c.b + 1);
        if (!isTitleHead(toks[h]!.lower) || tail.filter((t) => !NAME_PARTICLES.has(t.text)).length > 3 ||
          // after a known given name a surname may be a common word: "CEO Lena Marsh", "Minister Tom Hill"
          // (a generation's suffix closes the name: "Ferdinand Marcos Jr.")
          !tail.every((t, i) => isNameShaped(t) || /^\p{Lu}\.$/u.test(t.text) || NAME_PARTICLES.has(t.text) || (i > 0 && i === tail.length - 1 && GENERATION_SUFFIX.test(t.text)) ||
            (i === tail.length - 1 && i > 0 && isGivenName(tail[0]!.lower) && /^\p{Lu}\p{Ll}+$/u.test(t.text)))) continue;
        // the office's words before the head are the title, the body before them the affiliation:
        // "Museum of London CEO", "U.S. Army General", "Foreign Office Minister", and any other
        // capitalised name before an office: "JPMorgan Chase CEO Jamie Dimon"
        let t0 = h;
        // (an office's word that heads bodies too stays in the office after "chief": "Nestle Chief
        // Financial Officer", not "Nestle Chief Financial")
        // (nor "Cabinet" before the head: "Kenya's Health Cabinet Secretary", a cabinet member's office)
        const inOffice = (k: number) =>
          (k + 1 <= h && cabinetOfOffice(toks, k)) ||
          ((isTitleHead(toks[k]!.lower) || TITLE_MODIFIERS.has(toks[k]!.lower)) && (!isOrgHead(toks[k]!.lower) || (k > c.a && toks[k - 1]!.lower === 'chief')));
        while (t0 - 1 >= c.a && inOffice(t0 - 1)) t0--;
        // an office over two portfolios joined by "and" is all title: "Work and Pensions Secretary"
        // (a portfolio opening it may name a body's word after "and": "Culture and Media Minister")
        if (t0 > c.a && toks.slice(c.a, t0).some((t) => t.lower === 'and') && toks.slice(c.a, t0).every((t) => t.lower === 'and' || (t.cap && t.word && (TITLE_MODIFIERS.has(toks[c.a]!.lower) || !isOrgHead(t.lower)) && !isPlaceName(t.text) && !countryOfDemonym(t.text) && !knownOrg(t.text)))) return c.make('person', h + 1, c.b, { title: textOf(toks, c.a, h, source) });
        // an office's rank opening the chunk keeps the words to the head in the office, when they
        // name no body or place: "Chief Election Commissioner", "Chief Medical Officer"
        if (t0 > c.a && /^(?:chief|deputy|senior|principal|assistant|associate)$/.test(toks[c.a]!.lower) && toks.slice(c.a + 1, t0).every((t) => t.cap && t.word && !isOrgHead(t.lower) && !isPlaceName(t.text) && !countryOfDemonym(t.text) && !knownOrg(t.text))) return c.make('person', h + 1, c.b, { title: textOf(toks, c.a, h, source) });
        // a place's unit closes the body, not the office: "Los Angeles County District Attorney", "Cook County Sheriff"
        if (t0 < h && t0 > c.a && PLACE_UNITS.has(toks[t0]!.text) && (isPlaceName(textOf(toks, c.a, t0 - 1, source)) || toks.slice(c.a, t0).every((t) => t.cap && t.word))) t0++;
        // (also when the place's name is an office's word: "King County Sheriff Patti Cole-Tindall")
        else if (t0 === c.a && t0 + 1 < h && PLACE_UNITS.has(toks[t0 + 1]!.text) && toks[t0]!.cap && toks[t0 + 1]!.text === 'County') t0 += 2;
        const unitBody = t0 > c.a && /^(?:County|Parish|Borough|Township)$/.test(toks[t0 - 1]!.text) && !countryOf(textOf(toks, c.a, t0 - 2, source));
        // an office alone before the name is left to person.title, unless the surname is a common
        // word that the place and organization rules would take: "Trade Minister Tom Marsh"
        if (t0 === c.a) return tail.every(isNameShaped) ? undefined : c.make('person', h + 1, c.b, { title: officeText(toks, c.a, h, source) });
        // (a chamber is a body though it opens the sentence: "House Minority Whip Katherine Clark")
        if (!toks.slice(c.a, h).some((t) => isOrgHead(t.lower)) && !unitBody && (tail.length < 2 || toks[c.a]!.initial && isCommonWord(toks[c.a]!) && t0 === c.a + 1 && !CHAMBERS.has(toks[c.a]!.text))) return undefined;
        // a status word opening the body stays with the title: "Former Acme Corp CEO Jane Doe"
        // (and a rank of the office before a country: "Assistant U.S. Attorney Sarah Streicker")
        const opens = (STATUS_WORDS.has(toks[c.a]!.lower) || (/^(?:assistant|associate|special|senior|deputy|acting)$/.test(toks[c.a]!.lower) && !!countryOf(textOf(toks, c.a + 1, t0 - 1, source)))) && c.a + 1 < t0;
        const status = opens ? (STATUS_WORDS.has(toks[c.a]!.lower) ? toks[c.a]!.lower : toks[c.a]!.text) : c.a > 0 && STATUS_WORDS.has(toks[c.a - 1]!.lower) ? toks[c.a - 1]!.lower : undefined;
        // (a former office of a country written as one word: "Ex-Pakistan PM Imran Khan")
        const exCountry = t0 === c.a + 1 ? formerCountry(toks[c.a]!.text) : undefined;
        if (exCountry) return c.make('person', h + 1, c.b, { title: `former ${officeText(toks, t0, h, source)}`, affiliation: exCountry });
        // (a county or a city by its unit is the office's jurisdiction: "Cook County Sheriff")
        const body = unitBody ? { affiliation: textOf(toks, opens ? c.a + 1 : c.a, t0 - 1, source), titleFrom: undefined } : affiliationOf(c.ctx, opens ? c.a + 1 : c.a, t0 - 1);
        const from = body.titleFrom ?? t0;
        const title = `${status ? `${status} ` : ''}${officeText(toks, from, h, source)}`;
        return c.make('person', h + 1, c.b, { title, ...(body.affiliation ? { affiliation: body.affiliation } : {}) });
      }
      return undefined;
    },
  },
  {
    name: 'skip.office-alone',
    example: '"Maintenance Group Commander", "Iraqi Prime Minister": an office alone names no one',
    apply: (c) => {
      const { toks, source } = c.ctx;
      return c.b > c.a && isTitleHead(c.lastLower) && !isOrgHead(c.lastLower) && !isGivenName(c.firstLower) &&
        (toks.slice(c.a, c.b).some((t) => isOrgHead(t.lower)) || demonymAt(toks, c.a, c.b, source))
        ? null
        : undefined;
    },
  },
  {
    name: 'person.byline',
    example: '"By Sarah Mills", "By Tom Lee and Ana Ruiz" on a short line of their own above a story: the writers, people (not "Mills", a factory; not the agency: "By Tom Lee, Reuters")',
    apply: (c) => {
      const { toks, source } = c.ctx;
      // (a shouted byline is one chunk with its "BY")
      const f = toks[c.a]!.lower === 'by' && toks[c.a]!.newlineBefore ? c.a + 1 : c.a;
      const name = textOf(toks, f, c.b, source);
      const n = c.b - f + 1;
      const words = toks.slice(f, c.b + 1);
      // (capitalised or shouted words and initials, none an agency, a place, an office or a
      // "Staff" or "Correspondent": "By Reuters Staff", "By Our Correspondent")
      return n >= 2 && n <= 4 && onBylineLine(c.ctx, f, c.b) && !knownOrg(name) && !isPlaceName(name) &&
        words.every((t) => /^\p{Lu}(?:\p{Ll}+|\p{Lu}+|\.)(?:[-'’]\p{Lu}?\p{L}+)?$/u.test(t.text) && !knownOrg(t.text) && !isTitleHead(t.lower) && !/^(?:staff|correspondents?|reporters?|writers?|editors?|our)$/.test(t.lower))
        ? c.make('person', f, c.b, { canonical: unshout(name) })
        : undefined;
    },
  },
  {
    name: 'org.head',
    example: '"Defense Ministry", "Science Council": ends in an organization head',
    apply: (c) => (c.b > c.a && isOrgHead(c.lastLower) && !isTitleHead(c.lastLower) ? c.make('org') : undefined),
  },
  {
    name: 'org.possessive-name',
    example: '"Macy\'s said", "McDonald\'s will raise prices": a name the chunker closed on its possessive, as shops and firms are named',
    apply: (c) => (c.n === 2 && /^['’]s$/.test(c.ctx.toks[c.b]!.text) ? c.make('org') : undefined),
  },
  {
    name: 'org.ampersand',
    example: '"Ortiz & Klein", "Marks & Spencer", "Friedman Kaplan Seiler Adelman & Robbins": words joined by an ampersand before the last, no given name first or last, are a firm (not "Lee Tate & Ann Bell", two people)',
    apply: (c) => {
      const toks = c.ctx.toks.slice(c.a, c.b + 1);
      // (the first word and the last, where two people's given names would stand)
      return c.n >= 3 && c.n <= 7 && toks[toks.length - 2]!.text === '&' && toks.every((t, i) => i === toks.length - 2 || (t.text !== '&' && t.text.length > 1)) && !isGivenName(toks[0]!.lower) && !isGivenName(toks[toks.length - 1]!.lower) ? c.make('org') : undefined;
    },
  },
  {
    name: 'org.inner-head',
    example: '"Major League Baseball", "Bank Leumi Le-Israel": an organization head inside a longer name',
    // (after a person's name only when the head opens a phrase: "Andy Warhol Foundation for the Visual Arts")
    apply: (c) => {
      const toks = c.ctx.toks;
      // (not "Cabinet" before an office: "Interior Cabinet Secretary Kipchumba Murkomen")
      const heads = toks.slice(c.a + 1, c.b).map((t, i) => (ORG_HEADS.has(t.lower) && !cabinetOfOffice(toks, c.a + 1 + i) ? c.a + 1 + i : -1)).filter((i) => i >= 0);
      const opens = heads.some((h) => ['for', 'of', 'on'].includes(toks[h + 1]!.lower) && !toks[h + 1]!.cap);
      if (c.b - c.a >= 2 && heads.length && (!isGivenName(c.firstLower) || opens)) return c.make('org');
      // (or an opener with "of" or "for" after a modifier: "International Association of Machinists",
      // "International Brotherhood of Teamsters", "National Union of Mineworkers", "Intergovernmental Panel on Climate Change")
      const opener = toks.slice(c.a + 1, c.b).some((t, i) => ORG_OPENERS.has(t.lower) && t.cap && (['of', 'for'].includes(toks[c.a + 2 + i]!.lower) || (toks[c.a + 2 + i]!.lower === 'on' && t.lower !== 'conference')));
      return opener && !isGivenName(c.firstLower) && !isTitleHead(c.firstLower) && !HONORIFICS.has(c.firstLower) ? c.make('org') : undefined;
    },
  },
  {
    name: 'org.opener',
    example: '"Bank of America", "University of Oxford": an organization opener with "of" or "for"',
    apply: (c) => (c.b > c.a && ORG_OPENERS.has(c.firstLower) && c.ctx.toks.slice(c.a, c.b + 1).some((t) => !t.cap && ['of', 'for', 'on', 'against', 'to'].includes(t.lower)) ? c.make('org') : undefined),
  },
  {
    name: 'org.foreign-opener',
    example: '"Grupo Bimbo", "Banco Santander", "Deutsche Telekom": a body\'s opener in another language',
    apply: (c) => (c.b > c.a && FOREIGN_ORG_OPENERS.has(c.firstLower) && c.ctx.toks[c.a + 1]!.cap ? c.make('org') : undefined),
  },
  {
    name: 'org.media-opener',
    example: '"Channel Nine", "Radio New Zealand", "Television Francaise 1": a broadcaster by its opening word',
    apply: (c) => (c.b > c.a && /^(?:channel|radio|television|tv)$/.test(c.firstLower) && !isPlaceHead(c.lastLower) && c.lastLower !== 'tunnel' ? c.make('org') : undefined),
  },
  {
    name: 'org.acronym-led',
    example: '"CVS Health", "BHP Group", "HSBC Holdings": an organization\'s letters and one more word (not an office: "NATO Secretary")',
    apply: (c) => {
      const { toks } = c.ctx;
      const second = toks[c.a + 1];
      // (three letters or more, no full stops: "K.C. Maurer", "JK Rowling" are a person's initials)
      return c.n === 2 && /^\p{Lu}{3,}$/u.test(toks[c.a]!.text) && isOrgAcronym(toks[c.a]!.text) && !countryOf(toks[c.a]!.text) && second && /^\p{Lu}\p{Ll}+$/u.test(second.text) && !isTitleHead(second.lower) && !isGivenName(second.lower) && !isDateWord(second) && !isPlaceHead(second.lower)
        ? c.make('org')
        : undefined;
    },
  },
  {
    name: 'org.club',
    example: '"Real Madrid", "Borussia Dortmund", "Blackburn Rovers"; "Manchester City" in a sentence about sport',
    apply: (c) => {
      const { toks, source } = c.ctx;
      if (c.n < 2 || c.n > 4) return undefined;
      const place = (a: number, b: number) => a <= b && isPlaceName(textOf(toks, a, b, source)) !== undefined;
      for (const k of [c.a + 1, c.a + 2]) {
        if (k <= c.b && CLUB_PREFIXES.has(textOf(toks, c.a, k - 1, source).toLowerCase()) && place(k, c.b)) return c.make('org');
      }
      // (or a club's prefix before any name, in a sentence about sport or a results line: "Real
      // Betis", "Olympique Lyonnais", "Real Sociedad 0 Athletic Bilbao 2")
      if (CLUB_PREFIXES.has(c.firstLower) && c.ctx.toks.slice(c.a + 1, c.b + 1).every((t) => t.cap && t.word) && !isGivenName(toks[c.a + 1]!.lower) && clubContext(c.ctx, c.a, c.b)) return c.make('org');
      if (CLUB_SUFFIXES.has(c.lastLower) && place(c.a, c.b - 1)) return c.make('org');
      if (CLUB_PLACE_SUFFIXES.has(c.lastLower) && place(c.a, c.b - 1) && !isPlaceName(c.full) && sentenceHas(toks, c.a, SPORTS_CONTEXT)) return c.make('org');
      return undefined;
    },
  },
  {
    name: 'org.chamber',
    example: '"the Ohio House", "the Texas Senate", "the Punjab Assembly": a state\'s or country\'s chamber is a body, not a building',
    apply: (c) => (c.b > c.a && CHAMBERS.has(c.ctx.toks[c.b]!.text) && isPlaceName(textOf(c.ctx.toks, c.a, c.b - 1, c.ctx.source)) !== undefined ? c.make('org') : undefined),
  },
  {
    name: 'place.head',
    example: '"Black Sea", "Gaza Strip": ends in a place head',
    // (not after a title: "Judge Park", "Senator Hill" are people; but "King County", "Prince Edward Island")
    // (nor after a title and a given name: "Gov. Ellen Marsh", "Sen. Ann Hill")
    apply: (c) => (c.b > c.a && isPlaceHead(c.lastLower) && !isGivenName(c.firstLower) && !((c.b === c.a + 1 || isGivenName(c.ctx.toks[c.a + 1]!.lower)) && (isTitleHead(c.firstLower) || HONORIFICS.has(c.firstLower)) && !PLACE_NAMING_TITLES.has(c.firstLower)) ? c.make('place') : undefined),
  },
  {
    name: 'place.head-compass',
    example: '"Qayyarah Airfield West": a place head and then a compass point',
    apply: (c) => (c.b - 1 > c.a && COMPASS_SUFFIXES.has(c.lastLower) && isPlaceHead(c.ctx.toks[c.b - 1]!.lower) && !isGivenName(c.firstLower) ? c.make('place') : undefined),
  },
  {
    name: 'place.opener',
    example: '"Lake Geneva", "Mount Kilimanjaro": a place opener, not opening the sentence',
    apply: (c) => {
      const { toks } = c.ctx;
      return c.b > c.a && PLACE_OPENERS.has(c.firstLower) && !toks[c.a]!.initial &&
        toks.slice(c.a + 1, c.b + 1).every((t) => (t.cap || (NAME_PARTICLES.has(t.lower) && t !== toks[c.b])) && !isOrgHead(t.lower) && !isTitleHead(t.lower) && !isDateWord(t))
        ? c.make('place')
        : undefined;
    },
  },
  {
    name: 'org.place-prefix',
    example: '"Perth Glory", "Boston Bruins", "China Daily": a place and then a name that is no place word',
    apply: (c) => {
      const { toks, source } = c.ctx;
      if (c.b <= c.a || isGivenName(c.firstLower) || FAMILY_FIRST_SURNAMES.has(toks[c.a]!.text)) return undefined;
      // a role or honorific just before says a person follows, whose given name may be a town's ("coach Hansi Flick")
      const before = toks[c.a - 1];
      // (and so does a team named after its manager: "Hansi Flick's side")
      if (/^['’]s?\s+(?:side|team|men|squad|players|charges)\b/.test(source.slice(toks[c.b]!.end, toks[c.b]!.end + 12))) return undefined;
      // (and a player's play: "Samu Aghehowa's 20th-minute opener", "Lens Moreau's header")
      if (/^['’]s\s+(?:(?:\d+(?:st|nd|rd|th)(?:-minute)?|late|early|first-half|second-half|stoppage-time|injury-time|[\p{L}-]+-minute)\s+)?(?:opener|goal|equali[sz]er|winner|header|strike|penalty|brace|hat-trick|free[- ]kick|shot|volley|own goal|cross|pass|assist|double)\b/u.test(source.slice(toks[c.b]!.end, toks[c.b]!.end + 40))) return undefined;
      if (before?.word && before.sentence === toks[c.a]!.sentence && (isTitleHead(before.lower) || HONORIFICS.has(before.lower))) return undefined;
      // (nor one set off after a person's noun: "Sanchez's former right-hand man, Santos Cerdan,")
      const noun = toks[c.a - 2];
      if (before?.text === ',' && noun?.word && !noun.cap && noun.sentence === toks[c.a]!.sentence && (isTitleHead(noun.lower) || KIN.has(noun.lower) || RELATION_NOUNS.has(noun.lower) || PEOPLES_NOUNS.test(noun.lower))) return undefined;
      // (a title in quotation marks names a work: 'an Oscar for "West Side Story,"')
      if (/["“]$/.test(source.slice(Math.max(0, toks[c.a]!.start - 1), toks[c.a]!.start)) && /^[,.!?]?["”]/.test(source.slice(toks[c.b]!.end, toks[c.b]!.end + 2))) return undefined;
      for (let k = Math.min(c.b - 1, c.a + 2); k >= c.a; k--) {
        const head = textOf(toks, c.a, k, source);
        if (!isPlaceName(head) || countryOfDemonym(head) !== countryOf(head)) continue;
        const rest = toks.slice(k + 1, c.b + 1);
        // (not a surname after it: "Lautaro Martinez", whose given name is a town's)
        // a member of a party from a place is no body: "a Louisiana Republican", "an Ohio Democrat"
        if (rest.length === 1 && /^(?:Republican|Democrat)$/.test(rest[0]!.text) && /^(?:a|an)$/i.test(before?.text ?? '')) return c.make('place', c.a, k);
        // a compass point after a place is a region: "the Pacific Northwest", "Texas Northeast"
        if (rest.length === 1 && COMPASS_SUFFIXES.has(rest[0]!.lower)) return c.make('place');
        // ... and a part of a continent or country named before it: "Central Africa", "Southern Europe"
        if (isRegion(textOf(toks, k + 1, c.b, source)) || countryOf(textOf(toks, k + 1, c.b, source))) return c.make('place');
        // (nor a word the lexicon does not know after a given name that is also a town's: "Warren
        // Buffett", "Austin Reaves"; a team's name after a town is a word: "Orlando Magic")
        const personShaped = k === c.a && rest.length === 1 && isEnglishGivenName(c.firstLower) && lexTags(rest[0]!.lower).length === 0 && !isOrgHead(rest[0]!.lower) && /^\p{Lu}\p{Ll}+$/u.test(rest[0]!.text);
        if (rest.every((t) => /^\p{Lu}/u.test(t.text) && !isPlaceHead(t.lower) && !isGivenName(t.lower) && !isTitleHead(t.lower) && !isDateWord(t)) && !(rest.length === 1 && isSurname(rest[0]!.lower)) && !personShaped) return c.make('org');
        return undefined;
      }
      return undefined;
    },
  },
  {
    name: 'org.domain',
    example: '"Amazon.com", "Gazeta.ru": a domain name',
    apply: (c) => (/^\p{Lu}[\p{L}\d-]*\.(?:\p{Lu}\p{Ll}+|com|net|org|ru|ua|az|io|co)$/u.test(c.full) ? c.make('org') : undefined),
  },
  {
    name: 'person.title',
    example: '"South Korean Foreign Minister Park Jin": a demonym, an organization, a title or an honorific peeled off the front',
    apply: peelTitle,
  },
  {
    name: 'person.family-first',
    example: '"Kim Jong Un", "Xi Jinping": a family name first',
    apply: (c) =>
      c.n >= 2 && c.n <= 4 && FAMILY_FIRST_SURNAMES.has(c.ctx.toks[c.a]!.text) && c.ctx.toks.slice(c.a, c.b + 1).every((t) => /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u.test(t.text)) ? c.make('person') : undefined,
  },
  {
    name: 'person.given-name',
    example: '"Antony Blinken": a given name first',
    // (a listed given name compromise does not know needs a name after it, not a place's
    // words: "Paxton Water Tower", "River Cats")
    apply: (c) =>
      // (not a street named after someone: "Ashley Road", "Mary Street")
      !STREET_HEADS.test(c.lastLower) &&
      ((c.n >= 2 && c.n <= 5 && isGivenName(c.firstLower) && !isCommonWord({ ...c.ctx.toks[c.b]!, initial: true }) && (lexTags(c.firstLower).length > 0 || c.ctx.toks.slice(c.a + 1, c.b + 1).every(isNameShaped))) ||
      // (a given name that is also a word, before a surname: "Frank Dowell", not "Hope Street")
      (c.n >= 2 && c.n <= 3 && wordGivenNameAt(c.ctx.toks[c.a]!) && c.ctx.toks.slice(c.a + 1, c.b + 1).every(isNameShaped)) ||
      // (a listed given name the lexicon does not know, before a common word that is no head of a
      // place, a body or a title: "Declan Rice", "Bukayo Saka and Declan Rice"; not "Paxton Water
      // Tower")
      (c.n === 2 && isGivenName(c.firstLower) && lexTags(c.firstLower).length === 0 && isCommonWord({ ...c.ctx.toks[c.b]!, initial: true }) && !isPlaceHead(c.lastLower) && !isOrgHead(c.lastLower) && !isTitleHead(c.lastLower) && !isDateWord(c.ctx.toks[c.b]!) && /^\p{Lu}\p{Ll}+$/u.test(c.ctx.toks[c.b]!.text) && lexTags(c.lastLower).every((x) => /^(?:Noun|Singular|Uncountable|Adjective)$/.test(x))) ||
      // (a given name that may be a town's, before a word the lexicon does not know: "Warren
      // Buffett", "Austin Reaves"; not "Orlando Sentinel")
      (c.n === 2 && isEnglishGivenName(c.firstLower) && lexTags(c.lastLower).length === 0 && !isOrgHead(c.lastLower) && !isPlaceHead(c.lastLower) && !isPlaceName(c.ctx.toks[c.b]!.text) && /^\p{Lu}\p{Ll}+$/u.test(c.ctx.toks[c.b]!.text)) ||
      // (a surname that is a word for a doer, after a given name that is no word: "Jannik Sinner",
      // "Ines Gardener"; not an office: "Chelsea Manager")
      (c.n === 2 && isGivenName(c.firstLower) && lexTags(c.firstLower).length === 0 && lexTags(c.lastLower).includes('Actor') && !isTitleHead(c.lastLower) && /^\p{Lu}\p{Ll}+$/u.test(c.ctx.toks[c.b]!.text)) ||
      // (a surname that is a town's or a state's after a given name, mid-sentence: "succeeded by
      // Robin Washington", "Jack London"; not a country: "Jordan" is a name, "Chad" too)
      (c.n === 2 && !c.ctx.toks[c.a]!.initial && (isGivenName(c.firstLower) || isWordGivenName(c.ctx.toks[c.a]!.text)) && isPlaceName(c.ctx.toks[c.b]!.text) && !countryOf(c.ctx.toks[c.b]!.text) && !isPlaceHead(c.lastLower) && /^\p{Lu}\p{Ll}+$/u.test(c.ctx.toks[c.b]!.text)))
        ? c.make('person')
        : undefined,
  },
  {
    name: 'person.surname',
    example: '"Yoko Kamikawa": a surname compromise knows, last',
    apply: (c) => (c.n >= 2 && c.n <= 4 && isSurname(c.lastLower) ? c.make('person') : undefined),
  },
  {
    name: 'person.particle',
    example: '"Marine Le Pen", "Jean Le Drian": a word before a capitalised particle and a surname, as French and Dutch names run (not "Rio De Janeiro", "Bois de Boulogne")',
    apply: (c) => {
      const { toks, source } = c.ctx;
      const particle = toks[c.a + 1]!;
      if (c.n !== 3 || !EUROPEAN_PARTICLES.test(particle.text) || !/^\p{Lu}\p{Ll}+$/u.test(toks[c.b]!.text)) return undefined;
      if (isPlaceName(c.full) || knownOrg(c.full) || isPlaceName(toks[c.b]!.text) || isPlaceHead(c.firstLower) || ORG_OPENERS.has(c.firstLower) || FOREIGN_ORG_OPENERS.has(c.firstLower) || PLACE_OPENERS.has(c.firstLower)) return undefined;
      // (the first word a given name, or a word only an adjective too: "Marine"; not a noun: "Hotel La Mamounia")
      const first = lexTags(c.firstLower);
      return (isGivenName(c.firstLower) || (first.length > 0 && first.every((x) => x === 'Adjective'))) && /^\p{Lu}\p{Ll}+$/u.test(textOf(toks, c.a, c.a, source)) ? c.make('person') : undefined;
    },
  },
  {
    name: 'person.tagged',
    example: 'every word tagged a person by compromise',
    apply: (c) => (c.n >= 2 && c.ctx.toks.slice(c.a, c.b + 1).every((t) => t.tags.has('Person')) ? c.make('person') : undefined),
  },
  {
    name: 'person.middle-initial',
    example: '"Tembeka R. Vorster", "Mary K. Odell": a name, a middle initial and a surname, even opening a sentence',
    apply: (c) => {
      const { toks } = c.ctx;
      const [f, m, l] = [toks[c.a]!, toks[c.a + 1]!, toks[c.b]!];
      return c.n === 3 && /^\p{Lu}\.$/u.test(m.text) && [f, l].every((t) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(t.text) && !isOrgHead(t.lower) && !isPlaceHead(t.lower) && !isTitleHead(t.lower)) && !isCommonWord({ ...l, initial: true }) && !knownOrg(c.full) && !isPlaceName(c.full)
        ? c.make('person')
        : undefined;
    },
  },
  {
    name: 'person.shape',
    example: '"Teofil Lenartowicz": two or three capitalised words none of which is vocabulary (opening a sentence, when the last is written alone inside another, or opening one with an age or "said", or a person\'s deed follows: "Romelu Lukaku ... but Lukaku headed the winner", "Kyogo Furuhashi scored twice")',
    apply: (c) => {
      const { toks } = c.ctx;
      // (or whose first word has a capital inside, which no common word has: "Da'Vine Joy Randolph")
      // (not a thing named after a person named before, after "the": "the Warhol Polaroids", "the
      // Warhol Factory")
      if (toks[c.a - 1]?.lower === 'the' && surnameNamedBefore(toks, c.a)) return undefined;
      return c.n >= 2 && c.n <= 3 && (!toks[c.a]!.initial || toks.slice(c.a + 1, c.b + 1).some((t) => ARABIC_ARTICLE.test(t.text)) || innerWords(toks).has(toks[c.b]!.text) || PEOPLES_DEEDS.has(toks[c.b + 1]?.lower ?? '') || /^\p{Lu}\p{Ll}+['’-]\p{Lu}\p{Ll}+$/u.test(toks[c.a]!.text)) && toks.slice(c.a, c.b + 1).every((t, i) => isNameShaped(t) || (i > 0 && i < c.n - 1 && (isGivenName(t.lower) || isWordGivenName(t.text)) && /^\p{Lu}\p{Ll}+$/u.test(t.text)))
        ? c.make('person')
        : undefined;
    },
  },
  {
    name: 'org.acronym',
    example: '"NV", "IAEA"; not "QUESTION:" shouted in a transcript',
    apply: (c) => (c.n === 1 && isOrgAcronym(c.full) && !isShoutedWord(c.full) ? c.make('org') : undefined),
  },
  {
    name: 'org.capitalised-head',
    example: '"the Coalition", "the Department": an institution\'s head, capitalised after "the"',
    apply: (c) => {
      const { toks } = c.ctx;
      return c.n === 1 && toks[c.a - 1]?.lower === 'the' && INSTITUTION_HEADS.has(c.firstLower) && /^\p{Lu}\p{Ll}+$/u.test(toks[c.a]!.text) ? c.make('org') : undefined;
    },
  },
  {
    name: 'org.lexicon',
    example: '"Google", "Lakers": one word compromise knows as an organization or team',
    apply: (c) => {
      if (c.n !== 1) return undefined;
      const lex = lexTags(c.firstLower);
      return lex.includes('Organization') || lex.includes('SportsTeam') ? c.make('org') : undefined;
    },
  },
  {
    name: 'person.single-name',
    example: '"Budanov", "Maria": one given name or surname; the context or the document decides',
    apply: (c) => (c.n === 1 && (isGivenName(c.firstLower) || isSurname(c.firstLower)) ? c.make('unknown') : undefined),
  },
  {
    name: 'org.tagged',
    example: 'one word compromise tags an organization in context',
    apply: (c) => (c.n === 1 && c.ctx.toks[c.a]!.tags.has('Organization') ? c.make('org') : undefined),
  },
  {
    name: 'person.single-tagged',
    example: 'one word compromise tags a person in context; the context or the document decides',
    apply: (c) => (c.n === 1 && c.ctx.toks[c.a]!.tags.has('Person') ? c.make('unknown') : undefined),
  },
  {
    name: 'name.unknown',
    example: 'anything else capitalised: the context or the document decides',
    apply: (c) => c.make('unknown'),
  },
];


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

/** A party, after a place of one or two words or none, before an office: [tokens, party]. */
function statePartyAt(ctx: Ctx, i: number, b: number): [number, string] | undefined {
  const { toks, source } = ctx;
  for (const n of [2, 1, 0]) {
    const party = toks[i + n];
    if (i + n + 1 > b || !party || !/^(?:Republican|Democratic|Democrat)$/.test(party.text)) continue;
    const place = n > 0 ? textOf(toks, i, i + n - 1, source) : undefined;
    if (place !== undefined && (!isPlaceName(place) || countryOf(place))) continue;
    if (titleAt(toks, i + n + 1, b) > 0) return [n + 1, US_PARTIES[party.lower]!];
  }
  return undefined;
}

/**
 * Peel a demonym or country, an organization, a title and an honorific off the front:
 * "South Korean Foreign Minister Park Jin", "NATO Secretary General Jens Stoltenberg",
 * "Russian Defense Ministry" (an organization with its demonym).
 */
/** Title words that, capitalised before a single word, are far more often a given name. */
const GIVEN_NAME_TITLES = new Set(['Dean']);

function peelTitle(c: Chunk): NameCandidate | null | undefined {
  const { ctx, a, b } = c;
  const { toks, source } = ctx;
  let i = a;
  let affiliation: string | undefined;
  let title: string | undefined;
  let honorific = false;
  let plural = false;
  for (let guard = 0; guard < 4 && i <= b; guard++) {
    // a lawmaker's state and party before the office: "Texas Republican Rep. Chip Roy", "New
    // York Democratic Sen. Chuck Schumer", "Republican Gov. Brian Kemp" (the party is the affiliation)
    const party = i === a && !affiliation ? statePartyAt(ctx, i, b) : undefined;
    if (party) {
      affiliation = party[1];
      i += party[0];
      continue;
    }
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
    let tl = titleAt(toks, i, b);
    // (a title more often a given name, before a single word, is the given name: "Dean Phillips",
    // not "Dean Ana Ruiz"; "Justice Alito" keeps the title)
    if (tl === 1 && i === a && i + 1 === b && GIVEN_NAME_TITLES.has(toks[i]!.text)) tl = 0;
    // a party's name before a role that takes no portfolio is the affiliation: "Labour MP Jess
    // Phillips", "Labor leader" (but "Labour Minister", an office)
    if (tl > 1 && i + tl <= b && !title && !affiliation && toks[i]!.cap && PARTY_WORDS.has(toks[i]!.lower) && !PORTFOLIO_HEADS.has(toks[i + tl - 1]!.lower)) {
      affiliation = toks[i]!.text;
      i++;
      continue;
    }
    if (tl > 0 && i + tl <= b && !title) {
      const singular = singularTitle(toks[i + tl - 1]!.lower);
      title = singular ? (tl > 1 ? `${textOf(toks, i, i + tl - 2, source)} ` : '') + singular : officeText(toks, i, i + tl - 1, source);
      if (singular) plural = true;
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
  if (i === a) return undefined;
  if (title || honorific) {
    const rest = classify(ctx, i, b);
    // after a title, a one-word city is a surname ("Special Advisor Thames"); a country is not
    // (but a city after "host" is the side hosted, in a schedule: "Nuggets: Host Phoenix on Friday")
    const cityAsName = rest?.kind === 'place' && i === b && !countryOf(rest.text) && !isRegion(rest.text) && !/^hosts?$/i.test(title ?? '');
    if (rest && !cityAsName && rest.kind !== 'person' && rest.kind !== 'unknown') {
      // "Russian Defense Ministry": a demonym before an organization stays in its name
      return rest.kind === 'org' && affiliation && !title ? { ...c.make('org'), rule: rest.rule } : rest;
    }
    // a status word opening the sentence, trimmed off the chunk, stays with the title: "Former
    // U.N. Secretary-General Ban Ki-moon"
    const status = toks[a - 1]?.initial && toks[a - 1]!.sentence === toks[a]!.sentence && STATUS_WORDS.has(toks[a - 1]!.lower) ? toks[a - 1]!.lower : undefined;
    if (title && status && !title.toLowerCase().startsWith(status)) title = `${status} ${title}`;
    return { ...c.make('person', i, b, { ...(title ? { title } : {}), ...(affiliation ? { affiliation } : {}), ...(plural ? { pluralTitle: true } : {}) }), rule: title ? 'person.title' : 'person.honorific' };
  }
  // demonym only: "Ukrainian Defense Intelligence" -> organization with the demonym
  const rest = classify(ctx, i, b);
  if (!rest) return null;
  if (rest.kind === 'person') return { ...rest, affiliation };
  if (rest.kind === 'org' || (rest.kind === 'unknown' && toks.slice(i, b + 1).every((t) => !isGivenName(t.lower)))) {
    return { ...c.make('org'), rule: rest.kind === 'org' ? rest.rule : 'org.demonym-head' };
  }
  return rest;
}

/** Per token list: where each capitalised word stands last after a given name ("Janet Yellen": "Yellen" at its offset). */
const SURNAMES_NAMED = new WeakMap<WordToken[], Map<string, number>>();

/** The word at token a is the surname of a person named in full before it: "Janet Yellen ... Yellen, the Treasury secretary". */
function surnameNamedBefore(toks: WordToken[], a: number): boolean {
  let named = SURNAMES_NAMED.get(toks);
  if (!named) {
    named = new Map();
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.cap && t.word && !t.initial && /^\p{Lu}\p{Ll}+$/u.test(t.text) && toks[i - 1]!.cap && isGivenName(toks[i - 1]!.lower) && !named.has(t.text)) named.set(t.text, t.start);
    }
    SURNAMES_NAMED.set(toks, named);
  }
  const at = named.get(toks[a]!.text);
  return at !== undefined && at < toks[a]!.start;
}

/** Nouns of people that a name set off after them is, besides kin and relations (KIN, RELATION_NOUNS): "his right-hand man, X". */
const PEOPLES_NOUNS = /^(?:man|woman|aide|allies|fiancee?)$/;

/** The last words of a street's name, which a given name may open: "Ashley Road". */
const STREET_HEADS = /^(?:road|street|avenue|boulevard|lane|drive|terrace|crescent)$/;

/** The lexicon's tags of a plain noun, which a surname may be: "Sinner", "Gardener", "Stone". */
const NOUN_LEX = new Set(['Actor', 'Noun', 'Singular', 'Uncountable']);

/** Adjectives that open bodies' names: "Civil Defense Authority", "Central Election Commission". */
const ORG_NAME_ADJECTIVES = new Set(['civil', 'central', 'federal', 'national', 'supreme', 'royal', 'international', 'independent', 'public', 'electoral', 'judicial', 'constitutional', 'military', 'financial', 'economic', 'environmental', 'medical', 'islamic', 'catholic', 'christian', 'democratic', 'popular', 'revolutionary', 'presidential', 'general', 'high', 'joint']);

/**
 * A common word opening the sentence that still opens the name [a, b]: an honorific or acronym,
 * a short month name that is a given name ("Jun Takeda"), a given name that is a common word
 * before a particle ("Marine Le Pen"), a team before its result ("Arsenal beat Everton 2-0"), a
 * club's prefix before its town ("Sporting Lisbon"), a name before an age ("Ray Dunn, 52,"), a known
 * name or a title ("Foreign Minister ...").
 */
function nameOpensWith(ctx: Ctx, a: number, b: number): boolean {
  const { toks, source } = ctx;
  const t = toks[a]!;
  return (
    HONORIFICS.has(t.lower) ||
    // a surname alone, of a person named in full before ("Yellen, the Treasury secretary, said"),
    // which the tagger may read as a verb opening the sentence
    // (a word the lexicon does not know: not "Will", "Rose" after "Mark Will", "Sara Rose")
    // (or a noun, before a verb or a possessive: "Jannik Sinner ... Sinner said", "Sinner's coach")
    (a === b && (lexTags(t.lower).length === 0 || (lexTags(t.lower).every((x) => NOUN_LEX.has(x)) && !!toks[a + 1] && (toks[a + 1]!.tags.has('Verb') || toks[a + 1]!.tags.has('Modal') || /^['’]s$/.test(toks[a + 1]!.text)))) && surnameNamedBefore(toks, a)) ||
    // a word the lexicon does not know before a body's head word, which the tagger read as a verb
    // opening the sentence: "Dangote Group said", "Zorvex Holdings reported"
    (b === a + 1 && lexTags(t.lower).length === 0 && t.tags.has('Verb') && !t.tags.has('Adjective') && /^\p{Lu}\p{Ll}+$/u.test(t.text) && isOrgHead(toks[b]!.lower) && toks[b]!.cap) ||
    isAcronym(t.text) ||
    // a word the lexicon does not know before a known surname, whatever the tagger guessed from
    // its ending: "Nitish Kumar, who has been chief minister", "Tanvir Khan said"
    (b === a + 1 && lexTags(t.lower).length === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && isSurname(toks[b]!.lower)) ||
    // an adjective that opens a body's name before its head: "Civil Defense Authority said",
    // "Central Election Commission data" (not "Top Defense Ministry officials")
    (b >= a + 2 && ORG_NAME_ADJECTIVES.has(t.lower) && isOrgHead(toks[b]!.lower) && toks.slice(a + 1, b + 1).every((x) => x.cap && x.word)) ||
    // a sport before a country, the sport's body there: "Swimming Canada named its squad"
    (b === a + 1 && SPORT_BODY_WORDS.has(t.lower) && countryOf(toks[b]!.text) !== undefined) ||
    (a < b && isGivenNameToo(t.lower)) ||
    // a given name that is also a word, before a surname: "Bill Ford", "Rose Gottemoeller",
    // "Frank Kendall" (not "Rock Music", "Hope Street": a surname is no word of the lexicon)
    (a < b && b - a <= 2 && wordGivenNameAt(t) && toks.slice(a + 1, b + 1).every((x) => isNameShaped(x))) ||
    // ... or before a surname that is a word too, when a verb in the past follows: "Bill Gates gave
    // $5 billion", "Jack White played" (not "Rose Garden", a place's head)
    (b === a + 1 && (isWordGivenName(t.text) || isGivenName(t.lower)) && /^\p{Lu}\p{Ll}+$/u.test(toks[b]!.text) && !isPlaceHead(toks[b]!.lower) && !isOrgHead(toks[b]!.lower) && !isTitleHead(toks[b]!.lower) && !!toks[b + 1]?.tags.has('PastTense') && toks[b + 1]!.sentence === t.sentence) ||
    // (not a preposition the lexicon calls an adjective: "Near Al Huwayjah, one strike ...")
    (a + 1 < b && NAME_PARTICLES.has(toks[a + 1]!.lower) && toks[a + 2]!.cap && lexTags(t.lower).every((x) => x === 'Noun' || x === 'Adjective' || x === 'Singular') && !/^(?:near|outside|inside|behind|beside|beyond)$/.test(t.lower)) ||
    (a === b && (resultFollows(ctx, b) || tableRowFollows(ctx, b))) ||
    // a person's age after the name: "Ray Dunn, 52, a Republican", "Rose Hill, 34, said"
    (a < b && b - a <= 2 && /^,\s*\d{1,3}\s*,/.test(source.slice(toks[b]!.end, toks[b]!.end + 8)) && toks.slice(a + 1, b + 1).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text))) ||
    (a < b && CLUB_PREFIXES.has(t.lower) && (isPlaceName(textOf(toks, a + 1, b, source)) !== undefined || clubContext(ctx, a, b))) ||
    startsKnownName(ctx, a, b) ||
    (a < b && titleAt(toks, a, b) > 0)
  );
}

/** A name in a sentence about sport, or on a results or standings line: where a club's prefix opens a club. */
function clubContext(ctx: Ctx, a: number, b: number): boolean {
  const { toks, source } = ctx;
  if (sentenceHas(toks, a, SPORTS_CONTEXT)) return true;
  // a results line: "Real Sociedad 0 Athletic Bilbao 2", "PSG 4 Olympique Lyonnais 1"
  // (a results line is short: no more than 120 characters either side are read)
  const before = source.slice(Math.max(0, toks[a]!.start - 120), toks[a]!.start);
  const after = source.slice(toks[b]!.end, toks[b]!.end + 120);
  const line = before.slice(before.lastIndexOf('\n') + 1) + source.slice(toks[a]!.start, toks[b]!.end) + after.split('\n', 1)[0];
  return /\p{L}\s+\d{1,3}\s+\p{Lu}/u.test(line) && /\d{1,3}\s*$/.test(line);
}

/** A byline: a line of at most 80 characters that opens with "By" and holds only names, commas and "and" ("By Sarah Mills", "BY TOM LEE AND ANA RUIZ, Reuters"). */
function onBylineLine(ctx: Ctx, a: number, b: number): boolean {
  const { toks } = ctx;
  const bylineWord = (t: WordToken) => t.cap || t.text === ',' || t.lower === 'and' || t.text === '.';
  // (out to the line's ends on both sides, over such words only)
  let k = a;
  while (k > 0 && !toks[k]!.newlineBefore) if (!bylineWord(toks[--k]!)) return false;
  let e = b + 1;
  while (e < toks.length && !toks[e]!.newlineBefore) if (!bylineWord(toks[e++]!)) return false;
  return toks[k]!.lower === 'by' && k < a && toks[e - 1]!.end - toks[k]!.start <= 80;
}

/** Capitalised words written alone inside a sentence (a capitalised word on each side is none), per document. */
const innerWordsOf = new WeakMap<readonly WordToken[], Set<string>>();
/** Verbs whose doer is a person, after a name opening a sentence: "Kyogo Furuhashi scored twice". */
const PEOPLES_DEEDS = new Set([...PLAYERS_DEEDS.filter((w) => w !== 'played'), 'smashed', 'homered', 'captained', 'resigned', 'died', 'wrote', 'sang', 'testified', 'pleaded', 'tweeted', 'posted']);

function innerWords(toks: readonly WordToken[]): Set<string> {
  let set = innerWordsOf.get(toks);
  if (!set) {
    set = new Set();
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.cap && t.word && !t.initial && !toks[i - 1]!.cap && !toks[i + 1]?.cap) set.add(t.text);
      // (or opening a sentence as people are named again: "Kohli, 37, shared ...", "Kohli said")
      else if (t.cap && t.word && t.initial && ((toks[i + 1]?.text === ',' && /^\d{1,3}$/.test(toks[i + 2]?.text ?? '') && toks[i + 3]?.text === ',') || /^(?:said|says|told|added)$/.test(toks[i + 1]?.lower ?? ''))) set.add(t.text);
    }
    innerWordsOf.set(toks, set);
  }
  return set;
}

/** A surname's particle in French, Dutch, Italian, Spanish or Portuguese, capitalised: "Le", "Van", "De". */
const EUROPEAN_PARTICLES = /^(?:Le|La|De|Van|Von|Der|Den|Del|Della|Di|Da|Du|Dos|Das|Ter)$/;

/** A given name that is also a word, read as a name by compromise here ("Rose Okonkwo"; not "Rock Video", a verb, or "Blue Indigo"). */
function wordGivenNameAt(t: WordToken): boolean {
  return isWordGivenName(t.text) && t.tags.has('Person');
}

/** Classify one chunk [a, b]: trim its opening, then the first rule of the table that decides. */
export function classify(ctx: Ctx, a: number, b: number): NameCandidate | undefined {
  const { toks, source } = ctx;
  // sentence-initial ordinary words: "The", "Earlier", "Top diplomats"
  // (not the first word of a body before an office: "Federal Reserve Chair Jerome Powell")
  const officeAhead = (x: number) => toks.slice(x + 2, b).some((t, i) => isTitleHead(t.lower) && b - (x + 2 + i) >= 2 && b - (x + 2 + i) <= 3 && toks.slice(x + 3 + i, b + 1).every((n) => isNameShaped(n) || isGivenName(n.lower)));
  // (nor in a team's name on a results line: "Crystal Palace 1 Manchester City 1")
  const scored = a < b && toks[a]!.initial && (resultFollows(ctx, b) || tableRowFollows(ctx, b));
  // (nor a chamber right before its office: "House Speaker Mike Johnson", "Senate Majority Leader")
  // (or a known body's short name: "Fed Chair Jerome Powell")
  const chamberOffice = (x: number) => (CHAMBERS.has(toks[x]!.text) || knownOrg(toks[x]!.text) !== undefined) && x < b && (isTitleHead(toks[x + 1]!.lower) || TITLE_MODIFIERS.has(toks[x + 1]!.lower));
  // (nor the article of a place named with it: "The Hague", "The Bronx")
  // (in a dateline's capitals too: "THE HAGUE, Netherlands (AP)")
  const placeWithArticle = a < b && (toks[a]!.text === 'The' || toks[a]!.text === 'THE') && isCity(unshout(textOf(toks, a, b, source)));
  // (nor a party's member before a given name: "Republican Ann Lee said")
  const member = a < b && /^(?:Republican|Democrat)$/.test(toks[a]!.text) && isGivenName(toks[a + 1]!.lower);
  // (nor a county before its office: "Cook County Sheriff Tom Dart said")
  const county = a + 2 < b && /^(?:County|Parish|Borough)$/.test(toks[a + 1]!.text) && isTitleHead(toks[a + 2]!.lower);
  while (a <= b && toks[a]!.initial && isCommonWord(toks[a]!) && !nameOpensWith(ctx, a, b) && !officeAhead(a) && !chamberOffice(a) && !scored && !placeWithArticle && !member && !county) {
    a++;
  }
  // a leading "The"/"A" anywhere
  while (a <= b && ['the', 'a', 'an'].includes(toks[a]!.lower) && !placeWithArticle) a++;
  // an adherent's word before a full name describes the person: "Scientologist Tom Cruise",
  // "Methodist Ann Lee" (not a name ending so: "Evangelist Jones" has no given name after it)
  if (b - a >= 2 && /\p{Ll}ists?$/u.test(toks[a]!.text) && !isGivenName(toks[a]!.lower) && isGivenName(toks[a + 1]!.lower)) a++;
  if (a > b) return undefined;
  let rule = '';
  const chunk: Chunk = {
    ctx,
    a,
    b,
    full: textOf(toks, a, b, source),
    firstLower: toks[a]!.lower,
    lastLower: toks[b]!.lower,
    n: b - a + 1,
    make: (kind, f = a, l = b, extra = {}) => ({ kind, rule, first: f, last: l, start: toks[f]!.start, end: toks[l]!.end, text: textOf(toks, f, l, source), ...extra }),
  };
  for (const r of CLASSIFY_RULES) {
    rule = r.name;
    const out = r.apply(chunk);
    if (out === null) return undefined;
    if (out) return out.kind === 'person' ? withoutPostNominals(ctx, out) : out;
  }
  return undefined;
}

/** A person's name without the letters of rank or honour after it: "Tom Harrison SC", "Keir Starmer KC", "Judi Dench CBE", "Jess Phillips MP". */
function withoutPostNominals(ctx: Ctx, c: NameCandidate): NameCandidate {
  const { toks, source } = ctx;
  let l = c.last;
  while (l > c.first + 1 && POST_NOMINALS.has(toks[l]!.text.replace(/\.$/, ''))) l--;
  return l === c.last ? c : { ...c, last: l, end: toks[l]!.end, text: textOf(toks, c.first, l, source) };
}

/** Endings of abstract nouns, which no one is named: "Nutrition", "Deficiency", "Security", "Management". */
const ABSTRACT_NOUN = /\p{L}{3}(?:tion|sion|ency|ancy|ity|ment|ness|ism|ology)$/u;

/**
 * An office with what it is of, then a name, in one capitalised run: "Mayor of Leeds
 * Judith Blake", "Director of the Science Museum Ian Blatchford" (the place or body is the
 * affiliation), "Minister of Health Elena Ruiz" (a portfolio stays in the title).
 */
export function officeOfBody(ctx: Ctx, a: number, b: number): NameCandidate | undefined {
  const { toks, source } = ctx;
  const tl = titleAt(toks, a, b);
  if (tl === 0) return undefined;
  const h = a + tl - 1;
  const p = toks[h + 1];
  if (!p || !['of', 'for', 'at'].includes(p.lower) || p.cap) return undefined;
  let x = h + 2;
  if (toks[x]?.lower === 'the') x++;
  for (let n = 3; n >= 2; n--) {
    const f = b - n + 1;
    if (f <= x) continue;
    const name = toks.slice(f, b + 1);
    if (!(isGivenName(toks[f]!.lower) || FAMILY_FIRST_SURNAMES.has(toks[f]!.text) || name.every((t) => isNameShaped(t))) || !name.every((t) => /^\p{Lu}/u.test(t.text)) || toks[f - 1]!.lower === 'of') continue;
    // (a portfolio's last word opens no name: "Minister of Foreign Affairs Sergei Lavrov")
    if (TITLE_MODIFIERS.has(toks[f]!.lower) || toks[f]!.lower === 'affairs') continue;
    // the body's last common words are no name: "Chairman of the Centre for Control of Iodine Deficiency Disorders"
    if (!isGivenName(toks[f]!.lower) && !FAMILY_FIRST_SURNAMES.has(toks[f]!.text) && name.some((t) => isCommonWord({ ...t, initial: true }) || ABSTRACT_NOUN.test(t.lower))) continue;
    // an honorific between: "Undersecretary for Education Mr. Toccafondi"
    const body = textOf(toks, x, f - 1, source);
    const country = countryOf(body);
    const place = country ?? (isPlaceName(body) ? body : undefined);
    // a portfolio ("Education", "Foreign Affairs") is part of the office, not a body
    const portfolio = toks.slice(x, f).every((t) => TITLE_MODIFIERS.has(t.lower) || t.lower === 'affairs');
    const org = portfolio ? undefined : (knownOrg(body) ?? (isOrgAcronym(body) || toks.slice(x, f).some((t) => isOrgHead(t.lower)) ? body : undefined));
    const affiliation = place ?? org;
    const title = affiliation ? textOf(toks, a, h, source) : textOf(toks, a, f - 1, source);
    return { kind: 'person', rule: 'person.office-of', first: f, last: b, start: toks[f]!.start, end: toks[b]!.end, text: textOf(toks, f, b, source), title, ...(affiliation ? { affiliation } : {}) };
  }
  return undefined;
}
