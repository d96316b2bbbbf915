// The facts layer's vocabulary: cues of statements and event triggers with the frame of their
// arguments, in the manner of PETRARCH's verb dictionaries. A new event verb is a row here.

/** Cues of reported speech or writing: "said", "told", "according to". */
export const SPEECH_CUES = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states', 'stating',
  'claimed', 'claims', 'claiming', 'asserted', 'asserts', 'revealed', 'reveals', 'wrote', 'writes', 'writing',
  'announced', 'announces', 'noted', 'notes', 'explained', 'explains', 'admitted', 'admits', 'commented',
  'tweeted', 'observed', 'replied', 'warned', 'warns', 'insisted', 'insists', 'argued', 'argues', 'denied',
  'denies', 'confirmed', 'confirms', 'reported', 'reports', 'asked', 'asks', 'urged', 'urges', 'estimated',
  'declared', 'declares', 'acknowledged', 'recalled', 'described', 'suggested', 'predicted', 'promised',
  'vowed', 'pledged', 'conceded', 'maintained', 'responded', 'wished', 'called',
  'alleged', 'alleges', 'testified', 'testifies', 'reiterated', 'emphasised', 'emphasized', 'stressed', 'stresses',
  'complained', 'complains', 'disclosed', 'hinted', 'speculated', 'theorized', 'theorised', 'contended', 'contends',
  'countered', 'remarked',
]);

/** Cues whose object is the one told or asked, not what was said: "told reporters the ruling would ...", "urged them to leave". */
export const TELLING_CUES = new Set(['told', 'tells', 'tell', 'asked', 'asks', 'urged', 'urges', 'advised', 'ordered', 'instructed']);

/**
 * Cues of a reported proposition only when "that" follows (within a word): findings, rulings,
 * advice and participles ("the court ruled that", "the agency estimates that", ", adding that");
 * alone they are other verbs ("the document was found on a street", "adding iodine to salt").
 */
export const THAT_CUES = new Set([
  'estimates', 'estimate', 'estimated', 'ruled', 'rules', 'concluded', 'concludes', 'found', 'finds', 'recommended', 'recommends',
  'mentioned', 'mentions', 'cited', 'cites', 'noting', 'adding', 'explaining', 'arguing', 'insisting', 'warning', 'alleging',
  'announcing', 'signalled', 'signaled', 'reasoned', 'posted', 'texted', 'emailed', 'messaged',
]);

/**
 * Verbs that report speech or writing only when a quote follows (after a colon or comma): 'She
 * continued: "..."', 'The letter reads "..."', 'dubbed the conflict: "..."'.
 */
export const QUOTE_CUES = new Set([
  'continued', 'continues', 'reads', 'read', 'dubbed', 'dubs', 'characterized', 'characterised', 'characterizes',
  'describes', 'describing', 'posted', 'posts', 'quipped', 'joked', 'jokes', 'shouted', 'chanted', 'sang', 'tweets',
  'answered', 'answers', 'recounted', 'recounts', 'summed',
]);

/** Verbs that say what a thing is called, before "as": "the Church describes it as a retreat", "characterized the vote as a sham". */
export const DESCRIBE_CUES = new Set([
  'describes', 'described', 'describe', 'describing', 'characterized', 'characterised', 'characterizes', 'characterises',
  'branded', 'brands', 'labelled', 'labeled', 'dismissed', 'hailed', 'praised', 'condemned', 'denounced', 'criticised', 'criticized',
]);

/** Verbs of a request before "for" and what is asked: "called for a ceasefire", "They call for urgent reform". */
export const CALL_CUES = new Set(['call', 'calls', 'called', 'calling', 'appealed', 'appeals', 'appealing']);

/**
 * Verbs of a request whose content is someone and what they are to do: "asking the council to
 * act", "urging voters to stay home", "pleaded with him to stop" (the one asked after "with" or
 * "to" is no part of it).
 */
export const REQUEST_CUES = new Set([
  'asking', 'urging', 'encouraging', 'encouraged', 'encourages', 'pleaded', 'pleads', 'begged', 'implored', 'appealed',
  'advised', 'advising', 'instructed', 'ordered', 'ordering', 'demanded', 'demanding', 'challenged', 'invited', 'inviting',
]);

export type FactType = 'statement' | 'meeting' | 'visit' | 'transfer' | 'agreement' | 'attack';

/**
 * An event trigger and where its arguments are: the subject (the words before the trigger) and
 * the object (after it) fill the roles named; `to`/`from`/`with` say which preposition introduces
 * a role after the object.
 */
export interface EventFrame {
  type: Exclude<FactType, 'statement'>;
  subject?: string;
  object?: string;
  to?: string;
  from?: string;
  with?: string;
}

const frame = (type: EventFrame['type'], f: Omit<EventFrame, 'type'>, ...words: string[]): Array<[string, EventFrame]> => words.map((w) => [w, { type, ...f }]);

/** Event triggers (lower case, as written) and their frames. */
export const EVENT_TRIGGERS = new Map<string, EventFrame>([
  ...frame('meeting', { subject: 'participants', object: 'participants', with: 'participants' }, 'met', 'meet', 'meets', 'meeting', 'talked', 'telephoned', 'phoned', 'spoke', 'speaks', 'hosted', 'hosts', 'host', 'hosting', 'contacted', 'contacts', 'greeted', 'welcomed',
    'consulted', 'consult', 'consults', 'consulting', 'conferred', 'confer', 'discussed', 'discuss', 'discusses', 'discussing'),
  ...frame('visit', { subject: 'visitor', object: 'place', to: 'place' }, 'visited', 'visit', 'visits', 'visiting', 'toured', 'tour', 'tours', 'touring', 'travelled', 'traveled', 'travel', 'travels', 'travelling', 'traveling', 'arrived', 'arrive', 'arrives', 'arriving', 'flew', 'fly', 'flies', 'flying', 'went', 'go', 'goes', 'came', 'comes', 'returned', 'returns', 'landed', 'headed', 'heads'),
  ...frame('transfer', { subject: 'giver', object: 'theme', to: 'recipient' }, 'supplied', 'supplies', 'supply', 'supplying', 'delivered', 'delivers', 'deliver', 'delivering', 'sold', 'sells', 'sell', 'selling',
    'sent', 'sends', 'send', 'sending', 'shipped', 'ships', 'ship', 'shipping', 'provided', 'provides', 'provide', 'providing', 'gave', 'gives', 'give', 'giving', 'given',
    'donated', 'donates', 'donate', 'donating', 'transferred', 'transfers', 'transfer', 'transferring', 'awarded', 'awards', 'award', 'offered', 'offers', 'offering',
    'handed', 'hands', 'handing', 'distributed', 'distributes', 'distribute', 'distributing', 'lent', 'lends', 'lend', 'lending', 'loaned', 'exported', 'exports', 'export',
    'equipped', 'equips', 'equip', 'armed'),
  ...frame('transfer', { subject: 'recipient', object: 'theme', from: 'giver' }, 'received', 'receives', 'receive', 'receiving', 'bought', 'buys', 'buy', 'buying', 'acquired', 'acquires', 'acquire', 'acquiring', 'obtained', 'obtains', 'obtaining', 'purchased', 'purchases', 'purchase', 'purchasing', 'imported', 'imports', 'import', 'accepted'),
  ...frame('agreement', { subject: 'parties', object: 'parties', with: 'parties' }, 'agreed', 'agree', 'agrees', 'agreeing', 'signed', 'signs', 'sign', 'signing', 'reached', 'reach', 'reaches', 'sealed', 'seal', 'clinched'),
  ...frame('attack', { subject: 'attacker', object: 'target' }, 'attacked', 'attacks', 'attack', 'struck', 'strikes', 'strike', 'shelled', 'shells', 'shell', 'bombed', 'bombs', 'bomb', 'bombarded', 'bombarding', 'killed', 'kills', 'kill', 'arrested', 'arrests', 'arrest', 'detained', 'detain', 'raided', 'raid', 'invaded', 'invade', 'fired', 'firing', 'imprisoned', 'shot', 'ambushed',
    'kidnapped', 'kidnap', 'abducted', 'abduct', 'captured', 'hijacked', 'stabbed', 'assassinated', 'executed', 'tortured',
    'hacked', 'defaced', 'demolished', 'torched', 'besieged', 'stormed', 'storm', 'looted', 'massacred', 'wounded', 'beat', 'deported', 'expelled',
    'attacking', 'striking', 'shelling', 'bombing', 'killing', 'arresting', 'detaining', 'detains', 'raiding', 'invading', 'shooting', 'targeted', 'targeting', 'injured', 'injuring'),
]);

/**
 * What is received or given that is no thing handed over: support, attention, votes, criticism
 * ("received VIP attention", "received the largest vote", "gave a warm welcome").
 */
export const ABSTRACT_THEMES = /\b(?:messages?|signals?|greetings|congratulations|regards|support|attention|votes?|criticism|praise|backing|approval|refusals?|warnings?|threats?|recognition|welcome|reminder|assurances?|advice|information|options?|opportunit(?:y|ies)|chances?|boost|blow|permission|access|credit|thanks|condolences|sympathy|respect|coverage|feedback|response|answers?|calls?|complaints?|requests?|applause|ovation|sentences?|penalt(?:y|ies)|fines?|veto|mandate|seats?|causes?|reasons?|details?|explanations?|timelines?|timetables?|breakdowns?|estimates?|accounts?|interviews?|speech(?:es)?|evidence|testimony|statements?|comments?|updates?|figures?|names?|indications?|hints?|guarantees?|birth|way|chase|ground|priority|precedence|consent|go-ahead|green\s+light|nod|thumbs-up|lectures?|talks?|presentations?|briefings?|decisions?|rulings?|verdicts?|results?|outcomes?|responsibility|blame|apolog(?:y|ies)|resignations?|invitations?|proposals?|challenges?|demands?)\b/i;

/** Verbs of supplying whose object is the one supplied and "with" the thing: "will provide Ukraine with air defence systems". */
export const SUPPLY_WITH = new Set(['provide', 'provides', 'provided', 'providing', 'supply', 'supplies', 'supplied', 'supplying', 'equip', 'equips', 'equipped', 'armed']);

/** Nouns of a deal, after "reached", "struck", "sealed" or "signed": "reached a deal with the IMF". */
export const DEAL_NOUNS = new Set(['deal', 'deals', 'agreement', 'agreements', 'accord', 'accords', 'pact', 'treaty', 'truce', 'ceasefire', 'cease-fire', 'settlement', 'compromise', 'memorandum', 'contract', 'contracts', 'armistice']);

/** Verbs of agreement that need a deal noun as their object to be one ("struck a deal", not "struck the city"). */
export const DEAL_VERBS = new Set(['reached', 'reach', 'reaches', 'struck', 'strike', 'sealed', 'seal', 'clinched']);

/** The frame of an agreement, for a verb that is one only with a deal as its object. */
export const AGREEMENT_FRAME: EventFrame = EVENT_TRIGGERS.get('agreed')!;

/** Verbs that hold a meeting named by a noun: "held talks", "will have a meeting with". */
export const HOLD_VERBS = /^(?:held|hold|holds|holding|had|has|have|having|began|begin|begins|opened|open|resumed|resume|conducted|concluded|wrapped|attended|attend|attends|joined|join)$/;

/** Kin and companions, people met though no title names them: "she met her future husband". */
export const KIN_NOUNS = new Set(['husband', 'wife', 'son', 'daughter', 'mother', 'father', 'parents', 'brother', 'sister', 'family', 'friend', 'friends', 'fiancé', 'fiancee', 'fiance', 'partner', 'girlfriend', 'boyfriend', 'grandmother', 'grandfather', 'relatives', 'children', 'child']);

/**
 * Nouns of an attack, before "on", "against" or "of" and the target: "the attacks on the
 * website", "Russia's invasion of Ukraine", "Israeli strikes on Gaza", "an assault against police".
 */
export const ATTACK_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'assault', 'assaults', 'bombing', 'bombings', 'shelling', 'invasion', 'offensive', 'ambush', 'incursion', 'incursions', 'crackdown']);
/** Verbs that carry out an attack named by a noun: their subject is the attacker ("launched an attack on"). */
export const LAUNCH_VERBS = new Set(['launched', 'launch', 'launches', 'launching', 'carried', 'conducted', 'conducts', 'staged', 'stages', 'mounted', 'mounts', 'began', 'begins', 'started', 'stepped', 'intensified', 'escalated', 'resumed', 'unleashed', 'ordered', 'orders']);
/** Nouns before "attack" that make it no attack: "a heart attack", "a panic attack". */
export const NOT_ATTACK_BEFORE = new Set(['heart', 'panic', 'asthma', 'anxiety', 'hunger', 'general', 'labour', 'labor', 'rail', 'teachers', 'workers', 'doctors', 'nurses', 'lucky', 'free', 'penalty', 'counter', 'cyber']);
/** Objects of "exchanged" that make it an exchange of fire: each side attacks the other. */
export const EXCHANGE_OF_FIRE = /^(?:fire|gunfire|shots|artillery|rockets|rocket|blows|strikes|missiles|shells|shelling|salvos)$/;

/** Nouns of a meeting, after a verb of holding or "for"/"in": "held talks with", "a meeting with". */
export const MEETING_NOUNS = new Set(['talks', 'meeting', 'meetings', 'summit', 'consultations', 'negotiations', 'call', 'conversation', 'touch', 'contact']);

/** Common nouns of places one visits, tours or travels to: "visited the festival", "toured the plant". */
export const VISITED_PLACE_NOUNS = new Set([
  'festival', 'fair', 'exhibition', 'expo', 'show', 'site', 'scene', 'city', 'town', 'village', 'capital', 'country', 'region',
  'area', 'border', 'front', 'frontline', 'front line', 'museum', 'gallery', 'hospital', 'clinic', 'school', 'university', 'campus',
  'factory', 'plant', 'mine', 'farm', 'base', 'camp', 'port', 'embassy', 'headquarters', 'office', 'offices', 'church',
  'mosque', 'temple', 'cathedral', 'shrine', 'prison', 'jail', 'island', 'park', 'zoo', 'market', 'stadium', 'memorial',
  'monument', 'ruins', 'battlefield', 'shelter', 'parliament', 'palace', 'mall', 'store', 'restaurant', 'studio', 'lab',
  'laboratory', 'station', 'airport', 'centre', 'center', 'complex', 'facility', 'reactor', 'dam', 'bridge', 'estate',
]);

/** Verbs of a journey that need "to", "in" or "at" right after them ("flew to Kyiv", not "flew drones"). */
export const MOTION_VERBS = new Set(['went', 'flew', 'arrived', 'travelled', 'traveled', 'travels', 'arrives']);
/** Verbs of motion that are a journey only to a named place ("returned to London", not "came to the conclusion"). */
export const NAMED_PLACE_MOTION = new Set(['go', 'goes', 'flies', 'flying', 'arrive', 'arriving', 'travelling', 'traveling', 'came', 'comes', 'returned', 'returns', 'landed', 'headed', 'heads']);

/** What kills or destroys without attacking: a storm, a crash, a disease ("a storm caused a crane to fall, killing 107"). */
export const HAZARDS = /\b(?:storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|floods?|flooding|earthquakes?|quakes?|tsunamis?|landslides?|mudslides?|avalanches?|fires?|blazes?|wildfires?|heat(?:wave)?|drought|rains?|rainfall|downpours?|snow(?:fall|storms?)?|blizzards?|lightning|winds?|gales?|weather|storm surges?|crash(?:es)?|collapse|accidents?|disease|virus|outbreak|pandemic|epidemic|cancer|re-entry|explosion)$/i;

/** A hazard named as the cause after a verb of harm: "were killed in a stampede", "died in the fire". */
export const HAZARD_CAUSE = /^\s+(?:\S+\s+){0,2}?(?:(?:in|by|during|after)\s+(?:a|an|the)\s+(?:\S+\s+)?(?:stampede|crush|fire|blaze|crash|collision|collapse|accident|storm|flood|earthquake|quake|landslide|avalanche|explosion|blast|derailment|shipwreck|outbreak)\b|when\s+(?:a|an|the|their|his|her|its)\s+(?:\S+\s+){0,4}?(?:fell|collapsed|crashed|overturned|capsized|sank|derailed|toppled|caught\s+fire|gave\s+way)\b)/i;

/** Attack verbs whose object is what is fired and whose target comes after "at" or "into": "fired 36 shells at police posts". */
export const FIRE_VERBS = new Set(['fired', 'firing', 'fire', 'fires']);

/** Nouns of a journey, before "to" or "of" and the place: "his visit to Google", "Blinken's trip to Beijing". */
export const VISIT_NOUNS = new Set(['visit', 'trip', 'tour', 'journey', 'voyage', 'pilgrimage', 'mission']);

/** Words before a trigger that deny it: "did not meet", "never visited". */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'denied', 'denies', 'refused']);

/** Words before a trigger that make it future, possible or planned. */
export const MODALITY: Record<string, 'future' | 'possible' | 'planned'> = {
  will: 'future', "'ll": 'future', shall: 'future', would: 'future', could: 'possible', might: 'possible', may: 'possible',
  can: 'possible', plans: 'planned', plan: 'planned', planned: 'planned', planning: 'planned', set: 'planned', scheduled: 'planned',
  expected: 'planned', due: 'planned', intends: 'planned', wants: 'planned', hopes: 'planned', offered: 'possible',
  believed: 'possible', thought: 'possible', suspected: 'possible', alleged: 'possible', rumored: 'possible', rumoured: 'possible',
  // what someone is urged or asked to do is not done: "urged allies to send more air defences"
  urged: 'possible', urges: 'possible', urging: 'possible', asked: 'possible', asks: 'possible', pressed: 'possible',
  encouraged: 'possible', appealed: 'possible', begged: 'possible', implored: 'possible',
};

/** Verbs of asking someone to do something: the one asked does it ("urged allies to send tanks"). */
export const ASKING_VERBS = new Set(['urged', 'urges', 'urging', 'asked', 'asks', 'asking', 'pressed', 'presses', 'encouraged', 'encourages', 'begged', 'implored', 'called', 'calls', 'invited', 'invites']);

/**
 * Nouns of a transfer, before "of" and the thing and "to" the one who gets it: "the sale of 40
 * F-16 jets to Turkey", "Germany's delivery of Leopard tanks to Ukraine", "took delivery of the
 * S-400 system from Russia" (taking it makes the subject the recipient), "a donation of $5
 * million to Harvard".
 */
export const TRANSFER_NOUNS = new Set(['sale', 'sales', 'delivery', 'deliveries', 'shipment', 'shipments', 'transfer', 'transfers', 'donation', 'donations', 'supply', 'supplies', 'export', 'exports', 'gift', 'handover', 'provision']);
/** Verbs before a transfer noun that make their subject its recipient: "took delivery of". */
export const TAKING_VERBS = new Set(['took', 'take', 'takes', 'taking', 'accepted', 'accepts', 'received', 'receives', 'got', 'awaits', 'awaited', 'awaiting']);
/** Verbs before a transfer noun that make their subject its giver: "made a donation of". */
export const GIVING_VERBS = new Set(['made', 'make', 'makes', 'making', 'completed', 'completes', 'began', 'begins', 'started', 'resumed', 'resumes', 'halted', 'halts', 'suspended', 'suspends', 'paused', 'pauses', 'stepped', 'approved', 'approves', 'authorized', 'authorised', 'announced', 'announces']);

/** Verbs and adjectives before "to" and the verb of a fact, whose subject is the fact's: "X is scheduled to visit". */
export const CATENATIVES = new Set([
  'scheduled', 'due', 'set', 'expected', 'planning', 'plans', 'plan', 'planned', 'going', 'likely', 'poised',
  'hoping', 'hopes', 'hoped', 'wants', 'wanted', 'intends', 'intended', 'agreed', 'agrees', 'decided', 'tried',
  'sought', 'seeks', 'vowed', 'vows', 'promised', 'promises', 'threatened', 'threatens', 'refused', 'refuses',
  'able', 'unable', 'ready', 'about', 'trying', 'seeking', 'preparing', 'prepared', 'offered', 'offers',
  'continued', 'continues', 'began', 'begins', 'started', 'failed', 'declined', 'appears', 'appeared', 'seems',
  // what others believe of the subject: "North Korea is believed to have shipped shells"
  'believed', 'thought', 'suspected', 'alleged', 'reported', 'rumored', 'rumoured', 'understood', 'known', 'said',
]);

/** Prepositions before a participle whose doer is the clause's subject: "retaliated by firing", "such action as firing". */
export const GERUND_PREPOSITIONS = new Set(['by', 'as', 'after', 'before', 'while', 'for', 'of', 'in', 'on', 'without', 'from']);

/** Verbs whose object did what a gerund after "for" or "of" tells: "fined Qantas for selling tickets", "accused Iran of supplying drones". */
export const BLAME_VERBS = new Set(['fined', 'fines', 'sued', 'sues', 'charged', 'charges', 'accused', 'accuses', 'convicted', 'blamed', 'blames', 'criticised', 'criticized', 'praised', 'thanked', 'punished', 'penalised', 'penalized', 'sanctioned', 'suspected', 'cleared', 'acquitted']);

/** Verbs before a gerund trigger, whose subject is the fact's: "Iran has denied supplying drones". */
export const GERUND_CATENATIVES = new Set([
  'denied', 'denies', 'deny', 'stopped', 'stops', 'began', 'begins', 'started', 'starts', 'resumed', 'resumes',
  'continued', 'continues', 'halted', 'halts', 'suspended', 'suspends', 'admitted', 'admits', 'avoided', 'considered',
  'considers', 'finished', 'keeps', 'kept', 'quit', 'recalled', 'recalls', 'ceased',
]);
