// Detection of people, organizations and places, in four stages, each in its own file:
//   words    (names.words.ts)    what a capitalised word or phrase can be
//   chunks   (names.chunks.ts)   maximal capitalised runs, split at connectors
//   classify (names.classify.ts) an ordered table of named rules decides each chunk
//   context  (names.context.ts)  the words around a name add titles or change its kind
// Clustering into entities and canonical names lives in names.resolve.ts.
import type { WordToken } from './names.tokens.js';
import { lastAtOrBefore } from '../../model/order.js';
import type { Ctx } from './names.words.js';
import { isGradeName, nominalOrg, refineByContext, teamsInResults, teamsOfPlayers, bodiesByReference, bodiesInBrackets, numberedUnits } from './names.context.js';
import { chunks, splitAtConnectors, splitLeadingPlace } from './names.chunks.js';
import { classify, officeOfBody } from './names.classify.js';
import type { NameCandidate } from './names.candidate.js';
import { NAME_CONNECTORS, STAFF_ROLE, US_PARTIES } from './names.vocab.js';
import { isCommonWord } from './names.tokens.js';
import { isGivenName, isOrgAcronym, isOrgHead, isPlaceHead, isPlaceName, isSurname, isTitleHead } from './names.words.js';
import { countryOf, countryOfDemonym } from '../../data/geo.js';

export type { NameCandidate, NameKind } from './names.candidate.js';

/** Longest run of capitalised words read as one chunk; a longer run (a title-case headline, a list) is read in pieces. */
export const MAX_CHUNK = 12;
const PIECE = 6;

function bounded(a: number, b: number): Array<[number, number]> {
  if (b - a + 1 <= MAX_CHUNK) return [[a, b]];
  const out: Array<[number, number]> = [];
  for (let x = a; x <= b; x += PIECE) out.push([x, Math.min(b, x + PIECE - 1)]);
  return out;
}

/**
 * The body named inside a person's chunk, before the title ("Halvorsen Foods Chief Financial
 * Officer Ingrid Dahl", "Goldman Sachs analyst ..."), is an organization of the document too,
 * at its own span; a country or a place there is the person's affiliation only.
 */
function bodyInTitle(ctx: Ctx, c: NameCandidate, from: number): NameCandidate | undefined {
  const { toks, source } = ctx;
  if (c.kind !== 'person' || !c.affiliation || c.first <= from) return undefined;
  // the affiliation's tokens among the chunk's words before the name
  const start = source.indexOf(c.affiliation, toks[from]!.start);
  if (start < 0 || start + c.affiliation.length > toks[c.first]!.start) return undefined;
  let first = -1;
  let last = -1;
  for (let k = from; k < c.first; k++) {
    if (toks[k]!.start === start) first = k;
    if (toks[k]!.end === start + c.affiliation.length) last = k;
  }
  if (first < 0 || last < first || !toks.slice(first, last + 1).every((t) => t.cap || !t.word || NAME_CONNECTORS.has(t.lower))) return undefined;
  if (isPlaceName(c.affiliation) || countryOfDemonym(c.affiliation) || isPlaceHead(toks[last]!.lower) || lawmakersParty(c.affiliation)) return undefined;
  // (two words or more, an acronym, or a name before a firm's role; none of them an office's:
  // not "Navy Senior Chief Petty")
  if ((last === first && !isOrgAcronym(c.affiliation) && !(c.title && STAFF_ROLE.test(c.title) && !isCommonWord(toks[first]!) && !toks[first]!.tags.has('Adjective'))) || toks.slice(first, last + 1).some((t) => isTitleHead(t.lower))) return undefined;
  return { kind: 'org', start, end: start + c.affiliation.length, text: c.affiliation, rule: 'org.in-title', first, last };
}

/** Name candidates of a document, in text order, each with its kind and the rule that made it; `bodyStart` is where the story starts after its dateline (0 when it has none). */
export function detectNames(toks: WordToken[], source: string, bodyStart = 0): NameCandidate[] {
  const ctx: Ctx = { toks, source, bodyStart };
  const out: NameCandidate[] = [];
  for (const [a, b] of chunks(toks).flatMap(([x, y]) => bounded(x, y))) {
    const office = officeOfBody(ctx, a, b);
    if (office) {
      refineByContext(ctx, office);
      out.push(office);
      continue;
    }
    for (const [pa, pb] of splitAtConnectors(toks, a, b).flatMap(([x, y]) => splitLeadingPlace(ctx, x, y)).flatMap(([x, y]) => splitTrailingPerson(ctx, x, y))) {
      const nominal = nominalOrg(ctx, pa, pb);
      if (nominal) {
        out.push(nominal);
        continue;
      }
      const c = classify(ctx, pa, pb);
      if (!c || isGradeName(ctx, c) || AWARD_TAIL.test(ctx.toks[pb]!.text)) continue;
      refineByContext(ctx, c);
      const body = bodyInTitle(ctx, c, pa);
      if (body) out.push(body);
      out.push(c);
    }
  }
  surnamesOfPeople(ctx, out);
  bodiesByCompany(ctx, out);
  nicknamedPeople(ctx, out);
  numberedUnits(ctx, out);
  teamsInResults(ctx, out);
  teamsOfPlayers(ctx, out);
  bodiesInBrackets(ctx, out);
  bodiesByReference(ctx, out);
  partiesOfLawmakers(ctx, out);
  bodiesOfPeople(ctx, out);
  shortNamesOfBodies(ctx, out);
  return out;
}

/** Rules that read a name as an organization by its shape or company, which a product's noun after it overrules. */
const WEAK_ORG_RULES = /^org\.(?:listed|acronym|named-in-full|tagged|lexicon)$/;
/** A product's noun after its model's name: "RAV4 models", "F-35 jets". */
const PRODUCT_AFTER = /^\s+(?:models?|vehicles?|cars?|trucks?|SUVs?|phones?|smartphones?|handsets?|laptops?|devices?|jets?|aircraft|planes?|drones?|tanks?|missiles?|rifles?|engines?|chips?|processors?|consoles?|pickups?|sedans?|systems?|launchers?|batter(?:y|ies))\b/;

/** The last word of an award's, a trophy's or a treaty's name, or of its winner, which names no person, body or place: "the Nobel Prize", "the Stanley Cup", "the Paris Agreement", "Booker Prize-winner". */
const AWARD_TAIL = /^(?:Awards?|Prizes?|Medals?|Trophy|Trophies|Cup|Agreement|Accords?|Treaty|Protocol)$|-(?:[Ww]inners?|[Ww]inning|[Nn]ominated|[Nn]ominee)$/;

/**
 * A name of no known kind is an organization in the company it keeps: listed with organizations
 * and nothing of another kind ("Meta, Google and TikTok", "Nvidia or AMD": next to each other,
 * joined by commas, "and" or "or"), or opening with the one word that names an organization
 * elsewhere in the document ("Novo Nordisk will cut 9,000 jobs ... Shares in Novo rose").
 */
function bodiesByCompany(ctx: Ctx, out: NameCandidate[]): void {
  const { source } = ctx;
  for (let i = 0; i < out.length; i++) {
    let j = i;
    while (j + 1 < out.length && /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(source.slice(out[j]!.end, out[j + 1]!.start))) j++;
    const list = out.slice(i, j + 1);
    // (names before a product's noun are models, not makers: "Camry, Corolla and RAV4 models")
    if (PRODUCT_AFTER.test(source.slice(out[j]!.end, out[j]!.end + 14))) {
      for (const c of list) {
        if (c.kind !== 'unknown' && !(c.kind === 'org' && WEAK_ORG_RULES.test(c.rule))) continue;
        c.kind = 'unknown';
        c.rule = 'name.product';
      }
      i = j;
      continue;
    }
    if (j > i && list.some((c) => c.kind === 'org') && list.every((c) => c.kind === 'org' || c.kind === 'unknown')) {
      for (const c of list) {
        // (not a name made of common words, a person's name or a numeral: "Mountain Bikes",
        // "Currently, Acme Design", "Assad and ISIL", "III and IIDX")
        // (a single word only in a list of three or more: "Assad and ISIL" is no pair of bodies)
        const one = c.first === c.last;
        if (c.kind !== 'unknown' || isPlaceName(c.text) || ctx.toks.slice(c.first, c.last + 1).every(isCommonWord) || (one && (list.length < 3 || isSurname(c.text.toLowerCase()) || isGivenName(c.text.toLowerCase()) || /^[IVXL]+$/.test(c.text)))) continue;
        c.kind = 'org';
        c.rule = 'org.listed';
      }
    }
    i = j;
  }
  const oneWord = new Set(out.filter((c) => c.kind === 'org' && !/\s/.test(c.text) && !c.canonical && c.rule !== 'org.known').map((c) => c.text));
  if (oneWord.size === 0) return;
  for (const c of out) {
    const words = c.text.split(/\s+/);
    if (c.kind !== 'unknown' || words.length < 2 || words.length > 3 || !oneWord.has(words[0]!)) continue;
    c.kind = 'org';
    c.rule = 'org.named-in-full';
  }
}

/**
 * A one-word town of the gazetteer that is the surname of a person named in full before it is
 * that person again, where no preposition of place comes before it: "opposition leader Tawanda
 * Moyo ... Moyo, who leads the Citizens Alliance" (Moyo is a Ugandan town), read again in context
 * for the title and body said of him there.
 */
function surnamesOfPeople(ctx: Ctx, out: NameCandidate[]): void {
  const { toks, source } = ctx;
  const surnames = new Map<string, number>();
  for (const c of out) {
    if (c.kind === 'person' && c.last > c.first && !surnames.has(toks[c.last]!.text)) surnames.set(toks[c.last]!.text, c.start);
    if (c.kind !== 'place' || c.first !== c.last || c.rule !== 'place.gazetteer' || countryOf(c.text) || !((surnames.get(c.text) ?? Infinity) < c.start)) continue;
    if (/\b(?:in|at|to|from|near|of|outside|into|across|via|around|toward|towards)\s+$/i.test(source.slice(Math.max(0, c.start - 12), c.start))) continue;
    c.kind = 'person';
    c.rule = 'person.surname-named';
    refineByContext(ctx, c);
  }
}

/**
 * The body a person is "of" or "at", read as a person by its shape, is a body: "Tom Girardi of
 * Girardi Keese" (the law firm, which the person's affiliation already names).
 */
function bodiesOfPeople(ctx: Ctx, out: NameCandidate[]): void {
  const { source } = ctx;
  const byStart = new Map(out.map((c) => [c.start, c]));
  for (const p of out) {
    if (p.kind !== 'person' || !p.affiliation) continue;
    const gap = /^,?\s+(?:of|at)\s+(?:the\s+)?/.exec(source.slice(p.end, p.end + 12));
    const q = gap ? byStart.get(p.end + gap[0].length) : undefined;
    if (q && q !== p && q.kind === 'person' && !q.title && q.text === p.affiliation) {
      q.kind = 'org';
      q.rule = 'org.affiliation-of';
    }
  }
}

/** Legal and corporate words that end a company's full name: "Meta Platforms Inc", "Toyota Motor Corp". */
const CORPORATE_TAIL = /\s(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|SA|AG|NV|SE|Holdings|Platforms|Group|Technologies|Motor|Motors)\.?$/;

/**
 * A company named in full once is named by its first word later, which may be a common word
 * opening a sentence: "Meta Platforms Inc shares rose. Meta said ..." (a body of its own, which
 * resolution joins to the full name).
 */
function shortNamesOfBodies(ctx: Ctx, out: NameCandidate[]): void {
  const { toks, source } = ctx;
  const firsts = new Set<string>();
  for (const c of out) if (c.kind === 'org' && c.last > c.first && CORPORATE_TAIL.test(c.text) && /^\p{Lu}\p{Ll}{2,}$/u.test(toks[c.first]!.text)) firsts.add(toks[c.first]!.text);
  if (firsts.size === 0) return;
  const covered = (i: number) => out.some((c) => c.first <= i && c.last >= i);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!firsts.has(t.text) || covered(i) || toks[i + 1]?.cap) continue;
    const at = out.findIndex((c) => c.start > t.start);
    const body: NameCandidate = { kind: 'org', rule: 'org.short-name', first: i, last: i, start: t.start, end: t.end, text: source.slice(t.start, t.end) };
    out.splice(at < 0 ? out.length : at, 0, body);
  }
}

/**
 * An office "of the" body with its holder's name run on after the body's head: "Chief executive
 * of the Trussell Trust Emma Revie said" (the body, then the person).
 */
function splitTrailingPerson(ctx: Ctx, a: number, b: number): Array<[number, number]> {
  const { toks, source } = ctx;
  const prep = /\b(?:of|at|for)\s+(the\s+)?$/i.exec(source.slice(Math.max(0, toks[a]!.start - 10), toks[a]!.start));
  const the = !!prep?.[1];
  // (or a role before the preposition, a few words back with no verb between: "Psychology major at
  // University of Texas Arlington Amneh Jafari", "director of the Dallas chapter of the Council on
  // American-Islamic Relations Alia Salem")
  let role = false;
  if (prep) {
    for (let j = a - 2; j >= 0 && j >= a - 10 && toks[j]!.sentence === toks[a]!.sentence && !(toks[j]!.tags.has('Verb') && !toks[j]!.tags.has('Noun')); j--) {
      if (!toks[j]!.cap && isTitleHead(toks[j]!.lower)) {
        role = true;
        break;
      }
    }
  }
  if (!the && !role) return [[a, b]];
  for (let k = b - 2; k > a && k >= b - 3; k--) {
    if ((isOrgHead(toks[k]!.lower) || role) && isGivenName(toks[k + 1]!.lower) && toks.slice(k + 1, b + 1).every((t) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(t.text))) return [[a, k], [k + 1, b]];
  }
  return [[a, b]];
}

/** A person's names around a nickname in quotation marks: 'Walter Henry "Dusty" Paisley', 'Rafael "El Gordo" Ortega'. */
const NICKNAMED = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}.]*){0,2})\s+["“]\p{Lu}[^"“”\n]{0,24}["”]\s+(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)(?![\p{L}])/gu;

const QUOTED_BETWEEN = /["“]\p{Lu}[^"“”\n]{0,24}["”]\s+\p{Lu}/u;

/**
 * A name broken by a nickname in quotation marks is one person, from the first given name to the
 * surname, whatever the pieces were read as ("Cowley" a town): the pieces make way for it.
 */
function nicknamedPeople(ctx: Ctx, out: NameCandidate[]): void {
  const { toks, source } = ctx;
  // (only where a quoted capitalised word is followed by another: most texts have none)
  if (!QUOTED_BETWEEN.test(source)) return;
  for (const m of source.matchAll(NICKNAMED)) {
    const start = m.index!;
    const end = start + m[0].length;
    // (the tokens at its two ends, found by halving)
    const first = lastAtOrBefore(toks, start);
    const last = lastAtOrBefore(toks, end - 1);
    if (toks[first]?.start !== start || toks[last]?.end !== end || !isGivenName(toks[first]!.lower) || toks[first]!.sentence !== toks[last]!.sentence) continue;
    // (the pieces inside make way; a title read before the given name stays with the person)
    const inside = out.filter((c) => c.start < end && start < c.end);
    const titled = inside.find((c) => c.kind === 'person' && c.title);
    for (const c of inside) out.splice(out.indexOf(c), 1);
    const at = out.findIndex((c) => c.start > start);
    const person: NameCandidate = { kind: 'person', rule: 'person.nicknamed', first, last, start, end, text: source.slice(start, end), ...(titled?.title ? { title: titled.title } : {}), ...(titled?.affiliation ? { affiliation: titled.affiliation } : {}) };
    out.splice(at < 0 ? out.length : at, 0, person);
  }
}

/** A party's adjective as news puts it before a lawmaker's office, with a chamber or state before it. */
const PARTY_ADJECTIVE = /^(?:(House|Senate|Assembly|State|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+)?(Republican|Democratic|Democrat)$/u;

/** The party an affiliation read as a chamber or US state and the party's adjective names ("House Democratic"; not "New Democratic", "Liberal Democrat"). */
function lawmakersParty(affiliation: string): string | undefined {
  const m = PARTY_ADJECTIVE.exec(affiliation);
  if (!m || (m[1] && !/^(?:House|Senate|Assembly|State)$/.test(m[1]) && (!isPlaceName(m[1]) || countryOf(m[1])))) return undefined;
  return US_PARTIES[m[2]!.toLowerCase()];
}

/**
 * A lawmaker's party, read where the office's words gave the chamber or state and the party's
 * adjective: "House Democratic leader Hakeem Jeffries", "Ohio Republican Senator Bernie Moreno"
 * (the Democratic or Republican Party); and the party word the chunk left before the office
 * ("Republican Rep. Chip Roy").
 */
function partiesOfLawmakers(ctx: Ctx, out: NameCandidate[]): void {
  const { toks } = ctx;
  for (const c of out) {
    if (c.kind !== 'person' || !c.title) continue;
    const party = c.affiliation ? lawmakersParty(c.affiliation) : undefined;
    if (party) c.affiliation = party;
    if (c.affiliation) continue;
    // the word before the title, in the same sentence: "Republican Rep. Chip Roy"
    let k = c.first - 1;
    while (k >= 0 && toks[k]!.sentence === toks[c.first]!.sentence && toks[k]!.word && c.title.includes(toks[k]!.text)) k--;
    const w = toks[k];
    if (w?.cap && w.word && w.sentence === toks[c.first]!.sentence && /^(?:Republican|Democratic|Democrat)$/.test(w.text) && c.first - k <= 4) c.affiliation = US_PARTIES[w.lower];
  }
}

