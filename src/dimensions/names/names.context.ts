// Names, stage 4: context. What the words around a name say of it: a title before or after
// it, a possessive, an apposition, a speech verb, a region after a comma, a nominal organization.
import { countryOf, countryOfCity, countryOfDemonym, isRegion, MAX_DEMONYM_WORDS, stateOfAbbreviation, stateOfUsCity } from '../../data/geo.js';
import { lexTags } from '../../nlp/lexicon.js';
import { lastAtOrBefore, lastBefore } from '../../model/order.js';
import {
  DESCRIBED_BODY_NOUNS,
  FIELD_ACRONYMS,
  GRADE_NOUNS,
  HOLDING_VERBS,
  HONORIFICS,
  LEADER_ORG_HEADS,
  NOMINAL_ORG_HEADS,
  JURISDICTION_OFFICES,
  MEMBERS_OF_BODY,
  ORG_APPOSITIVE_NOUNS,
  OFFICE_VERBS,
  GROUPING_NOUNS,
  STATUS_WORDS,
  BODY_NOUNS,
  PARTY_WORDS,
  PARTY_FAMILIES,
  FORMER_PORTFOLIO,
  PORTFOLIO_HEADS,
  RANKS,
  DESCRIPTORS,
  RELATION_NOUNS,
  SPORTS_WORDS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  TITLE_TAILS,
  CLUB_ROLES,
  APPOINTING_VERBS,
  NEWS_AGENCIES,
  REFERRING_BODY_NOUNS,
  NOT_ROLE_WORDS,
  BODY_CONNECTORS,
  NUMBERED_UNIT_HEADS,
  ORDINAL_WORDS,
  ENVOY_HEADS,
  US_PARTIES,
  KIN,
  OFFICE_HONORIFIC,
  COMPANY_HEADS,
  LEGAL_FORMS,
  STAFF_ROLE,
  CONTINENTAL,
} from './names.vocab.js';
import { isCommonWord, type WordToken } from './names.tokens.js';
import { SENTENCE_OPENERS } from './names.chunks.js';
import {
  demonymAt,
  formerCountry,
  formerOf,
  isAcronym,
  isPlaceHead,
  writtenLower,
  isDateWord,
  isGivenName,
  isNameShaped,
  nameGoesOnOverApostrophe,
  isOrgAcronym,
  isOrgHead,
  isPlaceName,
  isSurname,
  isTitleHead,
  knownOrg,
  sentenceHas,
  sentenceOf,
  singularTitle,
  textOf,
  titleAt,
  type Ctx,
  unshout,
} from './names.words.js';
import { SINGLE_NAME_RULES, type NameCandidate } from './names.candidate.js';


/** Connectors inside an organization's name ("Museum of London", "Council on American-Islamic Relations"). */
const ORG_CONNECTORS = new Set(['of', 'for', 'on', '&', 'de']);

/** A stance before a side's name: "pro-Beijing", "anti-government", "Pro-Kremlin". */
const STANCE = /^(?:pro|anti)[-‐–]\p{L}/iu;

/**
 * The capitalised run ending at token `last` (same sentence; connectors inside, as in "University
 * of Texas"), as [first token, last token], or undefined when token `last` is no capitalised word.
 */
export function capsRunBefore(ctx: Ctx, last: number, sentence: number): [number, number] | undefined {
  const { toks } = ctx;
  if (last < 0 || !toks[last]!.word || !toks[last]!.cap || toks[last]!.sentence !== sentence) return undefined;
  let k = last;
  while (k > 0 && !toks[k]!.newlineBefore) {
    const prev = toks[k - 1]!;
    const before = toks[k - 2];
    if (prev.sentence !== sentence) break;
    if (prev.word && prev.cap) k--;
    // (over an apostrophe the name goes on over: "People's Party", "St. Mary's Hospital")
    else if (!prev.word && k >= 2 && nameGoesOnOverApostrophe(toks, k - 2)) k -= 2;
    else if (ORG_CONNECTORS.has(prev.lower) && !prev.cap && !prev.newlineBefore && before?.word && before.cap && before.sentence === sentence) k -= 2;
    // "Joint Council for the Welfare of Immigrants campaigner": a body's name over "for the"
    else if (prev.lower === 'the' && BODY_CONNECTORS.has(before?.lower ?? '') && !before!.cap && toks[k - 3]?.word && toks[k - 3]!.cap && toks[k - 3]!.sentence === sentence) k -= 3;
    else break;
  }
  // a capitalised article opening the sentence is no part of it: "The Bosnian Serb leader"
  while (k <= last && /^(?:the|a|an)$/.test(toks[k]!.lower)) k++;
  return k <= last ? [k, last] : undefined;
}

/** Lexical tags of words that name nothing. */
const NOT_NAMES = ['QuestionWord', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Determiner', 'Adjective', 'Comparable', 'Adverb', 'Verb', 'Infinitive', 'PastTense', 'Gerund', 'Value', 'Cardinal', 'TextValue'];

/**
 * A pronoun, preposition, conjunction, determiner or describing word opening the sentence (or
 * lower case), which names no body or place: "His father", "This year", "Famous photographers",
 * "As coauthor ...", "Since coach ...", "When spokesman ...".
 */
function openingWord(t: WordToken): boolean {
  // (an acronym in capitals is no such word: "WHO spokesman Tarik Jasarevic")
  if (/^\p{Lu}{2,}$/u.test(t.text) && isOrgAcronym(t.text)) return false;
  return (t.initial || !t.cap) && lexTags(t.lower).some((x) => NOT_NAMES.includes(x));
}

/**
 * What a capitalised phrase before a title says of the person: a country or demonym is the
 * affiliation ("Ukrainian", "U.S."), a known body, an acronym or any other name that is no place
 * is the organization ("Met Office spokeswoman", "Facebook co-founder"); words that
 * only qualify the office stay in the title ("Foreign Affairs minister"); a city or region is
 * neither ("Texas student").
 */
export function affiliationOf(ctx: Ctx, a: number, b: number, body = false, officeOf?: string): { affiliation?: string; titleFrom?: number } {
  const { toks, source } = ctx;
  // a stance is no body: "pro-Beijing candidates", "Pro-Beijing DAB's Starry Lee" (DAB)
  while (a <= b && STANCE.test(toks[a]!.text)) a++;
  if (a > b) return {};
  // a former portfolio is the title's: "ex-Transport Minister" (no body "Ex-Transport")
  if (!body && FORMER_PORTFOLIO.test(toks[a]!.text) && toks.slice(a + 1, b + 1).every((t) => TITLE_MODIFIERS.has(t.lower) || isTitleHead(t.lower))) return { titleFrom: a };
  // a political family between a country's possessive and the office qualifies the holder; the
  // country is the affiliation: "Spain's Socialist Prime Minister", "Britain's Labour premier"
  // (but a portfolio before its head is the office's: "Spain's Labour Minister")
  if (!body && PARTY_FAMILIES.has(toks[a]!.lower) && !PORTFOLIO_HEADS.has(toks[a + 1]?.lower ?? '') && toks.slice(a + 1, b + 1).every((t) => TITLE_MODIFIERS.has(t.lower) || isTitleHead(t.lower))) {
    const owner = possessiveBefore(ctx, a);
    if (owner) return { affiliation: owner, titleFrom: a + 1 };
  }
  const dem = demonymAt(toks, a, b, source);
  if (dem && a + dem[0] - 1 === b) return { affiliation: dem[1] };
  // "Ukrainian Defense Intelligence chief", "Bosnian Serb leader": the country, then the office;
  // but after "of" or "at" the whole run names the body ("at the Beirut Times")
  if (dem && !body) return { affiliation: dem[1], titleFrom: a + dem[0] };
  // a party's name or family before a role that takes no portfolio: "Labour leader", "Socialist
  // leader" (the document's "Socialist Party" where it names one), but "Labour Minister"
  if (!body && a === b && toks[a]!.cap && PARTY_FAMILIES.has(toks[a]!.lower) && !PORTFOLIO_HEADS.has(toks[b + 1]?.lower ?? '')) return { affiliation: toks[a]!.text };
  if (!body && toks.slice(a, b + 1).every((t) => TITLE_MODIFIERS.has(t.lower) || isTitleHead(t.lower) || t.lower === 'affairs')) return { titleFrom: a };
  if (a === b && openingWord(toks[a]!)) return {};
  // a word capitalised only to open the sentence, which the story writes in lower case elsewhere,
  // is the title's own: "Jazz pianist Ahmad Vance" beside "the jazz pianist"
  if (!body && a === b && toks[a]!.initial && writtenLower(ctx, toks[a]!.lower) && !knownOrg(toks[a]!.text) && !countryOf(toks[a]!.text) && !countryOfDemonym(toks[a]!.text)) return { titleFrom: a };
  // a body's common noun opening the sentence names no body: "Union president Jon Holden said",
  // "Company spokeswoman Ann Lee"
  if (a === b && toks[a]!.initial && REFERRING_BODY_NOUNS.has(toks[a]!.lower) && !knownOrg(toks[a]!.text)) return {};
  const text = textOf(toks, a, b, source);
  const country = countryOf(text);
  if (country) return { affiliation: country };
  // a city or region before a body: "a Leeds Liberal Democrat MP"
  if (a < b && !countryOf(toks[a]!.text) && isPlaceName(toks[a]!.text) && !isPlaceName(text) && !isCommonWord({ ...toks[a]!, initial: true }) && !TITLE_MODIFIERS.has(toks[a]!.lower) && toks.slice(a + 1, b + 1).some((t) => /\p{L}/u.test(t.text))) {
    // (a town's own service keeps the town: "Whitehall Police Chief" is Whitehall Police's)
    const rest = affiliationOf(ctx, a + 1, b, body, officeOf);
    if (rest.affiliation && /^(?:Police|Fire|Council|Schools|Transit)$/.test(rest.affiliation) && rest.titleFrom === undefined) return { affiliation: textOf(toks, a, b, source) };
    return rest;
  }
  if (isPlaceName(text) && !knownOrg(text)) {
    // ... and the place an office is of: "the governor of California", "Maryland's governor"
    if (body && officeOf && isJurisdictionOffice(officeOf)) return { affiliation: text };
    // the jurisdiction of an office is its body: "California Governor", "Cook County Sheriff" (but "a London lawyer")
    let h = b + 1;
    while (h <= b + 4 && toks[h]?.word && !isTitleHead(toks[h]!.lower)) h++;
    const office = toks[h];
    // (a chief minister heads a state: "Delhi Chief Minister", "Kerala Chief Minister")
    if (!body && office?.lower === 'chief' && toks[h + 1]?.lower === 'minister') return { affiliation: text };
    if (!body && office?.word && JURISDICTION_OFFICES.has(office.lower) && !(office.lower === 'attorney' && !toks.slice(b + 1, h + 2).some((t) => /^(?:district|county|state|city|general)$/i.test(t.text)))) return { affiliation: text };
    // ... but a town that opens a company's name in the story, before a staff role, is the
    // company: "Halden's chairman" after "Halden Foods"
    const role = officeOf ?? toks.slice(b + 1, b + 4).map((t) => t.lower).join(' ');
    if (STAFF_ROLE.test(role.split(' ')[0]!) || STAFF_ROLE.test(role.split(' ').slice(0, 2).join(' '))) return { affiliation: companyOpenedBy(source, text) };
    return {};
  }
  return { affiliation: knownOrg(text) ?? text };
}

/** The one company's name of the text that place `town` opens: "Halden Foods" for "Halden". */
function companyOpenedBy(source: string, town: string): string | undefined {
  const found = new Set<string>();
  const escaped = town.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of source.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?:\\s\\p{Lu}[\\p{L}&-]*)?\\s(\\p{Lu}[\\p{L}.]*)`, 'gu'))) {
    const last = m[1]!.replace(/\.$/, '').toLowerCase();
    if (COMPANY_HEADS.has(last) || LEGAL_FORMS.has(last)) found.add(m[0]);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A title that holds an office of a place: "governor", "county executive", "attorney general" (not "attorney"). */
function isJurisdictionOffice(title: string): boolean {
  const words = title.split(' ');
  return words.some((w) => JURISDICTION_OFFICES.has(w) && (w !== 'attorney' || words.some((x) => /^(?:general|district|county|state|city)$/.test(x))));
}

/**
 * The affiliation a possessive gives, ending before token `at` over lower-case title modifiers:
 * "Spain's acting", "New Zealand's", "Labour's", "the IMF's". A person's possessive ("Trump's
 * lawyer") gives none.
 */
export function possessiveBefore(ctx: Ctx, at: number): string | undefined {
  const { toks } = ctx;
  let k = at - 1;
  // (over title modifiers and at most two describing words: "the WHO's regional director")
  let described = 0;
  while (k >= 0 && !toks[k]!.cap && (TITLE_MODIFIERS.has(toks[k]!.lower) || (toks[k]!.tags.has('Adjective') && ++described <= 2))) k--;
  // (and over how the office was won: "Peru's newly elected President", "the country's democratically elected leader")
  if (k >= 1 && CHOSEN.test(toks[k]!.lower)) {
    k--;
    if (/ly$/.test(toks[k]!.lower)) k--;
  }
  if (k < 1 || !/^['’]s$/.test(toks[k]!.text)) return undefined;
  // a body named by a common noun after its name or demonym: "the Afghan team's", "the Labour party's"
  const noun = toks[k - 1]!;
  if (!noun.cap && BODY_NOUNS.has(noun.lower)) {
    const body = k >= 2 ? capsRunBefore(ctx, k - 2, noun.sentence) : undefined;
    return body ? `${textOf(toks, body[0], body[1], ctx.source)} ${noun.text}` : undefined;
  }
  const run = capsRunBefore(ctx, k - 1, toks[k - 1]!.sentence);
  if (!run) return undefined;
  const [a, b] = run;
  if (isGivenName(toks[a]!.lower) || (a === b && isSurname(toks[a]!.lower) && !isOrgAcronym(toks[a]!.text))) return undefined;
  // (a titled person's possessive is theirs, not a body's: "Hungarian Prime Minister Viktor
  // Orban's chief of staff" is Hungary's by the demonym, or nobody's)
  if (titledPerson(toks, a, b)) return demonymAt(toks, a, b, ctx.source)?.[1];
  return affiliationOf(ctx, a, b, true, toks.slice(at, at + 3).map((t) => t.lower).join(' ')).affiliation;
}

/** How an office was won, between a possessive and the office: "newly elected", "appointed". */
const CHOSEN = /^(?:elected|re-elected|reelected|appointed|installed|named|chosen)$/;

/** Tokens [a, b] name a person by an office and a given name: "Hungarian Prime Minister Viktor Orban". */
function titledPerson(toks: WordToken[], a: number, b: number): boolean {
  const titled = toks.slice(a, b).findIndex((t) => isTitleHead(t.lower));
  return titled >= 0 && toks.slice(a + titled + 1, b + 1).some((t) => isGivenName(t.lower));
}

/** Articles, conjunctions and the words that open a list of examples, which no title compounds: "including actor Sean Penn", "a video featuring actor Tom Cruise". */
const LIST_WORDS = /^(?:the|a|an|and|or|of|including|like|as|such|among|especially|notably|namely|plus|featuring|starring|involving|following|regarding|concerning|excluding)$/;

/** A lower-case word that may stand in a compound title before its head: "match referee", "science fiction writer". */
function compoundWord(t: WordToken): boolean {
  if (!t.cap && PLURAL_FIELDS.has(t.lower)) return true;
  return t.word && !t.cap && !t.text.includes('-') && t.tags.has('Noun') && !t.tags.has('FirstName') && !lexTags(t.lower).includes('PastTense') && !['Adjective', 'Gerund', 'Verb', 'Preposition', 'Conjunction'].some((x) => t.tags.has(x)) && !t.tags.has('Pronoun') && !t.tags.has('Possessive') && !t.tags.has('Plural') && !RELATION_NOUNS.has(t.lower) && !DESCRIPTORS.has(t.lower) && !LIST_WORDS.test(t.lower);
}

/** Plural nouns that name a field in a compound title: "human rights lawyer", "arms dealer", "weapons inspector". */
const PLURAL_FIELDS = new Set(['rights', 'arms', 'weapons', 'diseases', 'sales', 'drugs', 'operations', 'communications', 'relations', 'resources', 'customs', 'securities', 'markets', 'emissions', 'sports', 'news', 'elections', 'humanities', 'economics', 'politics', 'statistics', 'logistics', 'investments', 'accounts', 'admissions']);

interface TitleFound {
  title: string;
  affiliation?: string;
}

/** A title's head at token h: an office or role word, or the plural of one (its singular). */
function headAt(t: WordToken, prev?: WordToken): { singular?: string } | undefined {
  // ranks that are adjectives in lower case right after an article: "a major Warhol donor", "a
  // private Gulf fund" (but "art major Kiara Perkins")
  if (!t.cap && /^(?:major|private)$/.test(t.lower) && /^(?:a|an|the)$/i.test(prev?.text ?? '')) return undefined;
  if (isTitleHead(t.lower)) return {};
  // a fellow of a body, in lower case after a rank or an article: "a senior fellow at Bruegel",
  // "a research fellow" (not "his fellow senator", "Fellow Republican")
  if (t.lower === 'fellow' && !t.cap && prev && /^(?:senior|research|visiting|junior|postdoctoral|distinguished|a|an|the)$/.test(prev.lower)) return {};
  // a doer's noun the tagger knows by its ending, in context: "songwriter", "lobbyist", "physiotherapist"
  if (!t.cap && t.tags.has('Actor') && !t.tags.has('Plural') && /(?:er|or|ist)$/.test(t.lower) && !NOT_ROLE_WORDS.has(t.lower) && !RELATION_NOUNS.has(t.lower)) return {};
  const singular = singularTitle(t.lower);
  return singular ? { singular } : undefined;
}

/**
 * The title that ends at head token `h`, read backwards no further than token `floor`: title
 * modifiers ("former", "deputy", "Foreign"), nouns compounded with the head ("match referee",
 * "science fiction writer"), then the capitalised words or possessive before them, which give
 * the affiliation ("Facebook co-founder", "Russia's defense minister").
 */
function titleBack(ctx: Ctx, h: number, floor: number, singular?: string): TitleFound {
  const { toks, source } = ctx;
  const sentence = toks[h]!.sentence;
  let j = h - 1;
  let modifiers = false;
  let joined = -1;
  while (j >= floor && toks[j]!.word && toks[j]!.sentence === sentence) {
    const t = toks[j]!;
    const acronym = t.cap && /^\p{Lu}{2,4}$/u.test(t.text) && isTitleHead(t.lower);
    // the second half of a hyphenated description is no part of the title: "Oscar-winning actress"
    if (source.charAt(t.start - 1) === '-' && !TITLE_MODIFIERS.has(t.lower)) break;
    // a field named by its acronym right before the head: "chief AI scientist", "IT director"
    // (or before the head's lower-case compound: "TV football pundit")
    if (t.cap && FIELD_ACRONYMS.has(t.text) && (j === h - 1 || (j >= h - 3 && toks.slice(j + 1, h).every((x) => !x.cap && x.word)))) {
      j--;
      continue;
    }
    if (t.cap && !acronym) break;
    // two portfolios of one office: "interior and overseas minister"
    if (t.lower === 'and' && modifiers && j - 1 >= floor && !toks[j - 1]!.cap && TITLE_MODIFIERS.has(toks[j - 1]!.lower)) {
      j--;
      continue;
    }
    // two offices held together: "Arvelle's founder and CEO", "British historian and broadcaster"
    // (the title is the one next to the name; the body or country is found before the first)
    if (t.lower === 'and' && j - 1 >= floor && !toks[j - 1]!.cap && isTitleHead(toks[j - 1]!.lower) && toks[j - 1]!.sentence === sentence) {
      joined = j;
      j--;
      modifiers = true;
      continue;
    }
    if (TITLE_MODIFIERS.has(t.lower) || isTitleHead(t.lower)) modifiers = true;
    // a grouping's common noun ends the title: "pro-democracy camp councillor", "Brazil team
    // captain", "Taipei city mayor" (but a member is a "team member", a "council member")
    else if (!t.cap && GROUPING_NOUNS.has(t.lower) && toks[h]!.lower !== 'member') break;
    // nouns compounded with the head come right before it
    // (and the word that makes a field of a plural noun there: "infectious diseases specialist",
    // "human rights lawyer")
    else if (modifiers || h - j > 2 || !(compoundWord(t) || (j + 1 < h && PLURAL_FIELDS.has(toks[j + 1]!.lower) && (t.tags.has('Adjective') || t.tags.has('Noun')) && !t.tags.has('Pronoun')))) break;
    j--;
  }
  let titleStart = j + 1;
  let affiliation: string | undefined;
  // a former office of a country's: "ex-Nigerian president Olusegun Obasanjo"
  const exCountry = j >= floor && toks[j]!.sentence === sentence ? formerCountry(toks[j]!.text) : undefined;
  // (or of a body's, a club's by its town: "ex-Liverpool striker Michael Owen", "the ex-Chelsea
  // manager"; not a portfolio, which is the office's own: "ex-Transport minister")
  const exBody = !exCountry && j >= floor && toks[j]!.sentence === sentence ? formerOf(toks[j]!.text) : undefined;
  const onceOf = exCountry ?? (exBody && !TITLE_MODIFIERS.has(exBody.toLowerCase()) && !isTitleHead(exBody.toLowerCase()) ? knownOrg(exBody) ?? exBody : undefined);
  if (onceOf) {
    const title = singular ? (titleStart < h ? `${textOf(toks, titleStart, h - 1, source)} ` : '') + singular : source.slice(toks[titleStart]!.start, toks[h]!.end);
    return { title: /^former\b/.test(title) ? title : `former ${title}`, affiliation: onceOf };
  }
  // the body that noun closes: the capitalised words before it and the noun ("Brazil team")
  const bodyNoun = j >= floor && toks[j]!.word && !toks[j]!.cap && GROUPING_NOUNS.has(toks[j]!.lower) && toks[h]!.lower !== 'member' && toks[j]!.sentence === sentence ? j : -1;
  if (bodyNoun >= 0) {
    const owner = bodyNoun - 1 >= floor ? capsRunBefore(ctx, bodyNoun - 1, sentence) : undefined;
    if (owner && owner[0] >= floor) {
      const name = textOf(toks, owner[0], owner[1], source);
      // a place's own administration is the place: "Taipei city mayor" -> Taipei
      affiliation = ['city', 'region', 'province'].includes(toks[bodyNoun]!.lower) && isPlaceName(name) ? name : `${name} ${toks[bodyNoun]!.text}`;
    }
    j = owner ? owner[0] - 1 : bodyNoun - 1;
    // (with no name before it, a government's noun is the office's own: "city treasurer")
    // (but a mayor is a city's by office: "city mayor Chen Chi-mai" is the mayor)
    if ((!owner || toks.slice(owner[0], owner[1] + 1).every((t) => STATUS_WORDS.has(t.lower))) && ['city', 'region', 'province'].includes(toks[bodyNoun]!.lower) && toks[h]!.lower !== 'mayor') {
      titleStart = bodyNoun;
      affiliation = undefined;
    }
  }
  // (a describing word opening the sentence is no body: "Far-right candidate Jose Antonio Kast",
  // "Pro-democracy activist ...", capitalised only as the sentence's first word)
  const described = j >= floor && toks[j]!.initial && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(toks[j]!.text);
  const run = bodyNoun < 0 && j >= floor && !described ? capsRunBefore(ctx, j, sentence) : undefined;
  // a status word opening the sentence is no part of the body: "Former Acme Corp CEO Jane Doe"
  let status: string | undefined;
  if (run && run[0] < run[1] && STATUS_WORDS.has(toks[run[0]]!.lower)) status = toks[run[0]++]!.lower;
  if (run && run[0] >= floor) {
    const found = affiliationOf(ctx, run[0], run[1]);
    if (found.titleFrom !== undefined) titleStart = found.titleFrom;
    // "Malaysia's Prime Minister": the capitalised words are the title, the possessive the body
    affiliation = found.affiliation ?? (found.titleFrom === run[0] ? possessiveBefore(ctx, run[0]) : undefined);
    // in sport a city before a club role names the club: "Madrid manager", "Leeds striker"
    const city = textOf(toks, run[0], run[1], source);
    // (and so does a city before a company's officer: "Liverpool chief executive Billy Hogan")
    const officer = COMPANY_OFFICER.test(source.slice(toks[titleStart]!.start, toks[h]!.end));
    if (!affiliation && found.titleFrom === undefined && (CLUB_ROLES.has(toks[h]!.lower) || officer) && isPlaceName(city) && !countryOf(city) && !isRegion(city) && !(run[0] === run[1] && openingWord(toks[run[0]]!))) affiliation = city;
  } else affiliation ??= possessiveBefore(ctx, j + 1);
  if (joined >= 0 && titleStart <= joined) titleStart = joined + 1;
  let title = singular ? (titleStart < h ? `${textOf(toks, titleStart, h - 1, source)} ` : '') + singular : source.slice(toks[titleStart]!.start, toks[h]!.end);
  // a status word before the body stays with the title: "former FTX chief executive" -> "former chief executive"
  const before = status ?? (run && run[0] > 0 ? toks[run[0] - 1]!.lower : undefined);
  if (before && STATUS_WORDS.has(before) && !title.toLowerCase().startsWith(before)) title = `${before} ${title}`;
  return { title, ...(affiliation ? { affiliation } : {}) };
}

/**
 * Left-context title of a person: "Russian dictator Vladimir Putin", "Facebook co-founder Mark
 * Zuckerberg" (affiliation Facebook), "the match referee Joel Aguilar", "reporters Dana
 * Whitfield" or "celebrity guests like Dolly Parton" (a plural role: "reporter").
 */
export function leftTitle(ctx: Ctx, first: number): { title?: string; affiliation?: string; plural?: boolean } {
  const { toks } = ctx;
  const sentence = toks[first]!.sentence;
  let h = first - 1;
  if (h >= 1 && /^(?:like|including|as)$/.test(toks[h]!.lower) && !toks[h - 1]!.cap) h -= toks[h]!.lower === 'as' && toks[h - 1]!.lower === 'such' ? 2 : 1;
  // (over an honorific after the role: "said lead author Dr. Rachel Hume")
  if (h >= 1 && HONORIFICS.has(toks[h]!.lower) && toks[h - 1]!.word && !toks[h - 1]!.cap) h--;
  // an envoy and the place they are sent to: "U.S. Ambassador to Japan Rahm Emanuel", "Afghan
  // Ambassador to the United States Hamdullah Mohib" (the title and the sender, not the host)
  const envoy = envoyBefore(ctx, h);
  if (envoy !== undefined) return titleBack(ctx, envoy, Math.max(0, envoy - 12));
  // (a title an editor put in square brackets before the name, inside a quote: "[former Museum
  // of Flight CEO] Bonnie Dunbar")
  let floor = Math.max(0, h - 12);
  if (toks[h]?.text === ']') {
    let o = h - 1;
    while (o > 0 && h - o <= 12 && toks[o]!.text !== '[' && toks[o]!.sentence === sentence) o--;
    if (toks[o]?.text !== '[' || o >= h - 1) return {};
    floor = o + 1;
    h--;
  }
  const t = toks[h];
  if (!t || !t.word || t.sentence !== sentence || (t.cap && !(/^\p{Lu}{2,4}$/u.test(t.text) && isTitleHead(t.lower)))) return {};
  const head = headAt(t, toks[h - 1]);
  if (!head) {
    // lower-case modifiers before a capitalised title are handled with the title: "former President"
    return {};
  }
  return { ...titleBack(ctx, h, floor, head.singular), ...(head.singular ? { plural: true } : {}) };
}

/**
 * The envoy's title head before "to" and the place or body ending at token h: "Ambassador to
 * Japan", "envoy to the United Nations".
 */
function envoyBefore(ctx: Ctx, h: number): number | undefined {
  const { toks, source } = ctx;
  for (let p = h; p >= Math.max(2, h - 3) && toks[p]?.cap && toks[p]!.word && toks[p]!.sentence === toks[h]!.sentence; p--) {
    const to = toks[p - 1]?.lower === 'the' ? p - 2 : p - 1;
    if (toks[to]?.lower !== 'to' || !ENVOY_HEADS.has(toks[to - 1]?.lower ?? '')) continue;
    const place = textOf(toks, p, h, source);
    if (isPlaceName(place) || knownOrg(place) || isOrgAcronym(place)) return to - 1;
  }
  return undefined;
}

const PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'in', 'to', 'from']);

/**
 * What follows a title's head: "of State" stays in a capitalised title ("Secretary of State");
 * "of the Green Party", "at the Beirut Times", "for the Malaysian navy" give the
 * affiliation, looked for up to the end of the clause.
 */
function complementAfter(ctx: Ctx, h: number): { titleEnd: number; affiliation?: string } {
  const { toks, source } = ctx;
  const sentence = toks[h]!.sentence;
  let titleEnd = h;
  // words that close a title after its head: "editor at large", "editor in chief", "Attorney General"
  for (const tail of TITLE_TAILS) {
    if (tail.every((w, i) => toks[h + 1 + i]?.lower === w && toks[h + 1 + i]!.sentence === sentence)) {
      titleEnd = h + tail.length;
      break;
    }
  }
  // (of two offices held together the title is the first, the body still found after the
  // second: "president and chief executive of Brix Inc")
  if (toks[titleEnd + 1]?.lower === 'and' && toks[titleEnd + 1]!.sentence === sentence && (toks[titleEnd + 2]?.cap === toks[h]!.cap || /^\p{Lu}{2,4}$/u.test(toks[titleEnd + 2]?.text ?? ''))) {
    const tl = titleAt(toks, titleEnd + 2, Math.min(toks.length - 1, titleEnd + 5));
    if (tl > 0 && toks[titleEnd + 1 + tl]!.sentence === sentence) {
      const rest = complementAfter(ctx, titleEnd + 1 + tl);
      return { titleEnd, ...(rest.affiliation ? { affiliation: rest.affiliation } : {}) };
    }
  }
  // a field after a lower-case head, up to the body: "associate professor of art history, ...",
  // "instructor in English at ...", "head of research"
  const fp = toks[titleEnd + 1];
  if (!toks[h]!.cap && fp && (fp.lower === 'of' || fp.lower === 'in') && fp.sentence === sentence) {
    let m = titleEnd + 2;
    while (m <= titleEnd + 5 && toks[m]?.word && toks[m]!.sentence === sentence && !toks[m]!.cap && toks[m]!.tags.has('Noun') && !toks[m]!.tags.has('Pronoun') && !toks[m]!.tags.has('Determiner')) m++;
    // (a language: "instructor in English"; a market's place or people before a lower-case field:
    // "head of European pharma research at ...", "head of Asia equity sales at ...")
    const field = (w: WordToken | undefined) => !!w?.word && !w.cap && w.tags.has('Noun') && w.sentence === sentence;
    if (m === titleEnd + 2 && toks[m]?.cap && ((fp.lower === 'in' && countryOfDemonym(toks[m]!.text)) || ((countryOfDemonym(toks[m]!.text) || isPlaceName(toks[m]!.text) || CONTINENTAL.test(toks[m]!.text)) && field(toks[m + 1])))) {
      m++;
      while (m <= titleEnd + 6 && toks[m]?.word && toks[m]!.sentence === sentence && !toks[m]!.cap && toks[m]!.tags.has('Noun') && !toks[m]!.tags.has('Pronoun') && !toks[m]!.tags.has('Determiner')) m++;
    }
    const closes = !toks[m] || toks[m]!.sentence !== sentence || !toks[m]!.word || ['at', 'for', 'with', 'and'].includes(toks[m]!.lower);
    if (m > titleEnd + 2 && closes) titleEnd = m - 1;
  }
  const p = toks[titleEnd + 1];
  const n = toks[titleEnd + 2];
  if (toks[h]!.cap && p && (p.lower === 'of' || p.lower === 'for') && n?.cap && n.word && n.lower !== 'the' && n.sentence === sentence) {
    // "Secretary of State", "Minister for Education": a capitalised office with its portfolio, unless the portfolio is a place or body
    let e = titleEnd + 2;
    while (toks[e + 1]?.cap && toks[e + 1]!.word && toks[e + 1]!.sentence === sentence) e++;
    const portfolio = textOf(toks, titleEnd + 2, e, source);
    // (a body's head word or an office in capitals makes it a body: "CEO of Acme Corp")
    if (!isPlaceName(portfolio) && !knownOrg(portfolio) && !isOrgAcronym(portfolio) && !isOrgHead(toks[e]!.lower) && !/^\p{Lu}{2,5}$/u.test(toks[h]!.text)) return { titleEnd: e };
    return { titleEnd, affiliation: countryOf(portfolio) ?? knownOrg(portfolio) ?? portfolio };
  }
  for (let k = titleEnd + 1; k < toks.length && k <= titleEnd + 8; k++) {
    const t = toks[k]!;
    if (t.sentence !== sentence || !t.word || (t.cap && !PREPOSITIONS.has(t.lower))) break;
    // (a relative clause is no part of the title: "the producer who worked with Frank Sinatra")
    if (/^(?:who|which|that|whose)$/.test(t.lower)) break;
    if (!PREPOSITIONS.has(t.lower) || t.lower === 'to' || t.lower === 'in') continue;
    let a = k + 1;
    if (toks[a]?.lower === 'the') a++;
    // a description before the name: "president of the far-right National Rally", "a partner at
    // the hedge fund Bluewater Advisors", "counsel at the law firm Ortiz & Klein"
    const described = (i: number): boolean => !!toks[i]?.word && !toks[i]!.cap && toks[i]!.sentence === sentence && (toks[i]!.text.includes('-') || toks[i]!.tags.has('Adjective') || compoundWord(toks[i]!));
    // (a body's name after a description that ends in a noun for bodies: "director of the olive
    // oil producers' association Asoliva", "head of the farmers' union Coag")
    if (!toks[a]?.cap) {
      let d = a;
      while (d < a + 7 && toks[d] && toks[d]!.sentence === sentence && ((toks[d]!.word && !toks[d]!.cap) || /^['’]$/.test(toks[d]!.text))) d++;
      const noun = toks[d - 1];
      if (d > a && noun && (ORG_APPOSITIVE_NOUNS.has(noun.lower) || REFERRING_BODY_NOUNS.has(noun.lower)) && toks[d]?.cap && toks[d]!.word && toks[d]!.sentence === sentence) a = d;
    }
    // (a place compounded with "based": "chief executive of Lagos-based Financial Derivatives")
    if (toks[a]?.cap && toks[a + 1]?.text === '-' && /^(?:based|headquartered|owned|listed|registered|run)$/.test(toks[a + 2]?.lower ?? '') && toks[a + 3]?.cap && toks[a + 3]!.word) a += 3;
    let d = a;
    while (d < a + 3 && described(d)) d++;
    if (d > a && toks[d]?.cap && toks[d]!.word) a = d;
    // a demonym in the description: "leader of the Dutch liberal party D66" is D66's
    else if (toks[a]?.cap && countryOfDemonym(toks[a]!.text)) {
      d = a + 1;
      while (d < a + 4 && described(d)) d++;
      if (d > a + 1 && toks[d]?.cap && toks[d]!.word && toks[d]!.sentence === sentence) a = d;
    }
    if (!toks[a]?.cap || !toks[a]!.word || toks[a]!.sentence !== sentence) continue;
    // (a person is no body: "the representative of King Charles")
    // (but a body's name may open with a role word: "strategist at Principal Asset Management")
    if (isTitleHead(toks[a]!.lower) && toks[a + 1]?.cap && isNameShaped(toks[a + 1]!) && !isOrgHead(toks[a + 1]!.lower) && !isOrgHead(toks[capsRunAfter(ctx, a)]!.lower)) return { titleEnd };
    // (the body after a country's possessive: "the head of Germany's Federal Cartel Office")
    let b = capsRunAfter(ctx, a);
    if (/^['’]s$/.test(toks[b + 1]?.text ?? '') && toks[b + 2]?.cap && toks[b + 2]!.word && toks[b + 2]!.sentence === sentence && (countryOf(textOf(toks, a, b, source)) || isPlaceName(textOf(toks, a, b, source)))) {
      a = b + 2;
      b = capsRunAfter(ctx, a);
    }
    const found = affiliationOf(ctx, a, b, true, textOf(toks, Math.max(0, h - 2), titleEnd, source).toLowerCase());
    return { titleEnd, ...(found.affiliation ? { affiliation: found.affiliation } : {}) };
  }
  return { titleEnd };
}

/**
 * A title stated after the name, set off by commas: "John Kerry, the Secretary of State",
 * "Samir Haddad, editor in chief at the Beirut Times", "Lena Vogel, 34, a member of
 * Greenpeace", "Pablo Ruiz Tagle, Chile coach", "Olga Reva, a Ukrainian military analyst".
 * A possessive after the head ("the president's son") makes it someone else's.
 */
export function appositionAfter(ctx: Ctx, last: number): TitleFound | undefined {
  const { toks } = ctx;
  if (toks[last + 1]?.text !== ',') return undefined;
  let from = last + 2;
  // an age first: ", 19, a member of"
  if (/^\d{1,3}$/.test(toks[from]?.text ?? '') && toks[from + 1]?.text === ',') from += 2;
  // a relative clause of an office held: ", who heads the Madrid Chamber of Commerce", ", who
  // founded Acme Robotics in 2015" (the role the verb names, the body after it)
  if (toks[from]?.lower === 'who' && HOLDING_VERBS[toks[from + 1]?.lower ?? '']) {
    let a = from + 2;
    if (toks[a]?.lower === 'the') a++;
    if (toks[a]?.cap && toks[a]!.word && toks[a]!.sentence === toks[last]!.sentence) {
      // (the body after a country's possessive: "who heads Ireland's Data Protection Commission")
      let b = capsRunAfter(ctx, a);
      if (/^['’]s$/.test(toks[b + 1]?.text ?? '') && toks[b + 2]?.cap && toks[b + 2]!.word && toks[b + 2]!.sentence === toks[last]!.sentence) {
        a = b + 2;
        b = capsRunAfter(ctx, a);
      }
      // (not a word describing the field after it: "who heads European sales for ...")
      const describes = toks[b + 1]?.word && !toks[b + 1]!.cap && toks[b + 1]!.sentence === toks[last]!.sentence && toks[b + 1]!.tags.has('Noun') && !toks[b + 1]!.tags.has('Preposition');
      const found = describes ? {} : affiliationOf(ctx, a, b, true);
      if (found.affiliation) return { title: HOLDING_VERBS[toks[from + 1]!.lower]!, affiliation: found.affiliation };
    }
    // (or a field held "for" or "at" a body: "who heads Asia-Pacific operations for Foxconn")
    let f = a;
    while (f < a + 7 && (toks[f]?.word || /^[-‐]$/.test(toks[f]?.text ?? '')) && toks[f]!.sentence === toks[last]!.sentence && !['for', 'at', 'of'].includes(toks[f]!.lower) && !(toks[f]!.tags.has('Verb') && !toks[f]!.tags.has('Noun')) && !/[,;:]/.test(ctx.source.slice(toks[f]!.end, toks[f + 1]?.start ?? toks[f]!.end))) f++;
    const field = f > a && /^(?:for|at)$/.test(toks[f]?.lower ?? '') && HOLDING_VERBS[toks[from + 1]!.lower] === 'head' ? ctx.source.slice(toks[a]!.start, toks[f - 1]!.end) : undefined;
    let o = f + 1;
    if (toks[o]?.lower === 'the') o++;
    if (field && toks[o]?.cap && toks[o]!.word && toks[o]!.sentence === toks[last]!.sentence) {
      const end = capsRunAfter(ctx, o);
      return { title: `head of ${field}`, affiliation: affiliationOf(ctx, o, end, true).affiliation ?? textOf(toks, o, end, ctx.source) };
    }
  }
  // a relative clause of being: ", who was the company's chief financial officer", ", who is now a minister"
  if (toks[from]?.lower === 'who') {
    let k = from + 1;
    // (or served as one: ", who served as treasurer under ...", ", who works as a nurse")
    if (/^(?:serves|served|serving|works|worked|acts|acted)$/.test(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'as') return roleAt(ctx, k + 2, toks[last]!.sentence, false, true);
    while (k < from + 4 && ['is', 'was', 'has', 'had', 'been', 'remains', 'became'].includes(toks[k]?.lower ?? '')) k++;
    if (k === from + 1) return undefined;
    from = k;
    // a body named by a common noun owns the title: "the company's chief financial officer"
    const owner = toks[from + 1];
    const at = toks[from]?.lower === 'the' && owner?.word && !owner.cap ? (/^['’]s$/.test(toks[from + 2]?.text ?? '') ? from + 3 : /['’]s$/.test(owner.text) ? from + 2 : -1) : -1;
    if (at > 0) return roleAt(ctx, at, toks[last]!.sentence, true);
  }
  // a time word first: ", previously education minister," (a former title), ", currently the head of"
  const when = toks[from]?.lower ?? '';
  if (['previously', 'formerly', 'once', 'currently', 'now', 'still'].includes(when)) {
    const role = roleAt(ctx, from + 1, toks[last]!.sentence);
    if (role && ['previously', 'formerly', 'once'].includes(when) && !/^former\b/i.test(role.title)) return { ...role, title: `former ${role.title}` };
    return role;
  }
  return roleAt(ctx, from, toks[last]!.sentence);
}

/** People in or near a place, and "near" itself, before its name: "civilians in Madaya", "the people of Mosul", "Near Al Huwayjah". */
const PEOPLE_IN = /(?:\b(?:civilians|residents|villagers|refugees|protesters|families|inhabitants|people|troops|fighters|militants|soldiers|voters|farmers)\s+(?:in|near|outside)|\b(?:residents|villagers|inhabitants|people|citizens)\s+of|(?:^|[.!?\n]\s*|\s)[Nn]ear|\bjust\s+outside)\s+$/;

/** A body's name's first word, by which its mentions are counted before short forms are joined: "Boeing" of "Boeing Co.". */
function firstWordOf(o: NameCandidate, source: string): string {
  return (o.canonical ?? source.slice(o.start, o.end)).split(/\s+/)[0]!;
}

/** Words after or before a body's name that make it another company's relation: "the Google parent", "rival Eli Lilly". */
const RELATED_BODY_AFTER = /^['’]?s?\s+(?:parent|owner|rivals?|competitors?|suppliers?|customers?|peers?)\b/;
const RELATED_BODY_BEFORE = /\b(?:rivals?|competitors?|peers?|suppliers?|customers?|[Aa]ccording\s+to(?:\s+the)?|told(?:\s+the)?)\s+$/;

/**
 * A role the sentence says the person holds, after "is" or "was" and the name opening the
 * sentence: "Maria Chen is chief economist at Harbor Capital", "Tom Hale was the mayor of Leeds
 * from 2010" (not a description: "Chen is a good listener" names no office).
 */
function copulaRole(ctx: Ctx, first: number, last: number): TitleFound | undefined {
  const { toks } = ctx;
  const v = toks[last + 1];
  if (!v || !/^(?:is|was|remains|became|becomes)$/.test(v.lower) || v.sentence !== toks[last]!.sentence) return undefined;
  // (the name opens the sentence, or a clause after a comma or "and": not what one claimed of
  // another, "claimed Paris was a volunteer")
  const before = toks[first - 1];
  if (!toks[first]!.initial && !(before && (before.text === ',' || /^(?:and|but)$/.test(before.lower)))) return undefined;
  return roleAt(ctx, last + 2, v.sentence, false, true);
}

/** Verbs of hiring and firing, whose subject employs the holder of the role after them. */
const HIRING = /^(?:fired|fires|sacked|sacks|dismissed|dismisses|ousted|ousts|axed|axes|hired|hires|appointed|appoints|named|names|signed|signs|suspended|suspends)$/;

/**
 * The body that hires or fires the holder of a role named between the verb and the name:
 * "Liverpool fired manager Arne Slot" (a club by its town), "Halvik named chief executive Jo
 * Lee", "Russia dismissed General Ivan Popov" (a country).
 */
function employerOfHiring(ctx: Ctx, c: NameCandidate): string | undefined {
  if (!c.title) return undefined;
  const { toks, source } = ctx;
  const sentence = toks[c.first]!.sentence;
  // back over the role's words
  let k = c.first - 1;
  while (k > 0 && c.first - k <= 5 && toks[k]!.word && toks[k]!.sentence === sentence && !HIRING.test(toks[k]!.lower) && (!toks[k]!.cap || isTitleHead(toks[k]!.lower) || TITLE_MODIFIERS.has(toks[k]!.lower))) k--;
  if (!HIRING.test(toks[k]?.lower ?? '') || toks[k]!.sentence !== sentence) return undefined;
  const run = capsRunBefore(ctx, k - 1, sentence);
  if (!run) return undefined;
  const name = textOf(toks, run[0], run[1], source);
  // (a person who fires is no employer of their own: "Trump fired Defense Secretary Mark Esper")
  if (toks.slice(run[0], run[1] + 1).some((t) => isGivenName(t.lower)) && !isPlaceName(name) && !knownOrg(name)) return undefined;
  return countryOf(name) ?? knownOrg(name) ?? (isPlaceName(name) || isOrgHead(toks[run[1]]!.lower) || isOrgAcronym(name) ? name : undefined);
}

/** A settlement's or building's noun in lower case and the preposition that places it: "camp in", "village near", "port city of", "a house in" (not a title's "Cities in Dust"). */
const SETTLEMENT_BEFORE = /\b(?:(?:camps?|villages?|towns?|cities|city|suburbs?|neighbou?rhoods?|districts?|refugee\s+camp|port|border\s+town|enclave|hamlet)\s+(?:in|near|outside|of)|(?:houses?|homes?|buildings?|schools?|hospitals?|mosques?|churche?s?|markets?|shelters?|apartments?|residences?|farms?|factor(?:y|ies)|hotels?|tents?)\s+(?:in|near|outside))\s+$/;

/** The capitalised run ending at token e, read as a body: its affiliation, first token and text. */
function bodyEndingAt(ctx: Ctx, e: number, sentence: number): { affiliation?: string; start: number; text: string } | undefined {
  const run = capsRunBefore(ctx, e, sentence);
  if (!run) return undefined;
  const affiliation = affiliationOf(ctx, run[0], run[1], true).affiliation;
  return { ...(affiliation ? { affiliation } : {}), start: run[0], text: textOf(ctx.toks, run[0], run[1], ctx.source) };
}

/**
 * A role "of" or "at" a body, the body's name right before the person's with no comma:
 * "Executive director of the Dallas chapter of the Council on American-Islamic Relations Alia
 * Salem said", "a researcher at Karolinska Institute Ana Berg found".
 */
function roleOfBodyBefore(ctx: Ctx, first: number): TitleFound | undefined {
  const { toks } = ctx;
  const k = first - 1;
  const sentence = toks[first]!.sentence;
  if (k < 3 || !toks[k]!.cap || !toks[k]!.word || toks[k]!.sentence !== sentence) return undefined;
  const body = bodyEndingAt(ctx, k, sentence);
  if (!body?.affiliation) return undefined;
  let p = body.start - 1;
  if (toks[p]?.lower === 'the') p--;
  if (!['of', 'at', 'for'].includes(toks[p]?.lower ?? '')) return undefined;
  for (let h = p - 1; h >= 0 && h >= p - 8 && toks[h]!.word && toks[h]!.sentence === sentence && !(toks[h]!.tags.has('Verb') && !toks[h]!.tags.has('Noun')); h--) {
    if (isTitleHead(toks[h]!.lower) && (!toks[h]!.cap || toks[h]!.initial)) return { title: titleBack(ctx, h, Math.max(0, h - 4)).title, affiliation: body.affiliation };
  }
  return undefined;
}

/** Participles that say who holds a body, and the role they give: "led by" a leader. */
const HELD_BY: Record<string, string> = { led: 'leader', headed: 'head', chaired: 'chair', founded: 'founder', 'co-founded': 'co-founder', coached: 'coach', managed: 'manager', owned: 'owner', run: 'head' };

/**
 * The body a person is said to lead, set off before: "The far-right Chega party, led by Andre
 * Ventura, came third", "Acme, founded by Ana Ruiz in 2009" (the role the participle names).
 */
function leaderOfBodyBefore(ctx: Ctx, name: number): TitleFound | undefined {
  const { toks } = ctx;
  // (over a rank of the person's own: "led by General Mohamed Hamdan Dagalo")
  let first = name;
  while (first > 0 && name - first < 3 && toks[first - 1]!.cap && (isTitleHead(toks[first - 1]!.lower) || TITLE_MODIFIERS.has(toks[first - 1]!.lower))) first--;
  const role = HELD_BY[toks[first - 2]?.lower ?? ''];
  if (!role || toks[first - 1]?.lower !== 'by' || toks[first - 3]?.text !== ',') return undefined;
  // the body's name before the comma, over the noun that says what it is ("Chega party")
  let e = first - 4;
  if (e >= 0 && toks[e]!.word && !toks[e]!.cap && REFERRING_BODY_NOUNS.has(toks[e]!.lower)) e--;
  if (e < 0 || !toks[e]!.cap || !toks[e]!.word || toks[e]!.sentence !== toks[first]!.sentence) return undefined;
  const found = bodyEndingAt(ctx, e, toks[first]!.sentence);
  const body = found ? (found.affiliation ?? found.text) : undefined;
  return body && !countryOf(body) ? { title: role, affiliation: body } : undefined;
}

/** Nouns that say a person: "an Australian woman", "a 19-year-old student". */
const PERSON_NOUNS = /^(?:woman|man|girl|boy|teenager|teen|mother|father|grandmother|grandfather|widow|widower|resident|citizen|national|native|pensioner|retiree|mum|mom|dad)$/;

/** A person's noun set off after a name: ", an Australian woman", ", a 34-year-old mother of two". */
function personApposed(ctx: Ctx, last: number): boolean {
  const { toks } = ctx;
  if (toks[last + 1]?.text !== ',' || !/^(?:a|an)$/.test(toks[last + 2]?.lower ?? '')) return false;
  for (let j = last + 3; j < last + 7 && toks[j]?.word && toks[j]!.sentence === toks[last]!.sentence; j++) {
    if (PERSON_NOUNS.test(toks[j]!.lower)) return true;
    if (!(toks[j]!.tags.has('Adjective') || /^\d+-year-old$/.test(toks[j]!.lower) || (toks[j]!.cap && countryOfDemonym(toks[j]!.text)))) return false;
  }
  return false;
}

/**
 * The country of a nationality set off after a person's name: "Anna Holm, a Swedish teenager,",
 * "Piet Kramer, 31, the Dutch defender,", "Lee Min-ho, a South Korean," (over an age and a few
 * describing words: "the 31-year-old Dutchman").
 */
function nationalityAfter(ctx: Ctx, last: number): string | undefined {
  const { toks, source } = ctx;
  if (toks[last + 1]?.text !== ',') return undefined;
  let j = last + 2;
  if (/^\d{1,3}$/.test(toks[j]?.text ?? '') && toks[j + 1]?.text === ',') j += 2;
  if (!['a', 'an', 'the'].includes(toks[j]?.lower ?? '')) return undefined;
  const sentence = toks[last]!.sentence;
  j++;
  for (let n = 0; n < 3 && toks[j]?.word && !toks[j]!.cap && toks[j]!.sentence === sentence && (toks[j]!.tags.has('Adjective') || /^\d+-year-old$/.test(toks[j]!.lower)); n++) j++;
  if (!toks[j]?.cap || toks[j]!.sentence !== sentence) return undefined;
  return demonymAt(toks, j, Math.min(j + 2, toks.length - 1), source)?.[1];
}

/**
 * A role the person is said to hold "as", after a verb of office: "Tom Hale resigned as finance
 * minister", "Rita Gomez was appointed as ambassador to Spain", "who served as chief of staff".
 */
export function asRoleAfter(ctx: Ctx, last: number): TitleFound | undefined {
  const { toks } = ctx;
  let k = last + 1;
  // a relative clause: "Ana Ruiz, who served as chief of staff"
  if (toks[k]?.text === ',' && toks[k + 1]?.lower === 'who') k += 2;
  let verb = false;
  while (k <= last + 6 && toks[k]?.word && toks[k]!.sentence === toks[last]!.sentence && OFFICE_VERBS.has(toks[k]!.lower)) {
    verb = true;
    k++;
  }
  if (!verb || toks[k]?.lower !== 'as') return undefined;
  // (the role may be followed by the rest of the clause: "resign as Foreign Affairs minister after ...")
  return roleAt(ctx, k + 1, toks[last]!.sentence, false, true);
}

/**
 * The role a person is put into "as", after a verb of appointing before the name: "Macron named
 * Gabriel Attal, 34, as prime minister", "the board appointed Ruth Ames as chief executive".
 */
export function asRoleOfObject(ctx: Ctx, first: number, last: number): (TitleFound & { by?: [number, number] }) | undefined {
  const { toks } = ctx;
  // (over a few words describing the one named: "named centrist veteran Francois Bayrou as")
  let v = first - 1;
  while (v > first - 4 && v > 0 && toks[v]!.word && !toks[v]!.cap && !APPOINTING_VERBS.has(toks[v]!.lower) && (toks[v]!.tags.has('Noun') || toks[v]!.tags.has('Adjective')) && !toks[v]!.tags.has('Verb')) v--;
  // (or over a description set off before the name: "confirm Kash Patel's deputy, Dan Bongino, as")
  let apposed = false;
  if (toks[first - 1]?.text === ',') {
    let u = first - 2;
    while (u > 0 && u > first - 10 && toks[u]!.sentence === toks[first]!.sentence && !APPOINTING_VERBS.has(toks[u]!.lower) && !(toks[u]!.tags.has('Verb') && !toks[u]!.tags.has('Noun')) && toks[u]!.text !== ',') u--;
    if (APPOINTING_VERBS.has(toks[u]?.lower ?? '') && toks[u]!.sentence === toks[first]!.sentence) {
      v = u;
      apposed = true;
    }
  }
  const verb = toks[v];
  if (!verb?.word || !APPOINTING_VERBS.has(verb.lower) || verb.sentence !== toks[first]!.sentence) return undefined;
  let k = last + 1;
  // an age between commas: "Gabriel Attal, 34, as"
  if (toks[k]?.text === ',' && /^\d{1,3}$/.test(toks[k + 1]?.text ?? '') && toks[k + 2]?.text === ',') k += 3;
  // (or a description: "named Amy Chen, a former Google executive, as its president")
  if (toks[k]?.text === ',' && /^(?:a|an|the)$/.test(toks[k + 1]?.lower ?? '')) {
    let e = k + 2;
    while (e < k + 10 && toks[e] && toks[e]!.text !== ',' && toks[e]!.sentence === toks[last]!.sentence) e++;
    if (toks[e]?.text === ',' && toks[e + 1]?.lower === 'as') k = e + 1;
  }
  if (apposed && toks[k]?.text === ',' && toks[k + 1]?.lower === 'as') k++;
  if (toks[k]?.lower !== 'as') return undefined;
  // (the role may end before a time or place: "as prime minister on Friday")
  // (the appointer's own office: "named Amy Chen as its president")
  const its = /^(?:its|their)$/.test(toks[k + 1]?.lower ?? '');
  const role = roleAt(ctx, k + (its ? 2 : 1), toks[last]!.sentence, its, true);
  // the name that appointed: the capitalised words right before the verb ("HDFC Bank named", "The board of Unilever appointed")
  // (over the day between them: "Shopify Inc on Tuesday named")
  let w = v - 1;
  if (w >= 1 && isDateWord(toks[w]!)) w -= toks[w - 1]!.lower === 'on' ? 2 : 1;
  const run = w >= 0 && toks[w]!.cap && toks[w]!.word ? capsRunBefore(ctx, w, toks[first]!.sentence) : undefined;
  return role && run ? { ...role, by: [toks[run[0]]!.start, toks[run[1]]!.end] } : role;
}

/** The role phrase starting at token `from`: "the Secretary of State", "Panama coach", "a member of Greenpeace". */
function roleAt(ctx: Ctx, from: number, sentence: number, determined = false, asRole = false): TitleFound | undefined {
  const { toks, source } = ctx;
  // `determined`: an article or possessive came before `from` ("the company's")
  const article = determined || ['a', 'an', 'the'].includes(toks[from]?.lower ?? '');
  if (article && !determined) from++;
  // a body named by its common noun owns the role: "the company's chairman since 2019"
  if (article && toks[from]?.word && !toks[from]!.cap && /['’]s$/.test(toks[from]!.text) && REFERRING_BODY_NOUNS.has(toks[from]!.lower.replace(/['’]s$/, ''))) from++;
  else if (article && toks[from]?.word && !toks[from]!.cap && REFERRING_BODY_NOUNS.has(toks[from]!.lower) && /^['’]s$/.test(toks[from + 1]?.text ?? '')) from += 2;
  // (a land's possessive too: "the nation's top infectious disease expert", "the world's richest man")
  else if (article && /^(?:nation|country|state|city|world|region|island)['’]s$/.test(toks[from]?.lower ?? '')) from++;
  else if (article && /^(?:nation|country|state|city|world|region|island)$/.test(toks[from]?.lower ?? '') && /^['’]s$/.test(toks[from + 1]?.text ?? '')) from += 2;
  let h = -1;
  for (let j = from; j < toks.length && j < from + 7; j++) {
    const t = toks[j]!;
    // (over a body's possessive: "Ilya Sutskever, OpenAI's former chief scientist")
    if (/^['’]s?$/.test(t.text) && j > from && toks[j - 1]!.cap && t.sentence === sentence) continue;
    // (over a compound of a place's name: "the Puerto Rican-born actress", "a London-based analyst")
    if (t.text === '-' && j > from && toks[j - 1]!.cap && /^(?:born|based|bred|raised|educated|owned|backed|led|funded)$/.test(toks[j + 1]?.lower ?? '') && t.sentence === sentence) {
      j++;
      continue;
    }
    if (!t.word || t.sentence !== sentence) break;
    const head = headAt(t, toks[j - 1]);
    if (head && !t.cap) {
      h = j;
      // the last of consecutive heads, over words compounded with them: "chief executive",
      // "chief financial officer"
      for (let m = h + 1; m <= h + 3 && toks[m]?.word && !toks[m]!.cap && toks[m]!.sentence === sentence; m++) {
        if (isTitleHead(toks[m]!.lower)) h = m;
        // (a field's modifier the tagger reads as a verb: "chief fixed income strategist")
        else if (!(compoundWord(toks[m]!) || toks[m]!.tags.has('Adjective') || TITLE_MODIFIERS.has(toks[m]!.lower))) break;
      }
      break;
    }
    // a capitalised office after "the": "the Secretary of State", "the State Department Spokesperson"
    // (or after a body's possessive: "Mary Barra, GM's CEO,")
    if (t.cap && isTitleHead(t.lower) && (article || j === from || /^['’]s?$/.test(toks[j - 1]!.text)) && !(toks[j + 1]?.cap && toks[j + 1]!.word && !headAt(toks[j + 1]!))) {
      h = j;
      break;
    }
    // "the economy and finance minister": two portfolios of one office
    if (t.lower === 'and' && j > from && compoundWord(toks[j - 1]!) && toks[j + 1] && compoundWord(toks[j + 1]!)) continue;
    // a body's name with its connector: "the former Bank of England governor"
    if (ORG_CONNECTORS.has(t.lower) && j > from && toks[j - 1]!.cap && toks[j + 1]?.cap && toks[j + 1]!.word) continue;
    if (!(t.cap || TITLE_MODIFIERS.has(t.lower) || compoundWord(t) || t.tags.has('Adjective') || t.tags.has('Ordinal') || /^\d/.test(t.text) || (!t.cap && PLURAL_FIELDS.has(toks[j + 1]?.lower ?? '')))) break;
  }
  if (h < 0 || /^['’]s?$/.test(toks[h + 1]?.text ?? '')) return undefined;
  // without an article, the title must open the apposition and close it: ", Panama coach," ", spokesman for"
  const next = toks[h + 1];
  if (!article && next && next.word && !PREPOSITIONS.has(next.lower) && next.lower !== 'and' && !(next.lower === 'since' && /^\d{4}$/.test(toks[h + 2]?.text ?? '')) && !(asRole && (next.tags.has('Preposition') || next.tags.has('Conjunction') || /^(?:after|before|until|when|amid|following|since|over|under|during|between)$/.test(next.lower)))) return undefined;
  const back = titleBack(ctx, h, from);
  const singularHead = headAt(toks[h]!)?.singular;
  const title = singularHead ? back.title.replace(/\S+$/, singularHead) : back.title;
  const after = complementAfter(ctx, h);
  const full = after.titleEnd > h ? `${title}${source.slice(toks[h]!.end, toks[after.titleEnd]!.end)}` : title;
  const affiliation = back.affiliation ?? after.affiliation;
  return { title: full, ...(affiliation ? { affiliation } : {}) };
}

/** Verbs after a plural role that open the list of its holders: "the candidates elected were A, B and C". */
const LIST_VERBS = new Set(['were', 'are', 'include', 'included', 'includes']);
/** Words that open examples of a plural role: "such as", "including". */
const EXAMPLE_OPENERS = /^(?:such\s+as|including)$|^\S+\s+including$/i;

/**
 * A plural role that a list of names after "were", "are" or "include" holds: "The candidates
 * elected in the district were Mary Lo, Tom Chan of the Greens and Ann Yip" (each a candidate).
 * Read back from the name over the list (names, commas, "and", possessives, "of" phrases: no
 * verb) to the verb, then over at most six words (no punctuation) to the plural role.
 */
export function listRoleBefore(ctx: Ctx, first: number): string | undefined {
  const { toks, source } = ctx;
  const sentence = toks[first]!.sentence;
  let k = first - 1;
  // a plural role between the verb and the list is the one it names: "the candidates elected were
  // young activists from the localist camp, A and B" (activists)
  let nearest: string | undefined;
  while (k >= 0 && first - k <= 40 && toks[k]!.sentence === sentence) {
    const t = toks[k]!;
    if (LIST_VERBS.has(t.lower) || EXAMPLE_OPENERS.test(source.slice(toks[k - 1]?.start ?? t.start, t.end))) break;
    if (t.word && !t.cap && t.tags.has('Verb') && !t.tags.has('Noun')) return undefined;
    if (!t.word && !/^[,'’s]+$|^['’]s$/.test(t.text)) return undefined;
    if (!nearest && t.word && !t.cap) nearest = singularTitle(t.lower);
    k--;
  }
  if (k < 0 || toks[k]!.sentence !== sentence) return undefined;
  if (nearest && LIST_VERBS.has(toks[k]!.lower)) return nearest;
  // "photographers who used the camera, such as A, B and C": examples of the plural role, read
  // back over a comma and a relative clause
  const examples = !LIST_VERBS.has(toks[k]!.lower);
  if (examples && toks[k]!.lower === 'as') k--;
  if (!examples && !LIST_VERBS.has(toks[k]!.lower)) return undefined;
  for (let j = k - 1; j >= 0 && k - j <= (examples ? 10 : 6) && toks[j]!.sentence === sentence; j--) {
    const t = toks[j]!;
    if (examples && t.text === ',' && j === k - 1) continue;
    if (!t.word || /[,;:]/.test(source.slice(t.end, toks[j + 1]!.start)) && !(examples && j === k - 1)) return undefined;
    const singular = !t.cap || t.initial ? singularTitle(t.lower) : undefined;
    if (singular) return singular;
  }
  return undefined;
}

/** Plural nouns of the members of a body: "former members of Scientology, including ...". */
const MEMBER_NOUNS = new Set(['members', 'officials', 'leaders', 'executives', 'employees', 'staff', 'players', 'founders', 'veterans', 'alumni', 'lawmakers', 'ministers', 'directors', 'partners', 'fans']);

/**
 * The body whose members a list of examples names: "former members of Scientology, including
 * musician Tiziano Lugli and actor Jason Beghe" (each is of Scientology). Read back from the
 * name over the list (names, roles, commas, "and") to "including", "such as" or "like", then
 * over a comma to "MEMBERS of BODY".
 */
export function memberListBody(ctx: Ctx, first: number): string | undefined {
  const { toks } = ctx;
  const sentence = toks[first]!.sentence;
  let k = first - 1;
  while (k > 0 && first - k <= 20 && toks[k]!.sentence === sentence) {
    const t = toks[k]!;
    if (/^(?:including|like)$/.test(t.lower) || (t.lower === 'as' && toks[k - 1]?.lower === 'such')) break;
    if (!(t.cap || t.text === ',' || t.lower === 'and' || (t.word && headAt(t)))) return undefined;
    k--;
  }
  if (k <= 0 || !/^(?:including|like|as)$/.test(toks[k]!.lower)) return undefined;
  if (toks[k]!.lower === 'as') k--;
  let e = k - 1;
  if (toks[e]?.text === ',') e--;
  const run = e >= 0 ? capsRunBefore(ctx, e, sentence) : undefined;
  if (!run) return undefined;
  let o = run[0] - 1;
  if (toks[o]?.lower === 'the') o--;
  // ("former members of Red Harbour", "analysts at Nomura Securities")
  const group = toks[o - 1];
  if (!/^(?:of|at|from)$/.test(toks[o]?.lower ?? '') || !group || !(MEMBER_NOUNS.has(group.lower) || ((!group.cap || group.initial) && singularTitle(group.lower)))) return undefined;
  return affiliationOf(ctx, run[0], run[1], true).affiliation;
}

/** The capitalised run starting at token a (connectors inside: "Museum of London"), as its last token. */
function capsRunAfter(ctx: Ctx, a: number): number {
  const { toks } = ctx;
  const sentence = toks[a]!.sentence;
  const capWord = (t: WordToken | undefined) => !!t && t.word && t.cap && t.sentence === sentence && !t.newlineBefore;
  // a name that opens with a capitalised "The" keeps an "and" of its own: "The Globe and Mail"
  const titled = toks[a - 1]?.text === 'The';
  let b = a;
  for (;;) {
    const nx = toks[b + 1];
    if (titled && nx?.lower === 'and' && capWord(toks[b + 2]) && !capWord(toks[b + 3])) {
      b += 2;
      continue;
    }
    // a capitalised preposition or article before a lower-case word opens a sentence whose full
    // stop is missing (captions run into the text): "Ann Chiang of DAB In the Kowloon West ..."
    if (capWord(nx) && SENTENCE_OPENERS.test(nx!.text) && toks[b + 2]?.word && !toks[b + 2]!.cap) return b;
    if (capWord(nx)) b++;
    // (not "on" before a day: "at Bristol Crown Court on Friday")
    else if (nx && ['of', '&', 'for', 'on'].includes(nx.lower) && capWord(toks[b + 2]) && !(nx.lower === 'on' && isDateWord(toks[b + 2]!))) b += 2;
    // (over a possessive or a plural's apostrophe inside the name: "Rolling Stone's" stops, "St.
    // Mary's Hospital", "Queens' College" go on)
    else if (nameGoesOnOverApostrophe(toks, b) && capWord(toks[b + 2])) b += 2;
    // "Joint Council for the Welfare of Immigrants", "Committee for a Responsible Federal Budget"
    else if (nx && BODY_CONNECTORS.has(nx.lower) && (toks[b + 2]?.lower === 'the' || (nx.lower === 'for' && toks[b + 2]?.lower === 'a')) && capWord(toks[b + 3])) b += 3;
    // a number that closes a name: "Studio 54", "Channel 4"
    else if (nx && /^\d{1,4}$/.test(nx.text) && nx.sentence === sentence && !capWord(toks[b + 2])) return b + 1;
    else return b;
  }
}

/**
 * A US lawmaker's party stated after the name: ", a Louisiana Republican,", ", D-N.Y.,", " (R-Texas)".
 */
export function partyAfterName(ctx: Ctx, last: number): string | undefined {
  const after = ctx.source.slice(ctx.toks[last]!.end, ctx.toks[last]!.end + 56);
  // (over an age: "Emil Jones, 46, a Democrat from Chicago")
  const m = /^\s*(?:,\s*\d{1,3}(?=\s*,))?(?:,\s*(?:an?|the)\s+(?:(?:\p{Lu}[\p{L}.]*\s+){0,2})?(?<member>Republican|Democrat)\b(?!\s+(?:Party|Committee|Caucus|leader|senator|lawmaker))|(?:,\s*|\s*\()(?<letter>[RD])-\p{Lu}[\p{L}.]*(?:\s?\p{Lu}[\p{L}.]*)?[,)])/u.exec(after);
  if (!m) return undefined;
  return US_PARTIES[(m.groups!.member ?? m.groups!.letter!).toLowerCase()];
}

/**
 * The body a person is "of", "from", "for" or "at", right after the name: "Sarah Lund of
 * SDP", "Erik Dahl from the Centre Party", "Jann Wenner of Rolling Stone Magazine". A place is
 * where the person is from, not an affiliation ("Smith of London").
 */
/** Places one is at for an event, not bodies one works for: "hosted by Jimmy Kimmel at the Dolby Theatre". */
const VENUES = /^(?:Theatre|Theater|Stadium|Arena|Hotel|Square|Park|Airport|Station|Gardens?|Auditorium|Coliseum|Dome|Field|Bowl|Pavilion|Ballroom)$/;

export function bodyAfterName(ctx: Ctx, last: number): string | undefined {
  const { toks } = ctx;
  let k = last + 1;
  if (toks[k]?.text === ',') k++;
  if (!['of', 'from', 'for', 'at'].includes(toks[k]?.lower ?? '') || toks[k]!.sentence !== toks[last]!.sentence) return undefined;
  // ("from" after a verb of taking away is where a thing was taken from: "to remove a video
  // featuring Tom Cruise from YouTube")
  if (toks[k]!.lower === 'from') {
    for (let j = last - 1; j >= 0 && j >= last - 12 && toks[j]!.sentence === toks[last]!.sentence; j--) if (REMOVING.test(toks[j]!.lower)) return undefined;
  }
  let a = k + 1;
  if (toks[a]?.lower === 'the') {
    a++;
    // (over words that describe the body: "of the conservative People's Party", "of the
    // far-right National Rally")
    let d = a;
    while (d < a + 3 && toks[d]?.word && !toks[d]!.cap && toks[d]!.sentence === toks[last]!.sentence && (toks[d]!.tags.has('Adjective') || toks[d]!.text.includes('-'))) d++;
    if (d > a && toks[d]?.cap && toks[d]!.word) a = d;
  }
  if (!toks[a]?.cap || !toks[a]!.word || toks[a]!.sentence !== toks[last]!.sentence) return undefined;
  let b = capsRunAfter(ctx, a);
  // the body after a country's possessive: "Carlo De Benedetti of Italy's la Repubblica", "Ana
  // Ruiz of Spain's Iberdrola"
  if (/^['’]s$/.test(toks[b + 1]?.text ?? '') && countryOf(textOf(toks, a, b, ctx.source))) {
    const c = /^(?:la|le|il|el|de|die|der|het|los|las)$/.test(toks[b + 2]?.text ?? '') ? b + 3 : b + 2;
    if (toks[c]?.cap && toks[c]!.word && toks[c]!.sentence === toks[last]!.sentence) {
      const e = capsRunAfter(ctx, c);
      return c === b + 3 ? textOf(toks, b + 2, e, ctx.source) : (affiliationOf(ctx, c, e, true).affiliation ?? textOf(toks, c, e, ctx.source));
    }
  }
  // "of Rolling Stone Magazine's ...": the run ends at a possessive; a name of a person is no body
  if (isGivenName(toks[a]!.lower) && b > a) return undefined;
  // a country one is "at" is where one is: "met King Charles III at the Vatican" (and so is a
  // building: "King Charles, at Government House")
  if (toks[k]!.lower === 'at' && (countryOf(textOf(toks, a, b, ctx.source)) || isPlaceHead(toks[b]!.lower) || isPlaceName(textOf(toks, a, b, ctx.source)) || VENUES.test(toks[b]!.text))) return undefined;
  return affiliationOf(ctx, a, b, true).affiliation;
}

/**
 * A title before the name, set off by a comma: "Kenya's Finance Minister, Peter Mwangi", "the
 * Crown prosecutor, Mark Tedeschi", "Co-founder of Google, Sergey Brin"; and relations, which
 * give only the country: "his U.S. counterpart, Antony Blinken".
 */
export function appositionBefore(ctx: Ctx, first: number): { affiliation?: string; title?: string } | undefined {
  const { toks, source } = ctx;
  // (over an honorific before the name: "The hospital's medical director, Dr. Ann Lee")
  // (or a rank: "Ukraine's top military commander, Gen. Oleksandr Syrskyi"; "Lt. Col." is two)
  // (or a lawmaker's: "The panel's top Democrat, Sen. Ron Wyden")
  while (first >= 3 && (HONORIFICS.has(toks[first - 1]!.lower) || RANKS.has(toks[first - 1]!.lower) || /^(?:sen|rep|gov)\.?$|^(?:senator|congressman|congresswoman|governor)$/.test(toks[first - 1]!.lower)) && (toks[first - 2]!.text === ',' || RANKS.has(toks[first - 2]!.lower))) first--;
  if (first < 2 || toks[first - 1]!.text !== ',') return undefined;
  // the body's other name in brackets before the comma: "The secretary general of CEI (Italian
  // Episcopal Conference), Nunzio Galantino"
  let e = first - 2;
  let other: [number, number] | undefined;
  if (toks[e]!.text === ')') {
    let o = e - 1;
    while (o > 0 && e - o <= 8 && toks[o]!.text !== '(' && (toks[o]!.word && toks[o]!.cap || ['of', 'for', 'and', 'the', 'on', '&'].includes(toks[o]!.lower))) o--;
    if (toks[o]?.text !== '(' || o === e - 1 || o < 2) return undefined;
    other = [o + 1, e - 1];
    e = o - 1;
  }
  // (over the place a body's office is in: "A spokesman for the U.S. Attorney's Office in
  // Manhattan, Nicholas Biase")
  if (!other && toks[e]!.cap) {
    const run = capsRunBefore(ctx, e, toks[e]!.sentence);
    if (run && toks[run[0] - 1]?.lower === 'in' && toks[run[0] - 2]?.cap && toks[run[0] - 2]!.word && isOrgHead(toks[run[0] - 2]!.lower) && isPlaceName(textOf(toks, run[0], run[1], source))) e = run[0] - 2;
  }
  const noun = toks[e]!;
  // a lawmaker's party as the noun: "The panel's top Democrat, Sen. Ron Wyden"
  if (/^(?:Republican|Democrat)$/.test(noun.text) && !other && !toks[e - 1]?.cap) return { affiliation: US_PARTIES[noun.lower] };
  if (RELATION_NOUNS.has(noun.lower)) {
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
    return { affiliation };
  }
  if (headAt(noun) && !other) return titleBack(ctx, e, Math.max(0, e - 10), headAt(noun)!.singular);
  // an office held in a place: "The International Monetary Fund's resident representative in
  // Accra, Leandro Medina"
  if (!other && noun.cap) {
    const run = capsRunBefore(ctx, e, noun.sentence);
    const inWord = run ? toks[run[0] - 1] : undefined;
    const h = run ? toks[run[0] - 2] : undefined;
    if (run && inWord?.lower === 'in' && h?.word && !h.cap && h.sentence === noun.sentence && headAt(h, toks[run[0] - 3]) && isPlaceName(textOf(toks, run[0], run[1], source))) return titleBack(ctx, run[0] - 2, Math.max(0, run[0] - 12), headAt(h)!.singular);
  }
  // an envoy and the place they are sent to: "The U.S. ambassador to Japan, Rahm Emanuel"
  const envoy = !other ? envoyBefore(ctx, e) : undefined;
  if (envoy !== undefined) return titleBack(ctx, envoy, Math.max(0, envoy - 12));
  // a field after a lower-case head: "The Fed's vice chair for supervision, Michael Barr", "the
  // university's professor of medieval history, Ann Lee"
  if (!noun.cap && noun.word && !other) {
    let f = e;
    while (f > e - 3 && f > 0 && toks[f]!.word && !toks[f]!.cap && toks[f]!.sentence === noun.sentence && (toks[f]!.tags.has('Noun') || toks[f]!.tags.has('Adjective')) && !toks[f]!.tags.has('Pronoun') && !toks[f]!.tags.has('Determiner') && !PREPOSITIONS.has(toks[f]!.lower)) f--;
    const h = toks[f - 1];
    if (f < e && ['of', 'for', 'in'].includes(toks[f]!.lower) && h?.word && !h.cap && headAt(h, toks[f - 2]) && h.sentence === noun.sentence) {
      const back = titleBack(ctx, f - 1, Math.max(0, f - 11), headAt(h)!.singular);
      return { ...back, title: `${back.title} ${textOf(toks, f, e, source)}` };
    }
    // ... a field of a country's or a body's: "The head of Ukraine's military intelligence, Kyrylo Budanov"
    if (f < e && /^['’]s$/.test(toks[f]!.text) && toks[f - 1]?.cap) {
      const run = capsRunBefore(ctx, f - 1, noun.sentence);
      const of = run ? toks[run[0] - 1] : undefined;
      const h2 = run ? toks[run[0] - 2] : undefined;
      if (run && of?.lower === 'of' && h2?.word && !h2.cap && headAt(h2, toks[run[0] - 3]) && h2.sentence === noun.sentence) {
        const owner = textOf(toks, run[0], run[1], source);
        const back = titleBack(ctx, run[0] - 2, Math.max(0, run[0] - 12), headAt(h2)!.singular);
        return { title: `${back.title} of ${textOf(toks, f + 1, e, source)}`, affiliation: back.affiliation ?? countryOf(owner) ?? knownOrg(owner) ?? owner };
      }
    }
    // a body named by its common noun gives the title alone: "the president of the company, John Smith"
    const g = toks[e - 3];
    if (toks[e - 1]?.lower === 'the' && ['of', 'at', 'for'].includes(toks[e - 2]?.lower ?? '') && g?.word && !g.cap && headAt(g, toks[e - 4]) && REFERRING_BODY_NOUNS.has(noun.lower)) {
      return { title: titleBack(ctx, e - 3, Math.max(0, e - 13), headAt(g)!.singular).title };
    }
  }
  // "Co-founder of Google, Sergey Brin": a title, a preposition and a body, which a common
  // noun may close ("the president of the Tuscany region, Paolo Bruni")
  // ... or a name's possessive and the noun: "a spokesman for Slovakia's government, Matus Estok"
  // (over a portfolio between: "a spokesperson for China's foreign ministry, Lin Jian")
  let mods = 0;
  while (mods < 2 && toks[e - 1 - mods]?.word && !toks[e - 1 - mods]!.cap && (TITLE_MODIFIERS.has(toks[e - 1 - mods]!.lower) || toks[e - 1 - mods]!.tags.has('Adjective')) && toks[e - 1 - mods]!.sentence === noun.sentence) mods++;
  if (!/^['’]s$/.test(toks[e - 1 - mods]?.text ?? '')) mods = 0;
  const owned = !noun.cap && BODY_NOUNS.has(noun.lower) && /^['’]s$/.test(toks[e - 1 - mods]?.text ?? '') && toks[e - 2 - mods]?.cap && toks[e - 2 - mods]!.word;
  const bodyNoun = owned ? 2 + mods : !noun.cap && BODY_NOUNS.has(noun.lower) && toks[e - 1]?.cap ? 1 : 0;
  if (!bodyNoun && (!noun.cap || !noun.word)) return undefined;
  let k = e - bodyNoun;
  // over the connectors of a body's name that ends in its head: "the Securities and Exchange Commission"
  const headed = isOrgHead(toks[e - bodyNoun]!.lower);
  for (;;) {
    if (k > 0 && toks[k - 1]!.cap && toks[k - 1]!.word && toks[k - 1]!.sentence === noun.sentence) k--;
    else if (k > 1 && !toks[k - 1]!.word && nameGoesOnOverApostrophe(toks, k - 2)) k -= 2;
    else if (headed && k > 1 && ['and', 'of', '&'].includes(toks[k - 1]!.lower) && !toks[k - 1]!.cap && toks[k - 2]!.cap && toks[k - 2]!.word && toks[k - 2]!.sentence === noun.sentence) k -= 2;
    else break;
  }
  const run: [number, number] = [k, e - bodyNoun];
  let p = run[0] - 1;
  if (toks[p]?.lower === 'the') p--;
  const head = toks[p - 1];
  if (!head || !['of', 'for', 'at'].includes(toks[p]!.lower) || !headAt(head)) return undefined;
  const back = titleBack(ctx, p - 1, Math.max(0, p - 12), headAt(head)!.singular);
  // a capitalised office whose "of" names no body, place or country is one title: "The Director of
  // Public Prosecutions, Sally Dowling", "the Leader of the Opposition, Kemi Badenoch", "the
  // Chancellor of the Exchequer, Rachel Reeves" (but "the Leader of the Labour Party")
  const ofWhat = textOf(toks, run[0], run[1], source);
  if (!owned && !bodyNoun && !other && head.cap && !isPlaceName(ofWhat) && !countryOf(ofWhat) && !knownOrg(ofWhat) && !isOrgAcronym(ofWhat) && !toks.slice(run[0], run[1] + 1).some((t) => isOrgHead(t.lower) || isPlaceHead(t.lower) || isAcronym(t.text)) && !demonymAt(toks, run[0], run[1], source)) {
    return { title: `${back.title} ${textOf(toks, p, run[1], source)}`, ...(back.affiliation ? { affiliation: back.affiliation } : {}) };
  }
  // of a body's two names, the one spelled out: "CEI (Italian Episcopal Conference)"
  const spelled = other && isOrgAcronym(textOf(toks, run[0], run[1], source)) ? other : run;
  const ownerName = textOf(toks, run[0], run[1], source);
  // (a place is the body of an office held over it: "The mayor of Paris, Anne Hidalgo")
  // (a person's possessive is no body: "Prime Minister Viktor Orban's government" is Hungary's,
  // by the demonym, or nobody's)
  if (owned && (titledPerson(toks, run[0], run[1]) || isGivenName(toks[run[0]]!.lower))) {
    const country = back.affiliation ?? demonymAt(toks, run[0], run[1], source)?.[1];
    return { title: back.title, ...(country ? { affiliation: country } : {}) };
  }
  const body = owned ? { affiliation: countryOf(ownerName) ?? ownerName } : bodyNoun ? { affiliation: textOf(toks, run[0], e, source) } : affiliationOf(ctx, spelled[0], spelled[1], true, back.title.toLowerCase());
  return { title: back.title, ...(back.affiliation ?? body.affiliation ? { affiliation: back.affiliation ?? body.affiliation } : {}) };
}

export const WEAK_PERSON_RULES = new Set(['person.given-name', 'person.surname', 'person.shape', 'person.tagged']);

/** A country, region or US state name starting at token i ("Maryland", "New South Wales"). */
export function regionAfter(ctx: Ctx, i: number): string | undefined {
  for (let n = 3; n >= 1; n--) {
    if (i + n - 1 >= ctx.toks.length) continue;
    const phrase = textOf(ctx.toks, i, i + n - 1, ctx.source);
    if (countryOf(phrase) || isRegion(phrase)) return phrase;
  }
  return undefined;
}

/** A place that names a commodity grade ("Brent crude", "Dubai crude"): no place is mentioned. */
export function isGradeName(ctx: Ctx, c: NameCandidate): boolean {
  const next = ctx.toks[c.last + 1];
  return c.kind === 'place' && next !== undefined && !next.cap && next.sentence === ctx.toks[c.last]!.sentence && GRADE_NOUNS.has(next.lower);
}

/**
 * An institution named by a nationality or country and a common noun ("the Iraqi government",
 * "U.S. forces"), or by its leader's name ("the Assad regime"): the chunk and the noun together.
 */
export function nominalOrg(ctx: Ctx, a: number, b: number): NameCandidate | undefined {
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

/** Offices held for a state or district: "Sen. Susan Collins of Maine", "Rep. Ann Lee of Ohio". */
const LAWMAKER_TITLE = /^(?:sen\.?|senator|rep\.?|representative|congressman|congresswoman|gov\.?|governor|assemblyman|assemblywoman|state\s+sen(?:\.|ator))$/i;

/** The state or region a lawmaker is "of": "Sen. Susan Collins of Maine". */
function constituencyAfter(ctx: Ctx, c: NameCandidate): string | undefined {
  const { toks, source } = ctx;
  if (!c.title || !LAWMAKER_TITLE.test(c.title) || toks[c.last + 1]?.lower !== 'of') return undefined;
  const a = c.last + 2;
  if (!toks[a]?.cap || !toks[a]!.word || toks[a]!.sentence !== toks[c.last]!.sentence) return undefined;
  const region = textOf(toks, a, capsRunAfter(ctx, a), source);
  return isRegion(region) ? region : undefined;
}

/** Staff a company employs, after its name: "a Barclays trader", "two Google engineers". */
const STAFF_NOUN = /^(?:traders?|bankers?|analysts?|engineers?|employees?|executives?|economists?|workers?|staffers?|researchers?|scientists?|developers?|pilots?|drivers?|designers?|programmers?|technicians?|salesm[ae]n|managers?)$/;

/** Offices that "General" closes: "director general", "secretary general", "attorney general". */
const GENERAL_OFFICES = /^(?:director|secretary|attorney|solicitor|inspector|surgeon|auditor|comptroller|consul|postmaster|procurator|advocate|governor|commissioner)$/;

/** Verbs of taking a thing away from a place or a body: "remove ... from YouTube". */
const REMOVING = /^(?:remove[sd]?|removing|delete[sd]?|deleting|ban(?:s|ned|ning)?|expel(?:s|led|ling)?|withdr[ae]w[sn]?|withdrawing|pull(?:s|ed|ing)?|take|takes|took|taken|taking|evict(?:s|ed|ing)?|exclude[sd]?|excluding|oust(?:s|ed|ing)?|dropp?(?:s|ed|ing)?|bar(?:s|red|ring)?)$/;

/** Styles of the church or a court that a stated position outranks as the title. */
const STYLES = /^(?:cardinal|sheikh|sheik|archbishop|bishop|rabbi|imam|ayatollah|rev\.?|reverend|father|prince|princess)$/i;

/** Context rules that can make an unknown chunk a person or an organization, and add titles. */
/** "Brigadier general Rahmat Sudiro, spokesman for the Malaysian navy": a stated position outranks a rank as the title. */
function preferPosition(ctx: Ctx, c: NameCandidate): void {
  // (and a style of the church or a court: "Cardinal Pietro Parolin, the Vatican's secretary of
  // state", "Sheikh Tamim bin Hamad Al Thani, the emir of Qatar")
  const rank = (t: string) => RANKS.has(t.split(/\s+/).pop()!.toLowerCase()) || STYLES.test(t);
  // (a study's author is a role in the story, not a position: "lead author Dr. Adam Powell, a
  // geneticist at the Max Planck Institute")
  const author = !!c.title && /^(?:(?:lead|senior|first|co-?|corresponding)\s*)?author$/i.test(c.title) && !c.affiliation;
  if (author) {
    const ap = appositionAfter(ctx, c.last);
    if (ap?.title) c.title = ap.title;
    if (ap?.affiliation) c.affiliation = ap.affiliation;
    return;
  }
  if (!c.title || !rank(c.title)) return;
  const ap = appositionAfter(ctx, c.last) ?? appositionBefore(ctx, c.first);
  if (!ap?.title || rank(ap.title)) return;
  c.title = ap.title;
  if (ap.affiliation) c.affiliation ??= ap.affiliation;
}

export function refineByContext(ctx: Ctx, c: NameCandidate): void {
  const { toks } = ctx;
  // an age set off by commas after a name says a person, whatever the name's last word: "Dean
  // Marsh, 44, of Tividale" (not a place by "Marsh")
  if ((c.kind === 'place' || c.kind === 'unknown') && c.rule !== 'place.gazetteer' && c.last > c.first && c.last - c.first <= 2 && toks.slice(c.first, c.last + 1).every((t) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(t.text)) && /^,\s*\d{1,3},/.test(ctx.source.slice(toks[c.last]!.end, toks[c.last]!.end + 8))) {
    c.kind = 'person';
    c.rule = 'person.age';
    return;
  }
  // a name of no known kind before ", which" and its verb, or between an article and the staff
  // it employs, is a body: "Barclays, which paid 290 million pounds", "a former Barclays trader"
  if (c.kind === 'unknown' && c.first === c.last && /^\p{Lu}[\p{L}&'’.-]+$/u.test(toks[c.first]!.text) && !isGivenName(toks[c.first]!.lower) && !isSurname(toks[c.first]!.lower) && !lexTags(toks[c.first]!.lower).length) {
    // (as a clause's subject, opening the sentence: a name after "of", "in" or "at" is as often a place's)
    const which = toks[c.first]!.initial && toks[c.last + 1]?.text === ',' && toks[c.last + 2]?.lower === 'which' && toks[c.last + 2]!.sentence === toks[c.last]!.sentence && !!toks[c.last + 3]?.tags.has('Verb');
    const staff = !toks[c.first]!.initial && STAFF_NOUN.test(toks[c.last + 1]?.lower ?? '') && !toks[c.last + 1]!.cap && /^(?:a|an|the|former|two|three|several|one)$/.test(toks[c.first - 1]?.lower ?? '');
    if (which || staff) {
      c.kind = 'org';
      c.rule = which ? 'org.which' : 'org.staff';
      return;
    }
  }
  // "which" stands for no person: an untitled person known by its shape alone, before ", which", is
  // a body's ("Denmark's Bavarian Nordic, which makes the only approved vaccine")
  if (c.kind === 'person' && WEAK_PERSON_RULES.has(c.rule) && !c.title && !isTitleHead(toks[c.first - 1]?.lower ?? '') && toks[c.last + 1]?.text === ',' && toks[c.last + 2]?.lower === 'which' && toks[c.last + 2]!.sentence === toks[c.last]!.sentence && !isGivenName(toks[c.first]!.lower)) {
    c.kind = 'org';
    c.rule = 'org.which';
    delete c.affiliation;
    return;
  }
  // a name right before "party" in lower case is the party's, though it reads as a person's:
  // "whose Jan Suraaj party contested", "the Roberto Fico party" (not "Gandhi's party")
  if (c.kind === 'person' && !c.title && toks[c.last + 1]?.lower === 'party' && !toks[c.last + 1]!.cap && toks[c.last + 1]!.sentence === toks[c.last]!.sentence) {
    c.kind = 'org';
    c.rule = 'org.party-noun';
    delete c.affiliation;
    return;
  }
  // one word set off by commas after a kin noun is the relative's name, though a gazetteer knows
  // it: "Mr Hussain's daughter, Sana, told the court", "his wife, Victoria, said"
  // (over "of 60 years" after the noun: "his wife of 60 years, Grace;")
  const kinAt = toks[c.first - 2]?.lower === 'years' && toks[c.first - 4]?.lower === 'of' ? c.first - 5 : c.first - 2;
  if (c.kind !== 'person' && c.first === c.last && toks[c.first - 1]?.text === ',' && KIN.has(toks[kinAt]?.lower ?? '') && /^[,);]$/.test(toks[c.last + 1]?.text ?? '') && !countryOf(c.text)) {
    c.kind = 'person';
    c.rule = 'person.kin-apposition';
    return;
  }
  // "its finance chief, Yoichi Miyazaki,": a person in apposition to a role, though the given name
  // is a town's ("Yoichi") and the shape of the name says "a place and then a name"
  if (c.kind === 'org' && c.rule === 'org.place-prefix' && c.last === c.first + 1 && (appositionBefore(ctx, c.first) ?? appositionAfter(ctx, c.last))?.title) {
    c.kind = 'unknown';
    c.rule = 'name.unknown';
  }
  // "Sandy Hook, Maryland": a name known only by its shape yields to the comma-region pattern
  // (not a list going on with a region's possessive: "NASA's Mike Fincke, Japan's Kimiya Yui")
  const region = c.kind === 'person' && WEAK_PERSON_RULES.has(c.rule) && toks[c.last + 1]?.text === ',' ? regionAfter(ctx, c.last + 2) : undefined;
  if (region && !/^['’]s$/.test(toks[c.last + 2 + region.split(/\s+/).length]?.text ?? '')) {
    c.kind = 'unknown';
  }
  // "Spain's acting Prime Minister Pedro Sanchez": lower-case modifiers and a country's possessive
  // before a capitalised title
  if (c.kind === 'person' && c.title && /^\p{Lu}/u.test(c.title)) {
    // (over an honorific the title leaves out: "Prime Minister Sheikh Mohammed ...")
    const honorific = OFFICE_HONORIFIC.test(toks[c.first - 1]?.text ?? '') && !OFFICE_HONORIFIC.test(c.title.split(/\s+/).pop()!) ? 1 : 0;
    const at = c.first - honorific - c.title.split(/\s+/).length;
    let k = at - 1;
    // (and a former portfolio: "ex-Finance Minister Hugo Lara")
    // (and the office "General" closes: "Civil Defense Authority director General Suleiman al-Amr")
    while (k >= 0 && !toks[k]!.cap && (TITLE_MODIFIERS.has(toks[k]!.lower) || (k === at - 1 && FORMER_PORTFOLIO.test(toks[k]!.text)) || (k === at - 1 && c.title === 'General' && GENERAL_OFFICES.test(toks[k]!.lower)))) k--;
    // (a verb's -ing after a preposition is no modifier: "after visiting Governor-General Sam Mostyn")
    while (k < at - 1 && /ing$/.test(toks[k + 1]!.lower) && /^(?:after|before|while|by|when|since|for|without|from)$/.test(toks[k]?.lower ?? '')) k++;
    if (k < at - 1) c.title = `${textOf(toks, k + 1, at - 1, ctx.source)} ${c.title}`;
    // (a political family opening the title after a country's possessive describes the holder:
    // "Britain's Labour Prime Minister" is the United Kingdom's Prime Minister)
    const [family, next] = c.title.split(/\s+/);
    if (k === at - 1 && next && PARTY_FAMILIES.has(family!.toLowerCase()) && !PORTFOLIO_HEADS.has(next.toLowerCase())) {
      const country = possessiveBefore(ctx, at);
      if (country && (!c.affiliation || c.affiliation === country)) {
        c.title = c.title.slice(family!.length).trim();
        c.affiliation = country;
      }
    }
    if (!c.affiliation) {
      const country = possessiveBefore(ctx, at);
      if (country) c.affiliation = country;
    }
    // a body before the office's lower-case word: "Civil Defense Authority director General", and
    // before two roles joined by "and": "Shopify co-founder and Chief Executive Tobi Lutke"
    const generalOffice = k === at - 2 && c.title.startsWith(`${toks[at - 1]!.text} `);
    const joinedRoles = k === at - 1 && toks[at - 1]?.lower === 'and' && !!toks[at - 2]?.word && !toks[at - 2]!.cap && isTitleHead(toks[at - 2]!.lower);
    const bodyEnd = generalOffice ? k : joinedRoles ? at - 3 : -1;
    if (!c.affiliation && bodyEnd >= 0 && toks[bodyEnd]!.cap && toks[bodyEnd]!.word && toks[bodyEnd]!.sentence === toks[c.first]!.sentence) {
      const body = bodyEndingAt(ctx, bodyEnd, toks[c.first]!.sentence)?.affiliation;
      if (body) c.affiliation = body;
    }
  }
  // "DAB's Ben Chan", "Korea's Park Ji-sung": an organization's or country's possessive before the name
  if (c.kind === 'person' && !c.affiliation && !c.title) {
    const owner = possessiveBefore(ctx, c.first);
    if (owner) c.affiliation = owner;
    // a body's possessive over two names: "DAB's Starry Lee and Holden Chow" (not a country's:
    // "Russia's Putin and Xi Jinping")
    else if (toks[c.first - 1]?.lower === 'and' && c.first >= 2) {
      const run = capsRunBefore(ctx, c.first - 2, toks[c.first]!.sentence);
      const shared = run ? possessiveBefore(ctx, run[0]) : undefined;
      if (shared && !countryOf(shared)) c.affiliation = shared;
    }
  }
  if (c.kind === 'unknown' || c.kind === 'person') {
    const lt = leftTitle(ctx, c.first);
    // "United host Arsenal", "Chelsea hosts Leeds": after a name, "host" is what one team does to
    // another, unless a person's name follows ("Fox News host Sean Hannity")
    // (or after a word that makes it a verb: "Juve, who host Atalanta on Saturday", "will host Porto")
    const hostVerb = /^hosts?$/.test(toks[c.first - 1]?.lower ?? '') && (toks[c.first - 2]?.cap || /^(?:who|which|they|will|would|to|then|also|now)$/.test(toks[c.first - 2]?.lower ?? '')) && c.kind === 'unknown' && c.first === c.last && !SPEECH_VERBS.has(toks[c.last + 1]?.lower ?? '');
    // (a field's acronym inside a title is no name: "chief AI scientist Yann LeCun")
    const field = c.first === c.last && FIELD_ACRONYMS.has(c.text) && !!toks[c.last + 1] && !!headAt(toks[c.last + 1]!);
    if (field) return;
    // (nor is an office's own acronym a name: "Former chipmaker CFO jailed")
    if (lt.title && c.first === c.last && isTitleHead(toks[c.first]!.lower) && c.kind === 'unknown') return;
    // (a plural role before one word of no known kind, with no list around it, names a side or
    // a body, not people: "two points behind leaders Arsenal", "champions Liverpool")
    const nextName = (k: number) => (/^(?:and|&)$/.test(toks[k]?.lower ?? '') ? toks[k + 1] : toks[k])?.cap === true;
    const listGoesOn = toks[c.last + 1]?.text === ',' ? nextName(c.last + 2) : /^(?:and|&)$/.test(toks[c.last + 1]?.lower ?? '');
    const lonePlural = !!lt.plural && c.kind === 'unknown' && c.first === c.last && !listGoesOn;
    // examples of a kind of body are bodies: "pump makers such as Grundfos, Wilo and Xylem",
    // "lenders including Halvik Bank"; of a kind that is as often people, a single word of no
    // person's shape is no person ("investors including Sequoia"), and a full name is one
    const kindOfBody = examplesOfKind(ctx, c.first);
    if (kindOfBody && (kindOfBody === 'body' || c.first === c.last) && !hostVerb && (c.kind === 'unknown' || WEAK_PERSON_RULES.has(c.rule) || SINGLE_NAME_RULES.has(c.rule)) && !isGivenName(toks[c.first]!.lower)) {
      c.kind = kindOfBody === 'body' ? 'org' : 'unknown';
      c.rule = kindOfBody === 'body' ? 'org.kind-example' : 'name.unknown';
      return;
    }
    if (lt.title && !hostVerb && !lonePlural) {
      c.kind = 'person';
      if (c.rule === 'name.unknown' || SINGLE_NAME_RULES.has(c.rule)) c.rule = 'person.left-title';
      c.title ??= lt.title;
      if (lt.affiliation) c.affiliation ??= lt.affiliation;
      if (lt.plural) c.pluralTitle = true;
      c.affiliation ??= bodyAfterName(ctx, c.last) ?? memberListBody(ctx, c.first) ?? employerOfHiring(ctx, c);
      // (the role one is appointed to outranks the description before the name: "named economist
      // Purbaya Yudhi Sadewa as finance minister")
      const appointed = asRoleOfObject(ctx, c.first, c.last);
      if (appointed) {
        c.title = appointed.title;
        if (appointed.affiliation) c.affiliation = appointed.affiliation;
        else if (!lt.affiliation) delete c.affiliation;
        if (appointed.by) c.appointedBy = appointed.by;
      }
      if (c.affiliation === undefined) delete c.affiliation;
      preferPosition(ctx, c);
      return;
    }
    // (the comma after "According to X," closes the attribution, no apposition follows it)
    const attributed = toks[c.first - 1]?.lower === 'to' && toks[c.first - 2]?.lower === 'according';
    // (unless a role set off by a second comma follows: "According to John Smith, head of research
    // at Kestrel Partners, demand is weak")
    const ap = c.last > c.first ? (appositionBefore(ctx, c.first) ?? (attributed && !roleClosedByComma(ctx, c.last) ? undefined : appositionAfter(ctx, c.last))) : undefined;
    // (a name of no known kind set off by a person's noun: "Valeska Paris, an Australian woman,")
    if (!ap && c.kind === 'unknown' && c.last > c.first && toks.slice(c.first, c.last + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) && personApposed(ctx, c.last)) {
      c.kind = 'person';
      c.rule = 'person.apposition';
    }
    if (ap) {
      c.kind = 'person';
      if (c.rule === 'name.unknown') c.rule = 'person.apposition';
      if (ap.affiliation) c.affiliation ??= ap.affiliation;
      if (ap.title) c.title ??= ap.title;
    }
    // a surname alone with a role set off after it ("Bayrou, 73, the mayor of Pau,", "Yellen, the
    // Treasury secretary,"): the role waits for the person the surname names, which the resolver
    // merges into that person's (the one-word name stays of unknown kind here)
    if ((c.kind === 'unknown' || c.kind === 'person') && c.first === c.last && !c.title && !attributed) {
      const alone = appositionAfter(ctx, c.last);
      if (alone?.title) {
        c.title = alone.title;
        if (alone.affiliation) c.affiliation = alone.affiliation;
      } else if (c.kind === 'person' || isSurname(toks[c.first]!.lower) || !lexTags(toks[c.first]!.lower).length) {
        // (or a nationality: "Zverev, the German second seed,")
        const country = nationalityAfter(ctx, c.last);
        if (country) c.affiliation = country;
      }
    }
    // a name of two words or more held by a plural role is a person: "photographers such as ... and Helmut Newton"
    if ((c.kind === 'person' || (c.kind === 'unknown' && c.last > c.first)) && !c.title) {
      const held = listRoleBefore(ctx, c.first);
      if (held) {
        c.title = held;
        if (c.kind === 'unknown') {
          c.kind = 'person';
          c.rule = 'person.list-role';
        }
      }
    }
    // (the role one is appointed to outranks a description of what one was: "named Amy Chen, a
    // former Google executive, as its president")
    const appointed = c.kind === 'person' && !!c.title && !!ap ? asRoleOfObject(ctx, c.first, c.last) : undefined;
    if (appointed) {
      c.title = appointed.title;
      c.affiliation = appointed.affiliation;
      if (appointed.by) c.appointedBy = appointed.by;
    }
    if (c.kind === 'person' && !c.title) {
      const held = roleOfBodyBefore(ctx, c.first) ?? leaderOfBodyBefore(ctx, c.first);
      if (held) {
        c.title = held.title;
        c.affiliation ??= held.affiliation;
      }
    } else if (c.kind === 'person' && !c.affiliation) {
      // (a rank of one's own, and the body one leads: "The RSF, led by General Mohamed Hamdan Dagalo")
      const led = leaderOfBodyBefore(ctx, c.first);
      if (led?.affiliation) c.affiliation = led.affiliation;
    }
    if (c.kind === 'person' && !c.title) {
      const role: (TitleFound & { by?: [number, number] }) | undefined = asRoleAfter(ctx, c.last) ?? asRoleOfObject(ctx, c.first, c.last) ?? copulaRole(ctx, c.first, c.last);
      if (role) {
        c.title = role.title;
        if (role.affiliation) c.affiliation ??= role.affiliation;
        if (role.by) c.appointedBy = role.by;
      }
    }
    if (c.kind === 'person' && !c.affiliation) {
      const body = bodyAfterName(ctx, c.last) ?? memberListBody(ctx, c.first) ?? partyAfterName(ctx, c.last) ?? nationalityAfter(ctx, c.last) ?? constituencyAfter(ctx, c) ?? employerOfHiring(ctx, c);
      if (body) c.affiliation = body;
    } else if (c.kind === 'person' && /['’]s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s*$/u.test(ctx.source.slice(Math.max(0, c.start - 50), c.start))) {
      // the firm one is "of" outranks whose role one holds: "Halligan's lawyer, Mary Mulligan of
      // Friedman Kaplan" (the client's possessive is a relation)
      const body = bodyAfterName(ctx, c.last);
      if (body) c.affiliation = body;
    }
    if (c.kind === 'person') preferPosition(ctx, c);
    if (ap) return;
  }
  // a party to a takeover, or a company's stock and staff: "agreed to buy Kestrel Offshore", "a
  // stake in Volta", "Kestrel shareholders" (a name known only by its shape, or not at all)
  if ((c.kind === 'unknown' || (c.kind === 'person' && c.rule === 'person.shape' && !c.title)) && dealParty(ctx, c)) {
    c.kind = 'org';
    c.rule = 'org.deal-party';
    return;
  }
  // the employer of those whose work is named before it: "analysts at Jefferies", "economists
  // at Capital Economics", "a spokeswoman for Vueling" (a name the vocabularies do not know, or
  // one shaped like a person's: "analysts at Goldman Sachs")
  // (or an office's head before "at": "a former managing director at Credit Suisse")
  const officeAt = toks[c.first - 1]?.lower === 'at' && !!toks[c.first - 2] && !toks[c.first - 2]!.cap && isTitleHead(toks[c.first - 2]!.lower);
  if ((c.kind === 'unknown' || (c.kind === 'person' && WEAK_PERSON_RULES.has(c.rule) && !c.title)) && (officeAt || STAFF_AT.test(ctx.source.slice(Math.max(0, c.start - 40), c.start)))) {
    c.kind = 'org';
    c.rule = 'org.employer';
    delete c.affiliation;
    return;
  }
  // the town a settlement is in: "a tent camp in Khan Younis", "a village near Jenin", "the
  // port city of Hodeidah" (a name only shaped like a person's)
  // (and a place that people are in or near: "aid to civilians in Madaya", "Near Al Huwayjah, one
  // strike destroyed ...")
  if ((c.kind === 'unknown' || (c.kind === 'person' && WEAK_PERSON_RULES.has(c.rule) && !c.title)) && (SETTLEMENT_BEFORE.test(ctx.source.slice(Math.max(0, c.start - 30), c.start)) || PEOPLE_IN.test(ctx.source.slice(Math.max(0, c.start - 30), c.start)))) {
    c.kind = 'place';
    c.rule = 'place.settlement';
    delete c.affiliation;
    return;
  }
  // a name set off by commas after a body's noun: "Brazil's national weather institute, Inmet,
  // forecast", "the country's biggest union, Unite, said", "The band, Silver Arrows, said"
  const noun = toks[c.first - 2];
  if ((c.kind === 'unknown' || (WEAK_PERSON_RULES.has(c.rule) && !c.title)) && toks[c.first - 1]?.text === ',' && noun && !noun.cap && noun.word && noun.sentence === toks[c.first]!.sentence && (ORG_APPOSITIVE_NOUNS.has(noun.lower) || REFERRING_BODY_NOUNS.has(noun.lower)) && /^[,(]$/.test(toks[c.last + 1]?.text ?? '') && c.last - c.first <= 3 && !isGivenName(toks[c.first]!.lower)) {
    c.kind = 'org';
    c.rule = 'org.apposed-to-noun';
    return;
  }
  // a journal or paper a study or article appeared in: "published on Saturday in The Lancet",
  // "writing in Foreign Affairs", "a study in Nature Medicine"
  // (read in lower case: "Writing in Foreign Affairs", "in The Lancet")
  if ((c.kind === 'unknown' || (WEAK_PERSON_RULES.has(c.rule) && !c.title)) && PUBLISHED_IN.test(ctx.source.slice(Math.max(0, c.start - 60), c.start).toLowerCase()) && !isPlaceName(c.text)) {
    c.kind = 'org';
    c.rule = 'org.published-in';
    return;
  }
  if (c.kind !== 'unknown') return;
  // a dateline's town in capitals, which no gazetteer knows, opening the dateline's line (the
  // pipeline's dateline, which ends at ctx.bodyStart): "MAYFIELD, Ky. (AP) --", "BABANUSA, Sudan
  // (Reuters) -"
  if (c.end < (ctx.bodyStart ?? 0) && /^\p{Lu}[\p{Lu} .'’-]+$/u.test(c.text) && /\p{Lu}{3}/u.test(c.text) && /(?:^|\n)[ \t]*$/.test(ctx.source.slice(Math.max(0, c.start - 4), c.start)) && !ctx.source.slice(c.end, ctx.bodyStart).includes('\n')) {
    c.kind = 'place';
    c.rule = 'place.dateline';
    c.canonical = unshout(c.text);
    return;
  }
  const next = toks[c.last + 1];
  const next2 = toks[c.last + 2];
  const prev = toks[c.first - 1];
  // "Sandy Hook, Maryland", "Debden, England": a name before a comma and a region or country
  if (next?.text === ',' && next2?.cap) {
    const region = regionAfter(ctx, c.last + 2);
    // (not a person whose title opens with a country: "John Cornyn, U.S. Senator")
    const afterRegion = region ? toks[c.last + 2 + region.split(/\s+/).length] : undefined;
    const personTitled = c.last > c.first && isGivenName(toks[c.first]!.lower) && afterRegion?.word && isTitleHead(afterRegion.lower);
    if (personTitled) {
      c.kind = 'person';
      c.rule = 'person.titled-after';
      return;
    }
    // (not a region's possessive, which opens an apposition: "IG Metall, Germany's largest union,")
    if (region && !(afterRegion && /^['’]s$/.test(afterRegion.text))) {
      c.kind = 'place';
      c.rule = 'place.comma-region';
      return;
    }
  }
  // an athlete with the country in brackets: "Jannik Sinner (Italy) beat Taylor Fritz (U.S.)"
  if (c.last > c.first && c.last - c.first <= 2 && next?.text === '(' && toks.slice(c.first, c.last + 1).every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text))) {
    const inside = /^\(([^()\n]{2,30})\)/.exec(ctx.source.slice(next.start, next.start + 34))?.[1];
    if (inside && (countryOf(inside) || countryOfDemonym(inside))) {
      c.kind = 'person';
      c.rule = 'person.country-bracket';
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
  // (and where one lives, after the age: "Liam Carter, 31, of Erdington")
  if (/(?:^|\s)(?:near|outside|village of|town of|city of|county of|province of|region of|parish of|suburb of|district of|island of|capital,?)$/.test(before) || /,\s*\d{1,3},\s+of\s+$/.test(ctx.source.slice(Math.max(0, c.start - 12), c.start))) {
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
  // a team named after its manager: "Hansi Flick's side moved clear"
  if (c.last > c.first && isGivenName(toks[c.first]!.lower) === false && /^['’]s?\s+(?:side|team|men|squad|players|charges)\b/.test(ctx.source.slice(toks[c.last]!.end, toks[c.last]!.end + 12)) && toks.slice(c.first, c.last + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) {
    c.kind = 'person';
    c.rule = 'person.manager-side';
    return;
  }
  // the people and parts of a body before "of": "the board of Veltro", "shareholders of Acme"
  const ofWord = /(\p{L}+)\s+of\s+$/u.exec(ctx.source.slice(Math.max(0, c.start - 20), c.start))?.[1]?.toLowerCase();
  if (ofWord && MEMBERS_OF_BODY.has(ofWord)) {
    c.kind = 'org';
    c.rule = 'org.members-of';
    return;
  }
  // a name defined as a body: "Caloi is a Brazilian bicycle maker based in Sao Paulo", "Datecs,
  // a Bulgarian electronics company, said", "Konami, the video game publisher,"
  if (describedAsBody(ctx, c.last)) {
    c.kind = 'org';
    c.rule = 'org.described';
    return;
  }
  // a name after "the" and a common noun for a body: "the law firm Garrigues", "the French bank
  // Societe Generale", "the startup Within Unlimited" (its words describe it; a person is "the
  // firm's founder")
  if (prev && !prev.cap && prev.word && (ORG_APPOSITIVE_NOUNS.has(prev.lower) || REFERRING_BODY_NOUNS.has(prev.lower)) && !/^(?:investor|producer|developer|operator|publisher)$/.test(prev.lower)) {
    // (over a plural's apostrophe: "the olive oil producers' association Asoliva")
    let k = c.first - 2;
    while (k >= 0 && k >= c.first - 6 && (toks[k]!.word || /^['’]$/.test(toks[k]!.text)) && toks[k]!.lower !== 'the') k--;
    // (or no article, after a verb, a preposition or a country: "fined U.S. tech company Lumera",
    // "tech giant Lumera" in a headline)
    const bare = toks[c.first - 2] && (toks[c.first - 2]!.tags.has('Verb') || toks[c.first - 2]!.tags.has('Preposition') || countryOf(toks[c.first - 2]!.text) !== undefined || countryOfDemonym(toks[c.first - 2]!.text) !== undefined || toks.slice(Math.max(0, c.first - 4), c.first - 1).some((t) => (countryOf(t.text) !== undefined || countryOfDemonym(t.text) !== undefined) && t.cap));
    // (or opening the sentence: "Farm lobby Asaja welcomed the package")
    const opening = toks[c.first - 2]?.initial === true && toks[c.first - 2]!.cap;
    if (toks[k]?.lower === 'the' || ((bare || opening) && ['company', 'firm', 'group', 'giant', 'startup', 'maker', 'bank', 'lender', 'insurer', 'retailer', 'airline', 'carrier', 'broadcaster', 'newspaper', 'agency', 'lobby', 'union', 'watchdog', 'regulator'].includes(prev.lower))) {
      c.kind = 'org';
      c.rule = 'org.appositive-noun';
      return;
    }
  }
  // speech verbs: "said Budanov", "Budanov said"
  if ((prev && SPEECH_VERBS.has(prev.lower) && prev.lower !== 'according') || (next && SPEECH_VERBS.has(next.lower))) {
    // a title alone ("the Foreign Secretary said") names no one by itself
    if ((SINGLE_NAME_RULES.has(c.rule) || c.last > c.first) && titleAt(toks, c.first, c.last) !== c.last - c.first + 1) {
      c.kind = 'person';
      c.rule = 'person.speech-verb';
    }
  }
}

/**
 * The kind of body a list of examples that token `first` is in names, read back over the list
 * (names, commas, "and", "or") to "such as", "including" or "like" and the plural noun before it:
 * 'body' for a kind of organization ("pump makers such as", "Brewers, including", "clubs like"),
 * 'either' for a kind that is as often people ("investors including", "producers such as").
 */
function examplesOfKind(ctx: Ctx, first: number): 'body' | 'either' | undefined {
  const { toks } = ctx;
  const sentence = toks[first]!.sentence;
  let k = first - 1;
  while (k > 0 && first - k <= 24 && toks[k]!.sentence === sentence && (toks[k]!.cap || /^(?:,|and|or|&)$/.test(toks[k]!.lower))) k--;
  const opener = toks[k];
  if (!opener || opener.sentence !== sentence || !(/^(?:including|like)$/.test(opener.lower) || (opener.lower === 'as' && toks[k - 1]?.lower === 'such'))) return undefined;
  let n = k - (opener.lower === 'as' ? 2 : 1);
  if (toks[n]?.text === ',') n--;
  const noun = toks[n];
  if (!noun?.word || noun.sentence !== sentence || (noun.cap && !noun.initial) || !/s$/.test(noun.lower)) return undefined;
  return bodyKindOf(noun.lower.replace(/ies$/, 'y').replace(/sses$/, 'ss').replace(/s$/, ''));
}

/** Of a singular noun: 'body' for a kind of organization, 'either' for a kind as often people. */
function bodyKindOf(head: string): 'body' | 'either' | undefined {
  if (/^(?:investor|producer|developer|operator|publisher|owner|buyer|bidder|client|customer|partner|supplier|shareholder|sponsor|donor|backer)$/.test(head)) return 'either';
  return REFERRING_BODY_NOUNS.has(head) || ORG_APPOSITIVE_NOUNS.has(head) || /.maker$/.test(head) || head === 'maker' ? 'body' : undefined;
}

/** Before the journal or paper a piece appeared in: "published in", "a study in", "writing in the journal". */
const PUBLISHED_IN = /\b(?:(?:published|appeared|appears|appearing|reported|printed|writing|wrote|writes)(?:\s+(?:on|last|this)\s+\p{Ll}+(?:\s+\d{1,2})?)?|(?:study|paper|article|report|essay|op-ed|editorial|letter|commentary|column)(?:\s+published)?)\s+in\s+(?:the\s+)?(?:(?:journal|magazine|newspaper|weekly|daily)\s+)?$/u;

/** Those who work for a body, before "at", "with" or "for" and its name. */
const STAFF_AT = /\b(?:analysts?|economists?|strategists?|researchers?|engineers?|bankers?|traders?|executives?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|spokespeople|employees?|workers?)\s+(?:at|with|for)\s+$/i;

const TAKEOVER_VERB = String.raw`\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|(?:take|takes|took|taking)\s+over|(?:merge|merges|merged|merging)\s+with|(?:stake|shares|investment)\s+in|(?:shares|takeover|acquisition|purchase|owner|owners)\s+of|(?:bid|offer)\s+for|(?:also\s+)?owns|(?:sold|sells|selling)\s+(?:(?:it|its|the|a|an|\p{Ll}+)\s+){0,6}to|(?:acquired|bought|purchased|taken\s+over)\s+by)\s+(?:rival\s+|the\s+|\p{Lu}\p{L}+['’]s\s+)?`;
// (or a later member of the list the verb takes: "owns Iberia, Vueling and Aer Lingus")
const LISTED = String.raw`(?:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3},\s+){0,4}(?:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3},?\s+and\s+)?`;
const DEAL_WORD = /\b(?:buy|bought|acquir|purchas|take|took|merg|stake|shares|investment|takeover|acquisition|owner|bid|offer|owns|sold|sell)/i;
const TAKEOVER_BEFORE = new RegExp(`${TAKEOVER_VERB}${LISTED}$`, 'iu');
// ("shares" as a noun: not "Lena Marsh shares the view", "shares in the blame")
const STOCK_AFTER = /^\s+(?:shareholders|stockholders|stock|employees|workers|staff|executives|subsidiary|headquarters|shares(?!\s+(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|some|in|with|of|him|them)\b))\b/;

/** A name after a takeover's verb or before its stock or staff: a company. */
function dealParty(ctx: Ctx, c: NameCandidate): boolean {
  const { source, toks } = ctx;
  // (a word the lexicon knows as an adjective only describes the staff: "the first Black executives")
  const adjective = c.first === c.last && lexTags(toks[c.first]!.lower).every((x) => x === 'Adjective') && lexTags(toks[c.first]!.lower).length > 0;
  // (nor a common word capitalised to open a headline: "Airline shares slide as ...")
  if (c.first === c.last && toks[c.first]!.initial && (isCommonWord(toks[c.first]!) || writtenLower(ctx, toks[c.first]!.lower))) return false;
  // (the list's pattern only where a deal's word is near: most names have none before them)
  const before = source.slice(Math.max(0, c.start - 120), c.start);
  return (DEAL_WORD.test(before) && TAKEOVER_BEFORE.test(before)) || (!adjective && STOCK_AFTER.test(source.slice(c.end, c.end + 16)));
}

/**
 * After the name, "is a", "was an", ", a", ", the" and up to five describing words, a body's
 * noun closing the phrase: the name is the body's.
 */
function describedAsBody(ctx: Ctx, last: number): boolean {
  const { toks } = ctx;
  const sentence = toks[last]!.sentence;
  let k = last + 1;
  if (toks[k]?.text === ',') k++;
  else if (['is', 'was'].includes(toks[k]?.lower ?? '')) k++;
  else return false;
  // (or a place's possessive: "IG Metall, Germany's largest union,")
  let m = k;
  while (m < k + 3 && toks[m]?.cap && toks[m]!.word && toks[m]!.sentence === sentence) m++;
  if (m > k && /^['’]s$/.test(toks[m]?.text ?? '') && isPlaceName(textOf(toks, k, m - 1, ctx.source))) k = m;
  else if (!['a', 'an', 'the'].includes(toks[k]?.lower ?? '')) return false;
  // (over the hyphens of compound describing words: "a London-based fintech startup")
  for (let j = k + 1, end = k + 6; j <= end && toks[j] && toks[j]!.sentence === sentence; j++) {
    const t = toks[j]!;
    if (!t.word) {
      if (!/^[-‐]$/.test(t.text) || !toks[j - 1]?.word || !toks[j + 1]?.word) return false;
      end++;
      continue;
    }
    if (DESCRIBED_BODY_NOUNS.has(t.lower) && !t.cap) {
      const after = toks[j + 1];
      return !after || !after.word || after.sentence !== sentence || /^(?:of|based|in|that|which|with|and|founded|headquartered|from|owned|run|whose|known|for|on)$/.test(after.lower);
    }
    if (t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun') && !/-/.test(t.text)) return false;
    if (['of', 'for', 'and', 'who', 'which', 'that', 'to'].includes(t.lower)) return false;
  }
  return false;
}

/**
 * Match reports: in a sentence that speaks of play ("scored", "header", "substituted") and names
 * one team only, the players named are that team's ("Lukaku scored a third goal for Belgium").
 */
export function teamsOfPlayers(ctx: Ctx, cands: NameCandidate[]): void {
  const { toks } = ctx;
  const bySentence = new Map<number, NameCandidate[]>();
  for (const c of cands) {
    const s = toks[c.first]!.sentence;
    bySentence.set(s, [...(bySentence.get(s) ?? []), c]);
  }
  for (const [s, list] of bySentence) {
    // (an opponent named after "against", "over" or "versus" is not the players' team: "with Lukaku
    // and Mertens making attempts to put Belgium into the lead against debutants Panama")
    const opponent = (c: NameCandidate) => toks.slice(Math.max(0, c.first - 3), c.first).some((t) => /^(?:against|versus|vs\.?|over|beat|defeated)$/.test(t.lower));
    // (nor a country one plays in, or the dateline's: "In Spain, Athletic Bilbao moved into fourth
    // after goals from Nico Williams", "MANCHESTER, England (AP) -")
    const venue = (c: NameCandidate) => /^(?:in|at|across|throughout|around|to|from)$/.test(toks[c.first - 1]?.lower ?? '') || c.end <= (ctx.bodyStart ?? 0);
    const teams = new Set(list.filter((c) => c.kind === 'place' && c.canonical && (countryOf(c.text) || isRegion(c.text)) && !opponent(c) && !venue(c)).map((c) => c.canonical!));
    const from = list[0]!.first;
    // a team named by its people: "putting the Belgians in the lead"
    const [sa, sb] = sentenceOf(toks, from);
    for (let i = sa + 1; i <= sb; i++) {
      const t = toks[i]!;
      const country = t.cap && toks[i - 1]!.lower === 'the' && /s$/.test(t.text) ? countryOfDemonym(t.text.slice(0, -1)) : undefined;
      if (country) teams.add(country);
    }
    if (teams.size !== 1) continue;
    if (!sentenceHas(toks, from, SPORTS_WORDS)) continue;
    const team = [...teams][0]!;
    // (not the officials: "the match referee Joel Aguilar awarded Sweden a penalty")
    // (nor the one who stops a team's play: "Panama's attempt was saved by Thibaut Courtois")
    const stopper = (c: NameCandidate) => toks[c.first - 1]?.lower === 'by' && /^(?:saved|blocked|stopped|denied|parried|cleared|tackled|fouled|intercepted|thwarted)$/.test(toks[c.first - 2]?.lower ?? '');
    for (const c of list) if (c.kind === 'person' && !c.affiliation && !MATCH_OFFICIALS.test(c.title ?? '') && !stopper(c)) c.affiliation = team;
  }
}

/** After the name and a comma, a role's words with no verb up to another comma: ", head of research at Kestrel Partners,". */
function roleClosedByComma(ctx: Ctx, last: number): boolean {
  const { toks } = ctx;
  if (toks[last + 1]?.text !== ',') return false;
  let k = last + 2;
  if (/^(?:a|an|the)$/.test(toks[k]?.lower ?? '')) k++;
  let head = false;
  for (let j = k; j < toks.length && j < k + 12 && toks[j]!.sentence === toks[last]!.sentence; j++) {
    const t = toks[j]!;
    if (t.text === ',') return head;
    if (isTitleHead(t.lower)) head = true;
    else if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) return false;
  }
  return false;
}

/**
 * A body in brackets right after a person's name is the person's: a driver's or rider's team
 * ("Lewis Hamilton (Ferrari) finished third ahead of Lando Norris (McLaren)"), a player's club,
 * a lawmaker's party; a country there is the person's country ("Sifan Hassan (Netherlands)").
 */
export function bodiesInBrackets(ctx: Ctx, cands: NameCandidate[]): void {
  const { toks, source } = ctx;
  const byFirst = new Map(cands.map((c) => [c.first, c]));
  for (const c of cands) {
    if (c.kind !== 'person' || c.affiliation || toks[c.last + 1]?.text !== '(') continue;
    const inner = byFirst.get(c.last + 2);
    if (!inner || toks[inner.last + 1]?.text !== ')' || inner.kind === 'person' && inner.last > inner.first) continue;
    const name = inner.canonical ?? unshout(source.slice(inner.start, inner.end));
    if (inner.kind === 'place') {
      const country = countryOf(name);
      if (country) c.affiliation = country;
      continue;
    }
    if (inner.kind !== 'org') {
      inner.kind = 'org';
      inner.rule = 'org.bracketed';
    }
    c.affiliation = name;
  }
}

/** Those who run a match and play for no team. */
const MATCH_OFFICIALS = /\b(?:referee|umpire|linesman|lineswoman|official|commentator|judge)$/i;

/** Verbs of a result between two teams ("drew" and "lost" with their "with" and "to"). */
const WON = 'beat|beats|defeated|defeats|edged|thrashed|routed|overcame|stunned|held';
const SCORE = '\\d{1,2}\\s*[-–]\\s*\\d{1,2}';
// (where: "lost 3-0 at home to", "drew 1-1 away with")
const VENUE = '(?:\\s+(?:at\\s+home|away(?:\\s+from\\s+home)?|on\\s+the\\s+road))?';
// (or a score and the ground or the side: "drew 1-1 at Brentford", "won 2-0 at Valencia", "won 3-1 against Porto")
const RESULT_VERB = new RegExp(`^\\s+(?:${WON}|drew(?:\\s+${SCORE})?${VENUE}\\s+with|lost(?:\\s+${SCORE})?${VENUE}\\s+to|(?:won|drew|lost)\\s+${SCORE}\\s+(?:at|against|over|away\\s+at))\\s+$`);
const RESULT_AFTER = new RegExp(`^\\s+(?:${WON}|drew|lost)\\s+(?:${SCORE}\\s+(?:with|to)\\s+)?(?:the\\s+)?\\p{Lu}[^.!?\\n]{0,40}?\\b${SCORE}\\b`, 'u');

/** A result follows token b: "Arsenal beat Chelsea 3-1" (the sentence's first word is then a team, not a common noun). */
export function resultFollows(ctx: Ctx, b: number): boolean {
  return RESULT_AFTER.test(ctx.source.slice(ctx.toks[b]!.end, ctx.toks[b]!.end + 80));
}
const SCORE_BETWEEN = /^\s*\d{1,2}\s*[-–]\s*\d{1,2}\s*$/;
/** Scores of sets or games, as tennis, squash or volleyball give them: "6-3, 7-6 (4), 6-3". */
const SET_SCORES = /^\s*(?:\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*\(\d+\))?,\s*\d{1,2}\s*[-–]\s*\d{1,2}|in\s+(?:straight|two|three|four|five)\s+sets\b)/;

/**
 * A line of a results or standings table follows the name at token b: "Arsenal 2 Everton 0",
 * "Boston Celtics 121 Cleveland Cavaliers 112;", "Liverpool 14 11 2 1 29 9 35" (the name opens
 * the line).
 */
export function tableRowFollows(ctx: Ctx, b: number): boolean {
  const { source, toks } = ctx;
  const rest = /^[^\n]*/.exec(source.slice(toks[b]!.end, toks[b]!.end + 120))![0];
  // (American papers put a comma after the first score: "Boston 132, New York 109"; and a
  // standings line gives records: "Cleveland 32-8, Boston 29-12")
  return /^\s+\d{1,3},?\s+\p{Lu}[\p{L}&.' -]{1,40}?\s\d{1,3}\s*(?:$|[;,]|\((?:aet|pens?|OT|ot)\b)/u.test(rest) || /^(?:\s+\d{1,3}){3,}\s*$/.test(rest) ||
    (/^\s+\d{1,3}-\d{1,3}\s*(?:,|;|\.?$)/.test(rest) && ((source.slice(source.lastIndexOf('\n', toks[b]!.start) + 1, toks[b]!.start) + rest).match(/\p{Lu}[\p{L}.' ]*\s\d{1,3}-\d{1,3}/gu) ?? []).length >= 2);
}

/**
 * Results: "Manchester City beat Real Madrid 4-0", "Inter Milan drew 1-1 with Borussia
 * Dortmund", a results line "Tunisia 1 – 2 England": the names are teams, organizations
 * (a country keeps its place: national teams are named after it).
 */
export function teamsInResults(ctx: Ctx, cands: NameCandidate[]): void {
  const { source, toks } = ctx;
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  // a story about a match: words of play, or a score
  const sports = new Set(toks.filter((t) => SPORTS_WORDS.has(t.lower)).map((t) => t.lower)).size >= 2 || /\b\d{1,2}\s*[-–]\s*\d{1,2}\b/.test(source);
  const team = (c: NameCandidate) => {
    // (a fixture's verb read as a title before a one-word side is no person's: "Celtic ... host Hearts")
    const hosted = c.kind === 'person' && c.first === c.last && /^(?:host|hosts)$/i.test(c.title ?? '');
    // (a nation keeps its place; a state or a city is its team's: "Boston 132, New York 109")
    if (countryOf(c.text) || /^(?:England|Scotland|Wales|Northern Ireland)$/.test(c.text) || (c.kind === 'person' && !hosted)) return;
    if (hosted) {
      delete c.title;
      delete c.affiliation;
    }
    c.kind = 'org';
    c.rule = 'org.team-result';
    delete c.canonical;
  };
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1];
    const between = b ? source.slice(a.end, b.start) : '';
    // (a town that beats, draws with or loses to another is a club: "Liverpool drew with Everton")
    const scored = b && (RESULT_VERB.test(between) || SCORE_BETWEEN.test(between) || (sports && FIXTURE_VERB.test(between)));
    // a match against a person, or won in sets, is between players: "Jannik Sinner beat Alexander
    // Zverev 6-3, 7-6 (4), 6-3" (a name of two or more words there is a person, not a club)
    const players = scored && (a.kind === 'person' || b!.kind === 'person' || SET_SCORES.test(source.slice(b!.end, b!.end + 40)));
    if (players) {
      for (const c of [a, b!]) {
        if (c.kind !== 'unknown' || c.last === c.first || countryOf(c.text)) continue;
        c.kind = 'person';
        c.rule = 'person.player';
      }
    } else if (scored) {
      team(a);
      team(b!);
    }
    // in a match report, the side a defeat, a win or a trip is against: "a 2-1 home defeat by
    // Nottingham Forest", "travel to Everton on Dec. 7"
    // a results line or a standings row: "Arsenal 2 Everton 0", "Liverpool 14 11 2 1 29 9 35"
    if (tableRowFollows(ctx, a.last)) {
      team(a);
      if (b && /^\s+\d{1,3},?\s+$/.test(between)) team(b);
    }
    // a side beaten or lost to, with the score after it: "losing to Wichita 41-10", "beating Ohio
    // State 28-14"
    if (/\b(?:losing|lost|lose|loses|fell|falling|beating|beat|beats|defeating|defeated|edging|edged|routing|routed|thrashing|thrashed)\s+(?:to\s+)?$/.test(source.slice(Math.max(0, a.start - 14), a.start)) && /^\s+\d{1,3}\s*[-–]\s*\d{1,3}\b/.test(source.slice(a.end, a.end + 10))) team(a);
    // a side a relative clause of play follows: "Bournemouth, who beat Tottenham 1-0 last week, host ..."
    if (sports && /^,\s+who\s+(?:beat|drew|lost|won|host|hosted|face|faced|play|played|have\s+(?:won|lost|drawn)|are\s+(?:unbeaten|winless|bottom|top))\b/.test(source.slice(a.end, a.end + 40))) team(a);
    if (sports && FIXTURE_BEFORE.test(source.slice(Math.max(0, a.start - 32), a.start))) {
      team(a);
      // and the clubs listed with it: "played for Exeter City and Brentford"
      for (let k = i + 1; k < sorted.length && /^\s*(?:,|and|,\s*and|or)\s*$/.test(source.slice(sorted[k - 1]!.end, sorted[k]!.start)); k++) team(sorted[k]!);
    }
  }
}

/** Verbs between two sides of a fixture, in a match report: "United host Arsenal", "Leeds face Hull". */
const FIXTURE_VERB = /^\s+(?:host|hosts|hosted|face|faces|faced|play|plays|visit|visits|welcome|welcomes|welcomed|meet|meets|entertain|entertains|against|v|vs\.?|versus)\s+(?:the\s+)?$/;
/** Words before the other side in a match report: "a defeat by", "a win over", "travel to". */
// ("... lost 2-1 at Bournemouth", "Atletico, third, host Leganes"); a player's clubs: "played for
// Exeter City", "on loan from Lazio", "joined Villa from Brentford" (the club left)
const FIXTURE_BEFORE = /\b(?:had|scored|added|finished\s+with)\s+\d{1,3}(?:\s+(?:points|goals|runs|rebounds))?\s+for\s+(?:the\s+)?$|\b(?:won|lost|drew|draw|win|lose)\s+\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:(?:at\s+home|away)\s+)?(?:at|against|to|with)\s+$|\b(?:played|plays|playing|starred|signed|signs|captained|captains|scored|debuted|appeared)\s+(?:for|with)\s+(?:the\s+)?$|\bon\s+loan\s+(?:from|at|to|with)\s+(?:the\s+)?$|\b(?:joined|joins|rejoined|signed\s+for)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s+from\s+(?:the\s+)?$|,\s+(?:host|hosts|visit|visits|face|faces|welcome|welcomes)\s+$|\b(?:defeat|defeats|loss|losses|win|wins|victory|draw|drew)\s+(?:by|to|over|against|with|at)\s+(?:the\s+)?$|\b(?:travel|travels|travelled|traveled|trip)\s+to\s+$|\b(?:against|versus|vs\.?)\s+$|\b(?:beaten|defeated|thrashed|edged|held)\s+(?:\d{1,2}\s*[-–]\s*\d{1,2}\s+)?(?:(?:at home|away|at)\s+)?by\s+$|\p{Lu}[\p{L}.]*\s+(?:host|hosts|hosted|face|faces|faced|welcome|welcomes|entertain|entertains)\s+(?:the\s+)?$/u;

/**
 * A unit of armed forces keeps its number: "the 101st Airborne Division", "Ukraine's 47th
 * Mechanized Brigade", "Sixteenth Air Force" (the ordinal is no capitalised word of the name, or
 * a word the chunker reads apart).
 */
export function numberedUnits(ctx: Ctx, cands: NameCandidate[]): void {
  const { toks, source } = ctx;
  for (const c of cands) {
    if (c.kind !== 'org' || !NUMBERED_UNIT_HEADS.has(toks[c.last]!.lower)) continue;
    const p = toks[c.first - 1];
    if (!p || toks[c.first]!.newlineBefore || p.sentence !== toks[c.first]!.sentence) continue;
    if (!/^\d{1,3}(?:st|nd|rd|th|d)$/.test(p.lower) && !ORDINAL_WORDS.test(p.lower)) continue;
    const at = cands.findIndex((o) => o !== c && o.first <= c.first - 1 && o.last >= c.first - 1);
    if (at >= 0) cands.splice(at, 1);
    c.first -= 1;
    c.start = p.start;
    c.text = source.slice(c.start, c.end);
    delete c.canonical;
  }
}

/** The offices of a company when no other body is named: "Chief Financial Officer", "chief executive", "CEO", "chairman" (not "president"). */
const COMPANY_OFFICER = /^(?:(?:former|acting|interim|outgoing|incoming|co-)\s*)?(?:chief\s+(?:[\p{L}-]+\s+){0,2}officer|chief\s+executive|ceo|cfo|coo|cto|chairman|chairwoman|chairperson)$/iu;

/**
 * "Toyota ... The automaker's president, Koji Sato": a title owned by "the" and a common noun for
 * a body is held at the organization last named before it (not a news agency's credit). Only a
 * title that has no affiliation of its own, and only within a few paragraphs.
 */
export function bodiesByReference(ctx: Ctx, cands: NameCandidate[]): void {
  const { toks, source } = ctx;
  const possessive = (t: WordToken) => /['’]s$/.test(t.text);
  // (nor a body cited for figures: "according to LSEG data", "analysts polled by FactSet")
  const cited = (c: NameCandidate) => CITED_AFTER.test(source.slice(c.end, c.end + 14)) || CITED_BEFORE.test(source.slice(Math.max(0, c.start - 24), c.start));
  // (nor a person's surname the lexicon knows as a company's: '"...," Cadbury said' after "Nicholas Cadbury")
  const byEnd = new Map(cands.map((c) => [c.end, c]));
  const surnames = new Set(cands.filter((c) => c.kind === 'person' && c.last > c.first).map((c) => toks[c.last]!.text));
  const orgs = cands.filter((c) => c.kind === 'org' && !NEWS_AGENCIES.has(c.text.toLowerCase()) && !cited(c) && !surnames.has(c.text)).sort((a, b) => a.start - b.start);
  const places = cands.filter((c) => c.kind === 'place' && !countryOf(c.text)).sort((a, b) => a.start - b.start);
  // the body a sentence is about: its first name, an organization or a short form of one
  // ("Pemberton" after "Pemberton Mills")
  const subjectBody = (sentence: number): NameCandidate | undefined => {
    const first = cands.filter((o) => toks[o.first]!.sentence === sentence && o.kind !== 'place').sort((a, b) => a.start - b.start)[0];
    if (first?.kind === 'org' && !NEWS_AGENCIES.has(first.text.toLowerCase())) return first;
    if (first?.kind === 'unknown' && first.first === first.last) return orgs.find((o) => o.start < first.start && o.text.startsWith(`${first.text} `));
    return undefined;
  };
  for (const c of cands) {
    // "near downtown Taipei to witness city mayor Hau Lung-bin": a city's office without its name
    // is held in the town named just before, in the same sentence
    if (c.kind === 'person' && !c.affiliation && c.title && /\b(?:city|town|municipal)\s+(?:\p{L}+\s+)?$/iu.test(source.slice(Math.max(0, c.start - 40), c.start).replace(/\S+\s*$/, ''))) {
      const town = lastBefore(places, c.start, (o) => o.end <= c.start && toks[o.first]!.sentence === toks[c.first]!.sentence, (o) => toks[o.first]!.sentence < toks[c.first]!.sentence);
      if (town) c.affiliation = town.canonical ?? source.slice(town.start, town.end);
      continue;
    }
    // the name before ", whose" and the title: "the Federal Trade Commission, whose chair Lina
    // Khan", "Rival easyJet, whose chief executive Kenton Jarvis" (a body though unknown), "France,
    // whose president Emmanuel Macron"
    if (c.kind === 'person' && c.title && !c.affiliation) {
      const whose = /,\s+whose\s+(?:[\p{L}.-]+\s+){1,4}$/u.exec(source.slice(Math.max(0, c.start - 60), c.start));
      const owner = whose ? byEnd.get(c.start - whose[0].length) : undefined;
      if (whose && owner && owner.kind !== 'person' && whose[0].toLowerCase().includes(` ${c.title.toLowerCase()} `)) {
        if (owner.kind === 'unknown') {
          owner.kind = 'org';
          owner.rule = 'org.whose-officer';
        }
        c.affiliation = owner.kind === 'place' ? placeCountry(source, owner) ?? owner.canonical ?? source.slice(owner.start, owner.end) : owner.canonical ?? source.slice(owner.start, owner.end);
        continue;
      }
    }
    // an affiliation read as a demonym and the noun ("the Norwegian firm's") yields to the name it refers to
    const generic = c.affiliation !== undefined && REFERRING_BODY_NOUNS.has(c.affiliation.split(' ').pop()!);
    if (c.kind !== 'person' || !c.title || (c.affiliation && !generic)) continue;
    // after the name: "Tom Hale, the company's chairman since 2019," (the body named last before)
    const after = /^,\s+the\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+)['’]s\s/u.exec(source.slice(c.end, c.end + 40));
    if (after && REFERRING_BODY_NOUNS.has(after[1]!)) {
      // (a body whose name ends in the noun first: "Dangote Group ... Aliko Dangote, the group's
      // founder" is the Group's, though the exchange it listed on was named since)
      const near = (o: NameCandidate) => o.end <= c.start && c.start - o.end < 1500;
      const owner = lastBefore(orgs, c.start, (o) => near(o) && headedBy(after[1]!, o.canonical ?? source.slice(o.start, o.end)), (o) => c.start - o.start > 3000) ?? lastBefore(orgs, c.start, (o) => near(o) && bodyFits(after[1]!, o.canonical ?? source.slice(o.start, o.end)), (o) => c.start - o.start > 3000);
      if (owner) c.affiliation = owner.canonical ?? source.slice(owner.start, owner.end);
      continue;
    }
    let k = c.first - 1;
    if (toks[k]?.text === ',') k--;
    // back over the title's words to the possessive ("automaker's" is one token, "Toyota 's" two)
    let n = 0;
    while (k > 0 && n < 6 && toks[k]!.word && toks[k]!.sentence === toks[c.first]!.sentence && !possessive(toks[k]!) && !/^(?:its|their)$/.test(toks[k]!.lower)) {
      k--;
      n++;
    }
    // "Apple said its chief financial officer, Luca Maestri, ...": the body "its" stands for,
    // the organization named last before it in the sentence
    if (k >= 0 && n > 0 && /^(?:its|their)$/.test(toks[k]!.lower) && toks[k]!.sentence === toks[c.first]!.sentence) {
      const at = toks[k]!.start;
      const sentence = toks[k]!.sentence;
      // (opening its sentence, "Its" stands for the body the sentence before is about, named
      // first there: "Walgreens said it would close stores. Its chief executive, Tim Wentworth, ...")
      const owner = lastBefore(orgs, at, (o) => o.end <= at && toks[o.first]!.sentence === sentence, (o) => toks[o.first]!.sentence < sentence) ?? (toks[k]!.initial ? subjectBody(sentence - 1) : undefined);
      if (owner) c.affiliation = owner.canonical ?? source.slice(owner.start, owner.end);
      continue;
    }
    if (k < 1 || n === 0 || !possessive(toks[k]!)) continue;
    if (/^['’]s$/.test(toks[k]!.text)) k--;
    const noun = toks[k]!;
    if (noun.cap && !noun.initial) continue;
    if (!REFERRING_BODY_NOUNS.has(noun.lower.replace(/['’]s$/, ''))) continue;
    // "the automaker's", "the Japanese automaker's"
    let d = k - 1;
    // (a central bank is the country's, no company of the story: "The central bank's governor, Ravi
    // Menon" after "chief economist at Harbor Capital"; only a bank so named is it)
    const central = toks[d]?.lower === 'central' && /^bank(?:['’]s)?$/.test(noun.lower);
    if (d >= 0 && toks[d]!.lower !== 'the' && toks[d]!.word) d--;
    if (d < 0 || toks[d]!.lower !== 'the') continue;
    const at = toks[d]!.start;
    // (the last body before it of the kind the noun names: "the charity's chairwoman" is no court's)
    // (of several, the one the story names most, as "the company" is the story's own: Boeing's,
    // not the broker whose analysts were quoted since; the last of equals)
    let antecedent: NameCandidate | undefined;
    const bodyNoun = noun.lower.replace(/['’]s$/, '');
    let headed: NameCandidate | undefined;
    // (counted by the name's first word, as short forms are joined only later: "Boeing Co." and "Boeing")
    const named = new Map<string, number>();
    const key = (o: NameCandidate) => firstWordOf(o, source);
    for (const o of orgs) {
      if (o.end > at) break;
      const name = o.canonical ?? source.slice(o.start, o.end);
      named.set(key(o), (named.get(key(o)) ?? 0) + 1);
      if ((central ? HELD_AT.governor!.test(name) : bodyFits(bodyNoun, name)) && at - o.end <= 1500 && (!antecedent || named.get(key(o))! >= named.get(key(antecedent))!)) antecedent = o;
      if (headedBy(bodyNoun, name) && at - o.end <= 1500) headed = o;
    }
    antecedent = headed ?? antecedent;
    if (!antecedent || at - antecedent.end > 1500) continue;
    c.affiliation = antecedent.canonical ?? source.slice(antecedent.start, antecedent.end);
  }
  // a company's officer still without a company is the company's the story named last ("the
  // drugstore chain said Chief Financial Officer James Kehoe would step down", "Chief Executive
  // Tim Wentworth said in a statement"), within a few paragraphs; so is a role named with the
  // body's common noun ("former party chairwoman Helen Zille", "company spokeswoman Ann Lee")
  for (const c of cands) {
    if (c.kind !== 'person' || c.affiliation || !c.title) continue;
    // (an office held only at one kind of body is the nearest such body's, within a few
    // sentences: "the Weatherspoon Art Museum ... according to curator Elaine Gustafon")
    const office = c.title.toLowerCase().replace(/^(?:former|acting|interim|chief|senior|assistant|associate|deputy)\s+/, '');
    const held = HELD_AT[office];
    if (held) {
      // (a central bank's story is about the bank: its governor may come paragraphs later)
      const reach = office === 'governor' ? 1500 : 400;
      const owner = lastBefore(orgs, c.start, (o) => o.end <= c.start && c.start - o.end < reach && held.test(o.canonical ?? source.slice(o.start, o.end)), (o) => c.start - o.start > reach + 600);
      if (owner) c.affiliation = owner.canonical ?? source.slice(owner.start, owner.end);
      continue;
    }
    const bodyNoun = /^(?:(?:[Ff]ormer|[Aa]cting|[Ii]nterim|[Oo]utgoing|[Ii]ncoming|then-)\s+)?(\p{Ll}+)\s+\p{Ll}/u.exec(c.title)?.[1];
    const officer = COMPANY_OFFICER.test(c.title);
    if (!officer && !(bodyNoun && REFERRING_BODY_NOUNS.has(bodyNoun))) continue;
    // (a body of the kind the noun names: a party's, a union's; a company's is no broadcaster or
    // state body the story quoted: "Voss, a former Fox News host ... the company secretary")
    // (nor is a court, a ministry or the police a company: "a spokeswoman for the Munich Regional
    // Court said ... former chief executive Markus Braun")
    // (nor a body named only to say whose parent, rival or supplier the company is: "the Google
    // parent", "its rival Eli Lilly" is no Alphabet officer's company)
    const fits = (o: NameCandidate) => !RELATED_BODY_AFTER.test(source.slice(o.end, o.end + 14)) && !RELATED_BODY_BEFORE.test(source.slice(Math.max(0, o.start - 20), o.start)) && (officer ? !PUBLIC_BODY.test(o.canonical ?? source.slice(o.start, o.end)) : bodyFits(bodyNoun!, o.canonical ?? source.slice(o.start, o.end)));
    // (the company the story is about: of those named within a few paragraphs before, the one
    // named most, the nearest of equals; not the last customer listed: "cloud providers such as
    // Microsoft, Amazon and Oracle ... Chief Executive Jensen Huang" is Nvidia's)
    const near = orgs.filter((o) => o.end <= c.start && c.start - o.end < 1500 && fits(o));
    const key = (o: NameCandidate) => firstWordOf(o, source);
    const count = new Map<string, number>();
    for (const o of orgs) if (o.end <= c.start && c.start - o.start <= 3000 && fits(o)) count.set(key(o), (count.get(key(o)) ?? 0) + 1);
    let owner: NameCandidate | undefined;
    for (const o of near) if (!owner || count.get(key(o))! >= count.get(key(owner))!) owner = o;
    if (owner) c.affiliation = owner.canonical ?? source.slice(owner.start, owner.end);
  }
  // a national office with no country, in a story under a dateline, is the dateline country's:
  // "NAIROBI, Kenya (AP) -- ... President William Ruto", "LONDON (Reuters) - Prime Minister ..."
  // (not where the story has just taken the reader abroad: "WASHINGTON -- Yellen will travel
  // to Beijing ... meet Premier Li Qiang", whose country it does not say)
  // (and an office met in a place the sentence travels to is that place's country: "would
  // travel to Washington next month to meet President Joe Biden", with or without a dateline)
  const home = datelineCountry(ctx, cands);
  const named = cands.filter((c) => c.kind === 'place').sort((a, b) => a.start - b.start);
  for (const c of cands) {
    // ("Government spokesman X" under a dateline speaks for the dateline country's government)
    if (c.kind === 'person' && home && /^[Gg]overnment$/.test(c.affiliation ?? '')) c.affiliation = home;
    // (not a body's own office: "company secretary", "party general secretary")
    const lowerOffice = NATIONAL_OFFICE_LOWER.test(c.title ?? '') && !c.title!.split(' ').some((w) => REFERRING_BODY_NOUNS.has(w));
    if (c.kind !== 'person' || c.affiliation || !c.title || !(NATIONAL_OFFICE.test(c.title) || lowerOffice)) continue;
    // (not a dead leader, whose country the story need not be in: "a former Venezuelan treasurer
    // who served under the late President Hugo Chavez", under a Miami dateline)
    if (/\b[Tt]he\s+late\s+(?:[\p{L}.-]+\s+){0,2}$/u.test(source.slice(Math.max(0, c.start - 40), c.start))) continue;
    // (the last place before the person: places are in text order and none overlaps a person)
    const near = named[lastAtOrBefore(named, c.start - 1)];
    const last = near && near.end <= c.start && c.start - near.end < 400 ? near : undefined;
    const there = last && placeCountry(ctx.source, last);
    // (a place the story is in or goes to, not one it speaks of: "Talks on Ukraine stalled.
    // President Joe Biden said" under a Washington dateline is still the United States')
    // (in an earlier sentence, a place one went to or was in, whose offices the story may not
    // name, not one spoken of: "weaker demand in China. ... Prime Minister Shigeru Ishiba" under
    // a Tokyo dateline is Japan's)
    const sameSentence = !!last && toks[last.first]!.sentence === toks[c.first]!.sentence;
    const travelled = !!last && /\b(?:arriv\w*|travel\w*|visit\w*|flew|fly|flying|landed|lands|went|goes|going|head\w*|tour\w*|trip|held|hosted|hosts|met|meets|meeting|talks|summit|stay\w*|spent)\b[^.;!?]{0,40}$/i.test(source.slice(Math.max(0, last.start - 60), last.start));
    const located = !!last && (sameSentence || travelled) && /\b(?:to|in|at|from|visit|visits|visited|visiting)\s+$/i.test(source.slice(Math.max(0, last.start - 10), last.start));
    const destination = located && sameSentence && /\bmeet/i.test(source.slice(last!.end, c.start));
    // (a sentence set in a country by its opening: "In Canada, Prime Minister Mark Carney ...")
    const setting = located && sameSentence && /^\s*In\s+$/.test(source.slice(source.lastIndexOf('\n', last!.start) + 1, last!.start).replace(/^.*[.!?]\s+/, '')) && /^,/.test(source.slice(last!.end, last!.end + 1));
    if (there && (destination || setting)) c.affiliation = there;
    else if (home && (!there || there === home || !located)) c.affiliation = home;
  }
  // ... and a state's governor, under a dateline that names a U.S. state: "SARASOTA, Fla. (AP) --
  // ... Gov. Ron DeSantis"
  const state = datelineState(ctx, cands);
  for (const c of cands) {
    if (c.kind !== 'person' || c.affiliation || !/^(?:(?:former|Former)\s+)?(?:Gov\.|Governor|Lt\. Gov\.|Lieutenant Governor|[Cc]hief [Mm]inister|Premier)$/.test(c.title ?? '')) continue;
    // (a sentence set in a state by its opening: "In neighbouring Jharkhand, the JMM of Chief
    // Minister Hemant Soren retained power")
    const setting = /(?:^|[.!?]\s+|\n)In\s+(?:neighbou?ring\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?),[^.!?\n]*$/u.exec(source.slice(Math.max(0, c.start - 160), c.start));
    const region = setting && cands.some((p) => p.kind === 'place' && p.text === setting[1] && !countryOf(p.text)) ? setting[1] : undefined;
    if (region) c.affiliation = region;
    else if (state && /Gov/.test(c.title!)) c.affiliation = state;
  }
}

/** The U.S. state a dateline names by its AP abbreviation: "SARASOTA, Fla. (AP) --". */
/** The U.S. state whose AP abbreviation follows a dateline's town: "SARASOTA, Fla. (AP) --" -> Florida. */
function datelineAbbreviatedState(source: string): string | undefined {
  const m = /^\s*\p{Lu}[\p{Lu} .'’-]+,\s*([A-Z][A-Za-z.]{1,5}?)\.?\s*(?:\(|--|[-–—])/mu.exec(source.slice(0, 600));
  return m ? stateOfAbbreviation(m[1]!) : undefined;
}

function datelineState(ctx: Ctx, cands: NameCandidate[]): string | undefined {
  const state = datelineAbbreviatedState(ctx.source);
  if (state && cands.some((c) => c.kind === 'place' && c.canonical === state)) return state;
  // (or a large city's, which AP names alone: "LOS ANGELES (AP) --", "HOUSTON (AP) --")
  const alone = /^\s*(\p{Lu}[\p{Lu} .'’-]+?)\s*(?:\(|--|[-–—])/mu.exec(ctx.source.slice(0, 600))?.[1];
  const city = alone?.toLowerCase().replace(/(^|[\s.'’-])\p{Ll}/gu, (x) => x.toUpperCase());
  return city && countryOfCity(city) === 'United States' ? stateOfUsCity(city) : undefined;
}

/** A public body by its name's last word, which employs no company's officers. */
const PUBLIC_BODY = /\b(?:Court|Tribunal|Ministry|Police|Parliament|Senate|Congress|Assembly|Commission|Agency|Office|Department|Prosecutors?|Council|[Gg]overnment|Administration|Cabinet)$/;

/** Whether an organization's name ends in the body's common noun: "group" and "Dangote Group". */
function headedBy(noun: string, name: string): boolean {
  return name.toLowerCase().endsWith(` ${noun}`);
}

/** Whether an organization's name is of the kind a body's common noun names ("party", "union", "company"). */
function bodyFits(noun: string, name: string): boolean {
  if (noun === 'party') return /\b(?:Party|Alliance|Congress|Front|League|Democrats|Republicans|Movement|Coalition|Union)\b/.test(name) || PARTY_WORDS.has(name.toLowerCase());
  if (noun === 'union') return /\b(?:Union|Association|Brotherhood|Federation|Confederation|Workers|Guild|Teamsters)\b/.test(name);
  if (noun === 'court') return /\b(?:Court|Tribunal)\b/.test(name);
  // (a noun that is a body's head word wants a body so named: "the center's president" is no company's)
  const head = HEADED_BODIES[noun];
  if (head) return head.test(name);
  // (a public or member body's may be a council or a commission, but no court: "the council's
  // chairwoman" after "the District Court"; a medium's is no state body)
  if (PUBLIC_BODY_NOUNS.has(noun)) return !/\b(?:Court|Tribunal)\b/.test(name);
  if (MEDIA_NOUNS.has(noun)) return !/\b(?:Senate|House|Parliament|Congress|Ministry|Department|Court|Police|Army)\b/.test(name);
  // (nor a hospital, a school, a church or a public authority: "the company's founder" is no hospital's)
  return !/\b(?:News|Times|Post|Journal|Television|TV|Radio|Senate|House|Parliament|Congress|Ministry|Department|Court|Tribunal|Police|Army|Council|Committee|Commission|Authority|Agency|Bureau|Administration|Hospital|University|College|School|Church|Museum|Cathedral)\b/.test(name);
}

/** Offices held only at one kind of body, and the names of that kind: a curator's museum. */
const HELD_AT: Record<string, RegExp> = {
  curator: /\b(?:Museum|Gallery|Collection|Library|Archives?)\b/,
  librarian: /\bLibrary\b/,
  archivist: /\bArchives?\b/,
  principal: /\b(?:School|Academy|College)\b/,
  headteacher: /\b(?:School|Academy|College)\b/,
  headmaster: /\b(?:School|Academy|College)\b/,
  headmistress: /\b(?:School|Academy|College)\b/,
  dean: /\b(?:University|College|School|Faculty)\b/,
  provost: /\b(?:University|College)\b/,
  abbot: /\bAbbey\b/,
  // (a justice, or the chief justice, of the court the story names: "India's Supreme Court ... Chief Justice Surya Kant")
  justice: /\bCourt\b/,
  conductor: /\b(?:Orchestra|Philharmonic|Symphony|Opera)\b/,
  // (a governor named near a central bank is the bank's: "The Bank of England kept rates on hold
  // ... Deputy Governor Sarah Breeden"; a state's governor is found by the dateline, below)
  governor: /\b(?:Central Bank|Federal Reserve|Fed|ECB|BoE|BOJ|Reserve Bank|People['’]s Bank|National Bank of|Bundesbank|Riksbank|Norges Bank|Bank of (?:England|Japan|Canada|Korea|Italy|France|Israel|Thailand|Mexico|Russia|Spain|Portugal|Greece|Ghana|Uganda|Tanzania|Zambia|Jamaica|Finland|Lithuania|Latvia|Estonia|Albania|Papua New Guinea))\b/,
};

const HEADED_BODIES: Record<string, RegExp> = {
  center: /\b(?:Cent(?:er|re)|Institute)\b/,
  centre: /\b(?:Cent(?:er|re)|Institute)\b/,
  university: /\b(?:University|College|Institute|School)\b/,
  school: /\b(?:School|College|Academy|University)\b/,
  hospital: /\b(?:Hospital|Clinic|Infirmary|Medical|Health)\b/,
  museum: /\b(?:Museum|Gallery)\b/,
  // (a ministry's spokesman is no assembly's: "to the National Assembly next month, a ministry
  // spokesman, Mohammed Manga, said")
  ministry: /\b(?:Ministry|Department|Treasury|Office|Home Office)\b/,
  department: /\b(?:Department|Ministry|Dept)\b/,
  embassy: /\b(?:Embassy|Mission|High Commission|Consulate)\b/,
};
const PUBLIC_BODY_NOUNS = new Set(['society', 'trust', 'ministry', 'department', 'agency', 'regulator', 'watchdog', 'council', 'commission', 'committee', 'body', 'league', 'federation', 'association', 'bloc', 'alliance', 'coalition', 'exchange', 'festival', 'club', 'institute', 'organization', 'organisation']);
const MEDIA_NOUNS = new Set(['broadcaster', 'publisher', 'newspaper', 'network', 'outlet']);

/** The country a place candidate is, or is in. */
function placeCountry(source: string, p: NameCandidate): string | undefined {
  const name = p.canonical ?? unshout(source.slice(p.start, p.end));
  return countryOf(name) ?? countryOfCity(name);
}

/** The same offices as news writes them in lower case after a name or "as": "defense secretary", "prime minister", "foreign minister". */
// (not a state's: "chief minister" in India and Pakistan)
const NATIONAL_OFFICE_LOWER = /^(?:(?:former|acting|deputy)\s+)?(?:prime minister|(?:(?!general\b|chief\b)\p{Ll}+\s+){1,2}(?:minister|secretary))$/u;

/** Words after a body cited as the source of figures: "LSEG data", "FactSet estimates". */
const CITED_AFTER = /^\s+(?:data|figures|estimates|survey|polls?|calculations|consensus|compiled)\b/;
/** Words before one: "polled by LSEG", "data from FactSet". */
const CITED_BEFORE = /\b(?:(?:polled|compiled|surveyed|calculated|tracked)\s+by|(?:data|figures|estimates)\s+(?:from|by|of))\s+$/;

/**
 * An office of a state, capitalised before a name as news writes it: "President", "Interior
 * Minister", "Foreign Secretary", "Treasury Secretary", "Secretary of State" (not a party's
 * "General Secretary").
 */
const NATIONAL_OFFICE = /^(?:(?:former|Former|acting|Acting|Deputy|Vice)\s+|[Ee]x-)?(?:President|Vice President|Prime Minister|Premier|Chancellor|Governor-General|Governor General|(?:(?!Chief\b)\p{Lu}\p{Ll}+\s+){0,2}Minister(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)*\p{Lu}\p{Ll}+)?|(?!General\b)(?:\p{Lu}\p{Ll}+\s+){1,2}Secretary|Secretary of (?:State|Defense|Defence|the Treasury|Homeland Security|\p{Lu}\p{Ll}+))$/u;

/**
 * The country of a wire story's dateline: its place in capitals at the start of one of the first
 * lines, and the country after it ("NAIROBI, Kenya (AP) --") or the city's ("LONDON (Reuters) -").
 */
function datelineCountry(ctx: Ctx, cands: NameCandidate[]): string | undefined {
  const { source } = ctx;
  const places = cands.filter((c) => c.kind === 'place').sort((a, b) => a.start - b.start);
  // (the first place in capitals at a line's start, under a headline that may name places too)
  const at = places.findIndex((p) => p.start <= 600 && /^\s*$/.test(source.slice(source.lastIndexOf('\n', p.start) + 1, p.start)) && !/\p{Ll}/u.test(source.slice(p.start, p.end)) && /\p{Lu}{3}/u.test(source.slice(p.start, p.end)));
  const first = places[at];
  // (a town no gazetteer knows, before a U.S. state's AP abbreviation: "MAYFIELD, Ky. (AP)")
  if (!first) return datelineAbbreviatedState(source) ? 'United States' : undefined;
  const next = places[at + 1];
  const stated = next && /^,\s*$/.test(source.slice(first.end, next.start)) ? countryOf(source.slice(next.start, next.end)) : undefined;
  return stated ?? placeCountry(source, first) ?? (datelineAbbreviatedState(source) ? 'United States' : undefined);
}
