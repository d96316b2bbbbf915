// Document-level resolution of name candidates: one sense per name in a
// document, person coreference ("Kyrylo Budanov" ... "Budanov"), acronyms
// defined in the text, and alias clustering into entities with canonical names.
import type { Mention, NamedEntity, Person } from '../../model/types.js';
import { ANAPHORIC_ORG_HEADS, CHAMBERS, COMPASS_SUFFIXES, FORMER_PORTFOLIO, GENERATION_SUFFIX, ORG_OPENERS, CLUB_PREFIXES, CLUB_ROLES, COMPANY_HEADS, COMPANY_POSSESSIONS, FAMILY_FIRST_SURNAMES, LEGAL_FORMS, NAME_PARTICLES, ORG_HEADS, PLAYERS_DEEDS, SPORTS_CONTEXT, STAFF_ROLE } from './names.vocab.js';
import type { NameCandidate, NameKind } from './names.candidate.js';
import { isGivenName, isPlaceName, isTitleHead } from './names.words.js';
import { lexTags } from '../../nlp/lexicon.js';
import { countryOf, countryOfDemonym, isAdminRegion, isRegion } from '../../data/geo.js';
import { WEAK_PERSON_RULES } from './names.context.js';

export interface ResolvedNames {
  people: Person[];
  organizations: NamedEntity[];
  places: NamedEntity[];
}

function mention(c: NameCandidate, explain: boolean): Mention {
  return explain ? { text: c.text, start: c.start, end: c.end, rule: c.rule } : { text: c.text, start: c.start, end: c.end };
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

/** Two full names with the same surname whose given names differ by one letter (and not in the first). */
function sameButOneLetter(a: string, b: string): boolean {
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  if (x.length !== y.length || x.length < 2 || x.slice(1).join(' ') !== y.slice(1).join(' ')) return false;
  const [g, h] = [x[0]!, y[0]!];
  if (g.length < 4 || h.length < 4 || g[0] !== h[0] || Math.abs(g.length - h.length) > 1) return false;
  // one substitution, insertion or deletion
  let i = 0;
  while (i < g.length && g[i] === h[i]) i++;
  return g.slice(i + (g.length >= h.length ? 1 : 0)) === h.slice(i + (h.length >= g.length ? 1 : 0));
}

/** A word of a person's name as written: a capital, then lower case, apostrophes or hyphens ("Indrawati", "Jae-myung"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

const LIST_JOIN = /^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s+)$/;

/** The last candidate that `fits`, ending at or before `at` and at most `within` characters before it. */
function lastCandidate(cands: NameCandidate[], at: number, within: number, fits: (c: NameCandidate) => boolean): NameCandidate | undefined {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.end <= at && at - c.end < within && fits(c)) return c;
  }
  return undefined;
}

/** A plural kind of body right before a list of names: "chains", "carmakers", "rivals". */
const BODY_KINDS_BEFORE = /\b(?:chains|companies|firms|banks|lenders|insurers|carriers|airlines|retailers|\p{Ll}+makers|miners|brands|startups|rivals|groups|conglomerates|broadcasters|newspapers|agencies|utilities|operators|suppliers|brewers|clubs|teams|sides)\s+$/u;

/**
 * Names joined in a list with at least two people are people too, when they look like a
 * person's name (two or three capitalised words) and are no country: the list's other names
 * say what they are; after a plural kind of body they are bodies.
 */

function peopleInLists(cands: NameCandidate[], source: string): void {
  let i = 0;
  while (i < cands.length) {
    let j = i;
    while (j + 1 < cands.length && LIST_JOIN.test(source.slice(cands[j]!.end, cands[j + 1]!.start))) j++;
    const list = cands.slice(i, j + 1);
    // a list after a plural kind of body names bodies: "supermarket chains Harvest Markets and
    // FreshWay", "carmakers Voltano and Brisk Auto"
    if (BODY_KINDS_BEFORE.test(source.slice(Math.max(0, list[0]!.start - 24), list[0]!.start)) && list.length >= 2) {
      for (const c of list) {
        if (c.kind !== 'unknown' && !(c.kind === 'person' && WEAK_PERSON_RULES.has(c.rule))) continue;
        c.kind = 'org';
        c.rule = 'org.in-list';
        delete c.affiliation;
      }
    } else if (list.filter((c) => c.kind === 'person').length >= 2 || (list.some((c) => c.kind === 'person') && list.every((c) => c.kind === 'person' || c.kind === 'unknown'))) {
      // (or one person listed with names of no known kind only, made of words the lexicon does not
      // know: "Butch Wilmore and Suni Williams"; not an office before its holder, "The Foreign
      // Secretary, Boris Johnson")
      const one = list.filter((c) => c.kind === 'person').length === 1;
      for (const c of list) {
        if (c.kind === 'person' || c.canonical !== undefined || !/^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(c.text)) continue;
        if (one && !c.text.split(/\s/).every((w) => lexTags(w.toLowerCase()).every((x) => /Name/.test(x)) && !isTitleHead(w.toLowerCase()))) continue;
        c.kind = 'person';
        c.rule = 'person.in-list';
      }
    }
    i = j + 1;
  }
}

/**
 * A name that a person's title right after it gives as the affiliation is that body, not a
 * person, whatever its shape: "Goldman Sachs chief economist Jan Hatzius".
 */
function bodiesOfTitles(cands: NameCandidate[], source: string): void {
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    const d = cands[i - 1]!;
    if (c.kind !== 'person' || !c.title || c.affiliation !== d.text || (d.kind !== 'person' && d.kind !== 'unknown')) continue;
    // (a name of unknown kind, one word, before a role of a firm's staff; not "Nobel laureate",
    // "Victorian leader")
    if (d.kind === 'unknown' && !/\s/.test(d.text) && !STAFF_ROLE.test(c.title)) continue;
    if (source.slice(d.end, c.start).trim().toLowerCase() !== c.title.toLowerCase().replace(/^(?:former|ex|acting|interim)\s+/, '')) continue;
    d.kind = 'org';
    d.rule = 'org.body-of-title';
  }
}

/** Words before a team as their object: "led Boston with 32 points", "scored for Leeds", "beat Boston". */
const TEAM_OBJECT_VERBS = new Set(['led', 'leads', 'lead', 'for', 'against', 'beat', 'beats', 'over', 'joined', 'joins', 'past', 'face', 'faces', 'host', 'hosts', 'hosted', 'lifted', 'carried', 'powered']);

/** The words between a player and the side they played for: " scored twice for ", ", who starred for the ". */
const PLAYED = new RegExp(`^(?:,\\s+who\\s+)?\\s*(?:has\\s+|had\\s+)?(?:${PLAYERS_DEEDS.join('|')})\\b`);
const PLAYED_FOR = new RegExp(`${PLAYED.source}[^.;!?"“”]{0,40}?\\s(?:for|with)\\s+(?:the\\s+)?$`);

/** Rules that find an organization by the words around the name itself (what it is, its shares, its board). */
const OWN_ORG_EVIDENCE = new Set(['org.described', 'org.deal-party', 'org.appositive-noun', 'org.apposed-to-noun', 'org.members-of', 'org.kind-example']);

export function resolveNames(cands: NameCandidate[], source: string, explain: boolean): ResolvedNames {
  // 1. person aliases: full names, surnames, family-first surnames
  const personKey = new Map<string, string>(); // alias -> full name key
  const givenKey = new Map<string, string>(); // given name -> full name key (weaker than surnames)
  // 0. a name in a list of people is a person: "such as Joan Mitchell, Frank Stella, Agnes Martin and Cy Twombly"
  peopleInLists(cands, source);
  bodiesOfTitles(cands, source);
  const fullNames = cands.filter((c) => c.kind === 'person' && /\s/.test(c.text)).map((c) => c.text);
  fullNames.sort((x, y) => y.length - x.length);
  for (const full of fullNames) {
    const words = full.split(/\s+/);
    // a misspelt given name of a person named before: "Katherine Boyd" ... "Katharine Boyd"
    const variant = personKey.has(full) ? undefined : fullNames.find((o) => o !== full && personKey.has(o) && sameButOneLetter(o, full));
    const key = personKey.get(full) ?? (variant ? personKey.get(variant)! : full);
    personKey.set(full, key);
    // (the surname before a generation's suffix: "Marcos" after "Ferdinand Marcos Jr.")
    // (not "II": "USP Coleman II" is a prison, and Coleman its town)
    const suffixed = words.length > 2 && /^(?:Jr|Sr)\.?$/.test(words[words.length - 1]!) && !/^\p{Lu}{2,}$/u.test(words[0]!);
    const last = words[words.length - (suffixed ? 2 : 1)]!;
    // (the surname alone is the father's or the son's without the suffix, when both are named:
    // "Zverev" after "Alexander Zverev" and "Alexander Zverev Sr.")
    const unsuffixed = suffixed && fullNames.includes(words.slice(0, -1).join(' '));
    if (!personKey.has(last) && !GENERATION_SUFFIX.test(last) && !unsuffixed) personKey.set(last, key);
    // a regnal name without its number: "Leo" after "Pope Leo XIV", "Charles" after "King Charles III"
    if (words.length === 2 && /^[IVXL]{2,}$|^(?:V|X)$/.test(words[1]!) && !personKey.has(words[0]!)) personKey.set(words[0]!, key);
    // "Assad" after "Bashar al-Assad", "Zarqawi" after "Abu Musab al-Zarqawi"
    const particle = /^(?:al|el|ad|as|ash|ar|an|az|at|ad-d|bin|ibn)[-‐](\p{L}+)$/iu.exec(last);
    if (particle) {
      const bare = particle[1]!.charAt(0).toUpperCase() + particle[1]!.slice(1);
      if (!personKey.has(bare)) personKey.set(bare, key);
    }
    // "von der Leyen" (and "Von der Leyen" opening a sentence) after "Ursula von der Leyen"
    let p = words.length - 1;
    while (p > 1 && NAME_PARTICLES.has(words[p - 1]!)) p--;
    if (p < words.length - 1) {
      const surname = words.slice(p).join(' ');
      for (const form of [surname, surname.charAt(0).toUpperCase() + surname.slice(1)]) if (!personKey.has(form)) personKey.set(form, key);
    }
    if (FAMILY_FIRST_SURNAMES.has(words[0]!) && !personKey.has(words[0]!)) personKey.set(words[0]!, key);
    // a given name alone later refers to the person too ("Jared" after "Jared Leto")
    // (or a first word the lexicon does not know, of a name of three words: "Carter" after "Carter
    // Anthony Beauford"; a given name two people share refers to neither)
    if (words.length >= 2 && (isGivenName(words[0]!.toLowerCase()) || (words.length >= 3 && lexTags(words[0]!.toLowerCase()).every((x) => /Name|Person/.test(x)) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!))) && !personKey.has(words[0]!)) {
      const had = givenKey.get(words[0]!);
      givenKey.set(words[0]!, had !== undefined && had !== key ? '' : key);
    }
    // the name without its last part, as Indonesian and Spanish names are shortened: "Sri Mulyani"
    // after "Sri Mulyani Indrawati" (one person's only)
    // (set before the shorter name comes round, longer names going first; not two people's)
    if (words.length >= 3 && words.every((x) => NAME_WORD.test(x))) {
      const front = words.slice(0, -1).join(' ');
      if (!personKey.has(front) && fullNames.filter((o) => o.startsWith(`${front} `)).length === 1) personKey.set(front, key);
    }
    // a middle name alone, by which some are known: "Lula" after "Luiz Inácio Lula da Silva"
    // (one person's only)
    // (of a name made of name-shaped words only: not "USP Coleman II")
    for (const w of words.every((x) => NAME_WORD.test(x) || NAME_PARTICLES.has(x)) ? words.slice(1, p) : []) {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || NAME_PARTICLES.has(w) || personKey.has(w)) continue;
      const had = givenKey.get(w);
      givenKey.set(w, had !== undefined && had !== key ? '' : key);
    }
  }
  for (const [given, key] of givenKey) if (!personKey.has(given) && key) personKey.set(given, key);
  // a surname in capitals opening a line before a colon is the person's, as transcripts label who
  // speaks: "CHEBET: My body told me."
  for (const c of cands) {
    // (at a line's start before a colon)
    const label = /(?:^|\n)[ \t]*$/.test(source.slice(Math.max(0, c.start - 8), c.start)) && /^\s*:/.test(source.slice(c.end, c.end + 3));
    const spoken = label && /^\p{Lu}{3,}$/u.test(c.text) ? c.text.charAt(0) + c.text.slice(1).toLowerCase() : undefined;
    if (!spoken || !personKey.has(spoken) || c.kind === 'place') continue;
    c.kind = 'person';
    c.rule = 'person.shouted-surname';
    personKey.set(c.text, personKey.get(spoken)!);
    delete c.canonical;
  }
  // a family's name that the document gave a company before the family's people, whose words
  // describe or trade it, is the company's wherever it stands alone: "Kellner, a family-owned pump
  // maker, ... founded in 1921 by Otto Kellner ... Kellner's chief executive" (a mention with the
  // company's words of its own stays the company's after the person too: "shares in Kellner")
  const companyFirst = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'org' || !OWN_ORG_EVIDENCE.has(c.rule) || /\s/.test(c.text)) continue;
    const word = /^\p{Lu}+$/u.test(c.text) ? c.text.charAt(0) + c.text.slice(1).toLowerCase() : c.text;
    const key = personKey.get(word);
    if (!key || key === word) continue;
    const firstPerson = Math.min(...cands.filter((o) => o.kind === 'person' && /\s/.test(o.text) && personKey.get(o.text) === key).map((o) => o.start));
    if (c.start < firstPerson) companyFirst.add(word);
  }
  for (const word of companyFirst) {
    personKey.delete(word);
    for (const c of cands) {
      if (c.text !== word || c.kind === 'place' || /\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+$/.test(source.slice(Math.max(0, c.start - 6), c.start))) continue;
      c.kind = 'org';
      if (!OWN_ORG_EVIDENCE.has(c.rule)) c.rule = 'org.family-company';
    }
  }
  for (const c of cands) {
    if (c.kind === 'person' && !/\s/.test(c.text) && !personKey.has(c.text)) personKey.set(c.text, c.text);
  }

  // a name that is the affiliation of a titled person just before, after "at", "of", "for" or
  // "with", is a body: "Ritesh Kumar, an analyst at Jefferies in Mumbai"
  const titled = cands.filter((c) => c.kind === 'person' && c.affiliation && c.title);
  for (const c of cands) {
    // (or a name of a person's shape in the apposition: "Jane Holt, a Goldman Sachs economist")
    // (or "from" it, a place where its last word is a compass point: "Mwengi Mutuse, a legislator
    // from Kibwezi West")
    const body = (c.kind === 'unknown' && /\b(?:at|of|for|with|from)\s+(?:the\s+)?$/.test(source.slice(Math.max(0, c.start - 10), c.start))) ||
      (c.kind === 'person' && !c.title && WEAK_PERSON_RULES.has(c.rule) && /(?:,\s+(?:the|a|an)\s+(?:\p{Ll}+\s+)?|\b(?:at|of|for|with|from)\s+(?:the\s+)?)$/u.test(source.slice(Math.max(0, c.start - 20), c.start)));
    if (body && titled.some((p) => p.affiliation === c.text && p.end <= c.start && c.start - p.end < 80) && !isPlaceName(c.text)) {
      const compass = COMPASS_SUFFIXES.has(c.text.split(/\s+/).pop()!.toLowerCase());
      c.kind = compass ? 'place' : 'org';
      c.rule = compass ? 'place.affiliation' : 'org.affiliation';
    }
  }
  // (a full name found a body there gives no surname: "Frank Gehry, architect of the Guggenheim
  // Bilbao ... the Guggenheim Museum in Bilbao")
  const stillPeople = new Set(cands.filter((c) => c.kind === 'person').map((c) => c.text));
  for (const [alias, key] of personKey) if (!stillPeople.has(key)) personKey.delete(alias);
  // a body that appoints someone to an office is the body of the office: "HDFC Bank named X as managing director"
  for (const c of cands) {
    if (c.kind !== 'person' || !c.appointedBy || c.affiliation) continue;
    const [a, b] = c.appointedBy;
    // (a name of no known kind that appoints is a body: "Halvik on Tuesday named ...")
    const body = cands.find((o) => (o.kind === 'org' || (o.kind === 'unknown' && o.start === a)) && o.start >= a && o.end === b);
    if (body?.kind === 'unknown') {
      body.kind = 'org';
      body.rule = 'org.appointing';
    }
    if (body) c.affiliation = body.canonical ?? body.text;
  }
  // 2. one sense per document: the kind decided anywhere for a string applies to its unknown uses
  const senseOf = new Map<string, NameKind>();
  for (const c of cands) if (c.kind !== 'unknown' && c.kind !== 'person') senseOf.set(c.text, c.kind);

  // 3. acronyms defined in the text: "the Islamic State (IS)" (also holds short forms, below)
  const aliasOf = new Map<string, string>();
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    const between = source.slice(a.end, b.start);
    // (after an organization's name, letters in brackets are its acronym though they follow
    // another language's word order: "Democratic Alliance (AD)", "National Rally (RN)")
    const sameLetters = a.kind === 'org' && /\s/.test(a.text) && b.text.length <= 6 && !countryOf(b.text) && [...b.text].sort().join('') === [...initials(a.text)].sort().join('');
    if (/^\s*\($/.test(between) && source.charAt(b.end) === ')' && /^\p{Lu}{2,}$/u.test(b.text) && (initials(a.text) === b.text || sameLetters)) {
      aliasOf.set(b.text, a.canonical ?? a.text);
      if (a.kind === 'unknown') a.kind = 'org';
      b.kind = a.kind;
      senseOf.set(b.text, a.kind as NameKind);
    }
  }

  // ... and undefined, when one organization of the document has those initials: "the DA" after
  // "the Democratic Alliance" (not an acronym known for something else: "US", "EU")
  const byInitials = new Map<string, Set<string>>();
  for (const c of cands) if (c.kind === 'org' && /\s/.test(c.text)) byInitials.set(initials(c.text), (byInitials.get(initials(c.text)) ?? new Set()).add(c.canonical ?? c.text));
  // (a gazetteer's code in capitals is the body too: "the SFO's director" after "Britain's Serious
  // Fraud Office", though a place of the gazetteer is called "SFO")
  for (const c of cands) {
    const code = c.kind === 'place' && c.rule === 'place.gazetteer' && c.text.length >= 3;
    if ((c.kind !== 'org' && !code) || !/^\p{Lu}{2,5}$/u.test(c.text) || aliasOf.has(c.text) || (c.canonical && !code) || countryOf(c.text)) continue;
    const owners = byInitials.get(c.text);
    if (owners?.size !== 1) continue;
    aliasOf.set(c.text, [...owners][0]!);
    if (code) {
      c.kind = 'org';
      c.rule = 'org.initials';
      delete c.canonical;
      senseOf.set(c.text, 'org');
    }
  }

  // 4. short forms of organizations: "the League" after "the Australian League of Rights" (the
  // first so named; an affiliation so cut is the nearest before, below)
  const byHead = new Map<string, Set<string>>();
  for (const c of cands) {
    if (c.kind !== 'org' || !/\s/.test(c.text)) continue;
    for (const w of c.text.split(/\s+/)) {
      if (ORG_HEADS.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(w) && (senseOf.get(w) ?? 'org') === 'org' && !aliasOf.has(w)) {
        byHead.set(w, (byHead.get(w) ?? new Set()).add(c.canonical ?? c.text));
      }
    }
  }
  for (const [w, names] of byHead) aliasOf.set(w, [...names][0]!);
  // a company's name without its legal form, and its first word: "Meta" after "Meta Platforms Inc";
  // a team's or body's name without the place it opens with: "Dodgers" after "Los Angeles Dodgers"
  const companyForm = new Map<string, string>();
  for (const c of cands) {
    const words = c.text.split(/\s+/);
    if (c.kind !== 'org' || words.length < 2) continue;
    const name = c.canonical ?? c.text;
    if (LEGAL_FORMS.has(words[words.length - 1]!.replace(/\.$/, '').toLowerCase())) {
      for (const form of [words.slice(0, -1).join(' '), words[0]!]) if (!aliasOf.has(form) && !senseOf.has(form) && /^\p{Lu}/u.test(form)) companyForm.set(form, name);
    }
    for (let k = 1; k < words.length; k++) {
      const place = words.slice(0, k).join(' ');
      const rest = words.slice(k).join(' ');
      if (isPlaceName(place) && !isPlaceName(rest) && !ORG_HEADS.has(rest.toLowerCase()) && /^\p{Lu}/u.test(rest) && !aliasOf.has(rest) && (senseOf.get(rest) ?? 'org') === 'org') companyForm.set(rest, name);
    }
  }
  // the first word alone of an organization's name of two or three words, when no other
  // organization of the document opens with it: "Walgreens" after "Walgreens Boots Alliance",
  // "Atletico" after "Atletico Madrid" (not a place, a body's head or a given name)
  const openers = new Map<string, Set<string>>();
  for (const c of cands) {
    const words = c.text.split(/\s+/);
    if (c.kind !== 'org' || words.length < 2 || words.length > 3) continue;
    openers.set(words[0]!, (openers.get(words[0]!) ?? new Set()).add(c.canonical ?? c.text));
  }
  for (const [w, all] of openers) {
    // (of several, the one company in its legal form: "Toyota" is "Toyota Motor Corp.", not
    // "Toyota North America")
    const formal = [...all].filter((n) => LEGAL_FORMS.has(n.split(/\s+/).pop()!.replace(/\.$/, '').toLowerCase()));
    const names = all.size > 1 && formal.length === 1 ? new Set(formal) : all;
    // (nor a chamber or a body's opening word, which names a body of its own: "House Speaker" is
    // not "House Appropriations Committee")
    if (names.size !== 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(w) || companyForm.has(w) || aliasOf.has(w) || (senseOf.get(w) ?? 'org') !== 'org' || isPlaceName(w) || ORG_HEADS.has(w.toLowerCase()) || ORG_OPENERS.has(w.toLowerCase()) || CHAMBERS.has(w) || isGivenName(w.toLowerCase())) continue;
    if (cands.some((c) => c.text === w && c.kind === 'person')) continue;
    companyForm.set(w, [...names][0]!);
  }
  // in a match report, a town named as a team is the team wherever it is not "in" the town:
  // "Sunderland host Wolves ... Xhaka, now at Sunderland"
  const teams = new Set(cands.filter((c) => c.kind === 'org' && /^org\.(?:team|club)/.test(c.rule)).map((c) => c.text));
  for (const c of cands) {
    if (c.kind === 'place' && teams.has(c.text) && !/\b(?:in|near|outside|from)\s+$/i.test(source.slice(Math.max(0, c.start - 8), c.start))) {
      c.kind = 'org';
      c.rule = 'org.team-elsewhere';
      delete c.canonical;
    }
  }
  // in a match report (two teams found by their results or names), a town right after a verb
  // of playing is the opponent: "before travelling to face Ajax", "visit Braga next Sunday" (not
  // a country, whose side news names as the country)
  // (or a name of no known kind: "Juve, who host Atalanta next Saturday")
  if (teams.size >= 2) {
    for (const c of cands) {
      if (!(c.kind === 'place' || (c.kind === 'unknown' && !/\s/.test(c.text))) || countryOf(c.text) || isAdminRegion(c.text)) continue;
      // (or a fixture's "v": "Next: Arsenal v Chelsea, Dec. 14")
      if (!/\b(?:face|faces|facing|faced|host|hosts|hosting|visit|visits|visiting|play|plays|playing|against|beat|beating|beats|v|vs)\.?\s+$/i.test(source.slice(Math.max(0, c.start - 12), c.start))) continue;
      c.kind = 'org';
      c.rule = 'org.team-opponent';
    }
  }
  // a club's town alone, where it plays or has staff: "Dortmund coach Nuri Sahin" after "Borussia
  // Dortmund" (one club of the document with that town; not "in Dortmund")
  const clubTown = new Map<string, Set<string>>();
  for (const c of cands) {
    const words = c.text.split(/\s+/);
    if (c.kind !== 'org' || words.length < 2) continue;
    if (CLUB_PREFIXES.has(words[0]!.toLowerCase())) {
      const town = words.slice(1).join(' ');
      if (isPlaceName(town)) clubTown.set(town, (clubTown.get(town) ?? new Set()).add(c.canonical ?? c.text));
    }
    // (and a team named by its town first: "Boston" for "the Boston Celtics")
    for (let k = 1; k < words.length && (c.rule === 'org.place-prefix' || /^org\.(?:team|club)/.test(c.rule)); k++) {
      const town = words.slice(0, k).join(' ');
      if (isPlaceName(town) && !countryOf(town) && !isPlaceName(words.slice(k).join(' '))) clubTown.set(town, (clubTown.get(town) ?? new Set()).add(c.canonical ?? c.text));
    }
  }
  for (const c of cands) {
    const clubs = c.kind === 'place' || c.kind === 'org' ? clubTown.get(c.text) : undefined;
    if (!clubs || clubs.size !== 1) continue;
    // (the mention's own canonical name, not an alias of the town everywhere: "Boston Mayor
    // Michelle Wu" stays Boston's; a town found a team already, by its result, is the same club)
    if (c.kind === 'org') {
      c.canonical = [...clubs][0]!;
      continue;
    }
    if (/\b(?:in|near|outside|from|at|to)\s+$/i.test(source.slice(Math.max(0, c.start - 8), c.start))) continue;
    const next = /^\s+([\p{L}-]+)/u.exec(source.slice(c.end, c.end + 24))?.[1]?.toLowerCase() ?? '';
    const prev = /([\p{L}-]+)\s+$/u.exec(source.slice(Math.max(0, c.start - 16), c.start))?.[1]?.toLowerCase() ?? '';
    // (or its player's possessive: "Newcastle's Alexander Isak scored twice")
    const player = /^['’]s\s+$/.test(source.slice(c.end, c.end + 3)) ? cands.find((o) => o.kind === 'person' && o.start === c.end + 3) : undefined;
    if (!CLUB_ROLES.has(next) && !SPORTS_CONTEXT.has(next) && !TEAM_OBJECT_VERBS.has(prev) && !player) continue;
    c.kind = 'org';
    c.rule = 'org.club-town';
    c.canonical = [...clubs][0]!;
    if (player && (!player.affiliation || player.affiliation === c.text)) player.affiliation = c.canonical;
  }
  // a town that opens the name of one company of the document is the company where it is
  // spoken of as one: "Halden's chairman", "Halden's board", "shares in Halden" after "Halden Foods"
  const townCompany = new Map<string, Set<string>>();
  for (const c of cands) {
    const words = c.text.split(/\s+/);
    const last = words[words.length - 1]!.replace(/\.$/, '').toLowerCase();
    if (c.kind !== 'org' || words.length < 2 || words.length > 3 || !(COMPANY_HEADS.has(last) || LEGAL_FORMS.has(last))) continue;
    if (isPlaceName(words[0]!) && !countryOf(words[0]!)) townCompany.set(words[0]!, (townCompany.get(words[0]!) ?? new Set()).add(c.canonical ?? c.text));
  }
  for (const c of cands) {
    const companies = c.kind === 'place' ? townCompany.get(c.text) : undefined;
    if (!companies || companies.size !== 1) continue;
    const owned = /^['’]s\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)/u.exec(source.slice(c.end, c.end + 40))?.[1] ?? '';
    const asCompany =
      STAFF_ROLE.test(owned) || STAFF_ROLE.test(owned.split(' ')[0]!) || COMPANY_POSSESSIONS.has(owned) || COMPANY_POSSESSIONS.has(owned.split(' ')[0]!) ||
      /\b(?:shares|stock|stake)\s+(?:in|of)\s+$/i.test(source.slice(Math.max(0, c.start - 16), c.start));
    if (!asCompany) continue;
    c.kind = 'org';
    c.rule = 'org.town-company';
    c.canonical = [...companies][0]!;
  }
  for (const c of cands) {
    // (a team's short form found as an organization of its own is the same one)
    if (c.kind === 'org' && companyForm.has(c.text) && !aliasOf.has(c.text) && companyForm.get(c.text) !== c.text) aliasOf.set(c.text, companyForm.get(c.text)!);
    if (c.kind !== 'unknown' || senseOf.has(c.text)) continue;
    if (aliasOf.has(c.text) && /\bthe\s+$/i.test(source.slice(Math.max(0, c.start - 4), c.start))) {
      c.kind = 'org';
      c.rule = 'org.short-form';
    } else if (companyForm.has(c.text)) {
      aliasOf.set(c.text, companyForm.get(c.text)!);
      c.kind = 'org';
      c.rule = 'org.company-short-form';
    }
  }

  // a party named with its leader is the leader's: "the Party for Freedom (PVV) of anti-Islam
  // populist Geert Wilders", "Pieter Omtzigt, whose New Social Contract party won 20 seats"
  for (const c of cands) {
    if (c.kind !== 'person' || c.affiliation) continue;
    const whose = /^,\s+whose\s+/.exec(source.slice(c.end, c.end + 12));
    const after = whose ? cands.find((o) => o.kind === 'org' && o.start === c.end + whose[0].length) : undefined;
    // (or whose name says it is one: "Marine Le Pen, whose National Rally tabled the motion")
    if (after && (/^\s+(?:party|movement|alliance|group|bloc)\b/.test(source.slice(after.end, after.end + 12)) || /\b(?:Party|Movement|Alliance|Rally|Front|League|Congress|Bloc)$/.test(after.canonical ?? after.text))) {
      c.affiliation = after.canonical ?? after.text;
      continue;
    }
    const of = /(?:^|\s)of\s+(?:(?:the\s+)?\p{Ll}[\p{L}-]*\s+){0,3}$/u.exec(source.slice(Math.max(0, c.start - 40), c.start));
    if (!of) continue;
    const at = c.start - of[0].length + (of[0].startsWith(' ') ? 1 : 0);
    const body = cands.find((o) => o.kind === 'org' && /^(?:\s*\([\p{Lu}\d]{2,8}\))?\s*$/u.test(source.slice(o.end, at)) && o.end <= at && o.end >= at - 12);
    if (body && /\b(?:Party|Movement|Alliance|Front|League|Union|Congress)\b/.test(body.canonical ?? body.text)) c.affiliation = body.canonical ?? body.text;
  }
  // a player's side, which the player scored or played "for": "Kyogo Furuhashi scored twice for
  // Birmingham City", "Kubo, who starred for Real Sociedad" (a name of no known kind there is a side)
  for (const c of cands) {
    if (c.kind !== 'person' || c.affiliation || !PLAYED.test(source.slice(c.end, c.end + 24))) continue;
    const side = cands.find((o) => (o.kind === 'org' || o.kind === 'unknown') && o.start > c.end && o.start - c.end < 70 && PLAYED_FOR.test(source.slice(c.end, o.start)));
    if (!side) continue;
    // (a name of no known kind so played for is a side: "starred for the Harbor Hawks")
    if (side.kind === 'unknown') {
      side.kind = 'org';
      side.rule = 'org.side-played-for';
    }
    c.affiliation = side.canonical ?? side.text;
  }
  // a regional governor's region is the one the sentence names before the office: "a drone hit
  // a house in Lviv, regional governor Maksym Kozytskyi said", "a refinery in Russia's Saratov
  // region, the regional governor, Roman Busargin, said"
  for (const c of cands) {
    // (a state's or province's office is the state or province named last, below)
    if (c.kind !== 'person' || c.affiliation || !/^(?:regional|district|local)\s+(?:governor|head|administrator|chief|leader|mayor)$/i.test(c.title ?? '')) continue;
    const sentenceStart = Math.max(source.lastIndexOf('. ', c.start), source.lastIndexOf('\n', c.start)) + 1;
    const region = lastCandidate(cands, c.start, c.start - sentenceStart, (o) => o.kind === 'place' && !countryOf(o.canonical ?? o.text));
    if (region) c.affiliation = region.canonical ?? region.text;
  }
  // "its president, Pedro Barato": the body "its" stands for is the last one named before it
  for (const c of cands) {
    if (c.kind !== 'person' || c.affiliation || !c.title) continue;
    const its = /\b[Ii]ts\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u.exec(source.slice(Math.max(0, c.start - 60), c.start));
    if (!its) continue;
    const at = c.start - its[0].length;
    const body = lastCandidate(cands, at, 400, (o) => o.kind === 'org');
    if (body) c.affiliation = body.canonical ?? body.text;
  }
  // "the state's attorney general, Phil Weiser": the state (or country, city) named last before
  const regionLike = (p: NameCandidate) => !countryOf(p.canonical ?? p.text) && (isAdminRegion(p.canonical ?? p.text) || isAdminRegion(p.text) || isRegion(p.canonical ?? p.text));
  const kindOf: Record<string, (p: NameCandidate) => boolean> = {
    country: (p) => countryOf(p.canonical ?? p.text) !== undefined,
    nation: (p) => countryOf(p.canonical ?? p.text) !== undefined,
    state: (p) => regionLike(p),
    province: (p) => regionLike(p),
    region: (p) => regionLike(p),
    city: (p) => !countryOf(p.canonical ?? p.text) && !regionLike(p),
  };
  for (const c of cands) {
    if (c.kind !== 'person' || c.affiliation || !c.title) continue;
    const m = /\b[Tt]he\s+(country|nation|state|province|region|city)['’]s\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,?\s*$/u.exec(source.slice(Math.max(0, c.start - 60), c.start));
    // (or an office named by its kind of place: "State premier Olaf Lies", "the provincial governor")
    const office = m ? undefined : /^(state|provincial|city)\s+(?:premier|governor|prosecutor|attorney general|treasurer|minister|secretary|mayor)$/i.exec(c.title)?.[1]!.toLowerCase();
    const kind = m?.[1] ?? (office === 'provincial' ? 'province' : office);
    if (!kind) continue;
    const at = m ? c.start - m[0].length : c.start;
    const place = lastCandidate(cands, at, 600, (p) => p.kind === 'place' && kindOf[kind]!(p));
    if (place) c.affiliation = place.canonical ?? place.text;
  }
  // "his Slovak counterpart, Juraj Blanar": the office of the one "his" stands for, the titled
  // person named last before, in the country the demonym names
  for (const c of cands) {
    if (c.kind !== 'person' || (c.title && !/^counterparts?$/i.test(c.title))) continue;
    const m = /\b(?:his|her|their)\s+((?:[\p{L}.-]+\s+){0,3})counterparts?,?\s+$/u.exec(source.slice(Math.max(0, c.start - 60), c.start));
    if (!m) continue;
    const at = c.start - m[0].length;
    const holder = lastCandidate(cands, at, 400, (o) => o.kind === 'person' && !!o.title && !/^counterparts?$/i.test(o.title));
    if (holder) c.title = holder.title!.replace(/^(?:former|outgoing|incoming|acting|interim)\s+/i, '');
    const words = m[1]!.trim();
    c.affiliation ??= (words && (countryOfDemonym(words) ?? countryOf(words))) || undefined;
  }
  // 5. a plural role before a list gives each name in it the role: "photographers A, B and C"
  const persons = cands.filter((c) => c.kind === 'person');
  for (let i = 0; i + 1 < persons.length; i++) {
    const a = persons[i]!;
    const b = persons[i + 1]!;
    // the list may name each one's body: "councillors Margaret Holm of the Green Party and Tom Ashby of UKIP"
    const between = source.slice(a.end, b.start).replace(/^\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,5}/u, ' ');
    if (!a.pluralTitle || b.title || !/^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s+)$/.test(between)) continue;
    b.title = a.title!;
    b.pluralTitle = true;
  }
  // 6. an affiliation given as a defined acronym takes the body's full name: "RCN" -> "Royal College of Nursing"
  // (or an acronym of one organization's name in the document, undefined: "USI" -> "University of Southern Indiana")
  const spelledOut = new Map<string, Set<string>>();
  for (const c of cands) {
    const name = c.canonical ?? c.text;
    if (c.kind === 'org' && /\s/.test(name)) spelledOut.set(initials(name), (spelledOut.get(initials(name)) ?? new Set()).add(name));
  }
  for (const c of persons) {
    if (!c.affiliation) continue;
    // (a head several organizations share is the one named last before: "The People's Party, led
    // by X" after "the Socialist Party")
    const owners = byHead.get(c.affiliation);
    const nearest = owners && owners.size > 1 ? lastCandidate(cands, c.start, 2000, (o) => o.kind === 'org' && owners.has(o.canonical ?? o.text)) : undefined;
    if (nearest) c.affiliation = nearest.canonical ?? nearest.text;
    else if (aliasOf.has(c.affiliation)) c.affiliation = aliasOf.get(c.affiliation)!;
    else if (companyForm.has(c.affiliation)) c.affiliation = companyForm.get(c.affiliation)!;
    else if (/^\p{Lu}{2,6}$/u.test(c.affiliation) && spelledOut.get(c.affiliation)?.size === 1) c.affiliation = [...spelledOut.get(c.affiliation)!][0]!;
    // (a short form found an organization's mention of its own, and never a place's: "Kalmar's chief executive")
    else {
      const same = cands.filter((o) => o.text === c.affiliation);
      const named = new Set(same.map((o) => (o.kind === 'org' ? o.canonical : undefined)));
      if (named.size === 1 && !named.has(undefined)) c.affiliation = [...named][0]!;
    }
  }

  const people = new Map<string, { mentions: Mention[]; names: string[]; title?: string; affiliation?: string; clubWord?: string }>();
  const orgs = new Map<string, { mentions: Mention[]; names: string[] }>();
  const places = new Map<string, { mentions: Mention[]; names: string[] }>();

  // a chunk that is only a title held by one person named earlier ("the Foreign Secretary said")
  const titleHolder = new Map<string, { key: string; start: number } | null>();
  for (const c of cands) {
    if (c.kind !== 'person' || !c.title || c.text.toLowerCase() === c.title.toLowerCase()) continue;
    const t = c.title.toLowerCase();
    const key = personKey.get(c.text) ?? c.text;
    const had = titleHolder.get(t);
    titleHolder.set(t, had === undefined ? { key, start: c.start } : had && had.key === key ? had : null);
  }

  // an affiliation that is the surname of a person named in full is a relation: "Manafort's lawyer"
  // (or a person named in full, with the office before the name: "Polish Foreign Minister Radoslaw
  // Sikorski's spokesman, Pawel Wronski" is the minister's, no body's)
  const isSurnameAlias = (name: string) => (personKey.has(name) && personKey.get(name) !== name && !/\s/.test(name)) || fullNames.some((f) => name.endsWith(` ${f}`));
  for (const c of cands) {
    let kind = c.kind;
    const holder = titleHolder.get(c.text.toLowerCase());
    let pk = personKey.get(c.text);
    const byTitle = holder && holder.start < c.start && c.kind !== 'place' && !/^\s+(?:of|for)\s+\p{Lu}/u.test(source.slice(c.end, c.end + 12));
    if (byTitle) pk = holder.key;
    if (pk && (kind === 'unknown' || kind === 'person' || (!/\s/.test(c.text) && !OWN_ORG_EVIDENCE.has(c.rule)))) {
      kind = 'person';
      if (byTitle) c.rule = 'person.title-coref';
      else if (c.kind !== 'person') c.rule = 'person.coref';
    }
    if (kind === 'unknown') {
      const sense = senseOf.get(c.text);
      if (!sense) continue;
      kind = sense;
      c.rule = `${c.rule}+one-sense`;
    }
    if (kind === 'person') {
      const key = pk ?? c.text;
      const e = people.get(key) ?? { mentions: [], names: [] };
      e.mentions.push(mention(c, explain));
      if (c.rule !== 'person.title-coref') e.names.push(c.canonical ?? c.text);
      // (an affiliation goes with its own title: "confirm Pete Hegseth as defense secretary ...
      // Hegseth, a former Fox News host" is no defense secretary of Fox News)
      // (the same office more or less fully named is one: "opposition leader Ada Obi ... Obi, who
      // leads the Unity Party")
      const ownTitle = !c.title || !e.title || c.title === e.title || c.title.split(/\s+/).pop()!.toLowerCase() === e.title.split(/\s+/).pop()!.toLowerCase();
      if (c.title && !e.title) e.title = c.title;
      // a person's possessive is a relation, not an affiliation: "Manafort's lawyer, Kevin Downing"
      if (c.affiliation && !e.affiliation && ownTitle && !isSurnameAlias(c.affiliation)) e.affiliation = c.affiliation;
      // (a club's role after a capitalised word the title's reading left out, opening a sentence:
      // '"He deserved that," United manager Erik ten Hag said', "Real coach Carlo Ancelotti")
      if (!c.affiliation && c.title && CLUB_ROLES.has(c.title.split(/\s+/).pop()!.toLowerCase())) {
        const w = new RegExp(`(?:^|[\\s"“”'‘’(])(\\p{Lu}[\\p{L}.'’-]+)\\s+${c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+$`, 'u').exec(source.slice(Math.max(0, c.start - c.title.length - 30), c.start));
        if (w) e.clubWord ??= w[1];
      }
      people.set(key, e);
    } else {
      const table = kind === 'org' ? orgs : places;
      const key = (kind === 'org' ? aliasOf.get(c.text) : undefined) ?? c.canonical ?? aliasOf.get(c.text) ?? c.text;
      const e = table.get(key) ?? { mentions: [], names: [] };
      e.mentions.push(mention(c, explain));
      e.names.push(c.text);
      table.set(key, e);
    }
  }

  titleMentions(people, cands, source, explain);
  headMentions(orgs, cands, source, explain);

  // an affiliation that is one word of exactly one organization's name is that organization:
  // "City manager Pep Guardiola" after "Manchester City beat ..."
  const orgNames = [...orgs.keys()];
  for (const e of people.values()) {
    if (!e.affiliation && e.clubWord) {
      const owners = orgNames.filter((n) => n === e.clubWord || ` ${n} `.includes(` ${e.clubWord} `));
      if (owners.length === 1) e.affiliation = owners[0]!;
    }
    // (not a country: "Canada's Finance Minister" beside "Bank of Canada")
    // (nor a chamber, a body of its own: "House Speaker" beside "House Energy Committee")
    if (!e.affiliation || orgs.has(e.affiliation) || countryOf(e.affiliation) || CHAMBERS.has(e.affiliation)) continue;
    // (a town widens to its club only for a club's role: "Boston Mayor Michelle Wu" stays Boston's)
    if (isPlaceName(e.affiliation) && !CLUB_ROLES.has(e.title?.split(/\s+/).pop()?.toLowerCase() ?? '')) continue;
    // (and words of a longer name: "Centres for Disease Control" of "Africa Centres for Disease
    // Control and Prevention", which the title's reading cut at the place and at "and")
    const words = ` ${e.affiliation} `;
    const owners = orgNames.filter((n) => n.split(/\s+/).length > e.affiliation!.split(/\s+/).length && ` ${n} `.includes(words));
    if (owners.length === 1) e.affiliation = owners[0]!;
  }
  const longest = (names: string[]) => names.reduce((x, y) => (y.length > x.length ? y : x));
  let n = 0;
  const peopleOut: Person[] = [...people.values()].map((e) => ({
    id: `p${++n}`,
    name: longest(e.names),
    // ("ex-Transport Minister" is a former one; "ex-minister" stays as written)
    ...(e.title ? { title: e.title.replace(FORMER_PORTFOLIO, 'former ') } : {}),
    ...(e.affiliation ? { affiliation: e.affiliation } : {}),
    mentions: e.mentions,
  }));
  n = 0;
  // the key is canonical: a vocabulary name ("United States"), an acronym's expansion, or the text
  const orgOut = [...orgs].map(([key, e]) => ({ id: `o${++n}`, name: key, mentions: e.mentions }));
  n = 0;
  const placeOut = [...places].map(([key, e]) => ({ id: `l${++n}`, name: key, mentions: e.mentions }));
  return { people: peopleOut, organizations: orgOut, places: placeOut };
}

type Entity = { mentions: Mention[] };

/**
 * Definite descriptions that name an entity again: "the <words>", in any case, after the entity's
 * first mention, outside every name candidate, and not followed by a name of its own ("the Foreign
 * Secretary, Boris Johnson" keeps its name). `words` maps each description to the entities it
 * fits; only a description that fits exactly one entity is used.
 */
function addDescriptions(words: Map<string, Entity[]>, cands: NameCandidate[], source: string, explain: boolean, rule: string): void {
  for (const [phrase, es] of words) {
    if (es.length !== 1) continue;
    const e = es[0]!;
    const first = Math.min(...e.mentions.map((m) => m.start));
    // case matters for the name that may follow, so no /i: each letter is given in both cases
    const anyCase = [...phrase].map((ch) => (/\s/.test(ch) ? '\\s+' : /\p{L}/u.test(ch) ? `[${ch}${ch.toUpperCase()}]` : /[\^$\\.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch)).join('');
    const re = new RegExp(`\\b[Tt]he\\s+(${anyCase})\\b(?!\\s+(?:of|for)\\b)(?![-\\s]+\\p{Lu})`, 'gu');
    for (let m = re.exec(source); m; m = re.exec(source)) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = start + m[1]!.length;
      if (start < first || cands.some((c) => c.start < end && start < c.end)) continue;
      // (an apposition to the name just before is its description, not another mention: "Coe, the
      // lead investigating officer,")
      const apposed = /,\s*(?:\d{1,3},\s*)?$/.exec(source.slice(Math.max(0, m.index - 12), m.index));
      if (apposed && e.mentions.some((x) => x.end === m!.index - apposed[0].length)) continue;
      e.mentions.push({ text: source.slice(start, end), start, end, ...(explain ? { rule } : {}) });
    }
    e.mentions.sort((x, y) => x.start - y.start);
  }
}

const addTo = (m: Map<string, Entity[]>, k: string, e: Entity) => m.set(k, [...(m.get(k) ?? []), e]);

/**
 * "the Foreign Secretary" after "Foreign Secretary Philip Hammond", "the secretary" after "Defense
 * Secretary Ash Carter": a title, or its head word, held by one person of the document.
 */
function titleMentions(people: Map<string, Entity & { title?: string }>, cands: NameCandidate[], source: string, explain: boolean): void {
  const holders = new Map<string, Entity[]>();
  for (const e of people.values()) {
    if (!e.title || e.title.length < 4) continue;
    const t = e.title.toLowerCase();
    const head = t.split(/\s+/).pop()!;
    for (const k of new Set([t, ...(head.length >= 4 && /^\p{L}+$/u.test(head) ? [head] : [])])) addTo(holders, k, e);
  }
  addDescriptions(holders, cands, source, explain, 'person.title-coref');
}

/** "the regime" after "the Assad regime", "the coalition" after "the Global Coalition". */
function headMentions(orgs: Map<string, Entity & { names: string[] }>, cands: NameCandidate[], source: string, explain: boolean): void {
  const byHead = new Map<string, Entity[]>();
  for (const e of orgs.values()) {
    const heads = new Set(e.names.map((n) => n.split(/\s+/).pop()!.toLowerCase()).filter((h) => ANAPHORIC_ORG_HEADS.has(h)));
    for (const h of heads) addTo(byHead, h, e);
  }
  addDescriptions(byHead, cands, source, explain, 'org.head-coref');
}
