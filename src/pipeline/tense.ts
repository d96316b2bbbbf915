// The tense a date's clause gives it, for choosing the year of "April 4" or the week of
// "Tuesday". The clause is the stretch of the sentence between punctuation around the date, or
// a conjunction that opens a new predicate ("reported results on Tuesday | and will publish").
// In order: a date something is put off to ("adjourned the hearing to Nov. 14") is to come; the
// clause's nearest tensed verb or mark of the future ("will", "would", "is to", "is set to",
// "scheduled", "plans to"; a verb after one is future: "is to be held"), where a present tense
// with "until", "through" or "by" before the date, or a simple present of an event close before
// it ("tickets go on sale Friday"), is what is still to come; then the sentence without a
// reporting verb that closes it (", a committee aide said."), then with it, where a simple
// present of an event after a fronted date is to come ("On Tuesday, the champions host ...").
// Bounded: a fixed window of tokens around the date.
import type { Analysis, Token } from '../nlp/compromise.js';
import type { Tense } from '../dimensions/date/date.resolve.js';
import { DATE_HEDGE_WORDS, FIXTURE_VERBS, INVARIANT_PAST_VERBS, TIMETABLE_VERBS } from '../dimensions/date/date.vocab.js';
import { lexTags } from '../nlp/lexicon.js';
import { lastAtOrBefore } from '../model/order.js';

const FUTURE_MODALS = new Set(['will', "'ll", 'shall', 'would', "'d"]);
/** Words that mark what is planned or expected: "is set to", "scheduled", "plans to", "due to", "upcoming", "next". */
const FUTURE_WORDS = new Set(['scheduled', 'expected', 'plans', 'plan', 'planned', 'planning', 'upcoming', 'next', 'set', 'due', 'slated', 'poised', 'going', 'intends', 'aims', 'hopes', 'wants', 'tomorrow']);
/** Verbs of making an event known, whose past passive says nothing of when the event is. */
const ANNOUNCED = new Set(['announced', 'confirmed', 'unveiled', 'disclosed', 'revealed', 'publicized', 'publicised', 'approved', 'agreed']);
/** An event's noun just before its date: "visit to Kenya on", "The summit, on", "a vote in". */
const EVENT_NOUN_BEFORE = /\b(?:visit|trip|summit|meeting|talks|vote|election|referendum|ceremony|hearing|trial|conference|match|game|final|launch|opening|tour|rally|concert|festival|debate|signing|inauguration|wedding|funeral|race|fight|strike)\b[^.;!?]{0,30}?[, ]\s*(?:on|in|for|at)?\s*$/;
/** Present verbs of expecting, whose object is still to come. */
const EXPECTING = new Set(['expects', 'expect', 'forecasts', 'predicts', 'predict', 'anticipates', 'anticipate', 'projects', 'foresees', 'foresee', 'envisages', 'envisions']);
const REPORTING = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'noted', 'wrote', 'announced', 'reported', 'confirmed', 'according', 'explained', 'insisted', 'claimed', 'warned', 'argued', 'recalled', 'tweeted']);
const CLAUSE_BREAK_RE = /[,;:()"“”—–]/;
/** Tokens looked at on each side of the date. */
export const TENSE_WINDOW = 40;

const LIKELY = new Set(['likely', 'unlikely']);
const SEEMING = new Set(['is', 'are', 'seems', 'seem', 'looks', 'look', 'remains', 'remain', 'appears']);

/** A mark of the future at token i: a modal, "is/was to" + verb, "set/due/scheduled to", "plans to", "next". */
function futureAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  // a plan in the past perfect is past: "economists had expected growth"
  if (toks[i - 1]?.normal === 'had' && FUTURE_WORDS.has(t.normal)) return false;
  if (FUTURE_MODALS.has(t.normal) || t.tags.has('FutureTense')) return true;
  // what one expects or forecasts now is to come: "expects the first cut in May", "forecasts
  // growth in the spring" (not "expected", which may look back)
  if (EXPECTING.has(t.normal)) return true;
  const next = toks[i + 1]?.normal;
  // a possibility before a verb's bare form is to come: "a deal could come before Feb. 24", "may
  // be delayed until March" (not "could have", nor "could not" of past ability)
  if (/^(?:could|may|might|can)$/.test(t.normal) && next !== 'have' && next !== 'not' && toks[i + 1]?.tags.has('Verb')) return true;
  // ... and so is an obligation: "he should play on Sunday", "must be paid by Friday", "should not
  // start before May" (not "should have played")
  if (/^(?:should|must|ought)$/.test(t.normal) && next !== 'have' && (toks[i + 1]?.tags.has('Verb') || next === 'not' || next === 'to')) return true;
  // "is to be held", "are to meet": a copula with "to" and a verb
  if (t.tags.has('Copula') && next === 'to' && toks[i + 2]?.tags.has('Verb')) return true;
  // "is likely", "seems unlikely": what may come is to come ("A June cut is likely"), at the
  // copula too, which is nearer the date
  if (LIKELY.has(t.normal) && SEEMING.has(toks[i - 1]?.normal ?? '') && next !== 'that') return true;
  if (SEEMING.has(t.normal) && LIKELY.has(next ?? '') && toks[i + 2]?.normal !== 'that') return true;
  // (a plan named as a thing is no mark: "the company's plans for an AI assistant", "its plan for growth")
  const prev = toks[i - 1];
  if (/^plans?$/.test(t.normal) && prev && (['Determiner', 'Possessive', 'Adjective'].some((x) => prev.tags.has(x)) || /['’]s?$/.test(prev.text) || /^(?:its|his|her|their|our|my|your)$/.test(prev.normal))) return false;
  // "is due on Friday", "are set for March", "is slated for release": after a present copula
  if (/^(?:due|set|slated|scheduled)$/.test(t.normal) && /^(?:is|are|['’]s)$/.test(prev?.normal ?? '')) return true;
  if (FUTURE_WORDS.has(t.normal)) return t.normal === 'next' || t.normal === 'upcoming' || t.normal === 'tomorrow' || next === 'to' || t.normal === 'scheduled' || t.normal === 'expected' || t.normal === 'planned' || next === 'for';
  return false;
}

/**
 * A base form used as a finite present, as compromise tags it in "the sides meet on April 26"
 * (PresentTense and Infinitive): after a word that is no "to", auxiliary or modal ("to meet",
 * "did meet", "could meet" are not).
 */
function finiteBase(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  // (a noun read as a verb after a number, an article or an adjective: "a 27.7% stake", "the latest poll")
  // (nor a word after a past verb: "Stocks closed lower on Friday")
  return prev.normal !== 'to' && !prev.tags.has('Auxiliary') && !prev.tags.has('Modal') && !['Value', 'Determiner', 'Adjective', 'Possessive'].some((x) => prev.tags.has(x)) && !(prev.tags.has('PastTense') && !prev.tags.has('Noun'));
}

/** A verb of a timetable read as a plural noun after its subject: "the season ends May 19". */
function timetableVerb(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  return TIMETABLE_VERBS.has(t.normal) && t.tags.has('Plural') && !!prev && prev.tags.has('Noun') && !prev.tags.has('Plural') && !prev.tags.has('Possessive');
}

/** The word before token i (over adverbs) is a singular subject: "he", "it", a singular noun, or "which" after one. */
function singularSubjectBefore(toks: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && toks[j]!.tags.has('Adverb')) j--;
  const p = toks[j];
  if (!p) return false;
  if (/^(?:he|she|it)$/.test(p.normal)) return true;
  const noun = (t: Token | undefined) => !!t && t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Pronoun') && !t.tags.has('Possessive') && (t.tags.has('Singular') || t.tags.has('ProperNoun') || t.tags.has('Uncountable'));
  if (/^(?:which|who|that)$/.test(p.normal)) return noun(toks[j - 1]);
  return noun(p);
}

/** Plural nouns the tagger reads as verbs after a modifier: "Wall Street estimates", "rate cuts". */
const COMPOUND_PLURALS = /^(?:estimates|forecasts|projections|expectations|talks|cuts|hikes|plans|calls|sales|earnings|results|targets)$/;
/** Verbs of thinking, whose clause may begin with a bare noun: "thinks demand rises". */
const THINKING = /^(?:think|thought|believe|knew|know|hope|fear|feel|felt|suspect|expect|assume|estimate|find|found|show|suggest|mean|meant|ensure|insist)(?:s|ed|d)?$/;

/**
 * A plural noun the tagger read as a verb, closing a compound object right after its verb: "ended
 * merger talks in February", "raised interest rates" (not after a verb of saying or thinking, whose
 * clause may begin with a bare noun: "said demand rises in winter").
 */
function compoundObject(toks: readonly Token[], i: number): boolean {
  const noun = toks[i - 1];
  const verb = toks[i - 2];
  if (!noun || !verb || !/s$/.test(toks[i]!.normal)) return false;
  // (a forecast's or a talk's plural after a name or noun that modifies it: "above Wall Street
  // estimates on Tuesday", "beat analyst forecasts"; not after an article: "the bank cuts")
  if (COMPOUND_PLURALS.test(toks[i]!.normal) && noun.tags.has('Noun') && !noun.tags.has('Pronoun') && !verb.tags.has('Determiner') && !verb.tags.has('Possessive') && (verb.tags.has('Noun') || verb.tags.has('Preposition') || (verb.tags.has('Verb') && !REPORTING.has(verb.normal)))) return true;
  if (!noun.tags.has('Noun') || !noun.tags.has('Singular') || noun.tags.has('ProperNoun') || noun.tags.has('Pronoun')) return false;
  return verb.tags.has('Verb') && !verb.tags.has('Copula') && !verb.tags.has('Modal') && !verb.tags.has('Auxiliary') && !REPORTING.has(verb.normal) && !THINKING.test(verb.normal);
}

/** The tense a token gives: a mark of the future, a verb in a future chain ("is to be held", "will have signed"), a tensed verb. */
function tenseOfToken(toks: readonly Token[], i: number): Tense | undefined {
  const t = toks[i]!;
  if (futureAt(toks, i)) return 'future';
  const chainFuture = () => {
    for (let j = Math.max(0, i - 4); j < i; j++) if (futureAt(toks, j)) return true;
    return false;
  };
  if (presentPassive(toks, i)) return 'present';
  // a perfect participle is done: "having cut them in late November", "having won in May"
  const done = (x: Token | undefined) => !!x && (x.tags.has('PastTense') || x.tags.has('Participle') || INVARIANT_PAST_VERBS.has(x.normal) || /ed$/.test(x.normal));
  if ((t.normal === 'having' && done(toks[i + 1])) || (toks[i - 1]?.normal === 'having' && done(t))) return 'past';
  if (t.tags.has('PastTense') || (t.tags.has('Participle') && !t.tags.has('Adjective'))) return chainFuture() ? 'future' : 'past';
  // a past form the tagger took for an adjective after "which" or "who": "the trial, which began Monday"
  if (t.tags.has('Adjective') && /^(?:which|who|that)$/.test(toks[i - 1]?.normal ?? '') && lexTags(t.normal).includes('PastTense')) return 'past';
  if (t.tags.has('Copula') && (t.normal === 'was' || t.normal === 'were')) return 'past';
  // "the index, which hit a record on Feb. 19": after a singular subject, a bare "hit" is no present
  if (INVARIANT_PAST_VERBS.has(t.normal) && t.tags.has('PresentTense') && singularSubjectBefore(toks, i)) return chainFuture() ? 'future' : 'past';
  // ... nor one before "by" and its doer, a passive's participle: "Farmers hit by floods in early October"
  if (INVARIANT_PAST_VERBS.has(t.normal) && toks[i + 1]?.normal === 'by' && !/^(?:to|will|would|can|could|may|might|must|should|shall)$/.test(toks[i - 1]?.normal ?? '') && !toks[i - 1]?.tags.has('Copula')) return chainFuture() ? 'future' : 'past';
  // (read as a noun after its singular subject, before a preposition or a date: "Another storm hit
  // over the weekend", "Power cut on Sunday")
  const after = toks[i + 1];
  // (or before its object and a preposition: "The bank cut rates at its Oct. 29 meeting"; not a
  // compound before its verb: "the power cut lasted")
  const objectThen = !!after && after.tags.has('Noun') && !after.tags.has('Possessive') && !!toks[i + 2] && (toks[i + 2]!.tags.has('Preposition') || toks[i + 2]!.tags.has('Date') || toks[i + 2]!.tags.has('Value'));
  if (INVARIANT_PAST_VERBS.has(t.normal) && !t.tags.has('Verb') && singularSubjectBefore(toks, i) && !!after && (after.tags.has('Preposition') || after.tags.has('Date') || after.tags.has('Adverb') || /^(?:over|on|in|at|during|across|last|early|late)$/.test(after.normal) || objectThen)) return chainFuture() ? 'future' : 'past';
  // (nor a plural subject before its verb in the past: "shares rose", "talks collapsed")
  const subjectOfPast = /s$/.test(t.normal) && !!after && after.tags.has('PastTense') && !after.tags.has('Participle');
  // (nor a noun the tagger read as a verb after a preposition: "comes into force on July 1")
  if (t.tags.has('PresentTense') && toks[i - 1]?.tags.has('Preposition') && toks[i - 1]!.normal !== 'to') return undefined;
  // (nor one closing a noun phrase opened by a possessive or an article: "gave his first Christmas
  // message on Thursday", "the annual budget address")
  if (t.tags.has('PresentTense') && !/s$/.test(t.normal)) {
    let j = i - 1;
    while (j > i - 4 && j >= 0 && (toks[j]!.tags.has('Value') || toks[j]!.tags.has('Adjective') || (toks[j]!.tags.has('ProperNoun') && !toks[j]!.tags.has('Pronoun')))) j--;
    if (j < i - 1 && j >= 0 && /^(?:his|her|its|their|our|my|your|the|a|an)$/.test(toks[j]!.normal)) return undefined;
  }
  if (t.tags.has('PresentTense') && t.tags.has('Verb') && !t.tags.has('Gerund') && (!t.tags.has('Infinitive') || finiteBase(toks, i)) && !compoundObject(toks, i) && !subjectOfPast) return 'present';
  if (timetableVerb(toks, i)) return 'present';
  if (t.tags.has('Copula') && (t.normal === 'is' || t.normal === 'are' || t.normal === 'am')) return 'present';
  return undefined;
}

/** From the date's last two letters, its possessive, its event and a verb that puts it off or calls it off: "'s match has been moved". */
const CALLED_OFF_AFTER = /^(?:\p{L}{2})?['’]s\s+(?:[\p{L}-]+\s+){1,5}(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:postponed|moved|delayed|cancell?ed|called\s+off|rescheduled|pushed\s+back|brought\s+forward|put\s+off|scrapped|suspended)\b/u;

/** Verbs that move a date later: what they move it to is still to come. */
const POSTPONING = new Set(['adjourned', 'adjourns', 'postponed', 'postpones', 'delayed', 'delays', 'deferred', 'defers', 'rescheduled', 'reschedules', 'pushed', 'moved', 'extended', 'extends', 'recessed']);
/** Verbs that fix a date for something: what they set it for is still to come. */
const SCHEDULING = new Set(['set', 'sets', 'scheduled', 'schedules', 'slated', 'fixed', 'booked', 'pencilled', 'penciled', 'called', 'calls', 'planned', 'plans', 'timed', 'earmarked']);
/** Verbs of foretelling: the time a forecast runs to or by is still to come ("forecast rain through Sunday"). */
const FORETELLING = new Set(['forecast', 'forecasts', 'forecasted', 'predicted', 'predicts', 'projected', 'projects', 'warned', 'warns', 'expected', 'expects', 'anticipated', 'anticipates']);
/** Verbs that give a time limit: what they give "until" is still to come. */
/** Verbs of binding oneself to do something, right before its infinitive: "agreed to raise output in January". */
const COMMITTING = new Set(['agreed', 'agrees', 'decided', 'decides', 'voted', 'votes', 'pledged', 'pledges', 'promised', 'promises', 'vowed', 'vows', 'committed', 'commits', 'resolved', 'opted', 'opts', 'offered', 'offers', 'threatened', 'threatens', 'undertook', 'undertakes']);

/** Verbs of telling someone to do something, whose infinitive is still to come. */
const DIRECTING = new Set(['asked', 'asks', 'urged', 'urges', 'told', 'tells', 'ordered', 'orders', 'instructed', 'instructs', 'advised', 'advises', 'directed', 'directs', 'encouraged', 'encourages', 'requested', 'requests', 'pressed', 'presses', 'invited', 'invites', 'called', 'calls', 'summoned', 'summons', 'begged', 'begs', 'implored', 'implores', 'reminded', 'reminds']);

const GIVING = new Set(['give', 'gives', 'gave', 'given', 'grant', 'grants', 'granted']);
/** A score ("2-1", "3–0") ending where a date begins, over what it was ("win over Roma") and a preposition. */
const FINAL_SCORE_BEFORE = /(?:^|\s)\d{1,2}\s?[-–]\s?\d{1,2}\s+(?:(?:win|victory|defeat|loss|draw|triumph|rout|thrashing)\s+)?(?:(?:over|against|at|to|with|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?(?:on\s+|in\s+|at\s+)?$/u;
/** The opening of a schedule's line: a side, a colon, and where or whom it plays. */
const FIXTURE_LINE = /^\p{Lu}[\p{L}.'’ -]{1,30}:\s+(?:at|host|hosts|vs\.?|visit|visits|play|plays)\s/iu;
/** What is counted for a period: "results", "figures", "data". */
const FIGURES = 'results|earnings|figures|data|numbers|statistics|accounts|sales|revenue|profit|profits|loss|losses';
/** ... after "for": "figures for October", "GDP for the third quarter". */
const PERIOD_FIGURES = new RegExp(`^(?:${FIGURES}|gdp)$`);
/** ... after the period, as its modifier: "third-quarter results", "October sales data", "Q3 earnings". */
const PERIOD_FIGURES_AFTER = new RegExp(`^(?:['’]s)?[-\\s]+(?:(?:gdp|sales|trade|jobs|payrolls|inflation|retail|output|production)\\s+)?(?:${FIGURES})\\b`, 'i');
/** A market's settled figures after a day's possessive: "Friday's closing price", "Thursday's close". */
const SETTLED_AFTER = /^(?:['’]s?)?\s+(?:close|closing|settlement|trading)\b/;
/** A word after a fixture's verb: "plays on Saturday", "travel to Hull". */
const PREPOSITION_BEFORE_DATE = /^(?:on|at|in|to|next|this)$/;
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'whereas']);
/** Present verbs of state, whose simple present is no timetable: "is", "has", "remains", "says". */
const STATE_VERBS = new Set(['have', 'has', 'remain', 'remains', 'stay', 'stays', 'know', 'knows', 'want', 'wants', 'need', 'needs', 'own', 'owns', 'hold', 'holds', 'seem', 'seems', 'believe', 'believes', 'think', 'thinks', 'say', 'says', 'tell', 'tells', 'expect', 'expects', 'hope', 'hopes', 'do', 'does', 'show', 'shows', 'live', 'lives', 'work', 'works',
  // what a report or a figure covers or includes
  'cover', 'covers', 'include', 'includes', 'span', 'spans', 'represent', 'represents', 'reflect', 'reflects', 'compare', 'compares', 'contain', 'contains', 'mean', 'means']);

/** Token i opens a predicate: a verb, a modal or an auxiliary (not a gerund or participle used as a noun). */
function predicateAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  return (t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Auxiliary')) && !t.tags.has('Gerund');
}

/** A participle after "is", "are" or "am" (over adverbs): a present passive ("the semifinals are played"). */
function presentPassive(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (!(t.tags.has('Participle') || t.tags.has('PastTense')) || t.tags.has('Adjective')) return false;
  let j = i - 1;
  while (j >= 0 && toks[j]!.tags.has('Adverb')) j--;
  return j >= 0 && /^(?:is|are|am)$/.test(toks[j]!.normal);
}

/** The verb at i is a simple present of an event, not of a state or a report. */
function scheduledPresent(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  // "the final is played on June 1", "the talks are held in Geneva on May 3"
  if (t && presentPassive(toks, i) && !STATE_VERBS.has(t.normal) && !REPORTING.has(t.normal)) return true;
  if (t && timetableVerb(toks, i)) return true;
  if (!t || !t.tags.has('PresentTense') || t.tags.has('Copula') || t.tags.has('Auxiliary') || STATE_VERBS.has(t.normal) || REPORTING.has(t.normal)) return false;
  // a noun read as a verb after a number, article or adjective: "$20,000 bail", "the latest poll"
  const prev = toks[i - 1];
  // (a relative pronoun is no article: "the law that takes effect on Jan. 1")
  return !prev || /^(?:that|which|who)$/.test(prev.normal) || !['Value', 'Determiner', 'Adjective', 'Preposition'].some((x) => prev.tags.has(x));
}

/** Tense of the clause a date at [pos, end) belongs to. */
export function tenseFinder(analysis: Analysis): (pos: number, end: number) => Tense {
  const sentences = analysis.sentences;
  // the story's own tense, for a date whose sentence has no tensed verb (a caption: "shortly
  // after opening Friday"): past when past verbs outnumber present ones, as in most news
  let past = 0;
  let present = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const t = tenseOfToken(s.tokens, i);
      if (t === 'past') past++;
      else if (t === 'present') present++;
    }
  }
  const story: Tense = past > present ? 'past' : 'present';
  return (pos, end) => {
    const s = sentences[lastAtOrBefore(sentences, pos)];
    if (!s || pos > s.end + 1) return 'present';
    const toks = s.tokens;
    const first = Math.max(0, lastAtOrBefore(toks, pos));
    let last = first;
    while (last + 1 < toks.length && toks[last + 1]!.start < end) last++;
    const lo = Math.max(0, first - TENSE_WINDOW);
    const hi = Math.min(toks.length - 1, last + TENSE_WINDOW);
    // the clause: out to punctuation on either side, read in the text between tokens
    const text = analysis.text;
    const breakAfter = (i: number) => i + 1 >= toks.length || CLAUSE_BREAK_RE.test(text.slice(toks[i]!.end, toks[i + 1]!.start));
    // a conjunction before a new predicate also ends the clause: "reported results on Tuesday | and will publish"
    const joinsPredicate = (i: number) => CONJUNCTIONS.has(toks[i]!.normal) && predicateAt(toks, i + 1);
    // ... and "that" opens a clause of its own: "was told by the judge on Friday | that he must serve"
    // (and so does a subordinator after the date: "would furlough 700 workers from Oct. 14 | if the
    // strike lasted")
    // (and so does a pronoun and its verb after a reporting verb's date, with no "that": "said in a
    // statement on Tuesday | it would appeal")
    const reported = (i: number) => i > last && /^(?:it|he|she|they|we|i)$/.test(toks[i]?.normal ?? '') && !!toks[i + 1] && (toks[i + 1]!.tags.has('Modal') || toks[i + 1]!.tags.has('Verb')) && toks.slice(Math.max(0, first - 8), first).some((x) => REPORTING.has(x.normal));
    const opensClause = (i: number) => toks[i]?.normal === 'that' || (i > last && /^(?:if|unless|because|although|though|whereas)$/.test(toks[i]?.normal ?? '')) || reported(i);
    let a = first;
    while (a > lo && !breakAfter(a - 1) && !joinsPredicate(a - 1) && !opensClause(a - 1)) a--;
    let b = last;
    while (b < hi && !breakAfter(b) && !joinsPredicate(b + 1) && !opensClause(b + 1)) b++;
    let bestAt = -1;
    const nearest = (from: number, to: number, skip: (i: number) => boolean): Tense | undefined => {
      let best: Tense | undefined;
      let bestDist = Infinity;
      bestAt = -1;
      for (let i = from; i <= to; i++) {
        if (i >= first && i <= last) continue;
        if (skip(i)) continue;
        const tense = tenseOfToken(toks, i);
        if (!tense) continue;
        const dist = i < first ? first - i : i - last;
        if (dist < bestDist) {
          best = tense;
          bestDist = dist;
          bestAt = i;
        }
      }
      return best;
    };
    // a reporting verb that closes the sentence after the date's clause: ", a committee aide said."
    // (no later clause with a verb of its own: not ", officials said, and the dam will be ...")
    // a past verb among tokens [from, to)
    const pastBetween = (from: number, to: number) => {
      for (let i = from; i < to; i++) if (tenseOfToken(toks, i) === 'past') return true;
      return false;
    };
    const trailing = (i: number) => {
      if (!REPORTING.has(toks[i]!.normal) || i <= b || toks.length - 1 - i > 12) return false;
      let broken = false;
      // (nor one whose reported clause follows it: "..., said the government would meet its
      // target"; a relative clause of the one who spoke is no such clause: "said a diplomat who asked")
      let relative = false;
      for (let j = i; j < toks.length; j++) {
        if (/^(?:who|which|whose)$/.test(toks[j]!.normal)) relative = true;
        if ((broken || (j > i && !relative)) && tenseOfToken(toks, j)) return false;
        if (breakAfter(j)) broken = true;
      }
      return true;
    };
    // ... or one set off by commas after the date's clause, before the clause's own predicate:
    // "Talks on Jan. 12, an aide said, would include both sides" (not "..., officials said, and the
    // dam will be inspected")
    const inserted = (i: number) => {
      // (or before a participle's clause that goes on with the sentence: "Lula will travel to Moscow
      // on Thursday, his office said, before returning to Brasilia on May 18")
      const goesOn = (j: number) => predicateAt(toks, j) || (/^(?:before|after|while|when|since)$/.test(toks[j]?.normal ?? '') && !!toks[j + 1]?.tags.has('Gerund'));
      if (!REPORTING.has(toks[i]!.normal) || i + 1 >= toks.length || !/,/.test(text.slice(toks[i]!.end, toks[i + 1]!.start)) || !goesOn(i + 1)) return false;
      const before = i < first && !predicateAt(toks, i + 1);
      if (i <= b && !before) return false;
      for (let j = i - 1; j >= (before ? 0 : b) && j >= i - 5; j--) if (/,/.test(text.slice(toks[j]!.end, toks[j + 1]!.start))) return true;
      return false;
    };
    // the preposition before the date, over hedges: "until at least June", "by around March"
    let p = first - 1;
    while (p > 0 && DATE_HEDGE_WORDS.has(toks[p]!.normal)) p--;
    // (and over the article of an event the month names: "moved the film to a March release")
    if (p > 0 && /^(?:a|an|the)$/.test(toks[p]!.normal) && /^(?:to|until|till|for)$/.test(toks[p - 1]!.normal)) p--;
    const prep = toks[p]?.normal ?? '';
    // 0. what has gone on since a date began before now: "winless since August"
    if (prep === 'since') return 'past';
    // ... and a period whose figures are told is one that has begun: "will report third-quarter
    // results on Friday", "publishes GDP figures for the third quarter", "data for October"
    if (PERIOD_FIGURES_AFTER.test(text.slice(toks[last]!.end, toks[last]!.end + 24)) || (prep === 'for' && PERIOD_FIGURES.test(toks[p - 1]?.normal ?? ''))) return 'past';
    // ... and a market's close is one already past: "a premium to Friday's closing price", "open at
    // Thursday's close", "Monday's trading"
    if (SETTLED_AFTER.test(text.slice(toks[last]!.end, toks[last]!.end + 24))) return 'past';
    // ... the day a change announced takes effect is still to come: "named her chief executive,
    // effective Jan. 1", "raised fares, effective from March 1"
    if (prep === 'effective' || (/^(?:from|on)$/.test(prep) && toks[p - 1]?.normal === 'effective')) return 'future';
    // ... the date a thing was put off to is still to come: "adjourned the hearing to Nov. 14", "postponed until May 2"
    if (/^(?:to|until|till|through)$/.test(prep)) {
      for (let i = a; i < first; i++) if (POSTPONING.has(toks[i]!.normal)) return 'future';
    }
    // ... and the end of what is foretold: "forecast heavy rain through Sunday", "warned of
    // closures until Friday", "predicted the index would peak by March" (no past verb between)
    if (/^(?:until|till|through|by)$/.test(prep)) {
      for (let i = Math.max(a, p - 8); i < p; i++) if (FORETELLING.has(toks[i]!.normal) && !pastBetween(i + 1, p)) return 'future';
    }
    // ... the date a thing is set, right after the verb: "set Feb. 23 as the start date", "scheduled
    // March 3 for the vote"
    if (/^(?:set|sets|scheduled|schedules|fixed|fixes|pencilled|penciled|earmarked)$/.test(prep)) return 'future';
    // ... and the date a thing was set for: "set sentencing for March 28", "called an election for
    // May 4", "set a sentencing date of Sept. 30"
    if (prep === 'for' || (prep === 'of' && /^(?:date|deadline)$/.test(toks[p - 1]?.normal ?? ''))) {
      // (not a date first set and since changed: "The hearing, originally set for Nov. 12, was
      // postponed", which is the clause's past)
      for (let i = a; i < first; i++) {
        if (!SCHEDULING.has(toks[i]!.normal) && !POSTPONING.has(toks[i]!.normal)) continue;
        return /^(?:originally|initially|previously|first|once)$/.test(toks[i - 1]?.normal ?? '') ? 'past' : 'future';
      }
    }
    // ... and a time limit given: "gave him until Friday to respond", "has until June 1 to decide"
    if (/^(?:until|till)$/.test(prep)) {
      if (/^(?:has|have)$/.test(toks[p - 1]?.normal ?? '')) return 'future';
      for (let i = Math.max(a, p - 4); i < p; i++) if (GIVING.has(toks[i]!.normal)) return 'future';
    }
    // ... and what someone was told or asked to do by a day is still to come: "asked residents to
    // leave by noon Friday", "ordered staff back ... to return before Monday", "urged people to
    // vote on Sunday" (the infinitive's verb before the date, a verb of directing a few words before
    // it); so is what one agreed or decided to do: "OPEC+ agreed to raise output in January"
    for (let i = Math.max(a + 1, first - 12); i < first - 1; i++) {
      // (a base verb after "to", whatever the tagger made of it: "to stock up")
      const w = toks[i + 1]!;
      if (toks[i]!.normal !== 'to' || w.tags.has('PastTense') || w.tags.has('Gerund') || w.tags.has('Determiner') || w.tags.has('Pronoun') || w.tags.has('Value') || w.tags.has('Possessive') || /^\p{Lu}/u.test(w.text) || !(w.tags.has('Verb') || w.tags.has('Noun'))) continue;
      for (let v = Math.max(a, i - 7); v < i; v++) if (DIRECTING.has(toks[v]!.normal) || (COMMITTING.has(toks[v]!.normal) && v >= i - 4)) return 'future';
    }
    // ... and a final score just before the date is a result, so the past: "after beating Juventus
    // 2-1 on Tuesday", "a 3-0 win over Roma on Sunday", "drew 1-1 at Leeds Saturday"
    if (FINAL_SCORE_BEFORE.test(text.slice(toks[a]!.start, toks[first]!.start))) return 'past';
    // an event the date belongs to, made known after it in the past passive, has no tense of its
    // own: "The president's visit to Kenya on Jan. 9 was confirmed by an aide", "The summit, on Feb.
    // 2, was announced on Monday" (the nearest such day, not the last)
    const announced = (at: number) => {
      if (at <= last || !EVENT_NOUN_BEFORE.test(text.slice(Math.max(0, toks[first]!.start - 40), toks[first]!.start))) return false;
      // (the auxiliary or the participle, whichever was nearer)
      const v = /^(?:was|were|been)$/.test(toks[at]!.normal) ? at + 1 : at;
      return ANNOUNCED.has(toks[v]?.normal ?? '') && /^(?:was|were|been)$/.test(toks[v - 1]?.normal ?? '');
    };
    // ... what something happens "ahead of" is still to come: "Campaigning intensified ahead of
    // Tuesday's special election" (unless a day told before it anchors it: "rose on Monday ahead
    // of Tuesday's decision")
    if (prep === 'of' && /^(?:ahead|eve)$/.test(toks[p - 1]?.normal ?? '') && !toks.slice(0, p).some((x) => x.tags.has('Date') || x.tags.has('Value'))) return 'future';
    // ... an event of the date put off or called off was set for the nearest such day, before or
    // after: "Friday's league match has been moved to next Tuesday", "Sunday's vote was postponed"
    if (CALLED_OFF_AFTER.test(text.slice(toks[last]!.end - 2, toks[last]!.end + 60))) return 'present';
    // ... a date in a passive's participle phrase is the participle's, whatever the clause's verb
    // after it: "Farmers hit by floods in early October will receive payments" (no verb between)
    for (let i = first - 1; i >= a && first - i <= 8; i--) {
      if (toks[i + 1]?.normal === 'by' && i + 1 < first && tenseOfToken(toks, i) === 'past' && !toks[i - 1]?.tags.has('Copula') && !/^(?:has|have|had|been|being|be|get|gets|got)$/.test(toks[i - 1]?.normal ?? '')) return 'past';
      if (tenseOfToken(toks, i)) break;
    }
    // ... a headline's "to" and a verb with no finite verb before it is what is to come: "Storm
    // Bert to hit Ireland on Saturday", "Apple to cut 500 jobs in March" (a line of its own with no
    // closing stop)
    if (/^\s*(?:\n|$)/.test(text.slice(s.end, s.end + 3)) && !/[.!?]["”’]?\s*$/.test(text.slice(s.start, s.end)) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, s.start - 2), s.start))) {
      for (let i = 1; i < first - 1; i++) {
        if (tenseOfToken(toks, i - 1)) break;
        if (toks[i]!.normal === 'to' && toks[i + 1]!.tags.has('Verb') && !toks[i + 1]!.tags.has('PastTense') && !toks[i + 1]!.tags.has('Gerund')) return 'future';
      }
    }
    // 1. the clause's own verb or mark of the future, the nearest
    // (a clause opened by "that" with its verb before the date is that verb's: "the vote that was
    // held on Friday would be repeated", "the plan that will be voted on Friday is popular")
    let tense = a > 0 && opensClause(a - 1) && a < first ? nearest(a, first - 1, () => false) : undefined;
    tense ??= nearest(a, b, () => false);
    if (tense === 'past' && announced(bestAt)) return 'present';
    if (tense === 'present') {
      // "holds the presidency until Dec. 31": what is still to come
      if (/^(?:until|till|through|by|before)$/.test(prep)) return 'future';
      // a simple present of an event is a timetable: "tickets go on sale Friday", "the sides meet on April 26"
      // (close before the date, with no past verb in the clause: not "was released on $20,000 bail on Thursday")
      if (!pastBetween(a, b + 1) && bestAt < first && first - bestAt <= 7 && scheduledPresent(toks, bestAt)) return 'future';
      // ... and so is an event that "is on" a day: "The season opener is on Friday", "the vote is in March"
      if (bestAt === first - 2 && /^(?:is|are)$/.test(toks[bestAt]!.normal) && /^(?:on|in)$/.test(toks[first - 1]!.normal)) return 'future';
    }
    if (tense) return tense;
    // ... a fixture's verb the tagger read as a noun, opening the clause after a parenthesis or
    // right after the side's name: "Villa, who have lost three of their last four, host Chelsea on
    // Dec. 14", "Atletico Madrid host Sevilla on Saturday"
    for (let v = Math.max(a, first - 5); v < first; v++) {
      const verb = toks[v]!;
      if (!FIXTURE_VERBS.has(verb.normal) && !TIMETABLE_VERBS.has(verb.normal)) continue;
      const opens = v === a && v > 0 && /,/.test(text.slice(toks[v - 1]!.end, verb.start));
      // (or a side's short name the tagger reads as a common noun, before a named opponent: "City
      // visit Brentford on Wednesday")
      const side = v > a && /^\p{Lu}/u.test(toks[v - 1]!.text) && (toks[v - 1]!.tags.has('ProperNoun') || /^\p{Lu}/u.test(toks[v + 1]?.text ?? ''));
      const object = toks[v + 1];
      if ((opens || side) && object && (object.tags.has('ProperNoun') || object.tags.has('Determiner') || /^\p{Lu}/u.test(object.text) || v + 1 === first || PREPOSITION_BEFORE_DATE.test(object.normal))) return 'future';
    }
    // 2. the sentence outside a trailing attribution, then with it
    tense = nearest(lo, hi, (i) => trailing(i) || inserted(i)) ?? nearest(lo, hi, () => false);
    if (tense === 'past' && announced(bestAt)) return 'present';
    // a date fronted before the sentence's event in the simple present: "On Tuesday night, PSG host Newcastle"
    if (tense === 'present' && bestAt > last && bestAt - last <= 8 && scheduledPresent(toks, bestAt)) {
      if (!pastBetween(last + 1, bestAt)) return 'future';
    }
    // a schedule's line with no verb is what is to come: "Lakers: At Utah on Saturday night",
    // "Nuggets: Host Phoenix on Friday" (AP's "UP NEXT")
    if (!tense) {
      const lineStart = text.lastIndexOf('\n', pos) + 1;
      if (FIXTURE_LINE.test(text.slice(lineStart, pos))) return 'future';
    }
    return tense ?? story;
  };
}
