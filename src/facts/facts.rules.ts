// Facts: statements and events over the entities, dates and quantities already found.
// Statements: direct quotes with their cue ("...," said X; X said: "..."), reported speech
// (X said that ..., ..., X told Y; according to X, ...), a quote paragraph that continues the
// previous speaker. Events: a trigger from the vocabulary (facts.vocab.ts) and its frame: the
// subject before it, the object after it, the roles its prepositions introduce. Arguments are
// the words of the fact's own sentence; an argument that is an entity mention carries its id,
// and "he" carries the id of the person it refers to.
import type { DateMention, Fact, FactSpan, FactType } from '../model/types.js';
import type { Analysis, Sentence, Token } from '../nlp/compromise.js';
import { lastAtOrBefore, lastBefore } from '../model/order.js';
import { isTitleHead, singularTitle } from '../dimensions/names/names.words.js';
import { NEWS_AGENCIES, REFERRING_BODY_NOUNS } from '../dimensions/names/names.vocab.js';
import { countryOfDemonym } from '../data/geo.js';
import { INVARIANT_PAST_VERBS } from '../dimensions/date/date.vocab.js';
import {
  ABSTRACT_THEMES,
  AGREEMENT_FRAME,
  BLAME_VERBS,
  ATTACK_NOUNS,
  CALL_CUES,
  ASKING_VERBS,
  CATENATIVES,
  DEAL_NOUNS,
  DEAL_VERBS,
  DESCRIBE_CUES,
  EVENT_TRIGGERS,
  EXCHANGE_OF_FIRE,
  FIRE_VERBS,
  GERUND_CATENATIVES,
  GERUND_PREPOSITIONS,
  GIVING_VERBS,
  HAZARDS,
  HAZARD_CAUSE,
  HOLD_VERBS,
  KIN_NOUNS,
  LAUNCH_VERBS,
  MEETING_NOUNS,
  MODALITY,
  MOTION_VERBS,
  NAMED_PLACE_MOTION,
  NEGATIONS,
  NOT_ATTACK_BEFORE,
  QUOTE_CUES,
  REQUEST_CUES,
  SPEECH_CUES,
  SUPPLY_WITH,
  TAKING_VERBS,
  TELLING_CUES,
  THAT_CUES,
  TRANSFER_NOUNS,
  VISITED_PLACE_NOUNS,
  VISIT_NOUNS,
  type EventFrame,
} from './facts.vocab.js';

/** An entity mention with the id and kind of its entity. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  id: string;
  kind: 'person' | 'org' | 'place';
}

export interface FactInput {
  text: string;
  analysis: Analysis;
  entities: EntityMention[];
  dates: DateMention[];
  /** The article's date: the time of facts whose sentence has none. */
  reference: string;
  explain: boolean;
  /** Where the story's words start, after a dateline ("KYIV, Ukraine (AP) -- "); 0 without one. */
  bodyStart?: number;
}

/**
 * Themes that name no thing handed over: "I will give everything", "gave it all", "sent nothing",
 * and the particle of a phrasal verb ("was sent off", "sent him home", "gave up").
 */
/** Nouns of a plan or try, whose infinitive is not done: "a plot to kidnap", "an attempt to seize". */
/** Opens a clause of time set off after the main one: ", a week after", ", days before", ", after", ", as", ", while". */
/** Launching, which fires the weapons after it at a target. */
const LAUNCHED = /^(?:launched|launches|launch|launching)$/;
/** Weapons launched and the preposition of their target: " 45 missiles and nearly 500 drones at". */
const LAUNCHED_WEAPONS = /^\s+(?:[\w,.-]+\s+){0,6}?(?:missiles?|drones?|rockets?|shells?|bombs?|projectiles?|mortars?|warheads?)\s+(?:at|against|into|toward|towards)\b/;

const TIME_CLAUSE = /,\s+(?:(?:(?:a|one|two|three|four|five|six|several|a\s+few|just|only)\s+(?:days?|weeks?|months?|years?|hours?)\s+)?(?:after|before)|(?:even\s+)?as|while)\s+/g;

const INTENT_NOUNS: Record<string, 'planned' | 'possible'> = {
  plot: 'planned', plots: 'planned', plan: 'planned', plans: 'planned', scheme: 'planned', conspiracy: 'planned', bid: 'planned', proposal: 'planned',
  attempt: 'possible', attempts: 'possible', effort: 'possible', efforts: 'possible', threat: 'possible', threats: 'possible', try: 'possible',
};
/** Token i is a noun of a plan or try after its article or possessive: "a plot to", "their bid to" (not "he plans to", "the government plans to"). */
const intentNoun = (toks: readonly Token[], i: number): boolean =>
  !!INTENT_NOUNS[toks[i]?.normal ?? ''] && /^(?:a|an|the|their|his|her|its|our|this|that|failed|foiled|alleged|new|another|latest|renewed|any|no)$/.test(toks[i - 1]?.normal ?? '');
/** Verbs of making a plan or try, whose subject does what it is to do: "launched a bid to seize". */
const PLAN_MAKING = /^(?:launch|launched|launches|make|made|makes|mount|mounted|mounts|hatch|hatched|hatches|lead|led|leads|organi[sz]e[sd]?|plan|planned|plans|begin|began|begins|stage|staged|stages|step|stepped|renew|renewed|renews|abandon|abandoned|drop|dropped|announce|announced|announces|unveil|unveiled|unveils)$/;
/** The message something was said in, after the cue: " in a statement", " in an emailed statement", " in a post on X", " in a memo to staff that". */
const SAID_IN_MESSAGE = /^\s*(?:in|on|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:statement|interview|letter|post|briefing|speech|address|e-?mail|filing|tweet|video|note|memo|call|message|broadcast|podcast|op-ed|column|blog|release)(?:\s+(?:on|to|with|from)\s+(?:(?:the|his|her|its|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}|(?:staff|employees|workers|shareholders|investors|members|supporters|lawmakers|reporters|customers|clients|board|parliament)))?(?:\s*,?\s+(?:on\s+\p{Lu}\p{Ll}+|(?:late|early)\s+(?:on\s+)?\p{Lu}\p{Ll}+|last\s+\p{Ll}+|this\s+\p{Ll}+|earlier|later))?\s*,?\s+(?:that\s+)?/u;
/** An abbreviated title, whose point ends no sentence: "Gov. Gretchen Whitmer", "Sen. Ann Lee". */
const TITLE_ABBREVIATION = /^(?:Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Rev|Maj|Adm|Cmdr|Supt|Insp|Det|Atty|Amb|Fr|Msgr|Brig|Cpl|Pvt|Gens|Sens|Reps)\.?$/;
/** A description after "the" that names one already named, by its last word: "the 22-year-old Spaniard", "the Danish drugmaker". */
const DESCRIBED_SPEAKER = /^[Tt]he\s+(?:[\p{L}\d'’-]+\s+){0,3}?([\p{L}\d-]+)$/u;
/** The means after "by" that is no doer: "told Reuters by phone", "were taken by road". */
const BY_MEANS = /^(?:phone|telephone|e-?mail|text|letter|video|videolink|satellite|fax|radio|mail|post|courier|car|bus|train|rail|plane|air|sea|road|boat|ship|helicopter|hand|foot|land|name|mistake|accident|force|chance|default)$/;
/** Verbs of handing over that take the one given to as a first object: "gave the Red Cross 40 tonnes of flour". */
const DOUBLE_OBJECT_VERBS = /^(?:give|gives|gave|given|giving|send|sends|sent|sending|hand|hands|handed|handing|offer|offers|offered|offering|grant|grants|granted|granting|lend|lends|lent|lending|sell|sells|sold|selling|pay|pays|paid|paying|promise|promises|promised|promising|award|awards|awarded|awarding)$/;
const INDEFINITE_THEMES = /^(?:everything|anything|something|nothing|it all|(?:(?:him|her|them|it|me|us)\s+)?(?:off|away|back|home|out|up|down|in)|all(?: of it)?|more|less|much|little|a lot|their all|(?:his|her|my|our|your) all|(?:his|her|my|our|your|their) best)(?:\s+(?:that|which|i|we|you|he|she|they|it)\b.*)?$/i;
/** What is met that is no one: "met the deadline", "meet demand", "met expectations". */
const MET_NOT_PEOPLE = /^(?:deadlines?|targets?|demands?|expectations?|needs?|requirements?|standards?|criteria|goals?|obligations?|costs?|conditions?|thresholds?|challenges?|quotas?|payments?|terms|fate|end|match(?:es)?)$/;
/** Nouns of a group, whose "of" phrase names its members: "a group of doctors who argued". */
const GROUP_NOUNS = /^(?:group|groups|number|team|panel|pair|couple|family|crowd|band|handful|dozens|hundreds|thousands|coalition|alliance|association|board|committee|delegation)$/;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who']);
const AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'did', 'does', 'do', 'also', 'reportedly', 'allegedly', 'not', "n't", 'never', 'will', 'would', 'could', 'may', 'might', 'can', 'shall', 'then', 'later', 'previously', 'recently', 'already', 'again', 'once', 'first', 'further', 'repeatedly', 'publicly', 'separately']);
const OBJECT_STOPS = new Set(['along', 'including', 'such', 'in', 'on', 'at', 'during', 'after', 'before', 'since', 'for', 'over', 'amid', 'as', 'while', 'when', 'where', 'because', 'that', 'which', 'who', 'but', 'to', 'from', 'with', 'about', 'against', 'by', 'until', 'via', 'through', 'into', 'under', 'near', 'outside', 'inside', 'around', 'behind', 'beside', 'across', 'overnight', 'yesterday', 'tonight']);
/** A participle's clause that goes on from an attribution: ", adding that ...", ", saying ...". */
const ATTRIBUTION_PARTICIPLE = '(?:adding|saying|noting|stressing|citing|insisting|warning|explaining)\\b';
/** Where something was said, then such a clause: " in a statement, adding that ...". */
const WHERE_SAID_THEN_PARTICIPLE = new RegExp(`^\\s+(?:in|on|at|via|to)\\s+[^,;]{1,40},\\s*${ATTRIBUTION_PARTICIPLE}`);
/** Such a clause after a comma. */
const PARTICIPLE_AFTER_COMMA = new RegExp(`,\\s*${ATTRIBUTION_PARTICIPLE}`);
/** An attribution set off inside a content and going on with such a clause: ", his ministry said in a statement, adding ...". */
const INSERTED_ATTRIBUTION = new RegExp(`,\\s*(?:the\\s+|an?\\s+|his\\s+|her\\s+|its\\s+|their\\s+)?(?:[\\p{L}.'’-]+\\s+){0,4}(?:said|says|told\\s+\\p{L}+|reported|stated)(?:\\s+(?:in|on|at|to|via)\\s+[^,;]{1,40})?,\\s*${ATTRIBUTION_PARTICIPLE}`, 'u');

/** A party's words: a word of two letters or more, or an abbreviation ("U.S.", "U.N."). */
const worded = (text: string): boolean => /\p{L}{2,}|^(?:\p{Lu}\.){2,}$/u.test(text);
/** ... or a personal pronoun ("I", "we", "he"). */
const namesParty = (text: string): boolean => worded(text) || /^(?:I|we|he|she|it|they)$/i.test(text);

/**
 * Quotations as [opening mark, after the closing mark). A quote may run over paragraphs; news
 * opens each of its paragraphs with a mark and closes only the last, so a paragraph that opens
 * with a mark while a quote is open ends the open one at the line break.
 */
export function findQuotes(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (open >= 0 && i - open > 4000) open = -1;
    if (ch !== '"' && ch !== '“' && ch !== '”') continue;
    // an opening mark typed where a closing one belongs: 'decision.“ However'
    const closes = open >= 0 && ch === '“' && /[\p{L}\p{N}.,!?…]/u.test(text.charAt(i - 1)) && /^(?:\s|$)/.test(text.charAt(i + 1));
    if (closes) {
      if (i - open > 2) out.push([open, i + 1]);
      open = -1;
      continue;
    }
    const lineStart = text.lastIndexOf('\n', i - 1);
    const opensParagraph = /^\s*$/.test(text.slice(lineStart + 1, i));
    if (open >= 0 && opensParagraph && lineStart > open && ch !== '”') {
      out.push([open, lineStart + 1]);
      open = i;
    } else if (open < 0 && ch !== '”') open = i;
    else if (open >= 0 && ch !== '“') {
      if (i - open > 2) out.push([open, i + 1]);
      open = -1;
    } else if (ch === '“') open = i;
  }
  return out;
}

const span = (text: string, start: number, end: number, id?: string): FactSpan => {
  while (start < end && /\s|[,.;:]/.test(text.charAt(start))) start++;
  while (end > start && /\s|[,.;:]/.test(text.charAt(end - 1))) end--;
  // (a name's abbreviation keeps its point: "Ferdinand Marcos Jr.", "Acme Inc.", "Robert F.")
  if (/^\.(?:\s|$)/.test(text.slice(end, end + 2)) && /(?:^|[\s(.])(?:Jr|Sr|Inc|Corp|Co|Ltd|Bros|\p{Lu})$/u.test(text.slice(Math.max(start, end - 6), end))) end++;
  return { start, end, text: text.slice(start, end), ...(id ? { id } : {}) };
};

/** A past in -ed that is a participle by what follows it: "displaced families", "crowded with shoppers". */
function participial(x: Token, next: Token | undefined): boolean {
  return /ed$/.test(x.normal) && !!next && (next.tags.has('Noun') || next.tags.has('Adjective') || /^(?:with|by|in|from|after|during|under|near)$/.test(next.normal));
}

/** A verb in a tense of its own ("said", "runs"), not a participle, gerund, base form or noun. */
function finiteVerb(x: Token): boolean {
  return x.tags.has('Verb') && (x.tags.has('PastTense') || x.tags.has('PresentTense')) && !x.tags.has('Participle') && !x.tags.has('Gerund') && !x.tags.has('Noun');
}

/** What a company or an agency reports that is no speech: "reports results on Friday". */
const REPORTED_THINGS = /^(?:results|earnings|profits?|revenues?|sales|figures|income|turnover|losses|loss|deficits?|surplus|growth|cases|deaths|infections)$/;

/** Weapons that do what an attack's verb says: "a missile killed", "drones hit". */
const WEAPON_NOUNS = /^(?:missiles?|rockets?|drones?|bombs?|shells?|mortars?|grenades?|shelling|gunfire|artillery|airstrikes?|strikes?|blasts?|explosions?|car bombs?)$/;

/** What a court strikes down: "struck down part of a law", "the ban was struck down". */
/** Those who strike as a walkout: "the union would strike", "nurses will strike". */
const WORKFORCE = /^(?:unions?|workers|staff|employees|nurses|doctors|teachers|pilots|drivers|dockers|miners|members|crews?|porters|cleaners|guards|controllers|journalists|actors|writers|strikers)$/;
/** What a walkout is at or for, after "strike": "at all German plants", "for higher pay", "over pensions". */
const WORKPLACE_AFTER = /^\s+(?:(?:at|in)\s+(?:(?:all|its|the|their|three|two|several|\d+)\s+)?(?:[\p{L}-]+\s+){0,2}(?:plants?|factories|factory|sites?|mines?|ports?|hospitals?|schools?|depots?|warehouses?|stores?|offices?)\b|for\s+(?:higher|better|more)\s+(?:pay|wages|conditions)|over\s+(?:pay|wages|pensions?|jobs|conditions|cuts|layoffs))/u;
const STRUCK_DOWN = /^(?:laws?|rules?|bans?|polic(?:y|ies)|measures?|orders?|provisions?|statutes?|regulations?|parts?|sections?|mandates?|tariffs?|rulings?|decisions?|requirements?|limits?|acts?|amendments?|court|courts|judge|justices|tribunal)$/;

export function detectFacts(input: FactInput): Fact[] {
  const { text, analysis } = input;
  const ents = [...input.entities].sort((a, b) => a.start - b.start);
  // the dates in text order, and the one covering a span (dates do not overlap)
  const datesByStart = [...input.dates].sort((a, b) => a.start - b.start);
  const dateCovering = (start: number, end: number): DateMention | undefined => {
    const d = datesByStart[lastAtOrBefore(datesByStart, start)];
    return d && d.end >= end ? d : undefined;
  };
  const facts: Fact[] = [];
  const quotes = findQuotes(text);
  const inQuote = (pos: number) => quotes.some(([a, b]) => pos > a && pos < b - 1);
  // (the line breaks' offsets, found once: a long line is not scanned again for each question)
  const breaks: Array<{ start: number }> = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push({ start: i });
  /** The line around [from, to): its start and its end (before the line break, or the text's end). */
  const lineAround = (from: number, to = from): [number, number] => {
    const before = lastAtOrBefore(breaks, from - 1);
    const after = breaks[lastAtOrBefore(breaks, to - 1) + 1];
    return [before >= 0 ? breaks[before]!.start + 1 : 0, after ? after.start : text.length];
  };
  /** A headline's line: short, with no full stop at its end ("Greek court rules worship ... is legal"). */
  const headlineLine = ([a, b]: [number, number]) => b - a < 150 && !/[.!?]["”’]?\s*$/.test(text.slice(a, b));

  // (a name's abbreviation point is the token's punctuation: "Ferdinand Marcos Jr." ends after it)
  const entsIn = (a: number, b: number) => ents.filter((e) => e.start >= a && (e.end <= b || (e.end === b + 1 && text.charAt(b) === '.')));
  /** The person, organization or place a pronoun refers to: the nearest compatible one before. */
  const antecedent = (pos: number, word: string): EntityMention | undefined => {
    const kinds = word === 'he' || word === 'she' || word === 'who' || word === 'i' ? ['person'] : ['person', 'org', 'place'];
    for (let i = ents.length - 1; i >= 0; i--) if (ents[i]!.end <= pos && kinds.includes(ents[i]!.kind)) return ents[i];
    return undefined;
  };
  /** The date mention of the sentence nearest to the trigger (a point in time: a date, a time, a duration ago). */
  // (none inside the `skip` spans: what a statement says is no time of its saying)
  // relative clauses set off by commas, whose dates are their own: "Sheinbaum, who took office on
  // Oct. 1, 2024, has said" was not said then (the clause ends at a comma outside a date, or with
  // the sentence)
  // (found once a sentence, kept for the dates of its every fact)
  const clausesOf = new Map<Sentence, FactSpan[]>();
  const relativeClauses = (s: Sentence, at: number): FactSpan[] => {
    let clauses = clausesOf.get(s);
    if (!clauses) {
      clauses = [];
      for (const m of text.slice(s.start, s.end).matchAll(/,\s+(?:who|which|whose)\b/g)) {
        const from = s.start + m.index!;
        let end = text.indexOf(',', from + m[0].length);
        while (end > 0 && end < s.end && input.dates.some((d) => d.start < end && end < d.end - 1)) end = text.indexOf(',', end + 1);
        // (or at the sentence's end: '"...," said Lars Eide, who took over in March.')
        clauses.push({ start: from, end: end > 0 && end <= s.end ? end : s.end, text: '' });
      }
      clausesOf.set(s, clauses);
    }
    // (a cue inside one is dated only inside it: "the FTC, which argued the deal would raise
    // prices" was not argued on the day the judge ruled)
    const own = clauses.find((c) => at > c.start && at < c.end);
    if (own) return [{ start: s.start, end: own.start, text: '' }, { start: own.end, end: s.end + 1, text: '' }];
    // (and so is a cue in a clause of time: "ministers will meet on Monday, a week after Zelenskiy
    // visited Berlin" did not visit on Monday)
    const timeClause = [...text.slice(s.start, at).matchAll(TIME_CLAUSE)].pop();
    if (timeClause) {
      const from = s.start + timeClause.index!;
      const comma = text.indexOf(',', at);
      const end = comma > 0 && comma < s.end ? comma : s.end;
      if (!/[,;:]/.test(text.slice(from + timeClause[0].length, at))) return [{ start: s.start, end: from, text: '' }, { start: end, end: s.end + 1, text: '' }, ...clauses];
    }
    return clauses.filter((c) => !(at > c.start && at < c.end));
  };
  const dateIn = (s: Sentence, at: number, skip: FactSpan[] = []) => {
    skip = [...skip, ...relativeClauses(s, at)];
    // (nor the end or start of a span, which is no time of an act: "forecast rain through Sunday
    // and warned ...", "has been closed since May")
    const bound = (d: DateMention) => /\b(?:until|till|through|since)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start));
    const inside = input.dates.filter((d) => d.start >= s.start && d.end <= s.end + 1 && d.value && (d.type === 'date' || d.type === 'time' || (d.type === 'duration' && d.point)) && !skip.some((x) => d.start < x.end && x.start < d.end) && !bound(d));
    return inside.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  };
  const timeOf = (s: Sentence, at = s.start, skip: FactSpan[] = []): Fact['time'] => {
    const d = dateIn(s, at, skip);
    if (d) return { value: d.point ?? d.value!, text: d.text, start: d.start, end: d.end };
    return { value: input.reference };
  };
  const placeOf = (s: Sentence, after: number): FactSpan | undefined => {
    // (over a part of it: "in central Gaza", "in the north of", "in southern Lebanon")
    const m = /\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|north|south|east|west|northeast|northwest|southeast|southwest|north-eastern|north-western|south-eastern|south-western|rural|downtown|suburban|occupied|coastal)\s+)?$/;
    // (in the event's own clause: no other verb between; "killed 12 people on Tuesday, officials
    // said, hours before talks resumed in Cairo" was not in Cairo)
    // (a past participle before its noun is no verb: "displaced families")
    const verbBetween = (a: number, b: number) => s.tokens.some((x, i) => x.start >= a && x.end <= b && finiteVerb(x) && !participial(x, s.tokens[i + 1]));
    const inPlace = (x: EntityMention) => x.kind === 'place' && m.test(text.slice(Math.max(0, x.start - 24), x.start));
    let e = ents.find((x) => x.start >= after && x.end <= s.end + 1 && inPlace(x) && !verbBetween(after, x.start));
    // (else one in the phrase of its doer before it: "An air strike on a school in central Gaza killed 12")
    const trigger = s.tokens.find((x) => x.end === after);
    if (!e && trigger) e = lastBefore(ents, trigger.start, (x) => x.end <= trigger.start && inPlace(x) && !verbBetween(x.end, trigger.start), (x) => x.start < s.start);
    return e ? span(text, e.start, e.end, e.id) : undefined;
  };

  /**
   * Whether the comma after token i separates items of a list of names: the segment on the side
   * `dir` (the tokens up to the comma when -1, after it when 1) names someone and has no verb.
   */
  const listComma = (s: Sentence, i: number, dir: 1 | -1): boolean => {
    const toks = s.tokens;
    let j = dir === 1 ? i + 1 : i;
    let names = 0;
    while (j >= 0 && j < toks.length) {
      const t = toks[j]!;
      if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Participle') && !t.tags.has('Adjective')) return false;
      if (ents.some((e) => e.start <= t.start && e.end >= t.end)) names++;
      const n = j + dir;
      if (n < 0 || n >= toks.length) break;
      const gap = dir === 1 ? text.slice(t.end, toks[n]!.start) : text.slice(toks[n]!.end, t.start);
      if (/[,;:()]/.test(gap)) break;
      j = n;
    }
    const opener = toks[dir === 1 ? i + 1 : i]?.normal ?? '';
    // a phrase opening with a preposition is no list item: "In the past few days in Italy, several ..."
    if (dir === -1 && toks[j]?.tags.has('Preposition')) return false;

    return names > 0 || (dir === 1 && /^(?:and|his|her|their|its|the)$/.test(opener));
  };

  /** The subject before token k: entity mentions of its noun phrase (a list too), or the phrase itself. */
  const subjectBefore = (s: Sentence, k: number, depth = 0): FactSpan[] => {
    const toks = s.tokens;
    // a participle's clause after a comma hangs on the sentence's first verb, whose subject does
    // it: "The Senate passed a bill ... through Jan. 30, sending it to the president" (the Senate)
    if (depth < 3 && k > 1 && toks[k]!.tags.has('Gerund') && /,/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) {
      const v = toks.findIndex((x, i) => i > 0 && i < k - 1 && finiteVerb(x) && !inQuote(x.start));
      if (v > 0) return subjectBefore(s, v, depth + 1);
    }
    let j = k - 1;
    const skipAux = () => {
      while (j >= 0 && (AUX.has(toks[j]!.normal) || toks[j]!.tags.has('Adverb') || toks[j]!.tags.has('Modal'))) j--;
    };
    skipAux();
    // "urged Western allies to send", "called on Russia to withdraw": the one asked does it
    if (j >= 2 && toks[j]!.normal === 'to') {
      let v = j - 1;
      while (v > j - 6 && v > 0 && !ASKING_VERBS.has(toks[v]!.normal) && !toks[v]!.tags.has('Verb')) v--;
      const from = ASKING_VERBS.has(toks[v]!.normal) ? (toks[v + 1]?.normal === 'on' ? v + 2 : v + 1) : -1;
      if (from > 0 && from < j && !/[,;]/.test(text.slice(toks[from]!.start, toks[j - 1]!.end))) {
        const asked = ents.filter((e) => e.start >= toks[from]!.start && e.end <= toks[j - 1]!.end);
        return asked.length ? asked.map((e) => span(text, e.start, e.end, e.id)) : [span(text, toks[from]!.start, toks[j - 1]!.end)];
      }
    }
    // "for their roles in a plot to kidnap": a plan named in a phrase of a preposition is no doing of
    // the sentence's subject (the judge who sentenced them kidnapped no one)
    if (j >= 2 && toks[j]!.normal === 'to' && intentNoun(toks, j - 1) && toks.slice(Math.max(0, j - 4), j - 1).some((x) => /^(?:in|for|of|over|about|behind|with|on)$/.test(x.normal))) return [];
    // "is scheduled to visit", "plans to send", "has agreed to supply": the subject of the verb before "to"
    // (over a day between them: "agreed early Friday to open talks")
    const beforeDay = (c: number): number => {
      const d = c >= 0 ? dateCovering(toks[c]!.start, toks[c]!.end) : undefined;
      if (!d) return c;
      while (c >= 0 && toks[c]!.start >= d.start) c--;
      return c >= 0 && /^(?:on|early|late|last|this|in)$/.test(toks[c]!.normal) ? c - 1 : c;
    };
    while (j >= 1 && toks[j]!.normal === 'to' && beforeDay(j - 1) >= 0 && CATENATIVES.has(toks[beforeDay(j - 1)]!.normal)) {
      j = beforeDay(j - 1) - 1;
      skipAux();
    }
    // "has denied supplying", "stopped sending": the subject of the verb before a gerund
    if (j >= 0 && toks[k]?.tags.has('Gerund') && GERUND_CATENATIVES.has(toks[j]!.normal)) {
      j--;
      skipAux();
    }
    if (j < 0) return [];
    // a relative "that" right before the verb stands for the noun before it: "siding with trade
    // groups that argued ..."
    if (j > 0 && toks[j]!.normal === 'that' && toks[j - 1]!.tags.has('Noun') && !/[,;:]/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) j--;
    // a clause set off by commas before the verb: "BP, which reports on Oct. 31, said" -> BP
    // (clause after clause: "The RSF, led by General Dagalo, known as Hemedti, said")
    for (let pass = 0; pass < 3 && j > 0 && /,\s*$/.test(text.slice(toks[j]!.end, toks[j + 1]?.start ?? toks[j]!.end + 1)); pass++) {
      const was = j;
      for (let w = j; w > 0 && w > j - 25; w--) {
        // (or a person's office set off after the name: "Rustem Umerov, secretary of Ukraine's
        // National Security and Defence Council and head of its delegation, is due to meet")
        if (isTitleHead(toks[w]!.normal) && /,\s*$/.test(text.slice(toks[w - 1]!.end, toks[w]!.start)) && ents.some((e) => e.kind === 'person' && e.end === toks[w - 1]!.end)) {
          j = w - 1;
          break;
        }
        if (w <= j - 15) continue;
        // (or a participle's phrase of who leads or names it: "The RSF, led by General Dagalo,")
        if (/^(?:led|known|based|backed|headed|founded|owned|run|funded|chaired|formed|created|supported)$/.test(toks[w]!.normal) && /,\s*$/.test(text.slice(toks[w - 1]!.end, toks[w]!.start)) && /^(?:by|as|in|on|at)$/.test(toks[w + 1]?.normal ?? '')) {
          j = w - 1;
          break;
        }
        // (or a phrase of a preposition: "Yoon, in a televised address, said")
        // (or an apposition after a name: "Judge Robert Pitman, an appointee of former President Barack Obama, wrote")
        if ((/^(?:which|who|whose|where)$/.test(toks[w]!.normal) || (toks[w]!.tags.has('Preposition') && w < j) || (/^(?:a|an|the)$/.test(toks[w]!.normal) && w < j && !!entityEndingAt(toks[w - 1]!.end - 1, toks[w - 1]!.end))) && /,\s*$/.test(text.slice(toks[w - 1]!.end, toks[w]!.start))) {
          j = w - 1;
          break;
        }
      }
      if (j === was) break;
    }
    // a day between the subject and its verb: "Boris Yeltsin on Saturday hosted ...", "Police on Tuesday night arrested"
    // (after a clause set off by commas is skipped: "Endeavour, which will launch on April 29, will be sent")
    const dayAt = j >= 0 ? dateCovering(toks[j]!.start, toks[j]!.end) : undefined;
    if (dayAt) {
      while (j >= 0 && toks[j]!.start >= dayAt.start) j--;
      if (j >= 0 && /^(?:on|last|this|early|late|in)$/.test(toks[j]!.normal)) j--;
      if (j < 0 || !/\p{L}/u.test(toks[j]!.text) || toks[j]!.tags.has('Verb') && !toks[j]!.tags.has('Noun')) return [];
    }
    // "... and warned": a verb coordinated with an earlier one shares its subject
    let crossedAnd = false;
    if (toks[j]!.normal === 'and' && j > 0) {
      crossedAnd = true;
      j--;
    }
    // (over a body's acronym in brackets after its name: "of the People's Party (PP) said")
    if (j > 0 && /^\s*\)/.test(text.slice(toks[j]!.end, toks[j + 1]?.start ?? toks[j]!.end + 2)) && /\(\s*$/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) j--;
    const end = toks[j]!.end;
    // the noun phrase: back over nouns, adjectives, names, "of", "'s", list commas and "and"
    // (a personal pronoun is a whole subject: "and tomorrow he plans to meet")
    let i = j;
    const pronounSubject = !crossedAnd && /^(?:he|she|they|we|i|it)$/.test(toks[j]!.normal) && !/^(?:and|or|,)$/.test(toks[j - 1]?.normal ?? '');
    while (i > 0 && !pronounSubject) {
      const p = toks[i - 1]!;
      const gap = text.slice(p.end, toks[i]!.start);
      // (nor over a dateline's dash: "KYIV, Ukraine -- Ukrainian President Volodymyr Zelenskyy met")
      if (/[;:()"“”]|\s(?:--|[—–-])\s/.test(gap)) break;
      // "..., of which 70 drones and nine missiles were shot down": the part named after "of which"
      // is the whole subject, whatever its "and" joins
      if (/^(?:which|whom)$/.test(p.normal) && toks[i - 2]?.normal === 'of') {
        crossedAnd = false;
        break;
      }
      // a role set off after a name is the name's: "Mary Barra, GM's CEO, agreed" (one party)
      if (gap.includes(',') && isTitleHead(toks[j]!.normal) && toks.slice(i, j + 1).some((x) => /['’]s$/.test(x.text) || /^(?:the|a|an|its|his|her|their)$/.test(x.normal))) {
        const named = personByEnd.get(p.end);
        if (named) return [span(text, named.start, named.end, named.id)];
      }
      if (gap.includes(',') && !listComma(s, i - 1, -1)) break;
      if (p.tags.has('Verb') && !p.tags.has('Noun') && !p.tags.has('Adjective') && !p.tags.has('Participle')) {
        // "X expressed concern ... and warned": the subject of the first verb of the coordination
        if (crossedAnd && depth < 3) return subjectBefore(s, i - 1, depth + 1);
        break;
      }
      // (and "at" after the people at a body: "Researchers at Northeastern University said")
      // (nor in a source's description: "a person familiar with the matter said", "officials briefed
      // on the talks said", "people close to the company")
      // (the noun before may open the sentence, where the tagger reads "People" as a verb)
      const sourceOf = /^(?:with|to|on|in)$/.test(p.normal) && i > 2 && /^(?:familiar|close|briefed|involved|knowledgeable|privy)$/.test(toks[i - 2]!.normal) && (toks[i - 3]!.tags.has('Noun') || (i === 3 && /^\p{Lu}\p{Ll}+$/u.test(toks[0]!.text)));
      if (sourceOf) {
        i -= i === 3 && !toks[0]!.tags.has('Noun') ? 3 : 2;
        continue;
      }
      if (p.tags.has('Preposition') && !['of', 'from', 'for', 'in'].includes(p.normal) && !(p.normal === 'at' && i > 1 && toks[i - 2]!.tags.has('Plural') && toks[i - 2]!.tags.has('Noun') && !toks[i - 2]!.tags.has('Pronoun'))) break;
      if (p.tags.has('Conjunction') && p.normal !== 'and') break;
      // (a subordinator opens the clause: "were killed when gunmen opened fire")
      if (/^(?:when|whenever|while|because|since|until|unless|although|though|whereas|once)$/.test(p.normal)) break;
      // "that" before an article or a name opens the clause: "wrote on Telegram that the attack
      // had killed four" (the attack, not "Telegram that the attack")
      if (p.normal === 'that' && (/^(?:a|an|the|his|her|its|their|our|this|these|those)$/.test(toks[i]!.normal) || toks[i]!.tags.has('ProperNoun'))) break;
      // an article opens the phrase, after a noun of another: "on the day a Russian missile struck"
      if (/^(?:a|an|the)$/.test(toks[i]!.normal) && p.tags.has('Noun') && !p.tags.has('Possessive') && !/^(?:of|and)$/.test(p.normal)) break;
      // "The broadcasts began on August 10 and South Korea says": "and" after a date or number joins clauses
      if (p.normal === 'and' && i > 1 && (toks[i - 2]!.tags.has('Value') || toks[i - 2]!.tags.has('Date') || input.dates.some((d) => d.start <= toks[i - 2]!.start && d.end >= toks[i - 2]!.end))) break;
      // (", and" after a verb joins clauses: "utilities said, and forecasters warned")
      if (p.normal === 'and' && i > 1 && /,/.test(text.slice(toks[i - 2]!.end, p.start)) && finiteVerb(toks[i - 2]!)) break;
      if (p.normal === 'and') crossedAnd = true;
      i--;
    }
    // (also when the phrase is the first verb's object: "X tweeted to Mohamed and said")
    const objectOf = i > 0 && (toks[i - 1]!.tags.has('Preposition') || /^(?:to|with|at|for|from|on|into|by|about)$/.test(toks[i - 1]!.normal) || (toks[i - 1]!.tags.has('Verb') && !AUX.has(toks[i - 1]!.normal)));
    if (crossedAnd && depth < 3 && i > 0 && (!entsIn(toks[i]!.start, end).length || objectOf)) {
      // "X expressed concern over Y and warned": the subject of the first verb of the coordination
      for (let v = i - 1; v >= 0; v--) {
        const t = toks[v]!;
        if (/[;:]/.test(text.slice(t.end, toks[v + 1]!.start))) break;
        if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Participle') && !t.tags.has('Adjective') && !AUX.has(t.normal)) return subjectBefore(s, v, depth + 1);
      }
    }
    // (a name the tagger split, its first word read as a verb: "Downing Street said")
    const near = ents[lastAtOrBefore(ents, toks[i]!.start - 1)];
    const cover = near && near.start < toks[i]!.start && near.end > toks[i]!.start && near.start >= s.start ? near : undefined;
    const start = cover ? cover.start : toks[i]!.start;
    const first = toks[j]!;
    // (and "which" after a comma, the body before it: "the Federal Trade Commission, which argued")
    if (first.normal === 'which' && j === i) {
      const body = relativeAntecedent(span(text, first.start, first.end));
      if (body) return [body];
    }
    if (PRONOUNS.has(first.normal) && (j === i || first.normal === 'who' || !entsIn(start, end).length)) {
      // (a relative pronoun after a comma is the name before it: "by Judge Ann Lee, who said ...")
      const named = first.normal === 'who' ? relativeAntecedent(span(text, first.start, first.end)) : undefined;
      if (named) return [named];
      // (right after its noun, the phrase it restricts: "a group of doctors who argued ...")
      // (the phrase is the nearest: out to its article or possessive, over "of" after a noun of a
      // group only: "the murder of a shopkeeper who was stabbed" is the shopkeeper)
      if (first.normal === 'who' && j > 0 && toks[j - 1]!.tags.has('Noun') && !/[,;:]/.test(text.slice(toks[j - 1]!.end, first.start))) {
        let h = j - 1;
        while (h > 0 && h > j - 8) {
          const x = toks[h - 1]!;
          if (x.normal === 'of' && GROUP_NOUNS.test(toks[h - 2]?.normal ?? '')) h -= 2;
          // (over the place they are in: "thousands of growers in Andalusia who say")
          else if (/^(?:in|at|from)$/.test(x.normal) && ents.some((e) => e.kind === 'place' && e.start === toks[h]!.start) && toks[h - 2]?.tags.has('Noun')) h -= 1;
          else if ((x.tags.has('Noun') || x.tags.has('Adjective') || x.tags.has('Value') || x.tags.has('Determiner')) && !x.tags.has('Pronoun') && x.normal !== 'of' && !/[,;:()"“”]/.test(text.slice(x.end, toks[h]!.start))) h--;
          else break;
          if (/^(?:a|an|the)$/.test(toks[h]!.normal) && !GROUP_NOUNS.test(toks[h + 1]?.normal ?? '')) break;
        }
        const found = entsIn(toks[h]!.start, toks[j - 1]!.end).filter((e) => !(e.kind === 'place' && /\b(?:in|at|from)\s+$/.test(text.slice(Math.max(0, e.start - 6), e.start)) && e.start > toks[h]!.start));
        return found.length ? found.map((e) => span(text, e.start, e.end, e.id)) : [span(text, toks[h]!.start, toks[j - 1]!.end)];
      }
      const ref = antecedent(first.start, first.normal);
      return [span(text, first.start, first.end, ref?.id)];
    }
    // "federal prosecutors in Manhattan", "Police in Leeds", "The National Weather Service in
    // Seattle": a place after "in" says where the ones who speak are
    const all = entsIn(start, end);
    const found = all.filter((e) => !(e.kind === 'place' && e.start > start && /\bin\s+$/.test(text.slice(start, e.start))));
    if (all.length && !found.length) return [span(text, start, end)];
    // "Researchers at Northeastern University", "Doctors from the charity": the people at a body
    // are the phrase, plural before the body's name
    if (found.length && toks[i]!.tags.has('Plural') && !ents.some((e) => e.start === toks[i]!.start) && found.every((e) => e.kind !== 'person' && /\b(?:at|of|from|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 10), e.start)))) return [span(text, start, end)];
    // "an Elysee official", "a Toyota spokeswoman": a body's name modifying the noun that says who;
    // the phrase is the source, not the body
    if (found.length && found.every((e) => e.kind !== 'person' && e.end < first.start) && first.tags.has('Noun') && !first.tags.has('ProperNoun')) return [span(text, start, end)];
    // "Yoon's office", "the minister's spokesman": one whose possessive names the one who speaks
    // is not the speaker (the phrase is)
    if (found.length === 1 && found[0]!.end < end && /^['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:office|spokesm[ae]n|spokeswom[ae]n|spokesperson|lawyers?|attorneys?|aides?|campaign|team|family|representatives?|press\s+secretary)$/u.test(text.slice(found[0]!.end, end))) return [span(text, start, end)];
    if (found.length) return found.map((e) => span(text, e.start, e.end, e.id));
    return [span(text, start, end)];
  };

  /**
   * Who speaks through the cue at token k: its subject, or for a participle after a comma the
   * subject of the clause it hangs on ("The mayor wrote to residents, asking them to ...").
   */
  const speakerBefore = (s: Sentence, k: number): FactSpan[] => {
    const toks = s.tokens;
    if (k > 1 && toks[k]!.tags.has('Gerund') && /,\s*$/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) {
      // (the clause's first such verb outside a quote: '"Demand is insatiable," Bruch told
      // reporters, adding that ...')
      // (the nearest verb of speech before it first: "Blinken will travel to Beijing, a spokesman
      // said, adding that ...")
      let said = k - 1;
      while (said > 0 && !(SPEECH_CUES.has(toks[said]!.normal) && finiteVerb(toks[said]!) && !inQuote(toks[said]!.start))) said--;
      if (said > 0) return subjectBefore(s, said);
      const v = toks.findIndex((x, i) => i < k - 1 && finiteVerb(x) && !AUX.has(x.normal) && !inQuote(x.start));
      if (v > 0) return subjectBefore(s, v);
    }
    // a participle right after the object of the sentence's verb, with no comma, says what that
    // object says for the subject: "she had sent a letter to Trump warning that tariffs would
    // cost jobs" (she)
    if (k > 1 && toks[k]!.tags.has('Gerund') && !/,/.test(text.slice(toks[k - 1]!.end, toks[k]!.start)) && toks[k - 1]!.tags.has('Noun')) {
      const v = toks.findIndex((x, i) => i < k - 1 && finiteVerb(x) && !AUX.has(x.normal) && !inQuote(x.start) && /^(?:sent|sends|send|wrote|writes|issued|issues|published|publishes|posted|posts|released|releases|delivered|delivers)$/.test(x.normal));
      if (v > 0) return subjectBefore(s, v);
    }
    // a cue joined to an earlier one by "but": its speaker (not "and", which may join the clause
    // said: "X told LA Weekly that Y walked in, and told the police ...") ("Streeting said the plan
    // was working, but warned that a strike would set it back")
    if (k > 1 && toks[k - 1]!.normal === 'but' && toks.slice(0, k - 1).some((x) => /[,"”]/.test(text.slice(x.end, x.end + 2)))) {
      let said = k - 2;
      while (said > 0 && !(SPEECH_CUES.has(toks[said]!.normal) && finiteVerb(toks[said]!) && !inQuote(toks[said]!.start))) said--;
      if (said > 0) return subjectBefore(s, said);
    }
    // ... or by "but" to the sentence's first verb, of any kind: "Kemi Badenoch welcomed the move
    // but said it did not go far enough" (Badenoch)
    if (k > 1 && toks[k - 1]!.normal === 'but' && finiteVerb(toks[k]!)) {
      const v = toks.findIndex((x, i) => i < k - 1 && finiteVerb(x) && !AUX.has(x.normal) && !inQuote(x.start));
      if (v > 0 && !toks.slice(v + 1, k - 1).some((x) => finiteVerb(x) && !x.tags.has('Participle'))) return subjectBefore(s, v);
    }
    // ... and by "and" with no comma, when the earlier cue's clause runs up to it: "Kanyuka denied
    // that the group had fighters there and said the army had targeted farmers" (Kanyuka)
    if (k > 1 && coordinatedCue(s, k)) {
      let said = k - 2;
      while (said > 0 && !(SPEECH_CUES.has(toks[said]!.normal) && finiteVerb(toks[said]!) && !inQuote(toks[said]!.start))) said--;
      if (said > 0) return speakerBefore(s, said);
    }
    return subjectBefore(s, k);
  };
  /** The cue at token k follows "and" (no comma) and an earlier finite cue of the sentence: "denied ... and said". */
  const coordinatedCue = (s: Sentence, k: number): boolean => {
    const toks = s.tokens;
    if (toks[k - 1]?.normal !== 'and' || /,/.test(text.slice(toks[k - 2]!.end, toks[k - 1]!.start)) || !finiteVerb(toks[k]!) || !SPEECH_CUES.has(toks[k]!.normal) || inQuote(toks[k]!.start)) return false;
    return toks.slice(0, k - 1).some((x) => SPEECH_CUES.has(x.normal) && finiteVerb(x) && !inQuote(x.start));
  };

  // (statements by where their content starts, indexed once the statements are all read)
  let saidAt: Map<number, Fact> | undefined;
  /**
   * The speaker a pronoun opening their statement's content stands for: "The air force said it
   * shot down 66 drones", "Acme said it would buy Brix" (he, she, it, they or we; one speaker).
   */
  const speakerOfPronoun = (a: FactSpan): FactSpan | undefined => {
    if (!/^(?:he|she|it|they|we)$/i.test(a.text)) return undefined;
    saidAt ??= new Map(facts.filter((f) => f.type === 'statement' && f.args.content).map((f) => [(f.args.content as FactSpan).start, f]));
    const said = saidAt.get(a.start);
    // (not the source a report is "according to": "He met Puigdemont, according to two sources")
    if (said && /^according\b/i.test(said.trigger?.text ?? '')) return undefined;
    const who = said ? (Array.isArray(said.args.speaker) ? said.args.speaker : [said.args.speaker]) : [];
    if (who.length !== 1 || !who[0] || /^(?:he|she|it|they|we|i)$/i.test(who[0].text)) return undefined;
    return who[0];
  };

  /**
   * The doer of a participle: after a comma or a preposition ("stormed the hotel, killing 12",
   * "retaliated by firing"), the subject of the clause's verb; else the subject before it.
   */
  const doerOfParticiple = (s: Sentence, k: number): FactSpan[] => {
    const toks = s.tokens;
    if (k > 1 && GERUND_PREPOSITIONS.has(toks[k - 1]!.normal)) {
      let v = k - 2;
      while (v >= 0 && !(finiteVerb(toks[v]!) && !AUX.has(toks[v]!.normal))) v--;
      // (or the copula of the clause: "USI was not alone in receiving a donation")
      if (v < 0) for (v = k - 2; v >= 0 && !/^(?:is|are|was|were)$/.test(toks[v]!.normal); v--);
      // one fined, sued or praised "for" doing it did it: "the court fined Qantas A$100 million for
      // selling tickets" (Qantas sold them)
      if (v > 0 && /^(?:for|of)$/.test(toks[k - 1]!.normal) && BLAME_VERBS.has(toks[v]!.normal)) {
        const them = objectsAfter(s, v, () => false).spans;
        if (them.length) return them.slice(0, 1);
        // (a name factx does not know: the words up to the fine's amount or a preposition)
        let e = v + 1;
        while (e < k - 1 && !toks[e]!.tags.has('Value') && !toks[e]!.tags.has('Preposition')) e++;
        if (e > v + 1) return [span(text, toks[v + 1]!.start, toks[e - 1]!.end)];
      }
      return v > 0 ? subjectBefore(s, v) : [];
    }
    // after a comma, the subject of the nearest verb before it: "... on the day a Russian missile
    // struck a children's hospital, killing two people" (the missile, not the sentence's speaker)
    if (k > 1 && /,\s*$/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) {
      let v = k - 1;
      // (not an infinitive: "a storm caused a crane to fall, killing 107" is the storm's doing)
      while (v >= 0 && !(finiteVerb(toks[v]!) && !AUX.has(toks[v]!.normal) && !inQuote(toks[v]!.start) && toks[v - 1]?.normal !== 'to')) v--;
      if (v > 0) return subjectBefore(s, v);
    }
    return speakerBefore(s, k);
  };

  /**
   * The person an apposition describes, when a subject is one: "Daniel Montalvo, 19, a member of
   * the church all his life, was arrested" -> Daniel Montalvo.
   */
  const apposedPerson = (a: FactSpan): FactSpan | undefined => {
    if (a.id !== undefined || !/^\p{Ll}/u.test(a.text)) return undefined;
    // back over an article to the comma, and over an age set off by commas (", 19,")
    const lead = /,\s*(?:(?:a|an|the|his|her|their)\s+)?$/i.exec(text.slice(Math.max(0, a.start - 12), a.start));
    if (!lead) return undefined;
    let comma = a.start - lead[0].length;
    const age = /,\s*\d{1,3}\s*$/.exec(text.slice(Math.max(0, comma - 8), comma));
    if (age) comma -= age[0].length;
    const e = entityEndingAt(comma - 1, comma, 'person');
    return e ? span(text, e.start, e.end, e.id) : undefined;
  };

  /** The last entity mention (of a kind) that ends between lo and hi: the name before a comma, or the one a possessive closes. */
  const entityEndingAt = (lo: number, hi: number, kind?: EntityMention['kind']): EntityMention | undefined => {
    for (let i = ents.length - 1; i >= 0; i--) {
      const e = ents[i]!;
      if (e.end >= lo && e.end <= hi && (!kind || e.kind === kind)) return e;
    }
    return undefined;
  };

  /** A call to a person named right after the verb, with nothing said of them: "called his counterpart Hakan Fidan on Monday". */
  const phoneCall = (t: Token): boolean => {
    // (the people after the verb, found by halving: ents are in text order)
    let e: EntityMention | undefined;
    for (let i = lastAtOrBefore(ents, t.end) + 1; i < ents.length && ents[i]!.start - t.end < 50; i++) {
      if (ents[i]!.kind === 'person' && ents[i]!.start > t.end) {
        e = ents[i];
        break;
      }
    }
    return !!e && /^\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(t.end, e.start)) && /^\s*(?:[,.;]|(?:on|in|at|to|and|after|before|last|this|from|for|about|over)\b|$)/.test(text.slice(e.end, e.end + 12)) && !/^\s+for\b/.test(text.slice(t.end, t.end + 5));
  };

  /** The name a relative pronoun stands for: the last one before the comma that opens its clause ("Freedom Magazine, which attacked ..."). */
  const relativeAntecedent = (a: FactSpan): FactSpan | undefined => {
    const comma = text.lastIndexOf(',', a.start);
    if (comma < 0 || !/^,\s*$/.test(text.slice(comma, a.start))) return undefined;
    const e = entityEndingAt(comma - 1, comma);
    return e ? span(text, e.start, e.end, e.id) : undefined;
  };

  /** The head of a noun phrase's names: its person ("Ukrainian Defense Intelligence chief Kyrylo Budanov"), else its last name. */
  const head = (spans: FactSpan[]): FactSpan[] => {
    if (spans.length < 2) return spans;
    const person = [...spans].reverse().find((x) => ents.some((e) => e.start === x.start && e.kind === 'person'));
    return [person ?? spans[spans.length - 1]!];
  };

  /** Entity mentions after token k up to a clause break or a preposition that is not the frame's. */
  const objectsAfter = (s: Sentence, k: number, keep: (w: string) => boolean): { spans: FactSpan[]; end: number } => {
    const toks = s.tokens;
    let j = k + 1;
    const out: FactSpan[] = [];
    let end = toks[k]!.end;
    while (j < toks.length) {
      const t = toks[j]!;
      const gap = text.slice(toks[j - 1]!.end, t.start);
      // (an abbreviated title's point is no sentence's end: "to kidnap Michigan Gov. Gretchen Whitmer")
      if (/[;:()"“”]/.test(gap) || (/\.\s/.test(gap) && !TITLE_ABBREVIATION.test(toks[j - 1]!.text))) break;
      if (gap.includes(',') && !listComma(s, j - 1, 1)) break;
      // ("kidnapped up to 16 advisers": a hedge on a number is no preposition)
      // (nor "at least": "killed at least 12 people")
      const hedge = (t.normal === 'to' && toks[j - 1]?.normal === 'up' && toks[j + 1]?.tags.has('Value')) || (t.normal === 'at' && /^(?:least|most)$/.test(toks[j + 1]?.normal ?? ''));
      if (OBJECT_STOPS.has(t.normal) && !keep(t.normal) && !hedge) break;
      // "and" before a verb or an adverb opens the next predicate: "met her future husband and subsequently left"
      if (t.normal === 'and' && toks[j + 1] && ((toks[j + 1]!.tags.has('Verb') && !toks[j + 1]!.tags.has('Noun')) || toks[j + 1]!.tags.has('Adverb'))) break;
      // (a noun read as a verb after a number, an article or an adjective is still the object: "a 27.7% stake")
      // (nor after a quantity word: "sent more tanks", "fewer troops")
      // (nor a plural read as a verb after a noun, before a preposition: "two patrol boats to")
      const nounish = ((['Value', 'Determiner', 'Adjective'].some((x) => toks[j - 1]!.tags.has(x)) || /^(?:more|fewer|less|additional|further|extra|several|many|dozens|hundreds|thousands)$/.test(toks[j - 1]!.normal)) && !t.tags.has('PastTense')) ||
        (/s$/.test(t.normal) && t.tags.has('PresentTense') && !toks[j - 1]!.tags.has('Plural') && !toks[j - 1]!.tags.has('Pronoun') && !/s$/.test(toks[j - 1]!.normal) && j > k + 2 && (!toks[j + 1] || toks[j + 1]!.tags.has('Preposition') || /^(?:to|from|for)$/.test(toks[j + 1]!.normal)));
      // (nor a participle after an adverb, before the noun it describes: "met Peru's newly elected President")
      const describing = /ly$/.test(toks[j - 1]!.normal) && toks[j - 1]!.tags.has('Adverb') && /ed$/.test(t.normal) && !!toks[j + 1]?.tags.has('Noun');
      if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Participle') && j > k + 1 && !nounish && !describing) break;
      end = t.end;
      j++;
    }
    for (const e of entsIn(toks[k]!.end, end)) out.push(span(text, e.start, e.end, e.id));
    return { spans: out, end };
  };

  /** Entity mentions after "to", "from" or "with" following token k in the sentence. */
  const roleAfter = (s: Sentence, k: number, prep: string): FactSpan[] => {
    const toks = s.tokens;
    for (let j = k + 1; j < toks.length; j++) {
      if (/[;:]/.test(text.slice(toks[j - 1]!.end, toks[j]!.start)) || (/\.\s/.test(text.slice(toks[j - 1]!.end, toks[j]!.start)) && !TITLE_ABBREVIATION.test(toks[j - 1]!.text))) break;
      // (nor past a clause of its own: "acquire Arvelle for $4.1 billion, as the drugmaker seeks to
      // replace revenue from COVID-19 products")
      if (text.slice(toks[j - 1]!.end, toks[j]!.start).includes(',') && /^(?:as|while|which|who|whose|after|before|because|although|though|when|since|but|whereas|even)$/.test(toks[j]!.normal)) break;
      // (nor into an attribution's clause: "was detained at his home, a spokesman told Reuters by phone")
      if (SPEECH_CUES.has(toks[j]!.normal) && toks[j]!.tags.has('Verb') && j > k + 1) break;
      if (toks[j]!.normal !== prep) continue;
      // (a means is no doer: "by phone", "by road", "by helicopter")
      if (prep === 'by' && BY_MEANS.test(toks[j + 1]?.normal ?? '')) continue;
      // (an infinitive's "to" opens no recipient: "provided with material to build a case"; nor
      // does an attribution: "..., according to Western officials")
      if (prep === 'to' && toks[j + 1]?.tags.has('Verb') && !toks[j + 1]!.tags.has('Noun') && !toks[j + 1]!.tags.has('Gerund')) continue;
      if (prep === 'to' && toks[j - 1]?.normal === 'according') break;
      const o = objectsAfter(s, j, () => false);
      if (o.spans.length) return o.spans;
      // no name there: the words themselves, when they are a short noun phrase ("by police", "to the Red Cross")
      const words = span(text, toks[j]!.end, o.end);
      if (words.text && words.text.split(/\s+/).length <= 6 && !input.dates.some((d) => d.start < words.end && words.start < d.end)) return [words];
    }
    return [];
  };

  const modalityAt = (s: Sentence, k: number): { negated: boolean; modality: Fact['modality'] } => {
    let negated = false;
    let modality: Fact['modality'] = 'asserted';
    // (within the trigger's clause: not "Asked whether she would resign, Ortiz said")
    let from = Math.max(0, k - 4);
    for (let j = k; j > from; j--) if (/[,;:]/.test(text.slice(s.tokens[j - 1]!.end, s.tokens[j]!.start))) from = j;
    for (let j = from; j < k; j++) {
      const w = s.tokens[j]!.normal;
      // (a negation of the verb itself, over auxiliaries and "to": not "was not alone in receiving")
      const verbal = s.tokens.slice(j + 1, k).every((x) => AUX.has(x.normal) || x.tags.has('Adverb') || x.tags.has('Modal') || x.normal === 'to' || CATENATIVES.has(x.normal) || GERUND_CATENATIVES.has(x.normal));
      if (NEGATIONS.has(w) && verbal) negated = true;
      // a verb or modal, not a noun after an article: "rejected the plan, according to" plans nothing
      const noun = /^(?:the|a|an|its|his|her|their|our|this|that)$/.test(s.tokens[j - 1]?.normal ?? '');
      if (MODALITY[w] && modality === 'asserted' && !noun) modality = MODALITY[w]!;
    }
    // what a plot, a bid or an attempt is to do is not done: "a plot to kidnap the governor"
    if (modality === 'asserted' && s.tokens[k - 1]?.normal === 'to' && k >= 2 && intentNoun(s.tokens, k - 2)) modality = INTENT_NOUNS[s.tokens[k - 2]!.normal]!;
    // an infinitive of purpose shares its clause's modality: "would arrive in Cairo on Wednesday to
    // meet Egyptian mediators" (planned, as the arrival is)
    if (modality === 'asserted' && s.tokens[k - 1]?.normal === 'to') {
      for (let j = k - 2; j >= 0 && j >= k - 14; j--) {
        if (/[,;:]/.test(text.slice(s.tokens[j]!.end, s.tokens[j + 1]!.start))) break;
        const w = s.tokens[j]!.normal;
        if (MODALITY[w] && !/^(?:the|a|an|its|his|her|their|our|this|that)$/.test(s.tokens[j - 1]?.normal ?? '')) {
          modality = MODALITY[w]!;
          break;
        }
      }
    }
    return { negated, modality };
  };

  const add = (f: Omit<Fact, 'rule'>, rule: string) => facts.push({ ...f, ...(input.explain ? { rule } : {}) });
  /** People by where their mention ends (a name right before a cue, found without a scan). */
  const personByEnd = new Map(ents.filter((e) => e.kind === 'person').map((e) => [e.end, e]));

  // ---- statements --------------------------------------------------------------------------
  const usedCue = new Set<Token>();
  const usedQuote = new Set<number>();
  let lastSpeaker: FactSpan[] | undefined;
  let lastParagraphHadStatement = false;
  for (const s of analysis.sentences) {
    const toks = s.tokens;
    // a dateline is no part of what the first sentence says
    const sStart = Math.max(s.start, input.bodyStart ?? 0);
    const sentenceEnd = /^[.!?]/.test(text.slice(s.end, s.end + 1)) ? s.end : s.end;
    const paragraphStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const newParagraph = paragraphStart >= s.start - 1 || text.slice(paragraphStart, s.start).trim() === '';
    if (newParagraph && !lastParagraphHadStatement) lastSpeaker = undefined;
    if (newParagraph) lastParagraphHadStatement = false;
    let found = false;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      const according = t.normal === 'according' && toks[k + 1]?.normal === 'to';
      // (or a clause with its own verb right after a ruling or finding: "Greek court rules worship
      // of ancient deities is legal", "the panel concluded the drug was safe")
      const clauseAfter = (): boolean => {
        // (a headline drops articles: "Greek court rules worship of ancient deities is legal")
        const headline = headlineLine(lineAround(t.start, t.end));
        const opens = toks[k + 1] && (/^(?:the|a|an|this|these|those|its|his|her|their|no|all|\p{Lu})/u.test(toks[k + 1]!.text) || (headline && toks[k + 1]!.tags.has('Noun')));
        if (!opens || toks[k + 1]!.tags.has('Preposition')) return false;
        for (let i = k + 1; i < toks.length && i <= k + 12; i++) {
          const x = toks[i]!;
          if (/[,;:]/.test(text.slice(toks[i - 1]!.end, x.start)) || /^(?:which|who|that|whom)$/.test(x.normal)) return false;
          if (finiteVerb(x) && i > k + 1) return true;
        }
        return false;
      };
      // (or closing the sentence after its subject and a comma: "Reed must report by Jan. 15, the
      // judge ruled.", "..., the study concluded.")
      const closesAttribution = (): boolean => {
        if (!/^["”’]?\s*[.!?]?["”’]?\s*$/.test(text.slice(t.end, sentenceEnd + 1))) return false;
        const near = text.slice(Math.max(0, t.start - 60), t.start);
        const comma = near.includes(',') ? t.start - near.length + near.lastIndexOf(',') : -1;
        return comma > s.start && t.start - comma < 60 && !/[;:"“”]/.test(text.slice(comma + 1, t.start)) && text.slice(comma + 1, t.start).trim().split(/\s+/).length <= 6;
      };
      const thatCue = THAT_CUES.has(t.normal) && (toks[k + 1]?.normal === 'that' || toks[k + 2]?.normal === 'that' || (!/^(?:found|finds)$/.test(t.normal) && clauseAfter()) || (/ed$/.test(t.normal) && closesAttribution()));
      // a quote after the cue, right after it or after a colon that closes a few words with no
      // verb: 'She continued: "..."', 'tweeted using his account: "..."', 'concluded, "..."'
      const cueWord = SPEECH_CUES.has(t.normal) || QUOTE_CUES.has(t.normal) || THAT_CUES.has(t.normal);
      const quoteAfter = !cueWord ? undefined : quotes.find(([a]) => a >= t.end && a <= sentenceEnd + 2 && (/^\s*[:,]?\s*$/.test(text.slice(t.end, a)) && a <= t.end + 4 ||
        ((/^[^"“”.!?;\n]{1,80}:\s*$/.test(text.slice(t.end, a)) || (/^(?:told|tells|asked|asks)$/.test(t.normal) && /^\s+[^"“”.!?;:,\n]{1,40},\s*$/.test(text.slice(t.end, a))) || (/^(?:said|says|say)$/.test(t.normal) && /^\s+to\s+[^"“”.!?;:,\n]{1,30},\s*$/.test(text.slice(t.end, a)))) &&
          // (a participle after its noun is no verb: "said in a statement read outside court: ...")
          !toks.some((x, i) => x.start > t.end && x.end <= a && finiteVerb(x) && !/^(?:the|a|an|his|her|their|its|our|my|your)$/.test(toks[i - 1]?.normal ?? '') && !(/^(?:statement|message|letter|post|video|note)$/.test(toks[i - 1]?.normal ?? '') && /(?:ed|read|sent|put out)$/.test(x.normal))))));
      const quoteCue = (QUOTE_CUES.has(t.normal) || THAT_CUES.has(t.normal)) && quoteAfter !== undefined;
      // a request: "called for a ceasefire", "asking the council to act", "pleaded with him to stay"
      const callFor = CALL_CUES.has(t.normal) && toks[k + 1]?.normal === 'for';
      const toAt = REQUEST_CUES.has(t.normal) ? toks.findIndex((x, i) => i > k + 1 && i <= k + 10 && x.normal === 'to' && toks[i + 1]?.tags.has('Verb') && !toks.slice(k + 1, i).some((y) => y.tags.has('Verb') || y.normal === 'that')) : -1;
      const requestTo = toAt > 0;
      // what someone calls a thing: "the Church describes as a religious retreat", "characterized
      // homeopathy as a form of quackery" (the content is what follows the cue)
      const asAt = DESCRIBE_CUES.has(t.normal) ? toks.findIndex((x, i) => i > k && i <= k + 20 && x.normal === 'as' && !toks.slice(k + 1, i).some((y) => finiteVerb(y))) : -1;
      const describes = asAt > 0 && asAt + 1 < toks.length;
      if (!according && !SPEECH_CUES.has(t.normal) && !thatCue && !quoteCue && !callFor && !requestTo && !describes) continue;
      if (/^\p{Lu}/u.test(t.text) && k > 0 && !according) continue; // "the United States"
      // (a request's or description's verb the tagger left bare or took for a noun: "It is also
      // encouraging citizens to ask", "which the Church describes as a retreat")
      if (!t.tags.has('Verb') && !according && !((requestTo || describes) && /(?:ing|ed|s)$/.test(t.normal))) continue;
      // "an estimated cost", "the reported deal": a participle after an article is no cue; "after news
      // of it was reported, ...": a passive cue with no "that" after it has no speaker to report
      if (!according && /^(?:a|an|the)$/.test(toks[k - 1]?.normal ?? '')) continue;
      // a participle right after a conjunction has no speaker: "If confirmed, Greer would ...",
      // "When asked about the deal, Smith said ...", "Unless reported, losses grow"
      if (!according && /^(?:if|when|once|unless|until|while|though|although|whether)$/.test(toks[k - 1]?.normal ?? '') && /ed$|^(?:told|said|asked)$/.test(t.normal)) continue;
      let pk = k - 1;
      while (pk > 0 && toks[pk]!.tags.has('Adverb') && !AUX.has(toks[pk]!.normal)) pk--;
      if (!according && !/ing$/.test(t.normal) && /^(?:was|were|been|being|be|is|are)$/.test(toks[pk]?.normal ?? '') && !(TELLING_CUES.has(t.normal) ? /^\s*(?:that|to|by|:)\b/ : /^\s*(?:that|by|as|:)\b/).test(text.slice(t.end, t.end + 6))) continue;
      // a gerund reports speech when a clause or quote follows ("saying that", ", claiming the vote
      // was rigged"), not after a preposition ("barred from claiming asylum")
      if (!according && t.tags.has('Gerund') && /^(?:from|of|for|by|without|about|in)$/.test(toks[k - 1]?.normal ?? '') && !/^\s*(?:that\b|[:,]?\s*["“])/.test(text.slice(t.end, t.end + 8))) continue;
      if (inQuote(t.start) || usedCue.has(t)) continue;
      // calling something off, up or in is cancelling or summoning, not speech: "called off a strike"
      if (!according && /^(?:call|calls|called|calling)$/.test(t.normal) && /^(?:off|up|in|out|back)$/.test(toks[k + 1]?.normal ?? '')) continue;
      // adding a number is scoring or counting, not speech: "Jamal Murray added 22 points", "the
      // economy added 150,000 jobs", "added another goal"
      if (!according && /^(?:add|adds|added|adding)$/.test(t.normal) && (toks[k + 1]?.tags.has('Value') || /^(?:another|a|an|two|three|four|five|six|seven|eight|nine|ten)$/.test(toks[k + 1]?.normal ?? '') && /^(?:\S+\s+)?(?:points?|goals?|runs?|rebounds?|assists?|yards?|touchdowns?|jobs?|wickets?|strokes?|seats?|members?|customers?|subscribers?|shares?)\b/.test(text.slice(toks[k + 1]!.end + 1, toks[k + 1]!.end + 40)))) continue;
      // writing for a paper, or about a subject, is work, not words said: 'wrote for "The New
      // Yorker"', "writes about food" (but 'wrote: "..."', "wrote that ...", 'writing in a blog
      // post "..."', '"...," the judge wrote in a 38-page ruling')
      const quotedBefore = /[,!?]\s*["”]\s+(?:[\p{L}.'’-]+\s+){1,5}$/u.test(text.slice(Math.max(s.start, t.start - 80), t.start));
      const writesFor = /^(?:for|about|under|with|from|to|at)$/.test(toks[k + 1]?.normal ?? '') || (/^(?:in|on)$/.test(toks[k + 1]?.normal ?? '') && !/^[^"“.;!?]{0,50}["“]/.test(text.slice(t.end, t.end + 60)));
      if (!according && /^(?:write|writes|wrote|writing|written)$/.test(t.normal) && writesFor && !quoteAfter && !quotedBefore && !toks.slice(k + 2, k + 9).some((x) => x.normal === 'that')) continue;
      // a message's participle is no cue: "in a statement read outside court", "a letter read aloud"
      if (t.normal === 'read' && /^(?:statement|message|letter|note|speech|declaration)$/.test(toks[k - 1]?.normal ?? '')) continue;
      // a cue inside a relative clause whose pronoun is what is said of: "Rwanda, which U.N.
      // experts say backs M23, has denied it" (what the experts say has no words of its own)
      if (!according && /,\s*(?:which|who)\s+(?:[\p{L}.'’-]+\s+){1,4}$/u.test(text.slice(Math.max(s.start, t.start - 60), t.start)) && !!toks[k + 1] && (finiteVerb(toks[k + 1]!) || toks[k + 1]!.tags.has('Copula') || AUX.has(toks[k + 1]!.normal))) continue;
      // ... nor one whose object is the relative pronoun, with nothing said after it: "allegations,
      // which he denies.", "a claim that the ministry rejected"
      if (!according && /(?:,\s*which|\bthat)\s+(?:[\p{L}.'’-]+\s+){1,3}(?:(?:has|have|had|also|strongly|repeatedly|firmly|flatly)\s+)?$/u.test(text.slice(Math.max(s.start, t.start - 50), t.start)) && /^\s*(?:$|[.,;)]|and\b|but\b)/.test(text.slice(t.end, Math.min(t.end + 6, sentenceEnd + 1)))) continue;
      // reporting a thing is no speech: "Honda, which reports results on Friday" (but "reports
      // Putin will attend", "reported the deal was off")
      // (over the figure's article and describing words: "reported a record third-quarter profit")
      let thing = k + 1;
      while (thing < k + 5 && toks[thing] && !REPORTED_THINGS.test(toks[thing]!.normal) && (toks[thing]!.tags.has('Determiner') || toks[thing]!.tags.has('Adjective') || toks[thing]!.tags.has('Value') || (toks[thing]!.tags.has('Noun') && !toks[thing]!.tags.has('Plural') && !toks[thing]!.tags.has('ProperNoun'))) && !/[,;]/.test(text.slice(toks[thing]!.end, toks[thing]!.end + 1))) thing++;
      if (/^(?:report|reports|reported|reporting)$/.test(t.normal) && !according && REPORTED_THINGS.test(toks[thing]?.normal ?? '') && !toks.slice(thing + 1, thing + 3).some((x) => finiteVerb(x) || x.tags.has('Modal') || AUX.has(x.normal))) continue;
      // a name given is no speech: "The compound, called clovibactin, was isolated"
      if (/^(?:called|named|dubbed)$/.test(t.normal) && /,\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^\s+(?:[\p{L}\d'’-]+\s+){0,2}[\p{L}\d'’-]+\s*,/u.test(text.slice(t.end, t.end + 40))) continue;
      // anonymity asked for is no speech: "said a diplomat who asked not to be named"
      if (/^(?:asked|asking|requested|requesting)$/.test(t.normal) && /^\s+not\s+to\s+be\s+(?:named|identified|quoted)\b/i.test(text.slice(t.end, t.end + 30))) continue;
      // a telephone call to someone is no speech: "called his Turkish counterpart Hakan Fidan on Monday"
      if (/^(?:call|calls|called|calling|phoned|rang)$/.test(t.normal) && phoneCall(t)) continue;
      // "called" and "asked" only report speech before "for", "on" or a clause: "called for talks"
      const next = toks[k + 1];
      const trigger = according ? span(text, t.start, next!.end) : span(text, t.start, t.end);
      const mod = modalityAt(s, k);
      // a quote right before: '"...," said X' / '"...," X said'
      const before = text.slice(Math.max(s.start - 3, 0), t.start);
      // a quote already given to a cue is not another's; a cue followed by its quote takes that one
      // (or a titled name right before the cue, whose title may be lower-case or abbreviated:
      // '"...," prosecutor Ann Lee told the court', '"...," Assistant U.S. Attorney Ann Lee said')
      let gapStart = t.start;
      while (gapStart > 0 && /\s/.test(text.charAt(gapStart - 1))) gapStart--;
      const named = personByEnd.get(gapStart);
      const titledBefore = (b: number) => !!named && named.start >= b && /^["”’]?,?["”’]?\s+(?:[\p{L}.'’-]+\s+){0,6}$/u.test(text.slice(b, named.start));
      // (not a quote closed by a full stop, after which a new sentence opens: '... had to "make
      // difficult choices." Unite, which represents ..., said it would fight')
      const quoteBefore = quoteAfter ? undefined : quotes.find(([a, b]) => !usedQuote.has(a) && !(/\.["”]$/.test(text.slice(b - 2, b)) && /^\s+\p{Lu}/u.test(text.slice(b, b + 3))) && b <= t.start && b >= t.start - 160 && b >= paragraphStart - 4000 && (titledBefore(b) || (/^[\s,]*(?:(?:\p{Lu}[\p{L}.'’-]*|he|she|they|we|I|it|the|a|an|his|her|their|its|our|one|another|two|three|some|several|police|officials)(?:[\s,]+[\p{L}\p{N}.'’-]+){0,20})?[\s,]*$/u.test(text.slice(b, t.start)) && !/[.!?]\s+\p{Lu}|\n/u.test(text.slice(b, t.start)))) && (b >= s.start - 3 || a >= s.start - 3));
      let speaker: FactSpan[] = [];
      let content: FactSpan | undefined;
      if (according) {
        // the source runs to the next comma or the sentence's end: "According to Kenya's Ambassador to the United Nations Grace Otieno, ..."
        const comma = text.indexOf(',', next!.end);
        let srcEnd = comma > 0 && comma < sentenceEnd ? comma : sentenceEnd;
        // (over an apposition that says who the source is: "According to John Smith, head of
        // research at Kestrel Partners, demand is weak")
        const second = srcEnd < sentenceEnd ? text.indexOf(',', srcEnd + 1) : -1;
        if (second > 0 && second < sentenceEnd && second - srcEnd < 90) {
          const words = s.tokens.filter((x) => x.start > srcEnd && x.end <= second);
          const first = words[0];
          const opensRole = !!first && (isTitleHead(first.normal) || singularTitle(first.normal) !== undefined || (/^(?:a|an|the)$/.test(first.normal) && words.slice(1, 6).some((x) => isTitleHead(x.normal))));
          if (opensRole && !words.some((x) => finiteVerb(x) && !isTitleHead(x.normal))) srcEnd = second;
        }
        // no comma after a source named first: "According to Rathbun the property was returned"
        const named = /^\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?:the|a|an|his|her|its|their|he|she|they|it|this|these|there)\s/u.exec(text.slice(next!.end, sentenceEnd));
        if (named && srcEnd === sentenceEnd && /(?:^|[.!?]["”’]?)\s*$/.test(text.slice(s.start, t.start))) srcEnd = next!.end + named[0].length - named[0].replace(/^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}/u, '').length - 1;
        const found = entsIn(next!.end, srcEnd);
        // "according to an EU diplomat": a body's name that modifies the noun naming the source is no source
        // (nor two: "according to U.S. and South Korean officials"; nor before a noun of a few words:
        // "according to the Gaza health ministry")
        const modifier = found.length > 0 && found.every((e) => e.kind !== 'person') && /^\.?(?:\s+and(?:\s+\p{Lu}[\p{L}.]*){1,3})?(?:\s+\p{Ll}[\p{Ll}-]*){1,3}\s*$/u.test(text.slice(found[found.length - 1]!.end, srcEnd));
        // (a thing that tells it, with the names of where it was told after it, is the source: "a
        // study published on Wednesday in the New England Journal of Medicine")
        // (or papers without an article: "according to court papers filed in Harrison County")
        const document = /^\s+(?:a|an|the)\s+(?:new\s+|recent\s+|latest\s+)?(?:study|report|survey|poll|analysis|paper|review|statement|document|letter|memo|filing|assessment)\b/i.test(text.slice(next!.end, srcEnd)) || /^\s+(?:court|police|company|government|official|regulatory|securities|tax|internal)?\s*(?:papers|documents|filings|records|minutes|transcripts)\b/i.test(text.slice(next!.end, srcEnd));
        speaker = found.length && !modifier && !document ? head(found.map((e) => span(text, e.start, e.end, e.id))) : [span(text, next!.end, srcEnd)];
        // "according to X, CONTENT" or "CONTENT, according to X"
        const opens = /(?:^|[.!?]["”’]?)\s*$/.test(text.slice(s.start, t.start));
        // "X said CONTENT, according to Y": Y is where X's figure comes from, no statement of its own
        // (looked for from the end, back to the sentence's start: the facts are in text order)
        let told: Fact | undefined;
        for (let i = facts.length - 1; i >= 0 && !told; i--) {
          const f = facts[i]!;
          if (f.trigger && f.trigger.start < s.start) break;
          if (f.type === 'statement' && f.trigger && f.trigger.end <= t.start) told = f;
        }
        if (!opens && told) {
          const c = told.args.content as FactSpan;
          const cut = text.lastIndexOf(',', t.start);
          if (c.start < cut && c.end > t.start) told.args.content = span(text, c.start, cut);
          continue;
        }
        // "which, according to AFP, the UN has criticised": the clause after the source is what it says
        const inserted = srcEnd < sentenceEnd && /\b(?:which|that|but|and|while|whereas|as|because)\s*,\s*$/i.test(text.slice(s.start, t.start));
        content = srcEnd < sentenceEnd && (opens || inserted) ? span(text, srcEnd + (text.charAt(srcEnd) === ',' ? 1 : 0), sentenceEnd) : span(text, sStart, t.start);
      } else if (quoteBefore) {
        content = span(text, quoteBefore[0] + 1, quoteBefore[1] - 1);
        // '"...," said X' (speaker after) or '"...," X said'
        const between = text.slice(quoteBefore[1], t.start).trim().replace(/^,/, '').trim();
        speaker = between ? subjectBefore(s, k) : objectsAfter(s, k, () => false).spans;
        // an abbreviated title after the cue ends compromise's sentence: '"...," said Rep. Patrick McHenry'
        // (after a role in lower case too: '"...," said lead author Dr. Rachel Hume')
        // (looked for among the names just after the cue, found by halving)
        let titled: EntityMention | undefined;
        for (let i = lastAtOrBefore(ents, t.end) + 1; !between && !titled && i < ents.length && ents[i]!.start - t.end < 60; i++) {
          const e = ents[i]!;
          if (e.kind === 'person' && e.start > t.end && /^\s*(?:[\p{Ll}-]+\s+){0,3}(?:Rep|Sen|Gov|Lt|Gen|Col|Dr|Mr|Mrs|Ms|Prof|Rev|Sgt|Capt|Maj|Adm|Cmdr|Supt|Insp|Det|Amb|Atty)\.\s*$/u.test(text.slice(t.end, e.start))) titled = e;
        }
        if (titled) speaker = [span(text, titled.start, titled.end, titled.id)];
        if (!speaker.length && !between) {
          const o = objectsAfter(s, k, () => false);
          speaker = o.end > t.end ? [span(text, t.end, o.end)] : [];
        }
      } else if (quoteAfter) {
        speaker = speakerBefore(s, k);
        content = span(text, quoteAfter[0] + 1, quoteAfter[1] - 1);
        // '"A," X told reporters, "B."': one statement over both quotes
        const opening = quotes.find(([a, b]) => !usedQuote.has(a) && b <= t.start && /,["”]$/.test(text.slice(b - 2, b)) && t.start - b <= 80 && a >= paragraphStart && !/[.!?]\s|\n/.test(text.slice(b, t.start)));
        if (opening) content = span(text, opening[0] + 1, quoteAfter[1] - 1);
      } else {
        const after = text.slice(t.end, sentenceEnd);
        const subj = speakerBefore(s, k);

        // "..., X said." / "..., said X.": the content is the sentence before the attribution
        // ", said X." (inverted): the comma is right before the cue
        // (a headline's speaker is often no name: "Document found on street not secret, say feds")
        const [cueLineStart, lineEnd] = lineAround(t.start, t.end);
        const headlineSpeaker = /,\s*$/.test(text.slice(s.start, t.start)) && lineEnd - cueLineStart < 150 && /^\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s*$/u.test(text.slice(t.end, lineEnd)) && SPEECH_CUES.has(t.normal);
        // (or a description of one: ", said a diplomat who asked not to be named", ", said one
        // official")
        // (the description's words, up to "who", a preposition or a comma, hold no verb)
        // (not the one told after a verb of telling: ", her daughter told the newspaper Aftenposten")
        const description = /,\s*$/.test(text.slice(s.start, t.start)) && SPEECH_CUES.has(t.normal) && !TELLING_CUES.has(t.normal) ? /^\s+(?:a|an|the|one|another|two|three|several|some)\s+(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+(?=\s*(?:$|,|\s(?:who|with|for|at|of|in|on|from)\b))/u.exec(after) : null;
        // (and a clause of its own said before it: not "X's spokesman, Pawel Wronski, confirmed the
        // visit", whose subject is set off by commas)
        const clauseBefore = s.tokens.some((x) => x.start >= sStart && x.end <= t.start && finiteVerb(x) && !/^\p{Lu}/u.test(x.text) && !inQuote(x.start));
        const describedAfter = !!description && clauseBefore && !s.tokens.some((x) => x.start > t.end && x.end <= t.end + description[0].length && finiteVerb(x));
        const inverted = /,\s*$/.test(text.slice(s.start, t.start)) && (headlineSpeaker || describedAfter || ents.some((e) => e.start >= t.end && /^\s*$/.test(text.slice(t.end, e.start))));
        const comma = inverted ? text.slice(0, t.start).lastIndexOf(',') : text.lastIndexOf(',', subj[0]?.start ?? t.start);
        // (a participle's clause may follow the attribution: ", a State Department spokesman said,
        // adding that no date had been set")
        // (or a clause joined after it: ", utilities said, and forecasters warned ...", ", Governor
        // Ann Lee told reporters, as the naira weakened"; the one told is passed over; or any
        // participle's clause that goes on from the sentence: ", Merz said, ending a dispute"; or
        // the occasion: ", the minister told reporters after talks with his counterpart")
        const toldWhom = TELLING_CUES.has(t.normal) ? /^\s+(?!(?:to|that|about|of|how|what|why|when|whether|if)\b)(?:(?:the|a|an)\s+)?(?:[\p{L}’'.-]+\s+){0,4}?[\p{L}’'.-]+(?=\s*(?:,|$)|\s+(?:after|before|following|during)\s)/u.exec(after) : null;
        const rest = toldWhom ? after.slice(toldWhom[0].length) : after;
        // (also over where it was said: ", his ministry said in a statement, adding that ...")
        const tail = headlineSpeaker || describedAfter || WHERE_SAID_THEN_PARTICIPLE.test(rest) || /^\s*,\s*(?:adding|saying|noting|stressing|citing|insisting|warning|explaining|arguing|as|and|while|but|amid|after|although|though|because|even\s+as|\p{Ll}{2,}ing)\b/u.test(rest) || /^\s*(?:$|on\b|in\b|at\b|citing\b|quoting\b|(?:after|before|following|during|while|when)\s+\p{Ll}+ing\b|(?:after|before|following|during|at)\s+(?:a|an|the|his|her|their|its)?\s*(?:[\p{Ll}-]+\s+){0,2}(?:talks|meeting|meetings|briefing|summit|hearing|session|visit|call|interview|conference|debate|vote|ceremony|game|match|race)\b|,|[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)*\s*(?:$|on\b|in\b|,))/u.test(rest) && !/\bthat\b/.test(rest.slice(0, 30));
        // a quote in the clause after the cue: 'wished the Kremlin leader "victory."'
        // (not after "that", which opens a clause the quote is part of: 'saying that the Commission "welcomes it"')
        // (not a quote that is the verb of a clause said: 'said Beijing "firmly opposes" the measures')
        const verbQuote = (a: number) => {
          const inside = s.tokens.filter((x) => x.start > a).slice(0, 2);
          return /^\p{Ll}/u.test(inside[0]?.text ?? '') && inside.some((x, i) => finiteVerb(x) && (i === 0 || inside[0]!.tags.has('Adverb')));
        };
        const quoteIn = quotes.find(([a, b]) => a > t.end && b <= sentenceEnd + 2 && !/[,;]|\bthat\b/.test(text.slice(t.end, a)) && !s.tokens.some((x) => x.start >= t.end && x.end <= a && x.tags.has('Verb')) && !(a > t.end + 1 && verbQuote(a)));
        if (quoteIn) {
          content = span(text, quoteIn[0] + 1, quoteIn[1] - 1);
          speaker = subj;
        } else if (comma > sStart && tail && text.slice(sStart, comma).split(/\s+/).length >= 4) {
          // "..., the EU's foreign policy chief, Josep Borrell, said": the speaker's title set off
          // before the name is no part of the content
          let cut = comma;
          const prevComma = text.lastIndexOf(',', comma - 1);
          const title = prevComma > sStart ? text.slice(prevComma + 1, comma).trim() : '';
          if (/^(?:the|a|an|his|her|its|their)\s/i.test(title) && title.split(/\s+/).length <= 8 && !toks.some((x) => x.start > prevComma && x.end <= comma && x.tags.has('Verb') && !x.tags.has('Noun'))) cut = prevComma;
          content = span(text, sStart, cut);
          speaker = !inverted && subj[0] && subj[0].start > comma ? subj : objectsAfter(s, k, () => false).spans;
          // (a description after the cue is the speaker: "said a diplomat who asked not to be named")
          if (describedAfter && !speaker.length) {
            const np = /^\s+[^,]*?(?=\s+who\b|\s*,|\s*$)/.exec(after)![0];
            speaker = [span(text, t.end, t.end + np.length)];
          }
          if (headlineSpeaker) {
            // the words that close the headline ("Fed chief"), pointing at the one name among them
            const from = t.end + (text.slice(t.end).length - text.slice(t.end).trimStart().length);
            const inside = ents.filter((e) => e.start >= from && e.end <= lineEnd);
            speaker = [span(text, from, lineEnd, inside.length === 1 ? inside[0]!.id : undefined)];
          }
        } else {
          // "X said (that) CONTENT", "X told Y (that) CONTENT"
          let from = t.end;
          if (callFor) from = toks[k + 1]!.end;
          // "pleaded with him to send ...": the one asked after a preposition is no part of the request
          else if (requestTo && /^(?:with|to)$/.test(toks[k + 1]?.normal ?? '')) from = toks[toAt]!.start;
          else if (requestTo) from = t.end;
          else if (TELLING_CUES.has(t.normal)) {
            // the one told: a name, else one noun ("told reporters the ruling would ...")
            const o = objectsAfter(s, k, () => false);
            const firstNoun = s.tokens.slice(k + 1).find((x) => x.tags.has('Noun') && x.end <= o.end);
            // (over the noun it makes a compound with: "told a news conference the committee had voted")
            const at = firstNoun ? s.tokens.indexOf(firstNoun) : -1;
            const second = at >= 0 ? s.tokens[at + 1] : undefined;
            const compound = !!second && /^(?:conference|briefing|committee|hearing|summit|rally|meeting|session|forum|audience|gathering)$/.test(second.normal) && /^\s+$/.test(text.slice(firstNoun!.end, second.start));
            from = o.spans.length ? o.spans[0]!.end : firstNoun ? (compound ? second!.end : firstNoun.end) : o.end;
            // (over a phrase that says which of them: "asked residents of low-lying parishes to leave")
            if (/^\s+(?:of|in|from|across|along|near|on)\s/.test(text.slice(from, from + 9))) {
              const opens = toks.findIndex((x, i) => x.start > from && i > k && ((x.normal === 'to' && !!toks[i + 1]?.tags.has('Verb')) || x.normal === 'that'));
              if (opens > 0 && opens - k <= 10 && toks.slice(k + 1, opens).every((x) => x.start < from || !(finiteVerb(x) || /[,;]/.test(x.text)))) from = toks[opens - 1]!.end;
            }
          }
          // ("said at least 12 people died": "at least" opens the content, not a place)
          const m = /^\s*(?:(?!at\s+(?:least|most)\b)(?:on|in|at|during|last|this|earlier|later|late|early)\s+[^,;]{1,40}?\s+)?(?:that\s+(?!(?:is|was|will|would|has|had|could|can|may|might|should|must|seems|means|makes)\b))?/.exec(text.slice(from, sentenceEnd))!;
          // the words before "that" say where or when it was said: "said in a statement last week that"
          // (not a clause of the content's own: "says it is crucial that ...")
          // ("that" right before a verb is the clause's subject: "Critics say that is too late")
          const that = /^(?:\s+\S+){0,8}?\s+that\s+(?!(?:is|was|will|would|has|had|could|can|may|might|should|must|seems|means|makes)\b)/.exec(text.slice(from, sentenceEnd));
          const ownClause = that && toks.some((x) => x.start >= from && x.end <= from + that[0].length && x.tags.has('Verb') && !x.tags.has('Participle') && !x.tags.has('Gerund'));
          // (nor a "that" of a participle's clause after the cue: "said in a statement, adding that")
          const participial = !!that && PARTICIPLE_AFTER_COMMA.test(that[0]);
          // (a message it was said in, with no "that" after: "said in a statement it was pleased")
          const message = SAID_IN_MESSAGE.exec(text.slice(from, sentenceEnd));
          if (message && message[0].length > m[0].length) m[0] = message[0];
          if (that && !ownClause && !participial && that[0].length > m[0].length) m[0] = that[0];
          // (up to a cue of the same speaker joined by "and": "denied that ... and said ...")
          const joined = toks.findIndex((x, i) => x.start > from && i > 1 && coordinatedCue(s, i) && toks.slice(k + 1, i - 1).every((y) => !(SPEECH_CUES.has(y.normal) && finiteVerb(y))));
          content = span(text, from + m[0].length, joined > 0 ? toks[joined - 1]!.start : sentenceEnd);
          // a day right after the cue is when it was said: "said Saturday his team would ..." (not "said Monday's vote was close")
          const lead = input.dates.find((d) => d.start === content!.start && (d.type === 'date' || d.type === 'time') && !/^['’]s\b/.test(text.slice(d.end, d.end + 3)));
          if (lead) {
            const rest = /^,?\s+(?:that\s+)?/.exec(text.slice(lead.end, sentenceEnd));
            if (rest) content = span(text, lead.end + rest[0].length, sentenceEnd);
          }
          speaker = subj;
        }
      }
      // a linking adverb of the story opening the sentence is no part of what was said:
      // "Separately, NATO's chief will visit Kyiv next week, his spokeswoman said"
      if (content && !quotes.some(([a, b]) => content!.start >= a && content!.end <= b)) {
        // (nor a live report's time stamp: "1215 GMT - At least one person was killed")
        const link = /^(?:(?:Separately|Meanwhile|Elsewhere|However|Also|Still|Moreover|Furthermore|Additionally|In addition|In other news),|\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|ET|EST|EDT|BST|CET|[ap]\.?m\.?)?\s+[-–—])\s+/i.exec(content.text);
        if (link) content = span(text, content.start + link[0].length, content.end);
      }
      // an attribution closing the sentence belongs to another statement, not to this one's content:
      // "urging him to end the war, Indian officials said" (the officials' statement holds it all)
      if (content && !quotes.some(([a, b]) => content!.start >= a && content!.end <= b)) {
        const tail = /,\s*(?:according\s+to\s+[^,;]{2,60}|(?:the\s+|an?\s+)?(?:[\p{L}.'’-]+\s+){0,5}(?:said|says|told\s+\p{L}+|reported|added|stated))\s*$/u.exec(content.text);
        if (tail && tail.index > 0) content = span(text, content.start, content.start + tail.index);
        // (and one that goes on with a participle's clause of its own: "urged both sides to
        // exercise restraint, his ministry said in a statement, adding that ...")
        const inserted = INSERTED_ATTRIBUTION.exec(content.text);
        if (!tail && inserted && inserted.index > 0) content = span(text, content.start, content.start + inserted.index);
        // a cue inside a relative clause set off by commas says no more than the clause: "Mr.
        // Dyson, who denied wrongdoing throughout the trial, showed no emotion"
        if (/,\s*(?:who|which)\s+(?:[^,;]{0,40}\s)?$/.test(text.slice(Math.max(s.start, t.start - 50), t.start))) {
          const comma = content.text.indexOf(',');
          const after = comma > 0 ? toks.find((x) => x.start > content!.start + comma) : undefined;
          if (after && (finiteVerb(after) || AUX.has(after.normal))) content = span(text, content.start, content.start + comma);
        }
      }
      // a participle's agent after "by" is who said it: "a decision hailed by President Volodymyr
      // Zelenskyy as \"a victory\"", "the plan, criticised by unions as unfair"
      // (not a figure after "by": "estimated by 50 percent")
      if (!according && !quoteBefore && toks[k + 1]?.normal === 'by' && !toks[k + 2]?.tags.has('Value') && (t.tags.has('PastTense') || t.tags.has('Participle')) && /ed$|^told$/.test(t.normal)) {
        const agent = roleAfter(s, k, 'by');
        if (agent.length) speaker = agent;
        // (one told by someone is told what follows "that": "Doyle was told by Mr Justice Cotter at
        // Bristol Crown Court on Friday that he must serve 28 years")
        const that = t.normal === 'told' ? toks.find((x) => x.start > t.end && x.normal === 'that') : undefined;
        if (that && content && that.end < content.end) content = span(text, that.end + 1, content.end);
        // (what it was called follows the agent: "described by the mayor as a disaster")
        const as = content ? /^by\s[^,;]*?\sas\s/.exec(content.text) : null;
        if (content && as) content = span(text, content.start + as[0].length, content.end);
        // (a passive cue with only its agent after it reports no words: "His death was confirmed by
        // his daughter, Lena Vance, who said ...")
        else if (content && /^by\s/.test(content.text)) continue;
      }
      // what a thing is called ends with its clause: "which the Church describes as a retreat, is ..."
      if (describes && content && !quotes.some(([a, b]) => content!.start >= a && content!.end <= b)) {
        // (but a quote after the comma is what it is called: 'described him as an individual, "facing ..."')
        const stop = text.slice(content.start, content.end).search(/[,;](?!\s*["“])/);
        if (stop > 0) content = span(text, content.start, content.start + stop);
        if (/^as\s/.test(content.text)) content = span(text, content.start + 3, content.end);
      }
      // (a quoted answer may be one word: 'Ortiz said: "No."')
      const quoted = !!content && quotes.some(([a, b]) => content!.start >= a && content!.end <= b);
      if (!content || content.end - content.start < (quoted ? 2 : 3) || !speaker.length) continue;
      // an attribution is no content: 'urged restraint, the Elysee said' says nothing by "the Elysee said"
      if (/^(?:the\s+)?(?:\p{L}[\p{L}.'’-]*\s+){0,4}(?:said|says|told|reported|added|stated)$/iu.test(content.text.trim()) && !quotes.some(([a, b]) => content!.start >= a && content!.end <= b)) continue;
      // a quoted phrase that closes the content keeps its closing mark: 'has a "strong rationale"'
      // (and the full stop inside it, where the sentence ends there: 'would "never give up."')
      if ((content.text.match(/["“”]/g) ?? []).length % 2 === 1) {
        if (/["”]/.test(text.charAt(content.end))) content = span(text, content.start, content.end + 1);
        else if (/^[.!?]["”]/.test(text.slice(content.end, content.end + 2))) content = span(text, content.start, content.end + 2);
      }
      // reported speech is a clause: "reported a profit of $6.2 billion" reports no speech
      const direct = quotes.some(([a, b]) => content!.start >= a && content!.end <= b);
      // its verb is the clause's own, not a restrictive relative clause's ("conceded a penalty which
      // the referee awarded"; but "the date of the program, which began in 2007, coincided with")
      const inContent = s.tokens.filter((x) => x.start >= content!.start && x.end <= content!.end);
      // (a verb whose past is its present, which the tagger may read as a noun after the subject's
      // noun: "The storm hit homes", "Crews cut power")
      // (nor a past in -ed read as an adjective before its object: "Flooding closed 40 roads")
      const verbAt = inContent.findIndex((x, i) => (x.tags.has('Verb') && !x.tags.has('Gerund')) || (i > 0 && INVARIANT_PAST_VERBS.has(x.normal) && inContent[i - 1]!.tags.has('Noun') && !inContent[i - 1]!.tags.has('Possessive')) || (i > 0 && /ed$/.test(x.normal) && x.tags.has('Adjective') && (inContent[i - 1]!.tags.has('Noun') || inContent[i - 1]!.tags.has('Gerund')) && !!(inContent[i + 1]?.tags.has('Value') || inContent[i + 1]?.tags.has('Determiner'))));
      const relative = verbAt > 0 && inContent.slice(1, verbAt).some((x, i) => /^(?:which|who|whom|whose)$/.test(x.normal) && !/,\s*$/.test(text.slice(inContent[i]!.end, x.start)));
      // (nor a phrase after a preposition: "tweeted to Mohamed and said ...")
      const prepositional = /^(?:to|with|about|at|for|of|from|on|into)\s(?!least\b|most\b)/i.test(content.text) && !requestTo && !TELLING_CUES.has(t.normal);
      // (nor a thing promised or reported whose only verb is a later clause's: "has promised land,
      // and Athletics Kenya will help")
      // (not a list's last item: "says South Korea, Japan, and the USA are set to")
      const beforeVerb = verbAt > 0 ? text.slice(content.start, inContent[verbAt]!.start) : '';
      const coordinated = /^[^,]*,\s*(?:and|but|or|while)\s[^,]*$/.test(beforeVerb) && !/\bthat\b/.test(beforeVerb) && !/\b(?:and|or)\b/.test(beforeVerb.slice(0, beforeVerb.indexOf(',')));
      if (!direct && !according && !callFor && !describes && (/^[^\p{L}\p{N}]/u.test(content.text) || verbAt < 0 || relative || prepositional || coordinated)) continue;
      // a speaker is no date ("BP, which reports on Oct. 31, said")
      if (speaker.every((sp) => input.dates.some((d) => d.start < sp.end && sp.start < d.end))) continue;
      // (one speaker, unless several are named side by side as one subject: "Egypt and Qatar said")
      // (the last two joined by "and", all of one kind: not an apposition, "Hernan Dario Gomez,
      // Panama coach", "Husaybah, Zahid Mohammed Rawi")
      const isPerson = (sp: FactSpan) => ents.some((e) => e.start === sp.start && e.kind === 'person');
      const joint = speaker.length > 1 && speaker.every((sp, i) => i === 0 || (/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(speaker[i - 1]!.end, sp.start)) && isPerson(sp) === isPerson(speaker[0]!))) && /\band\s+$/.test(text.slice(speaker[speaker.length - 2]!.end, speaker[speaker.length - 1]!.start));
      if (!joint) speaker = head(speaker);
      // "..., said Mauer": a name right after a cue that follows a comma is the speaker
      // (not the subject of the clause said: "His lawyer, Ana Mendoza, said Corral would return")
      const after = ents.find((e) => e.start >= t.end && /^\s*$/.test(text.slice(t.end, e.start)) && e.kind === 'person');
      // (nor a name whose possessive opens the clause said: "said Morris's family were devastated")
      const opensClause = !!after && (/^['’]s?\s/.test(text.slice(after.end, after.end + 3)) || toks.some((x) => x.start >= after.end && /^\s*$/.test(text.slice(after.end, x.start)) && (finiteVerb(x) || x.tags.has('Modal') || AUX.has(x.normal))));
      if (after && !opensClause && /,\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && !according) speaker = [span(text, after.start, after.end, after.id)];
      // "Institutional recipients, said Mauer, are required to ...": an attribution set off inside
      // the sentence; the name after the cue speaks (known or not) and the content is the sentence
      const inset = !according && /,\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) ? /^\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),\s+(?!(?:who|which|whose|a|an|the|his|her|their|its|one|now|then|chief|head|president|director|professor|spokesman|spokeswoman|spokesperson|leader|author)\b)\p{Ll}/u.exec(text.slice(t.end, sentenceEnd)) : null;
      // ... or with its speaker before the cue, set off by commas inside the sentence: "The answer,
      // policymakers say, is not yet" (what is said is the sentence around it)
      const insetBefore = !according && !inset && !quoteBefore && !quoteAfter && /^\s*,\s+(?!(?:and|but|or|as|while|although|though|because|adding|saying|citing|noting|after|before|when|if)\b)\p{Ll}/u.test(text.slice(t.end, t.end + 16)) && speaker.length > 0 && /,\s*$/.test(text.slice(Math.max(s.start, speaker[0]!.start - 3), speaker[0]!.start)) && speaker[0]!.start > sStart + 3 && s.tokens.some((x) => x.start > t.end && x.start < t.end + 30 && (finiteVerb(x) || x.tags.has('Copula')));
      if (insetBefore) content = span(text, sStart, sentenceEnd);
      if (inset) {
        const a = t.end + inset[0].indexOf(inset[1]!);
        const e = ents.find((x) => x.start === a && x.kind === 'person');
        speaker = [span(text, a, a + inset[1]!.length, e?.id)];
        content = span(text, sStart, sentenceEnd);
      }
      // "Samir Haddad, editor in chief at the Beirut Times, said": the person before an apposition
      const sp0 = speaker[0]!;
      // (also when the apposition names another person, "Mark Cohen, a lawyer for Sam Reyes, said",
      // or is the same person's title, "Tom Hale, the mayor, said")
      const commaAt = text.lastIndexOf(',', sp0.start);
      const personBefore = commaAt > s.start ? lastBefore(ents, commaAt, (e) => e.kind === 'person' && e.end <= commaAt && e.end >= commaAt - 1, (e) => e.start < s.start) : undefined;
      const roleOfAnother = /^,\s*(?:(?:a|an|the|his|her|their|its)\s+)?[\p{L}\s.'’-]{2,40}\b(?:for|of|at|to|with)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(commaAt, sp0.start));
      const sameOne = personBefore !== undefined && sp0.id !== undefined && sp0.id === personBefore.id;
      // (a long apposition of several parts: "Cynthia Thompson, curator and director of exhibits at
      // the University of Arkansas, Fayetteville, said": the person opening the sentence)
      // (from the sentence's start, or a full stop the segmenter ran over: '"... showed." Dr Omar Haddad, ...')
      let clauseStart = sStart;
      for (const m of text.slice(sStart, sp0.start).matchAll(/[.!?]["”’]?\s+(?=\p{Lu})/gu)) clauseStart = sStart + m.index! + m[0].length;
      const opener = ents.find((e) => e.kind === 'person' && e.start >= clauseStart && /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(clauseStart, e.start)) && text.charAt(e.end) === ',');
      if ((!ents.some((e) => e.start === sp0.start && e.kind === 'person') || roleOfAnother || sameOne) && /,\s*$/.test(text.slice(sp0.end, t.start).replace(/^[^,]*/, ''))) {
        // (a body before a description of it: "Dangote Group, Africa's largest conglomerate, said")
        const described = /^(?:(?:the|a|an)\s+|\p{Lu}[\p{L}.]*['’]s\s+)(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+$/u.test(sp0.text) && !toks.some((x) => x.start >= sp0.start && x.end <= sp0.end && x.tags.has('Verb') && !x.tags.has('Noun'));
        const bodyBefore = !personBefore && described && commaAt > s.start ? lastBefore(ents, commaAt, (e) => e.kind === 'org' && e.end <= commaAt && e.end >= commaAt - 1, (e) => e.start < s.start) : undefined;
        const person = personBefore ?? bodyBefore ?? (opener && opener.end < sp0.start && !toks.some((x) => x.start > opener.end && x.end <= sp0.start && /^\p{Ll}/u.test(x.text) && finiteVerb(x)) ? opener : undefined);
        if (person) {
          speaker = [span(text, person.start, person.end, person.id)];
          const cut = text.lastIndexOf(',', person.start);
          if (content.start < person.start && content.end > person.start && cut > content.start) content = span(text, content.start, cut);
        }
      }
      // a speaker named again by a description refers back: "the 22-year-old Spaniard said" (to
      // the person named last before), "the Danish drugmaker said" (to the body named last before,
      // no news agency of the dateline)
      if (speaker.length === 1 && speaker[0]!.id === undefined) {
        const sp = speaker[0]!;
        const last = DESCRIBED_SPEAKER.exec(sp.text)?.[1];
        const person = !!last && (/year-old$/i.test(last) || (/^\p{Lu}/u.test(last) && countryOfDemonym(last) !== undefined));
        const body = !!last && REFERRING_BODY_NOUNS.has(last.toLowerCase());
        const ref = person || body ? lastBefore(ents, sp.start, (e) => e.end <= sp.start && (person ? e.kind === 'person' : e.kind === 'org' && !NEWS_AGENCIES.has(e.text.toLowerCase())), (e) => sp.start - e.start > 3000) : undefined;
        if (ref) speaker = [span(text, sp.start, sp.end, ref.id)];
      }
      usedCue.add(t);
      for (const [a, b] of quotes) if (a < content.end && content.start < b) usedQuote.add(a);
      found = true;
      lastSpeaker = speaker;
      // when it was said: a date of the sentence outside what was said ("said on Monday the vote
      // would be held next year" was said on Monday, not next year), else the story's date
      // (nor a date that another cue of the sentence stands before: 'called the charges "baseless"
      // and said they would plead not guilty in court on Oct. 21' was not called on Oct. 21)
      // ("told reporters, adding that the company would hire 10,000 people this year": not this year)
      // (not a participle that describes a message: "said in an emailed statement on Tuesday")
      const nextCue = toks.find((x, i) => x.start > t.end && (SPEECH_CUES.has(x.normal) || THAT_CUES.has(x.normal)) && x.tags.has('Verb') && !/^(?:a|an|the|his|her|its|their)$/.test(toks[i - 1]?.normal ?? ''));
      // (nor a date inside what another cue of the sentence said: "Blinken is due to travel in early
      // October, a spokesman said, adding that no date had been set")
      const saidBefore: FactSpan[] = [];
      for (let i = facts.length - 1; i >= 0 && (facts[i]!.trigger?.start ?? s.start) >= s.start; i--) if (facts[i]!.type === 'statement' && facts[i]!.args.content) saidBefore.push(facts[i]!.args.content as FactSpan);
      // (nor a date in a clause that goes on after the attribution: "..., he added, although the
      // drug would not be available until the early 2030s")
      const goesOn = /,\s*(?:although|though|while|whereas|but|and|as|because|adding|saying|noting)\b/.exec(text.slice(t.end, s.end));
      const goingOn = goesOn ? [{ start: t.end + goesOn.index, end: s.end + 1, text: '' }] : [];
      // (nor a date in a clause joined before the speaker's: "Powell's term ends in May, and
      // Trump has said he will name a successor" was not said in May)
      const who = Math.min(t.start, ...speaker.map((x) => x.start));
      const joined = [...text.slice(s.start, who).matchAll(/[,;]\s*(?:and|but|while|whereas|although|though)\s+/g)].pop();
      if (joined) goingOn.push({ start: s.start, end: s.start + joined.index!, text: '' });
      const time = timeOf(s, t.start, [content, ...saidBefore, ...goingOn, ...(nextCue ? [{ start: nextCue.start, end: s.end + 1, text: '' }] : [])]);
      add({ type: 'statement', trigger, args: { speaker: speaker.length === 1 ? speaker[0]! : speaker, content }, time, negated: mod.negated, modality: mod.modality }, 'statement.cue');
      if (according) k++;
    }
    // a quote paragraph without a cue continues the previous speaker
    if (!found && lastSpeaker && (newParagraph || lastParagraphHadStatement)) {
      const q = quotes.find(([a]) => a >= s.start - 1 && a <= s.start + 1 && !usedQuote.has(a));
      const prev = facts[facts.length - 1];
      const prevContent = prev?.type === 'statement' ? (prev.args.content as FactSpan) : undefined;
      if (q && !newParagraph && prevContent && quotes.some(([a, b]) => a < prevContent.end && prevContent.start < b) && q[0] - prevContent.end < 80) {
        // '"A," he said. "B."' in one paragraph: one statement whose content runs over both quotes
        prev!.args.content = span(text, prevContent.start, q[1] - 1);
        usedQuote.add(q[0]);
        found = true;
      } else if (q) {
        usedQuote.add(q[0]);
        // (said when the quote it continues was said, not on a date inside it: '"... we will bring
        // it down in the spring."')
        const content = span(text, q[0] + 1, q[1] - 1);
        let said: Fact | undefined;
        for (let i = facts.length - 1; i >= 0 && !said; i--) if (facts[i]!.type === 'statement') said = facts[i];
        add({ type: 'statement', trigger: null, args: { speaker: lastSpeaker.length === 1 ? lastSpeaker[0]! : lastSpeaker, content }, time: said?.time ?? timeOf(s, s.start, [content]), negated: false, modality: 'asserted' }, 'statement.continuation');
        found = true;
      }
    }
    if (found) lastParagraphHadStatement = true;
  }

  // a quote signed after it, as press releases and pull quotes are: '"This was a difficult
  // decision ..." Charles Bolden, NASA Administrator' at the end of the paragraph or on the line
  // after it (the name, a comma and a title, no verb): what comes before is what the signer said
  const personAt = new Map(ents.filter((e) => e.kind === 'person').map((e) => [e.start, e]));
  for (const sig of analysis.sentences) {
    const who = personAt.get(sig.start);
    const [lineStart, stop] = lineAround(sig.start);
    if (!who || sig.end > stop || /\S/.test(text.slice(sig.end, stop).replace(/^[.)]+/, '')) || stop - sig.start > 90) continue;
    if (!/^\s*,\s*\S/.test(text.slice(who.end, stop)) || /[.!?]["”]?\s*$/.test(text.slice(sig.start, stop).replace(/\b(?:Jr|Sr|Dr|St|U\.S|Inc|Ltd|Co)\.$/, ''))) continue;
    if (sig.tokens.some((x) => x.start > who.end && finiteVerb(x) && !/^\p{Lu}/u.test(x.text))) continue;
    // what was said: the paragraph before the signature on its line, else the paragraph above
    let from: number;
    let to: number;
    if (/\S/.test(text.slice(lineStart, sig.start))) {
      from = lineStart;
      to = sig.start;
    } else {
      if (lineStart === 0) continue;
      to = lineStart - 1;
      const blank = text.lastIndexOf('\n\n', to - 1);
      from = blank < 0 ? 0 : blank + 2;
    }
    while (from < to && /\s/.test(text.charAt(from))) from++;
    while (to > from && /\s/.test(text.charAt(to - 1))) to--;
    if (/^["“]/.test(text.slice(from, to)) && /["”]$/.test(text.slice(from, to))) {
      from++;
      to--;
    }
    if (to - from < 20 || facts.some((f) => f.type === 'statement' && (f.args.content as FactSpan).start < to && from < (f.args.content as FactSpan).end)) continue;
    const said = analysis.sentences.find((x) => x.start >= from && x.start < to);
    add({ type: 'statement', trigger: null, args: { speaker: span(text, who.start, who.end, who.id), content: span(text, from, to) }, time: said ? timeOf(said) : { value: input.reference }, negated: false, modality: 'asserted' }, 'statement.signed');
  }

  // a transcript's turn: a line opened by the speaker's name and a colon ("CHEBET: My body told
  // me.", "Chebet: ...") says what runs to the next labelled line ("Q:", another speaker)
  const LABEL = /^[ \t]*(?:Q|A|\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}):[ \t]/gmu;
  const labels = [...text.matchAll(LABEL)].map((m) => m.index!);
  for (let i = 0; i < labels.length; i++) {
    const at = labels[i]!;
    const line = at + (text.slice(at).length - text.slice(at).trimStart().length);
    const who = personAt.get(line);
    const colon = who ? /^\s*:\s*/.exec(text.slice(who.end)) : null;
    if (!who || !colon) continue;
    const from = who.end + colon[0].length;
    let to = i + 1 < labels.length ? labels[i + 1]! : text.length;
    while (to > from && /\s/.test(text.charAt(to - 1))) to--;
    if (to - from < 2 || facts.some((f) => f.type === 'statement' && f.trigger === null && (f.args.content as FactSpan).start < to && from < (f.args.content as FactSpan).end)) continue;
    const said = analysis.sentences.find((x) => x.start >= from && x.start < to);
    add({ type: 'statement', trigger: null, args: { speaker: span(text, who.start, who.end, who.id), content: span(text, from, to) }, time: said ? timeOf(said) : { value: input.reference }, negated: false, modality: 'asserted' }, 'statement.transcript');
  }

  /** A journey named by a noun: "during his visit to Google", "Blinken's trip to Beijing", "on a tour of Asia". */
  const nounVisit = (s: Sentence, k: number): Omit<Fact, 'rule'> | undefined => {
    const toks = s.tokens;
    const t = toks[k]!;
    if (!VISIT_NOUNS.has(t.normal) || !t.tags.has('Noun') || !/^(?:to|of)$/.test(toks[k + 1]?.normal ?? '')) return undefined;
    const o = objectsAfter(s, k + 1, () => false);
    const place = o.spans.find((x) => ents.some((e) => e.start === x.start && (e.kind === 'place' || e.kind === 'org')));
    if (!place) return undefined;
    // the visitor: a possessive right before ("his visit", "Blinken's trip"), else none
    // (over a word or two that describe the journey: "a surprise visit", "his first state visit")
    let q = k - 1;
    while (q > k - 3 && q > 0 && /^[\p{Ll}-]+$/u.test(toks[q]!.text) && !/^(?:a|an|the|his|her|their|its|our|my)$/.test(toks[q]!.normal) && (toks[q]!.tags.has('Adjective') || toks[q]!.tags.has('Noun') || toks[q]!.tags.has('Ordinal')) && !toks[q]!.tags.has('Pronoun')) q--;
    if (!/^(?:a|an|the|his|her|their|its|our|my)$/.test(toks[q]?.normal ?? '') && !/['’]s?$/.test(text.slice(toks[q]!.start, toks[q + 1]!.start).trim())) q = k - 1;
    const p = toks[q];
    let visitor: FactSpan | undefined;
    if (p && /^(?:his|her|their|its|our|my)$/.test(p.normal)) {
      const ref = antecedent(p.start, p.normal === 'his' || p.normal === 'her' ? 'he' : 'they');
      visitor = span(text, p.start, p.end, ref?.id);
    } else if (p && /['’]s?$/.test(text.slice(p.start, toks[q + 1]!.start).trim())) {
      const e = ents.find((x) => x.end <= t.start && x.end >= p.start - 1 && x.start <= p.start && x.kind !== 'place');
      if (e) visitor = span(text, e.start, e.end, e.id);
    }
    // else one who goes "on" it or "makes" it: the clause's subject ("took her on a trip to India",
    // "Scholz is on a visit to China"); a journey fronted before the clause is its subject's
    // ("During a visit to Paris, Macron said ...")
    let visitors: FactSpan[] = visitor ? [visitor] : [];
    if (!visitor && /^(?:a|an|the|his|her|their|its)$/.test(p?.normal ?? '') && /^(?:on|during|after|before|from|for|made|make|makes|making|paid|pay|pays|began|begins|started|starts|ended|ends|wrapped|concluded|cut)$/.test(toks[q - 1]?.normal ?? '')) {
      const v0 = q - 1;
      let before = v0 - 1;
      while (before >= 0 && !(finiteVerb(toks[before]!) && !AUX.has(toks[before]!.normal))) before--;
      // (or the copula: "Scholz is on a visit to China")
      if (before < 0) for (before = v0 - 1; before >= 0 && !/^(?:is|are|was|were)$/.test(toks[before]!.normal); before--);
      const fronted = /^(?:during|after|before|on)$/.test(toks[v0]!.normal) && v0 === 0;
      if (fronted) {
        const comma = toks.findIndex((x, i) => i > k && /^,/.test(text.slice(x.end, x.end + 1)));
        const verb = comma > 0 ? toks.findIndex((x, i) => i > comma + 1 && finiteVerb(x)) : -1;
        if (verb > 0) visitors = subjectBefore(s, verb);
      } else if (before >= 0) {
        visitors = subjectBefore(s, before);
        // "taking her on a trip": the one taken goes too
        const taken = toks[v0 - 1];
        if (taken && /^(?:him|her|them|us|me)$/.test(taken.normal)) visitors = [...visitors, span(text, taken.start, taken.end, antecedent(taken.start, taken.normal === 'them' ? 'they' : 'he')?.id)];
      } else if (/^(?:made|make|makes|making|paid|pay|pays)$/.test(toks[v0]!.normal)) visitors = subjectBefore(s, v0);
      visitors = visitors.filter((v) => namesParty(v.text));
    }
    if (!visitors.length) return undefined;
    const mod = modalityAt(s, k);
    return { type: 'visit', trigger: span(text, t.start, t.end), args: { visitor: visitors.length > 1 ? visitors : visitors[0]!, place }, time: timeOf(s, t.start), negated: mod.negated, modality: mod.modality };
  };

  /**
   * The parties of a list, once each, without a country or body that is only part of a person's
   * title: "met with U.S. Secretary of State Antony Blinken", "his U.S. counterpart, Antony
   * Blinken", "EU foreign policy chief Kaja Kallas held talks" (Blinken, Kallas; not the U.S., the EU).
   */
  const partiesOutsideTitles = (v: FactSpan[]): FactSpan[] => {
    const titleBetween = (a: number, b: number) => /^(?:[\s\p{L}.'’-]{0,60}|[\s\p{L}.'’-]{0,40}\p{Ll},\s*)$/u.test(text.slice(a, b)) && !/\b(?:and|with|or)\b/.test(text.slice(a, b));
    const inTitle = (x: FactSpan) => ents.some((e) => e.start === x.start && e.kind !== 'person') && v.some((y) => y.start > x.end && ents.some((e) => e.start === y.start && e.kind === 'person') && titleBetween(x.end, y.start));
    return v.filter((x, i) => v.findIndex((y) => y.start === x.start && y.end === x.end) === i && !inTitle(x));
  };

  /**
   * A meeting named by a noun: "The two leaders held talks in Berlin", "Pakistan is in talks with
   * the IMF", "flew to Washington for talks with Biden", "had a phone call with Scholz". The
   * participants are the subject of the clause's verb and the names after "with".
   */
  const nounMeeting = (s: Sentence, k: number): Omit<Fact, 'rule'> | undefined => {
    const toks = s.tokens;
    const t = toks[k]!;
    // (a noun, or a word the tagger took for a verb after a preposition or an article: "in talks with")
    const nounish = t.tags.has('Noun') || /^(?:for|in|into|of|the|a|an|their|his|her|its|first|direct|more|further|new)$/.test(toks[k - 1]?.normal ?? '');
    if (!MEETING_NOUNS.has(t.normal) || !nounish || /^\p{Lu}/u.test(t.text)) return undefined;
    // the verb of the clause: the nearest finite verb before the noun, over its determiners and
    // modifiers ("held their first talks", "for talks", "in talks")
    let v = k - 1;
    while (v >= 0 && v >= k - 5 && !finiteVerb(toks[v]!) && !/[,;:]/.test(text.slice(toks[v]!.end, toks[v + 1]!.start))) v--;
    if (v < 0 || !finiteVerb(toks[v]!) || /[,;:]/.test(text.slice(toks[v]!.end, toks[v + 1]!.start))) return undefined;
    // held, "is in talks", or a journey "for talks" (not a meeting only spoken of: "called for
    // talks", "the talks failed")
    const prep = toks.slice(v + 1, k).find((x) => /^(?:for|in|into)$/.test(x.normal))?.normal;
    if (!HOLD_VERBS.test(toks[v]!.normal) && !(prep && prep !== 'for') && !(prep === 'for' && EVENT_TRIGGERS.get(toks[v]!.normal)?.type === 'visit')) return undefined;
    const subject = subjectBefore(s, v).filter((a) => namesParty(a.text));
    const withWhom = toks[k + 1]?.normal === 'with' ? roleAfter(s, k, 'with') : [];
    const participants = partiesOutsideTitles([...subject, ...withWhom]);
    const plural = subject.length === 1 && toks.some((x) => x.end === subject[0]!.end && x.tags.has('Plural') && !x.tags.has('ProperNoun'));
    if (participants.length < 2 && !plural) return undefined;
    if (!participants.some((a) => a.id !== undefined || ents.some((e) => e.start >= a.start && e.end <= a.end)) && !plural) return undefined;
    const mod = modalityAt(s, v + 1);
    const place = placeOf(s, t.end);
    return { type: 'meeting', trigger: span(text, t.start, t.end), args: { participants }, time: timeOf(s, t.start), ...(place ? { place } : {}), negated: mod.negated, modality: mod.modality };
  };

  /**
   * A transfer named by a noun: "the sale of 40 F-16 jets to Turkey", "Germany's delivery of
   * Leopard tanks to Ukraine", "Turkey took delivery of the S-400 system from Russia", "the
   * foundation made a donation of $5 million to Harvard". The thing after "of"; the recipient after
   * "to" (or the subject of "took"); the giver after "from", a possessive, or the subject of "made".
   */
  const nounTransfer = (s: Sentence, k: number): Omit<Fact, 'rule'> | undefined => {
    const toks = s.tokens;
    const t = toks[k]!;
    // (or straight "to" the recipient, when the giver is told: "made two donations to the museum")
    const direct = toks[k + 1]?.normal === 'to';
    if (!TRANSFER_NOUNS.has(t.normal) || !t.tags.has('Noun') || /^\p{Lu}/u.test(t.text) || (toks[k + 1]?.normal !== 'of' && !direct)) return undefined;
    const of = direct ? { spans: [], end: t.end } : objectsAfter(s, k + 1, () => false);
    const themeWords = of.end > toks[k + 1]!.end ? span(text, toks[k + 1]!.end, of.end) : undefined;
    if (!direct && (!themeWords || INDEFINITE_THEMES.test(themeWords.text) || ABSTRACT_THEMES.test(themeWords.text))) return undefined;
    const args: Record<string, FactSpan[]> = themeWords ? { theme: [themeWords] } : {};
    const after = (prep: string) => {
      const at = toks.findIndex((x, i) => i > k + 1 && x.start >= of.end && x.normal === prep);
      if (at < 0 || toks.slice(k + 2, at).some((x) => x.start >= of.end && /^(?:and|but|while|which|that)$/.test(x.normal))) return [];
      return roleAfter(s, at - 1, prep);
    };
    const to = direct ? roleAfter(s, k, 'to') : after('to');
    const from = after('from');
    if (to.length) args.recipient = to;
    if (from.length) args.giver = from;
    // before the noun: a possessive ("Germany's delivery"), else the subject of a verb of taking or making
    let d = k - 1;
    while (d >= 0 && (toks[d]!.tags.has('Adjective') || toks[d]!.tags.has('Determiner') || toks[d]!.tags.has('Value') || (toks[d]!.tags.has('Noun') && !/['’]s?$/.test(toks[d]!.text) && !toks[d]!.tags.has('Pronoun') && d === k - 1 && !toks[d]!.tags.has('ProperNoun')))) d--;
    const owner = toks[d];
    if (owner && /['’]s?$/.test(text.slice(owner.start, toks[d + 1]!.start).trim()) && !args.giver) {
      const e = entityEndingAt(owner.end - 2, owner.end);
      if (e) args.giver = [span(text, e.start, e.end, e.id)];
    } else if (owner && (TAKING_VERBS.has(owner.normal) || GIVING_VERBS.has(owner.normal))) {
      const subject = subjectBefore(s, d).filter((a) => worded(a.text));
      const role = TAKING_VERBS.has(owner.normal) ? 'recipient' : 'giver';
      // (a side named after "to" or "from" is kept: the subject fills only the empty role)
      if (subject.length && !args[role]) args[role] = head(subject);
    }
    if (!args.recipient && !args.giver) return undefined;
    if (direct && (!args.giver || !args.recipient)) return undefined;
    const named = Object.values(args).flat().some((a) => a.id !== undefined || ents.some((e) => e.start >= a.start && e.end <= a.end));
    if (!named) return undefined;
    const mod = modalityAt(s, k);
    const out = Object.fromEntries(Object.entries(args).map(([r, v]) => [r, v.length > 1 ? v : v[0]!]));
    return { type: 'transfer', trigger: span(text, t.start, t.end), args: out, time: timeOf(s, t.start), negated: mod.negated, modality: mod.modality };
  };

  /**
   * An attack named by a noun: "the attacks on the Church of Scientology website", "Russia's
   * invasion of Ukraine", "Hamas launched an assault on Israel". The target after "on", "against"
   * or "of" (invasion), the attacker a possessive or demonym before, "by X" after, or the subject
   * of a verb that carries it out.
   */
  const nounAttack = (s: Sentence, k: number): Omit<Fact, 'rule'> | undefined => {
    const toks = s.tokens;
    const t = toks[k]!;
    if (!ATTACK_NOUNS.has(t.normal) || !t.tags.has('Noun') || /^\p{Lu}/u.test(t.text) || NOT_ATTACK_BEFORE.has(toks[k - 1]?.normal ?? '')) return undefined;
    const prep = toks[k + 1]?.normal ?? '';
    if (!(prep === 'on' || prep === 'against' || (prep === 'of' && /^(?:invasion|shelling|bombing|bombings)$/.test(t.normal)))) return undefined;
    const target = roleAfter(s, k, prep).filter((a) => !input.dates.some((d) => d.start < a.end && a.start < d.end));
    if (!target.length || !/^[\p{L}\d]/u.test(target[0]!.text)) return undefined;
    const args: Record<string, FactSpan[]> = { target };
    // the attacker: "Russia's invasion", "Israeli strikes", "by militants", "X launched an attack"
    let d = k - 1;
    while (d >= 0 && (toks[d]!.tags.has('Adjective') || toks[d]!.tags.has('Determiner') || toks[d]!.tags.has('Value')) && !ents.some((e) => e.start <= toks[d]!.start && e.end >= toks[d]!.end)) d--;
    const owner = toks[d];
    const named = owner ? ents.find((e) => e.start <= owner.start && e.end >= owner.end - 2 && e.end <= owner.end) : undefined;
    const by = roleAfter(s, k, 'by');
    if (named && (/['’]s?$/.test(owner!.text) || /['’]s?\s*$/.test(text.slice(named.end, toks[d + 1]?.start ?? named.end + 3)) || named.end === owner!.end)) args.attacker = [span(text, named.start, named.end, named.id)];
    // (a demonym before the noun: "Israeli strikes on Gaza")
    else if (toks.slice(Math.max(0, d), k).some((x) => countryOfDemonym(x.text))) {
      const x = toks.slice(Math.max(0, d), k).find((y) => countryOfDemonym(y.text))!;
      args.attacker = [span(text, x.start, x.end)];
    } else if (owner && LAUNCH_VERBS.has(owner.normal)) {
      const subject = subjectBefore(s, d).filter((a) => worded(a.text));
      if (subject.length) args.attacker = head(subject);
    } else if (by.length) args.attacker = by;
    const mod = modalityAt(s, k);
    const place = placeOf(s, t.end);
    const out = Object.fromEntries(Object.entries(args).map(([r, v]) => [r, v.length > 1 ? v : v[0]!]));
    return { type: 'attack', trigger: span(text, t.start, t.end), args: out, time: timeOf(s, t.start), ...(place ? { place } : {}), negated: mod.negated, modality: mod.modality };
  };

  /**
   * An agreement named by a noun: "the agreement between Baghdad and Erbil", "our deals with Albania
   * and France", "Kenya's pact with Somalia". The parties after "between", or an owner before
   * the noun and the names after "with".
   */
  const nounDeal = (s: Sentence, k: number): Omit<Fact, 'rule'> | undefined => {
    const toks = s.tokens;
    const t = toks[k]!;
    if (!DEAL_NOUNS.has(t.normal) || !t.tags.has('Noun') || /^\p{Lu}/u.test(t.text)) return undefined;
    const next = toks[k + 1]?.normal;
    // (a deal a verb of agreement already tells: "signed an agreement with", "reached a deal with")
    if (toks.slice(Math.max(0, k - 3), k).some((x) => EVENT_TRIGGERS.get(x.normal)?.type === 'agreement' || DEAL_VERBS.has(x.normal))) return undefined;
    let parties: FactSpan[] = [];
    if (next === 'between') parties = objectsAfter(s, k + 1, (w) => w === 'and').spans;
    else if (next === 'with') {
      const p = toks[k - 1];
      const owner = p && /^(?:our|their|its)$/.test(p.normal) ? [span(text, p.start, p.end, antecedent(p.start, 'they')?.id)]
        : p && /['’]s?$/.test(text.slice(p.start, t.start).trim()) ? [entityEndingAt(p.end - 2, p.end)].filter((e) => e !== undefined).map((e) => span(text, e.start, e.end, e.id)) : [];
      parties = [...owner, ...roleAfter(s, k, 'with')];
    }
    if (parties.length < 2 || !parties.some((a) => a.id !== undefined || ents.some((e) => e.start >= a.start && e.end <= a.end))) return undefined;
    // (a deal only spoken of is none yet: "a possible arms deal between Russia and North Korea")
    if (toks.slice(Math.max(0, k - 4), k).some((x) => /^(?:possible|potential|proposed|planned|prospective|rumou?red|would-be|future|new)$/.test(x.normal))) return undefined;
    const mod = modalityAt(s, k);
    return { type: 'agreement', trigger: span(text, t.start, t.end), args: { parties }, time: timeOf(s, t.start), negated: mod.negated, modality: mod.modality };
  };

  /** "North and South Korea exchanged artillery fire": each side attacks the other. */
  const exchangeOfFire = (s: Sentence, k: number): Array<Omit<Fact, 'rule'>> => {
    const toks = s.tokens;
    const t = toks[k]!;
    if (!/^(?:exchanged|exchange|exchanging|traded|trade)$/.test(t.normal) || !toks.slice(k + 1, k + 4).some((x) => EXCHANGE_OF_FIRE.test(x.normal))) return [];
    // two sides named before the verb: "North and South Korea", "Israel and Hezbollah" (a bare word too)
    const two = /(?:^|[^\p{L}])((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+and\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+(?:have\s+|had\s+)?$/u.exec(text.slice(Math.max(s.start, t.start - 80), t.start));
    let sides: FactSpan[];
    if (two) {
      const bt = text.lastIndexOf(two[2]!, t.start);
      const at = text.lastIndexOf(two[1]!, bt);
      const withId = (a: number, b: number) => {
        const e = ents.find((x) => x.start === a && x.end === b);
        return span(text, a, b, e?.id);
      };
      sides = [withId(at, at + two[1]!.length), withId(bt, bt + two[2]!.length)];
    } else sides = subjectBefore(s, k).filter((a) => worded(a.text));
    const withWhom = roleAfter(s, k, 'with');
    const pair = sides.length >= 2 ? sides.slice(0, 2) : sides.length === 1 && withWhom.length ? [sides[0]!, withWhom[0]!] : [];
    if (pair.length < 2) return [];
    const mod = modalityAt(s, k);
    const time = timeOf(s, t.start);
    return [[pair[0]!, pair[1]!], [pair[1]!, pair[0]!]].map(([a, b]) => ({ type: 'attack' as const, trigger: span(text, t.start, t.end), args: { attacker: a!, target: b! }, time, negated: mod.negated, modality: mod.modality }));
  };

  // ---- events --------------------------------------------------------------------------------
  for (const s of analysis.sentences) {
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      const visit = nounVisit(s, k);
      if (visit) add(visit, 'event.visit-noun');
      const meeting = nounMeeting(s, k);
      if (meeting) add(meeting, 'event.meeting-noun');
      const handed = nounTransfer(s, k);
      // (not the noun of what a verb of handing already told: "delivered a shipment of drones to Russia")
      const told = (f: Fact) => f.type === 'transfer' && [f.args.theme].flat().some((a) => a && a.start <= t.start && a.end >= t.end);
      if (handed && !facts.some(told)) add(handed, 'event.transfer-noun');
      const assault = nounAttack(s, k);
      if (assault) add(assault, 'event.attack-noun');
      for (const f of exchangeOfFire(s, k)) add(f, 'event.exchange-of-fire');
      const pact = nounDeal(s, k);
      if (pact) add(pact, 'event.agreement-noun');
      // "reached a deal", "struck an agreement with": a verb of agreement only with a deal as its object
      // (over the deal's describing words: "signed a reciprocal access agreement", not past a
      // preposition: "reached the border of a ceasefire zone")
      const objectWords = toks.slice(k + 1, k + 6);
      const stop = objectWords.findIndex((x) => x.tags.has('Preposition') || x.tags.has('Verb') && !x.tags.has('Noun') || /[,;]/.test(text.slice(x.end, x.end + 1)));
      const deal = DEAL_VERBS.has(t.normal) && objectWords.slice(0, stop < 0 ? undefined : stop + 1).some((x) => DEAL_NOUNS.has(x.normal));
      if (DEAL_VERBS.has(t.normal) && !deal && EVENT_TRIGGERS.get(t.normal)?.type === 'agreement') continue;
      // agreeing with an opinion or a decision is no pact: "we do not agree with it", "agreed with
      // the ruling" (but "agreed with the rebels to halt fighting", "agreed with Turkey on a truce")
      if (/^agree/.test(t.normal) && toks[k + 1]?.normal === 'with' && !ents.some((e) => e.start === toks[k + 2]?.start) && !toks.slice(k + 2, k + 9).some((x, i) => (x.normal === 'to' && toks[k + 3 + i]?.tags.has('Verb')) || x.normal === 'on')) continue;
      // verb phrases of attack: "opened fire on demonstrators", "set fire to the offices", "blew up power lines"
      const phrase = /^(?:opened|open|opens|opening)$/.test(t.normal) && toks[k + 1]?.normal === 'fire' && /^(?:on|at)$/.test(toks[k + 2]?.normal ?? '') ? 'fire'
        : /^(?:set|sets|setting)$/.test(t.normal) && toks[k + 1]?.normal === 'fire' && toks[k + 2]?.normal === 'to' ? 'fire'
          : /^(?:blew|blow|blows|blowing)$/.test(t.normal) && toks[k + 1]?.normal === 'up' ? 'up' : undefined;
      if (phrase) {
        const target = phrase === 'fire' ? roleAfter(s, k + 1, toks[k + 2]!.normal) : objectsAfter(s, k + 1, () => false);
        const spans = Array.isArray(target) ? target : target.spans.length ? target.spans : target.end > toks[k + 1]!.end ? [span(text, toks[k + 1]!.end, target.end)] : [];
        const attacker = subjectBefore(s, k).filter((a) => namesParty(a.text) && !HAZARDS.test(a.text));
        if (spans.length) {
          const mod = modalityAt(s, k);
          add({ type: 'attack', trigger: span(text, t.start, toks[k + 1]!.end), args: { ...(attacker.length ? { attacker: head(attacker)[0]! } : {}), target: spans.length > 1 ? spans : spans[0]! }, time: timeOf(s, t.start), negated: mod.negated, modality: mod.modality }, 'event.attack-phrase');
        }
        continue;
      }
      // (returning something to someone is handing it back: "Russia returned 20 prisoners to
      // Ukraine"; returning to a place is a journey)
      const handedBack = /^(?:returned|returns|return|returning)$/.test(t.normal) && !!toks[k + 1] && (toks[k + 1]!.tags.has('Determiner') || toks[k + 1]!.tags.has('Value') || toks[k + 1]!.tags.has('Possessive')) && toks.slice(k + 2, k + 8).some((x) => x.normal === 'to');
      // (launching weapons at a target is firing them: "Russia launched 45 missiles and 500 drones at Ukraine")
      const launched = LAUNCHED.test(t.normal) && LAUNCHED_WEAPONS.test(text.slice(t.end, t.end + 80));
      const frame = deal ? AGREEMENT_FRAME : handedBack ? EVENT_TRIGGERS.get('handed') : launched ? EVENT_TRIGGERS.get('fired') : EVENT_TRIGGERS.get(t.normal);
      // (an infinitive after a catenative the tagger read as a noun: "is due to travel to Beijing")
      // (not a threat's: "threatened to shell Iraqi towns" tells no attack)
      const infinitive = toks[k - 1]?.normal === 'to' && CATENATIVES.has(toks[k - 2]?.normal ?? '') && frame?.type !== 'attack';
      if (!frame || !(t.tags.has('Verb') || infinitive) || /^\p{Lu}/u.test(t.text)) continue;
      // a noun the tagger took for a verb: "Portrait shot of Dennis Hopper", "a strike on"
      if (toks[k + 1]?.normal === 'of' && frame.type === 'attack') continue;
      // (a plural noun before its own verb: "but strikes loom", "Raids continue")
      if (frame.type === 'attack' && /s$/.test(t.normal) && toks[k + 1]?.tags.has('Verb') && (toks[k + 1]!.tags.has('PresentTense') || toks[k + 1]!.tags.has('Infinitive')) && !toks[k + 1]!.tags.has('Noun') && !toks[k + 1]!.tags.has('Particle') && !toks[k + 1]!.tags.has('Gerund') && !/s$/.test(toks[k + 1]!.normal)) continue;
      // a court striking down a law, a name struck off a register, a batter struck out: no attack
      if (/^(?:strike|strikes|struck|striking)$/.test(t.normal) && (/^(?:out|off)$/.test(toks[k + 1]?.normal ?? '') || (toks[k + 1]?.normal === 'down' && toks.slice(Math.max(0, k - 6), k + 8).some((x) => STRUCK_DOWN.test(x.normal))))) continue;
      // (nor workers striking, a walkout: "the union would strike at all German plants", "nurses
      // will strike on Friday", "staff struck for better pay")
      if (/^(?:strike|strikes|striking|struck)$/.test(t.normal) && (toks.slice(Math.max(0, k - 5), k).some((x) => WORKFORCE.test(x.normal)) || WORKPLACE_AFTER.test(text.slice(t.end, t.end + 40)))) continue;
      if (frame.type === 'visit' && (MOTION_VERBS.has(t.normal) || NAMED_PLACE_MOTION.has(t.normal)) && !['to', 'in', 'at'].includes(toks[k + 1]?.normal ?? '')) continue;
      // speaking is a meeting only with someone: "spoke with", "talked by phone to" (not "A and B spoke")
      if (frame.type === 'meeting' && /^(?:spoke|speaks|talked|consulted|consult|consults|consulting|conferred|confer)$/.test(t.normal) && !toks.slice(k + 1, k + 4).some((x) => x.normal === 'with' || x.normal === 'to')) continue;
      // welcoming, greeting or hosting is a meeting with a person, not with a thing or a team
      // ("welcomed the agreement", "the Bruins, who host Florida on Friday")
      if (frame.type === 'meeting' && /^(?:welcomed|greeted|host|hosts|hosted|hosting)$/.test(t.normal) && !ents.some((e) => e.kind === 'person' && e.start > t.end && /^\s*(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}.-]+\s+){0,4}$/u.test(text.slice(t.end, e.start)) && !/\b(?:of|between|on|for)\b/.test(text.slice(t.end, e.start)))) continue;
      // discussing is a meeting with someone after "with", or between two named sides ("The Prime
      // Minister and President Hollande discussed co-operation"), not one side's study of a plan
      if (frame.type === 'meeting' && /^discuss/.test(t.normal) && !toks.slice(k + 1, k + 8).some((x) => x.normal === 'with') && subjectBefore(s, k).filter((a) => a.id !== undefined || ents.some((e) => e.start >= a.start && e.end <= a.end)).length < 2) continue;
      // a participle of harm after a comma tells what the clause's doer did ("Gunmen stormed the
      // hotel, killing 12 people"); elsewhere "-ing" is a noun or an adjective ("attacking style")
      const gerund = frame.type === 'attack' && /ing$/.test(t.normal);
      if (gerund && !/,\s*$/.test(text.slice(toks[k - 1]?.end ?? 0, t.start)) && !GERUND_CATENATIVES.has(toks[k - 1]?.normal ?? '') && !GERUND_PREPOSITIONS.has(toks[k - 1]?.normal ?? '')) continue;
      const event = buildEvent(frame, s, k, t);
      if (event) add(event, `event.${frame.type}`);
    }
  }
  // an event told in a statement has its speaker as source: "..., Budanov told NV"
  for (const f of facts) {
    if (f.type === 'statement' || !f.trigger) continue;
    const st = facts.find((x) => x.type === 'statement' && (x.args.content as FactSpan).start <= f.trigger!.start && (x.args.content as FactSpan).end >= f.trigger!.end);
    if (st) {
      const sp = st.args.speaker;
      f.source = Array.isArray(sp) ? sp[0]! : sp!;
    }
  }
  return facts;

  function buildEvent(frame: EventFrame, s: Sentence, k: number, t: Token): Omit<Fact, 'rule'> | undefined {
    const args: Record<string, FactSpan[]> = {};
    const put = (role: string | undefined, spans: FactSpan[]) => {
      if (!role || !spans.length) return;
      args[role] = [...(args[role] ?? []), ...spans];
    };
    // a subject names something: a noun or a pronoun, never a date ("April 29 sent ...")
    const isDate = (a: FactSpan) => input.dates.some((d) => d.start < a.end && a.start < d.end);
    const toks = s.tokens;
    // "traveled to Florida to meet with Devocht": a verb of purpose after "to" has the main verb's subject
    // (not the infinitive of a plan named in a preposition's phrase: "sentenced two men for a plot to
    // kidnap the governor", which subjectBefore leaves without a doer)
    const plotted = k > 1 && toks[k - 1]!.normal === 'to' && intentNoun(toks, k - 2);
    const purpose = k > 1 && !plotted && toks[k - 1]!.normal === 'to' && !CATENATIVES.has(toks[k - 2]!.normal) && !toks[k - 2]!.tags.has('Adjective') && !AUX.has(toks[k - 2]!.normal);
    let purposeVerb = -1;
    for (let i = k - 2; purpose && i >= 0 && purposeVerb < 0; i--) if (finiteVerb(toks[i]!) && !AUX.has(toks[i]!.normal)) purposeVerb = i;
    // (what one is asked to do is no purpose: "urged allies to send", whose subject is the one asked)
    if (purposeVerb >= 0 && ASKING_VERBS.has(toks[purposeVerb]!.normal) && k - purposeVerb <= 7) purposeVerb = -1;
    let subj0 = /ing$/.test(t.normal) && (frame.type === 'attack' || GERUND_PREPOSITIONS.has(toks[k - 1]?.normal ?? '')) ? doerOfParticiple(s, k) : purposeVerb > 0 ? subjectBefore(s, purposeVerb) : subjectBefore(s, k);
    // (a plan's doer is the subject of a verb of making it, "Russia launched a bid to seize Kyiv";
    // one who foils, uncovers or sentences makes no plan: "Police foiled a plot to bomb the embassy")
    if (plotted) {
      const v = toks.findIndex((x, i) => i >= k - 6 && i < k - 2 && finiteVerb(x) && !AUX.has(x.normal));
      subj0 = v >= 0 && PLAN_MAKING.test(toks[v]!.normal) ? subjectBefore(s, v) : [];
    }
    // a subject with a phrase of what it includes or uses: "Russian aircraft including helicopter
    // gunships killed ...", "British aircraft using guided missiles killed ..." (the aircraft)
    const firstOfSubject = subj0.length ? toks.findIndex((x) => x.start >= subj0[0]!.start) : -1;
    let m = firstOfSubject - 1;
    while (m > 0 && m >= firstOfSubject - 3 && !/^(?:including|using|carrying|wielding)$/.test(toks[m]!.normal) && !/[,;:]/.test(text.slice(toks[m]!.end, toks[m + 1]!.start))) m--;
    if (m > 1 && firstOfSubject > 1 && /^(?:including|using|carrying|wielding)$/.test(toks[m]!.normal) && !/,\s*$/.test(text.slice(toks[m - 1]!.end, toks[m]!.start))) {
      const outer = subjectBefore(s, m).filter((a) => worded(a.text));
      if (outer.length) subj0 = outer;
    }
    // an attack named by the noun phrase opening the sentence does what its verb says, over the
    // phrases after its head: "An Israeli air strike on a school in central Gaza killed 12" (not
    // the place, nor the families sheltering there)
    if (frame.type === 'attack' && subj0.length && subj0.every((a) => a.start > s.start) && !subj0.some((a) => ents.some((e) => e.start === a.start && e.kind !== 'place'))) {
      // (the sentence's start, or the first word after a dateline's dash: "GAZA (Reuters) - An ...")
      let np = 0;
      for (let i = 1; i < k; i++) if (/[-—–]\s*$/.test(text.slice(toks[i - 1]!.end, toks[i]!.start)) && /\s$/.test(text.slice(toks[i - 1]!.end, toks[i]!.start))) np = i;
      let headAt = -1;
      for (let i = np; i < k && headAt < 0; i++) {
        const x = toks[i]!;
        if (i > np && (finiteVerb(x) || x.tags.has('Preposition') || /[,;:]/.test(text.slice(toks[i - 1]!.end, x.start)))) break;
        if (ATTACK_NOUNS.has(x.normal) || WEAPON_NOUNS.test(x.normal)) headAt = i;
      }
      // (the compound's last noun: "A drone strike", "a car bomb attack")
      while (headAt >= 0 && headAt + 1 < k && (ATTACK_NOUNS.has(toks[headAt + 1]!.normal) || WEAPON_NOUNS.test(toks[headAt + 1]!.normal)) && /^\s+$/.test(text.slice(toks[headAt]!.end, toks[headAt + 1]!.start))) headAt++;
      if (headAt >= 0 && !toks.slice(headAt + 1, k).some((x, j) => finiteVerb(x) && !participial(x, toks[headAt + 2 + j]))) subj0 = [span(text, toks[np]!.start, toks[headAt]!.end)];
    }
    const all = subj0
      // "which attacked", "who sold": the relative pronoun stands for the name before its comma
      .map((a) => (/^(?:which|who)$/i.test(a.text) && a.id === undefined ? relativeAntecedent(a) ?? a : apposedPerson(a) ?? a))
      // "The air force said it shot down 66 drones": a pronoun opening what someone says is the speaker
      .map((a) => speakerOfPronoun(a) ?? a)
      // "told that my mum had attacked": the subordinator is no part of the subject
      .map((a) => (/^that\s+\S/i.test(a.text) ? span(text, a.start + a.text.indexOf(' ') + 1, a.end, a.id) : a))
      .filter((a) => !isDate(a) && namesParty(a.text) && !/^(?:to|and|or|but|loaded|which|that|being)$/i.test(a.text));
    const list = frame.type === 'meeting' || frame.type === 'agreement';
    // the passive ("was arrested", "were donated to"): the subject is what the verb is done to; "by X" is the doer
    let b = k - 1;
    while (b >= 0 && toks[b]!.tags.has('Adverb')) b--;
    const participle = t.tags.has('PastTense') || t.tags.has('Participle');
    // a reduced passive after the noun it is done to: "the Polaroids donated to USI by the
    // Foundation", "Scientology defector arrested after ..." (a headline), "lanterns, given away by the city"
    // (with its doer after "by"; else after a verb of the clause, or in a headline with no other verb)
    const afterNoun = k > 0 && b === k - 1 && (toks[k - 1]!.tags.has('Noun') && !toks[k - 1]!.tags.has('Pronoun') || /,\s*$/.test(text.slice(toks[k - 1]!.end, t.start)));
    const byAgent = /^\s+(?:\S+\s+){0,4}?by\s/.test(text.slice(t.end, t.end + 40)) && toks.slice(k + 1, k + 6).some((x) => x.normal === 'by');
    const verbBefore = toks.slice(0, k - 1).some((x) => finiteVerb(x) && !AUX.has(x.normal));
    // (a headline: a line of its own with no full stop, no other verb, and no object after the participle)
    const [lineStart, lineEnd] = lineAround(t.start, t.end);
    const onLine = (x: Token) => x.start >= lineStart && x.end <= lineEnd;
    const headline = !/[.!?]["”’]?\s*$/.test(text.slice(t.end, lineEnd)) &&
      !toks.some((x, i) => i !== k && onLine(x) && finiteVerb(x) && toks[i - 1]?.normal !== 'to') && (k === toks.length - 1 || /^(?:after|before|in|at|on|for|during|amid|following|over|near|as|ahead|despite|without|under|outside|inside|across|with|by|from)$/.test(toks[k + 1]!.normal));
    const reduced = participle && afterNoun && (byAgent || (verbBefore && /^\s+(?:to|away)\b/.test(text.slice(t.end, t.end + 7))) || headline);
    const passive = participle && ((b >= 0 && /^(?:was|were|been|be|being|is|are|get|got)$/.test(toks[b]!.normal)) || reduced);
    const next = toks[k + 1]?.normal ?? '';
    // "met with", "spoke to", "travelled to", "arrived in", "fired on", "shot at": the preposition
    // opens the object ("met in Brussels": a meeting's place, no participant)
    const particle = (['with', 'to'].includes(next) && frame.type === 'meeting') || (['to', 'in', 'at'].includes(next) && frame.type === 'visit') || (['on', 'at', 'upon'].includes(next) && frame.type === 'attack' && !/^(?:least|most)$/.test(toks[k + 2]?.normal ?? '')) ||
      // ("shot down 66 drones": the particle opens what was downed)
      (next === 'down' && frame.type === 'attack' && /^(?:shot|shoot|shoots|shooting)$/.test(t.normal)) ||
      // ("handed over two patrol boats", "gave back the land", "handed out aid")
      (/^(?:over|out|back|away)$/.test(next) && frame.type === 'transfer') ? k + 1 : k;
    // "arrested and questioned the student": the object follows the last verb of the pair
    let objFrom = particle;
    if (/^(?:and|or)$/.test(toks[k + 1]?.normal ?? '') && toks[k + 2]?.tags.has('Verb') && particle === k) objFrom = k + 2;
    const obj = objectsAfter(s, objFrom, () => false);
    // (no "and" left dangling at its end: "attacked the church and that I needed ...")
    const objEnd = obj.end - (/\s+(?:and|or)$/i.exec(text.slice(toks[objFrom]!.end, obj.end))?.[0].length ?? 0);
    const objectWords = objEnd > toks[objFrom]!.end ? [span(text, toks[objFrom]!.end, objEnd)] : [];
    // shells are fired at a target: "fired 36 shells at police posts" (the shells are no target)
    if (frame.type === 'attack' && (FIRE_VERBS.has(t.normal) || LAUNCHED.test(t.normal)) && particle === k) {
      const at = roleAfter(s, k, 'at');
      const target = at.length ? at : roleAfter(s, k, 'into');
      if (!target.length) return undefined;
      if (!passive) put('attacker', head(all));
      put('target', target);
      const mod = modalityAt(s, k);
      return { type: 'attack', trigger: span(text, t.start, t.end), args: Object.fromEntries(Object.entries(args).map(([r, v]) => [r, v.length > 1 ? v : v[0]!])), time: timeOf(s, t.start), negated: mod.negated, modality: mod.modality };
    }
    if (passive && frame.type !== 'meeting' && frame.type !== 'agreement' && frame.type !== 'visit') {
      if (frame.type === 'attack') put('target', head(all));
      // "was provided with material from Scientology": the subject gets what comes after "with"
      else if (SUPPLY_WITH.has(t.normal) && next === 'with') {
        put('recipient', head(all));
        put('theme', roleAfter(s, k, 'with'));
        put('giver', roleAfter(s, k, 'from'));
      } else if (objectWords.length) {
        // "X was awarded a medal": X receives it
        put('recipient', head(all));
        put('theme', objectWords);
      } else put('theme', head(all));
      const doer = roleAfter(s, k, 'by');
      put(frame.type === 'attack' ? 'attacker' : 'giver', doer);
      if (frame.to) put(frame.to, roleAfter(s, k, 'to'));
    } else {
      put(frame.subject, list ? all : head(all));
      let objSpans = obj.spans;
      // the theme is what is handed over, the words after the trigger, not the entities in them
      if (frame.type === 'transfer') objSpans = objectWords;
      // two objects, the one given to named first: "gave the Red Cross 40 tonnes of flour", "sent
      // Ukraine 31 tanks" (the name right after the verb, then the thing with no preposition)
      const firstName = obj.spans[0];
      const given = objectWords[0];
      const rest = firstName && given && /^\s*(?:the\s+)?$/i.test(text.slice(given.start, firstName.start)) && firstName.end < given.end ? text.slice(firstName.end, given.end) : '';
      const thing = rest ? toks.find((x) => x.start >= firstName!.end) : undefined;
      if (frame.type === 'transfer' && DOUBLE_OBJECT_VERBS.test(t.normal) && /^\s/.test(rest) && thing && (thing.tags.has('Value') || /^(?:a|an|the|some|more|new|its|their|his|her)$/.test(thing.normal))) {
        put('recipient', [firstName!]);
        objSpans = [span(text, firstName!.end + rest.length - rest.trimStart().length, given!.end)];
      }
      if (frame.type === 'visit') objSpans = objSpans.filter((o) => ents.some((e) => e.start === o.start && e.kind === 'place')).slice(0, 1);
      // a place named by a common noun: "I visited the festival", "toured the plant"
      const placeWords = objectWords[0];
      if (frame.type === 'visit' && !objSpans.length && particle === k && placeWords && placeWords.text.split(/\s+/).length <= 5 && /^(?:the|a|an|this|that|its|their|his|her)\s/i.test(placeWords.text) && !isDate(placeWords)) {
        const last = toks.filter((x) => x.end <= placeWords.end && x.start >= placeWords.start).pop();
        if (last && VISITED_PLACE_NOUNS.has(last.normal)) objSpans = [placeWords];
      }
      // a verb of motion goes to a named place ("came to the conclusion", "returned to normal")
      if (frame.type === 'visit' && NAMED_PLACE_MOTION.has(t.normal)) {
        const to = roleAfter(s, k, toks[k + 1]!.normal).filter((o) => ents.some((e) => e.start <= o.start && e.end >= o.end && e.kind === 'place'));
        if (!to.length) return undefined;
        put('place', to.slice(0, 1));
        objSpans = [];
      }
      // no name in an attack's object: the words, when they are a short noun phrase ("arrested the student")
      let words = objectWords[0];
      // the words end where a date begins: "attacked the bank's website last week"
      const dateInside = words && input.dates.find((d) => d.start > words!.start && d.start < words!.end);
      if (words && dateInside) words = span(text, words.start, dateInside.start);
      // (and where a second verb of the pair begins: "killed one U.S. soldier and wounded two others")
      const second = words ? /\s+and\s+(?:wounded|injured|killed|abducted|kidnapped|detained|arrested|seized|destroyed|damaged)\b/.exec(words.text) : null;
      if (words && second) words = span(text, words.start, words.start + second.index);
      // (a country or body that only modifies the noun hit is no target: "killed one U.S. soldier")
      if (frame.type === 'attack' && objSpans.length && words && objSpans.every((o) => ents.some((e) => e.start === o.start && e.kind !== 'person') && o.end < words!.end && /^\.?\s+\p{Ll}+(?:\s|$)/u.test(text.slice(o.end, o.end + 20)) && !/^\.?\s+(?:and|or|in|on|at|with|near|of)\b/.test(text.slice(o.end, o.end + 8)))) objSpans = [];
      if (frame.type === 'attack' && !objSpans.length && words && words.text && words.text.split(/\s+/).length <= 6 && !isDate(words) && /^[\p{L}\d]/u.test(words.text)) objSpans = [words];
      // people met, named by a role or relation: "plans to meet international dignitaries", "met her future husband"
      const whoWord = (x: Token) => (x.tags.has('Person') || x.tags.has('Actor') || isTitleHead(x.normal) || singularTitle(x.normal) !== undefined || x.tags.has('Plural') || KIN_NOUNS.has(x.normal)) && !MET_NOT_PEOPLE.test(x.normal);
      // (not the owners of what is met, before a noun the tagger read as a verb: "would not meet
      // hostage-takers demands")
      const ownedAfter = (x: Token) => MET_NOT_PEOPLE.test(toks.find((y) => y.start >= x.end)?.normal ?? '');
      // (nor the names inside what is met that no one is: "to meet the terms of a $3 billion IMF
      // programme", "met the deadline set by the EU")
      const metHead = toks.slice(objFrom + 1).find((x) => !x.tags.has('Determiner') && !x.tags.has('Adjective') && !x.tags.has('Value'));
      if (frame.type === 'meeting' && metHead && MET_NOT_PEOPLE.test(metHead.normal)) return undefined;
      if (frame.type === 'meeting' && !objSpans.length && words && words.text.split(/\s+/).length <= 6 && /^\p{L}/u.test(words.text) && toks.some((x) => x.end === words!.end && whoWord(x) && !ownedAfter(x))) objSpans = [words];
      // "provide Ukraine with air defence systems": the object is the one supplied, "with" the thing
      if (frame.type === 'transfer' && SUPPLY_WITH.has(t.normal) && toks.find((x) => x.start >= obj.end)?.normal === 'with') {
        put('recipient', obj.spans.length ? obj.spans : objectWords);
        put('theme', roleAfter(s, k, 'with'));
        objSpans = [];
      }
      // a name's possessive opens the one met or attacked: "contacted Thailand's foreign minister"
      if ((frame.type === 'meeting' || frame.type === 'attack') && objectWords[0]) {
        // (unless a name follows in the phrase, whom the possessive only describes: "met Ireland's
        // centre-right Taoiseach Aine Byrne" met Aine Byrne)
        const opens = (o: FactSpan) => /^['’]s?\s+\p{Ll}/u.test(text.slice(o.end, o.end + 4)) && o.end < objectWords[0]!.end;
        objSpans = objSpans
          .filter((o) => !(opens(o) && objSpans.some((x) => x.start > o.end && x.start < objectWords[0]!.end)))
          .map((o) => (opens(o) ? span(text, o.start, objectWords[0]!.end) : o));
      }
      put(frame.object, objSpans);
      if (frame.to) put(frame.to, roleAfter(s, k, 'to'));
      if (frame.from) put(frame.from, roleAfter(s, k, 'from'));
      // ("spoke by phone with Zelenskiy", "signed an agreement with the IMF": the subject and the one after "with")
      // (not the "with" of what was agreed to do: "agreed to open talks with Ukraine")
      const toDo = frame.type === 'agreement' ? toks.findIndex((x, i) => i > k && i < k + 5 && x.normal === 'to' && toks[i + 1]?.tags.has('Verb')) : -1;
      const withAt = toks.findIndex((x, i) => i > k && x.normal === 'with');
      if (frame.with && !(toDo > 0 && withAt > toDo) && (!args[frame.with]?.length || (list && !objSpans.length && !args[frame.with]!.some((a) => a.start > t.end)))) put(frame.with, roleAfter(s, k, 'with'));
    }
    // a storm, a crash or a disease kills, but attacks no one
    // (the phrase's head, before a place or time after it: "A similar quake in the same region")
    // (over a relative pronoun that closes the phrase: "spawning tornadoes that killed four")
    if (frame.type === 'attack' && args.attacker?.some((a) => HAZARDS.test(a.text) || HAZARDS.test(a.text.split(/\s+(?:in|of|at|on|near|across|that|which)\s+/)[0]!) || HAZARDS.test(a.text.replace(/\s+(?:that|which)$/, '')))) return undefined;
    // a batsman's scoring is no attack: "Joe Root struck his 37th test century", "hit three sixes"
    if (frame.type === 'attack' && [args.target].flat().some((a) => a && /\b(?:century|centuries|half-century|fifty|sixes?|fours?|boundary|boundaries|home runs?|homers?|winner|equali[sz]er)$/i.test(a.text))) return undefined;
    // beating a side is winning, no attack: "rallied to beat the Buffalo Bills 27-24", "beat
    // Arsenal on penalties"
    if (frame.type === 'attack' && /^(?:beat|beats|beating)$/.test(t.normal) && (/^[^.;]{0,60}?\b\d{1,3}\s?[-–]\s?\d{1,3}\b/.test(text.slice(t.end, s.end)) || /\b(?:on penalties|in (?:straight|three|four|five) sets|in overtime|by \d+ (?:runs|wickets|points|strokes))\b/.test(text.slice(t.end, s.end)))) return undefined;
    // (nor one side beating another named as a team or a country: "Champions Chiefs beat Bills to
    // reach Super Bowl", "France beat Brazil")
    const sideNamed = (a: FactSpan) => ents.some((e) => e.start === a.start && e.end === a.end && (e.kind === 'org' || e.kind === 'place'));
    if (frame.type === 'attack' && /^(?:beat|beats|beating)$/.test(t.normal) && (args.attacker?.length ?? 0) > 0 && (args.target?.length ?? 0) > 0 && [...args.attacker!, ...args.target!].every(sideNamed)) return undefined;
    // a message sent is no thing handed over: "sent a letter to Trump", "sent condolences"
    if (frame.type === 'transfer' && [args.theme].flat().some((a) => a && /\b(?:letter|letters|message|messages|note|e-?mail|emails|text|signal|invitation|condolences|greetings|warning|request|proposal|report|congratulations)$/i.test(a.text))) return undefined;
    // sending someone somewhere in a table or a state is no handing over: "header sends Porto top",
    // "sent shares tumbling", "sent the crowd home happy"
    if (frame.type === 'transfer' && /^(?:send|sends|sent|sending)$/.test(t.normal) && [args.theme].flat().some((a) => a && /\s(?:top|bottom|clear|through|down|up|out|home|level|packing|crashing|tumbling|spinning|reeling|soaring|sprawling|flying|lower|higher)$|\s(?:past|ahead\s+of|above|below|into\s+the\s+(?:final|semi-?finals?|quarter-?finals?|last\s+\d+|next\s+round|lead))\s/i.test(a.text))) return undefined;
    // "were killed in a stampede", "died ... in a fire": a hazard after the verb is the cause
    if (frame.type === 'attack' && passive && HAZARD_CAUSE.test(text.slice(t.end, t.end + 40))) return undefined;
    // a prison term given is a sentence, no thing handed over: "gave Adam Fox 16 years"
    // (nor a date read as the thing: "the 18-year term given last year to Bill Hwang")
    if (frame.type === 'transfer' && args.theme?.some((a) => input.dates.some((d) => d.start === a.start && (d.type === 'duration' || d.end === a.end)))) return undefined;
    // someone named by a pronoun, or a place, handed over is no transfer: "She was sent to
    // Sydney", "awarded Sweden a penalty"
    // (nor a person by office: "The king will receive the prime minister", "sent an envoy")
    if (frame.type === 'transfer' && args.theme?.every((a) => /^(?:he|she|they|him|her|them|we|us|i|me|you)$/i.test(a.text) || ents.some((e) => e.start === a.start && e.end === a.end && e.kind === 'place') || /^(?:the|an?|his|her|their|its)\s+(?:[\p{L}.-]+\s+){0,2}[\p{L}-]+$/iu.test(a.text) && isTitleHead(a.text.split(/\s+/).pop()!.toLowerCase()) && !/^(?:director|producer|operator|publisher|carrier|developer|maker)$/i.test(a.text.split(/\s+/).pop()!))) return undefined;
    // a thing sent somewhere in a market or a state is moved, not handed over: "sending its shares up
    // 4%", "sent oil prices higher", "sent the economy into recession", "sent stocks tumbling"
    if (frame.type === 'transfer' && /^(?:sent|sends|send|sending)$/.test(t.normal) && /^[^,.;]{0,40}?\b(?:up|down|higher|lower|into|soaring|tumbling|plunging|sliding|surging|spiral(?:l)?ing|reeling|scrambling|packing|flying|crashing)\b/.test(text.slice(t.end, t.end + 60))) return undefined;
    // (a participle of harm after a comma tells what its doer did: without one it is no attack told)
    if (frame.type === 'attack' && /ing$/.test(t.normal) && /,\s*$/.test(text.slice(toks[k - 1]?.end ?? 0, t.start)) && !args.attacker?.length) return undefined;
    // what each type needs to be a fact: a target, a place, a theme and one side, two parties
    const need: Record<string, boolean> = {
      attack: (args.target?.length ?? 0) > 0,
      visit: (args.place?.length ?? 0) > 0,
      // (a thing handed over, not "gave everything", "gave it all": no indefinite pronoun as the theme)
      transfer: (args.theme?.length ?? 0) > 0 && !args.theme!.every((t) => INDEFINITE_THEMES.test(t.text) || ABSTRACT_THEMES.test(t.text.split(/\s+(?:from|to|of|for|by|in|on|at)\s+/)[0]!)) && ((args.giver?.length ?? 0) > 0 || (args.recipient?.length ?? 0) > 0),
      // (or one plural party that meets within itself: "the two leaders met", "EU ministers will meet")
      meeting: (args.participants?.length ?? 0) >= 2 || (args.participants?.length === 1 && toks.some((x) => x.end === args.participants![0]!.end && x.tags.has('Plural') && !x.tags.has('ProperNoun'))),
      agreement: (args.parties?.length ?? 0) >= 2,
    };
    if (!need[frame.type]) return undefined;
    const roles = Object.keys(args);
    if (roles.length === 0) return undefined;
    // an event needs a named participant: an entity or a pronoun that refers to one; an arrest,
    // attack or journey may be told of common nouns ("Police arrested the student"), a transfer
    // or meeting of common nouns is too often no event ("such a transfer occurs")
    // (or a phrase with a name in it: "European Union foreign ministers")
    const named = Object.values(args).flat().some((a) => a.id !== undefined || ents.some((e) => e.start >= a.start && e.end <= a.end));
    // ("Every team was sent a collection of robot parts": a recipient and a thing, both common nouns)
    const handedTo = frame.type === 'transfer' && passive && (args.recipient?.length ?? 0) > 0 && (args.theme?.length ?? 0) > 0;
    if (!named && frame.type !== 'attack' && frame.type !== 'visit' && !handedTo) return undefined;
    const out: Record<string, FactSpan | FactSpan[]> = {};
    for (const [r, v] of Object.entries(args)) {
      const uniq = list ? partiesOutsideTitles(v) : v.filter((x, i) => v.findIndex((y) => y.start === x.start && y.end === x.end) === i);
      out[r] = list || uniq.length > 1 ? uniq : uniq[0]!;
      // (a party that was only a name in another's title leaves one: "Brazil's Lula signs climate law")
      if (list && v.length >= 2 && uniq.length < 2) return undefined;
    }
    const mod = modalityAt(s, k);
    const place = frame.type === 'visit' ? undefined : placeOf(s, t.end);
    return { type: frame.type as FactType, trigger: span(text, t.start, t.end), args: out, time: timeOf(s, t.start), ...(place ? { place } : {}), negated: mod.negated, modality: mod.modality };
  }
}
