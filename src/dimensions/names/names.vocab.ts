// Vocabulary for people and organizations, as data. Given names, surnames and
// organization/place head words come from compromise's lexicon (src/nlp/lexicon.ts);
// these tables hold what it does not have.

/** Words that head a title ("Foreign Minister", "Defense Intelligence chief"), lower case. */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'minister', 'pm', 'premier', 'chancellor', 'secretary', 'secretary-general',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'sultan', 'emir', 'sheikh', 'shah',
  'governor', 'gov.', 'mayor', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman',
  'lawmaker', 'legislator', 'councilman', 'councilwoman', 'councilmember', 'alderman', 'alderwoman',
  'assemblyman', 'assemblywoman', 'assemblymember', 'selectman', 'selectwoman', 'comptroller', 'coroner',
  'warden', 'ambassador', 'envoy', 'diplomat', 'consul', 'attaché',
  'dean', 'headmaster', 'headmistress', 'registrar', 'librarian', 'abbot', 'abbess',
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head', 'director', 'director-general',
  'general', 'gen.', 'lt.', 'col.', 'colonel', 'major', 'maj.', 'captain', 'capt.', 'commander',
  'admiral', 'adm.', 'sgt.', 'sergeant', 'cmdr.', 'cpl.', 'pvt.', 'supt.', 'det.', 'lieutenant', 'marshal', 'brigadier', 'corporal', 'private',
  'dictator', 'leader', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'founder', 'co-founder',
  'judge', 'justice', 'prosecutor', 'attorney', 'attorney-general', 'professor', 'prof.', 'rev.',
  'reverend', 'bishop', 'archbishop', 'cardinal', 'ayatollah', 'imam', 'rabbi', 'patriarch',
  'officer', 'official', 'adviser', 'advisor', 'aide', 'commissioner', 'inspector', 'superintendent',
  'coach', 'manager', 'executive', 'analyst', 'economist', 'researcher', 'scientist', 'biologist',
  'journalist', 'correspondent', 'editor', 'reporter', 'columnist', 'author', 'writer', 'novelist',
  'singer', 'actor', 'actress', 'director', 'producer', 'presenter', 'host', 'player', 'striker',
  'goalkeeper', 'captain', 'pilot', 'astronaut', 'candidate', 'nominee', 'deputy', 'speaker',
  'strongman', 'warlord', 'commandant', 'chieftain', 'monarch', 'regent', 'tsar', 'czar',
  // ranks as British and Commonwealth news abbreviates them, without full stops: "Det Insp Claire
  // Moreton", "Det Ch Supt", "PC Andrew Harper", "Cllr Ann Lee", "Lt Col", "Capt"
  'det', 'insp', 'insp.', 'supt', 'sgt', 'pc', 'dci', 'dsi', 'dcs', 'cllr', 'lt', 'col', 'capt', 'maj', 'cdr',
]);

/**
 * Roles news states for people that compromise's lexicon does not tag as actors (its
 * `Actor` words are the other heads of titles: "photographer", "curator", "musician").
 */
export const ROLE_WORDS = new Set([
  'member', 'candidate', 'politician', 'councilor', 'councillor', 'campaigner', 'barrister', 'solicitor', 'referee',
  'umpire', 'defender', 'midfielder', 'forward', 'winger', 'coauthor', 'co-author',
  'student', 'publisher', 'co-founder', 'cofounder', 'treasurer', 'mp', 'mep', 'mla', 'qc', 'kc', 'sc', 'owner',
  'lecturer', 'spokeswoman', 'undersecretary', 'under-secretary', 'chairperson', 'trustee', 'lobbyist',
  'strategist', 'pollster', 'organiser', 'expert', 'specialist', 'volunteer', 'nurse', 'paramedic', 'commentator', 'pundit',
  'broadcaster', 'photojournalist', 'architect', 'engineer', 'physicist', 'chemist', 'mathematician',
  'epidemiologist', 'virologist', 'academic', 'investor', 'billionaire', 'magnate', 'midwife', 'delegate',
  'negotiator', 'mediator', 'ombudsman', 'auditor', 'regulator', 'sheriff', 'headteacher', 'principal',
  'provost', 'rector', 'vice-chancellor', 'vicar', 'coach', 'manager', 'boss', 'captain', 'skipper', 'chief',
  'head', 'rep', 'representative', 'attorney', 'lawyer', 'judge', 'magistrate', 'juror', 'prosecutor',
  'founder', 'director', 'administrator', 'governor', 'senator', 'designer', 'photographer', 'researcher',
  // sportspeople, named in lists in match and race reports ("cyclists Tom Pidcock and ...")
  'athlete', 'cyclist', 'swimmer', 'runner', 'sprinter', 'boxer', 'golfer', 'jockey', 'skier', 'rower', 'gymnast',
  'footballer', 'cricketer', 'batsman', 'bowler', 'wrestler', 'climber', 'marathoner', 'fencer', 'diver', 'archer',
  // staff of a body: "a former employee of the water bureau"
  'employee', 'staffer', 'contractor', 'intern', 'official', 'officer', 'aide', 'adviser', 'advisor', 'consultant',
  // offices of law and of a legislature: "the special counsel", "Majority Whip"; a team's lead
  'counsel', 'whip', 'lead',
  // musicians and writers the lexicon lacks: "the Chilean-born violinist", "novelist Ann Lee"
  'violinist', 'cellist', 'guitarist', 'drummer', 'bassist', 'saxophonist', 'trumpeter', 'pianist', 'organist', 'percussionist',
  'conductor', 'choreographer', 'novelist', 'essayist', 'lyricist', 'songwriter', 'striker',
  // positions of a side: "Chiefs kicker Harrison Butker", "Pakistan wicketkeeper Mohammad Rizwan"
  'kicker', 'quarterback', 'linebacker', 'goalkeeper', 'goalie', 'shortstop', 'outfielder', 'infielder', 'wicketkeeper',
  'opener', 'all-rounder', 'fly-half', 'scrum-half', 'playmaker', 'centre-back', 'center-back', 'full-back', 'fullback', 'netminder', 'batter',
  'selector', 'umpire', 'bowler', 'spinner', 'pitcher', 'catcher', 'jockey', 'trainer',
]);

/**
 * Words compromise tags as actors that are no title news gives a person: relations, ages,
 * generic nouns and descriptors ("veteran politician" has the title "politician").
 */
export const NOT_ROLE_WORDS = new Set([
  'acquaintance', 'anybody', 'apparition', 'aunt', 'auntie', 'baby', 'beings', 'boogeyman', 'boy', 'boyfriend',
  'bride', 'bro', 'bros', 'brother', 'buddhist', 'character', 'child', 'chum', 'citizen', 'citizens', 'colleague',
  'comrade', 'confidant', 'confidante', 'coworker', 'customer', 'dad', 'daddy', 'daughter', 'deity', 'denizen',
  'descendant', 'dork', 'drifter', 'dude', 'dweller', 'enemy', 'fella', 'fiance', 'foe', 'forebear', 'forerunner',
  'friend', 'genius', 'gentleman', 'ghost', 'girl', 'girlfriend', 'god', 'goddess', 'grandchild', 'granddaughter',
  'grandfather', 'grandma', 'grandmother', 'grandpa', 'grandparent', 'grandson', 'hero', 'heroine', 'hobo',
  'human', 'icon', 'idol', 'incel', 'infant', 'inhabitant', 'kin', 'kinsman', 'kinswoman', 'lad', 'lady',
  'lass', 'layman', 'loser', 'lover', 'maniac', 'mate', 'misfit', 'missus', 'mister', 'mom', 'mommy', 'mother',
  'mum', 'mummy', 'native', 'neice', 'neighbor', 'neighbour', 'nemesis', 'nephew', 'niece', 'nobody', 'occupant',
  'offspring', 'optimist', 'orphan', 'outcast', 'pal', 'parental', 'pariah', 'partner', 'pawn', 'person',
  'pessimist', 'phantom', 'phrase', 'playmate', 'population', 'progeny', 'realist', 'recluse', 'rogue', 'scion',
  'sinner', 'sissy', 'sister', 'somebody', 'son', 'soul', 'spirit', 'spouse', 'stepbrother', 'stepchild',
  'stepfather', 'stepmother', 'stepsister', 'stranger', 'superhero', 'superhuman', 'survivor', 'sweetheart',
  'teenager', 'tenant', 'toddler', 'tourist', 'tramp', 'user', 'veteran', 'villain', 'vip', 'visitor', 'voyager',
  'wanderer', 'winner', 'witch', 'wizard', 'woman', 'youth', 'man', 'fool', 'geek', 'goof', 'nerd', 'wimp',
  'addict', 'affiliate', 'groom', 'parent', 'witness', 'hostage', 'prisoner', 'refugee', 'immigrant', 'exile',
  'martyr', 'minion', 'mystic', 'nomad', 'novice', 'pilgrim', 'punk', 'radical', 'saint', 'servant', 'servitor',
  'shaman', 'smuggler', 'sorcerer', 'sorceress', 'spectator', 'squatter', 'traveler', 'trendsetter', 'warrior',
  'apprentice', 'heir', 'hermit', 'originator', 'progenitor', 'prodigy', 'instigator', 'jester', 'clown',
  'celebrity', 'superstar', 'patriot', 'patron', 'employee', 'employer', 'cook', 'scout', 'usher', 'graduate',
  'champion', 'recruit', 'conscript', 'mime', 'host', 'senior', 'junior', 'father', 'wife', 'husband',
  'widow', 'widower', 'fiancee', 'fiancée', 'cousin', 'uncle', 'grandchildren', 'children',
  // political leanings, which describe a party or a person but hold no office: "the nationalist Patria party"
  'nationalist', 'socialist', 'communist', 'populist', 'centrist', 'leftist', 'rightist', 'royalist', 'monarchist',
]);

/** Words that may stand before a title head inside the title, lower case. */
export const TITLE_MODIFIERS = new Set([
  'ch', 'foreign', 'defense', 'defence', 'prime', 'vice', 'deputy', 'former', 'acting', 'interim', 'first',
  'interior', 'finance', 'economy', 'trade', 'health', 'education', 'justice', 'energy', 'security',
  'national', 'state', 'federal', 'central', 'chief', 'senior', 'top', 'military', 'army', 'navy', 'naval',
  'intelligence', 'opposition', 'supreme', 'crown', 'grand', 'executive', 'managing', 'general',
  'presidential', 'press', 'foreign-affairs', 'home', 'labour', 'labor', 'transport', 'agriculture',
  'culture', 'environment', 'housing', 'treasury', 'attorney', 'commerce', 'industry', 'tourism', 'sports', 'sport', 'communications',
  'infrastructure', 'immigration', 'welfare', 'pensions', 'veterans', 'fisheries', 'forestry', 'mining', 'petroleum', 'oil', 'planning',
  'development', 'regional', 'local', 'social', 'family', 'women', 'youth', 'science', 'research', 'innovation', 'digital', 'climate', 'lieutenant', 'major', 'rear', 'air',
  'commanding', 'ruling', 'party', 'overseas', 'onetime', 'one-time', 'erstwhile', 'longtime', 'long-time', 'emeritus', 'honorary', 'presiding', 'visiting', 'adjunct', 'distinguished', 'assistant', 'associate', 'co', 'special', 'high', 'lead', 'head', 'shadow', 'majority', 'minority', 'technical', 'creative', 'medical', 'scientific', 'artistic', 'musical', 'legal',
  // the offices of a company: "Chief Financial Officer", "Chief Operating Officer"
  'financial', 'fixed', 'operating', 'global', 'international', 'market', 'equity', 'economic', 'portfolio', 'credit', 'macro', 'technology', 'information', 'marketing', 'commercial', 'medical', 'scientific', 'legal', 'investment', 'compliance', 'risk', 'product', 'digital', 'strategy',
  // courts: "U.S. District Judge", "Circuit Judge", "Magistrate Judge", "Chief Justice"
  'district', 'circuit', 'appeals', 'magistrate', 'bankruptcy', 'county', 'superior',
]);

/** Words that close a title after its head, lower case: "editor at large", "commander in chief", "Attorney General". */
export const TITLE_TAILS: readonly (readonly string[])[] = [['at', 'large'], ['in', 'chief'], ['of', 'staff'], ['general'], ['elect']];

/** Honorifics: mark a person, are not reported as titles. */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'mx.',
  'madam', 'monsieur', 'herr', 'frau', 'señor', 'senor', 'mme', 'mme.',
]);

/** An honorific that stands between an office and the name: "Prime Minister Sheikh Mohammed ...". */
export const OFFICE_HONORIFIC = /^(?:Sheikh|Sheik|Shaikh)$/;

/** A generation's suffix closing a name: "Ferdinand Marcos Jr.", "Henry Ford II". */
export const GENERATION_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;

/** Nouns that introduce a person in an apposition but are relations, not titles. */
/** Kin, whose name news sets off after the noun: "Mr Hussain's daughter, Sana, told the court". */
export const KIN = new Set(['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'widower', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'stepson', 'stepdaughter']);

export const RELATION_NOUNS = new Set([
  'counterpart', 'counterparts', 'colleague', 'wife', 'husband', 'son', 'daughter', 'brother',
  'sister', 'father', 'mother', 'friend', 'partner', 'predecessor', 'successor', 'rival', 'ally',
  'opponent', 'boss', 'deputy', 'widow', 'uncle', 'aunt', 'nephew', 'niece', 'cousin',
]);

/** Verbs of speech: "said Budanov", "Budanov told". */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'warned',
  'warns', 'wrote', 'writes', 'explained', 'explains', 'argued', 'argues', 'insisted', 'claimed',
  'claims', 'announced', 'announces', 'declared', 'declares', 'asked', 'asks', 'replied', 'confirmed',
  'denied', 'admitted', 'recalled', 'tweeted', 'commented', 'according',
]);

/** Family names written first (Korean, Chinese, Vietnamese): "Kim Jong Un", "Park Jin". */
export const FAMILY_FIRST_SURNAMES = new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Jeong', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh',
  'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Moon', 'Ri', 'Pak', 'Choe', 'Yun',
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma',
  'Zhu', 'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo', 'Zheng', 'Liang', 'Xie', 'Tang', 'Deng', 'Feng',
  'Xi', 'Wen', 'Jiang', 'Nguyen', 'Tran', 'Pham', 'Le', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo',
]);

/** Particles that may stand inside a name: "Osama bin Laden", "Ludwig van Beethoven". */
export const NAME_PARTICLES = new Set([
  'bin', 'ibn', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le',
  'do', 'dos', 'das', 'y', 'ter', 'ten', 'zu', 'abu', 'bint',
]);

/** Letters after a name that are no part of it: counsel's rank, parliaments' seats, honours, degrees ("Tom Harrison SC", "Judi Dench CBE"). */
export const POST_NOMINALS = new Set([
  'SC', 'QC', 'KC', 'MP', 'MPP', 'MEP', 'MSP', 'MLA', 'MHA', 'TD', 'AM', 'AO', 'AC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'CH', 'OM', 'KCMG', 'CMG', 'GCMG',
  'PhD', 'MD', 'FRS', 'FRCP', 'FRCS', 'FREng', 'Esq', 'RN', 'USN', 'USMC', 'Ret',
]);

/** Words that join parts of an organization or place name: "Bank of America". */
export const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'de', '&', 'and']);

/**
 * Organizations known by name, and metonyms that act as organizations.
 * canonical name -> aliases.
 */
export const KNOWN_ORGS: Record<string, string[]> = {
  'United Nations': ['UN', 'U.N.'],
  'European Union': ['EU', 'E.U.'],
  NATO: ['North Atlantic Treaty Organization', 'Nato'],
  Kremlin: [],
  Pentagon: [],
  'White House': [],
  'Downing Street': [],
  'Elysee Palace': ['Élysée', 'Elysee', 'Élysée Palace'],
  'Blue House': [],
  'State Department': ['US State Department', 'U.S. State Department'],
  'Islamic State': ['ISIS', 'ISIL', 'Daesh', 'Da’esh', "Da'esh", 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
  Hamas: [],
  Hezbollah: [],
  Taliban: [],
  'al-Qaeda': ['al Qaeda', 'Al-Qaeda', 'Al Qaeda'],
  Reuters: [],
  'Associated Press': ['AP'],
  'Agence France-Presse': ['AFP'],
  Yonhap: [],
  'Xinhua': [],
  TASS: ['Tass'],
  'RIA Novosti': [],
  Interfax: [],
  KCNA: ['Korean Central News Agency'],
  BBC: [],
  CNN: [],
  'Al Jazeera': [],
  Bloomberg: [],
  'New York Times': ['The New York Times'],
  'Washington Post': ['The Washington Post'],
  'Wall Street Journal': ['The Wall Street Journal'],
  Wikinews: [],
  Wikipedia: [],
  Congress: [],
  Senate: [],
  Parliament: [],
  Knesset: [],
  Duma: ['State Duma'],
  Bundestag: [],
  IAEA: ['International Atomic Energy Agency'],
  WHO: ['World Health Organization'],
  IMF: ['International Monetary Fund'],
  'World Bank': [],
  'World Trade Organization': ['WTO'],
  // parties whose names open with a common word, which the name rules split ("Alternative for Germany")
  'Alternative for Germany': ['AfD', 'AFD'],
  // aid and rights bodies, whose names are common words the name rules read as a person's or drop
  // ("The World Food Programme said", "Human Rights Watch said")
  'International Committee of the Red Cross': ['ICRC'],
  'Red Cross': [],
  'Red Crescent': [],
  'World Food Programme': ['WFP', 'World Food Program'],
  UNICEF: ['Unicef'],
  UNHCR: [],
  UNRWA: [],
  'Amnesty International': [],
  'Human Rights Watch': ['HRW'],
  'Doctors Without Borders': ['MSF', 'Médecins Sans Frontières', 'Medecins Sans Frontieres'],
  'Save the Children': [],
  Oxfam: [],
  // central banks, named in business copy by their short forms
  'Federal Reserve': ['Fed', 'U.S. Federal Reserve', 'US Federal Reserve'],
  'European Central Bank': ['ECB'],
  'Bank of Japan': ['BOJ', 'BoJ'],
  'Bank of England': ['BoE'],
  OPEC: [],
  FBI: [],
  CIA: [],
  NASA: [],
  Google: [],
  Microsoft: [],
  Apple: [],
  Amazon: [],
  Facebook: [],
  Twitter: [],
  Boeing: [],
  Wagner: ['Wagner Group'],
  // armed groups and forces of conflict news
  Peshmerga: [],
  Houthis: ['Houthi', 'Ansar Allah'],
  'Syrian Democratic Forces': ['SDF'],
  'People’s Protection Units': ['YPG', "People's Protection Units"],
  PKK: ['Kurdistan Workers’ Party', "Kurdistan Workers' Party"],
  'Boko Haram': [],
  'al-Shabaab': ['al-Shabab', 'Al-Shabaab', 'Al-Shabab', 'al Shabaab'],
  'Hayat Tahrir al-Sham': ['HTS'],
  'Popular Mobilization Forces': ['PMF', 'Popular Mobilisation Forces'],
  'Islamic Jihad': [],
  'Free Syrian Army': ['FSA'],
  'Lashkar-e-Taiba': ['LeT'],
  // firms named after people, which business copy names bare and the name rules would read as
  // persons ("as Morgan Stanley and Wells Fargo beat profit estimates")
  'Morgan Stanley': [],
  'Eli Lilly': [],
  // (and banks whose names open with a common word and end in a place's name, "Credit Suisse")
  'Credit Suisse': [],
  // (and the rating agencies, named with a possessive or an ampersand)
  "Moody's Investors Service": ["Moody's", 'Moody’s'],
  'S&P Global Ratings': ['S&P Global', 'S&P', 'Standard & Poor’s', "Standard & Poor's"],
  'Fitch Ratings': ['Fitch'],
  'Credit Agricole': ['Crédit Agricole'],
  'Deutsche Bank': [],
  'Johnson & Johnson': ['J&J'],
  'Procter & Gamble': ['P&G'],
  'Wells Fargo': [],
  'Charles Schwab': [],
  'Goldman Sachs': [],
  'JPMorgan Chase': ['JPMorgan', 'J.P. Morgan'],
  'Merrill Lynch': [],
  'Lehman Brothers': [],
  'Berkshire Hathaway': [],
  'Raymond James': [],
  'Edward Jones': [],
  'Bain Capital': [],
  'Ernst & Young': ['EY'],
  'Dow Jones': [],
  'Walt Disney': ['Disney'],
  'Estee Lauder': ['Estée Lauder'],
  'Ralph Lauren': [],
  'Louis Vuitton': [],
  'Hugo Boss': [],
  'John Lewis': [],
  'Thomas Cook': [],
  'Kraft Heinz': [],
  'Warner Bros': ['Warner Bros.'],
};

/** Capitalised all-caps words that are not organizations. */
export const NON_ORG_ACRONYMS = new Set([
  'I', 'A', 'OK', 'TV', 'ID', 'AM', 'PM', 'A.M.', 'P.M.', 'CEO', 'CFO', 'GDP', 'COVID', 'COVID-19', 'DNA',
  'RNA', 'HIV', 'AIDS', 'UTC', 'GMT', 'EST', 'PST', 'CET', 'BST', 'USD', 'EUR', 'GBP', 'JPY', 'CNY',
  'RUB', 'KM', 'MM', 'KG', 'MPH', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'PDF',
  'URL', 'HTML', 'USB', 'GPS', 'SMS', 'FAQ', 'AD', 'BC', 'CE', 'BCE', 'ICBM', 'ICBMs', 'UAV', 'UAVs',
  'SUV', 'LGBT', 'LGBTQ', 'VIP', 'KO', 'TKO', 'ERA', 'RBI', 'MVP', 'SWAT', 'DLC', 'FPS', 'OST', 'BPM', 'MP', 'MPs', 'PhD', 'MBA', 'CD', 'DVD', 'IT', 'AI', 'PR', 'HQ', 'US',
  'UK', 'EP', 'LP', 'DJ', 'MC', 'RPG', 'SAM', 'IED', 'IEDs', 'APC', 'NB', 'PS', 'CV', 'Q1', 'Q2', 'Q3', 'Q4',
  // weapons and equipment of defence news
  'VBIED', 'VBIEDs', 'SVBIED', 'SVBIEDs', 'MANPADS', 'ATGM', 'ATGMs', 'IFV', 'IFVs', 'APCs', 'MLRS', 'SAMs',
  'RPGs', 'SLBM', 'SLBMs', 'UAS', 'UCAV', 'UCAVs', 'MRAP', 'MRAPs', 'AWACS', 'HE', 'WMD', 'WMDs',
  // technology and medicine
  'MRI', 'CT', 'IP', 'MW', 'GW', 'KW', 'LED', 'LCD', 'PC', 'PCs', 'CPU', 'GPU', 'RAM', 'SIM', 'PIN', 'ATM', 'ATMs',
  'ICU', 'ER', 'ECG', 'CPR', 'PPE', 'PTSD', 'ADHD',
]);

/** Heads of facility and geographic names compromise's placeWords lacks. */
export const PLACE_HEADS = new Set([
  'empire', 'caliphate', 'khanate', 'sultanate',
  'cosmodrome', 'airport', 'airbase', 'base', 'square', 'bridge', 'dam', 'port', 'harbor', 'harbour',
  'province', 'region', 'oblast', 'county', 'district', 'state', 'territory', 'prefecture', 'governorate',
  'city', 'town', 'village', 'street', 'avenue', 'road', 'boulevard', 'strait', 'sea', 'ocean', 'valley',
  'peninsula', 'mountains', 'mount', 'river', 'lake', 'island', 'islands', 'coast', 'park', 'stadium',
  'arena', 'palace', 'castle', 'cathedral', 'mosque', 'temple', 'plaza', 'station', 'canal', 'range',
  'barrage', 'airfield', 'reservoir', 'lakes', 'desert', 'gulf', 'bay', 'highway', 'refinery', 'oilfield',
  'heights', 'plain', 'plains', 'basin', 'marshes', 'hills', 'crossing', 'checkpoint', 'camp',
]);

/**
 * Words that open a place name: "Camp Hurriya", "Lake Tharthar", "Fort Hood", and the Arabic
 * toponym heads of Middle East news ("Wadi Barada", "Tal Afar", "Ras Lanuf", "Deir Hafer").
 */
export const PLACE_OPENERS = new Set([
  'camp', 'lake', 'lakes', 'mount', 'fort', 'cape', 'port', 'wadi', 'jabal', 'jebel', 'tal', 'tall', 'tell',
  'ras', 'deir', 'dayr', 'ayn', 'ain', 'bir', 'kafr', 'qasr', 'khirbet', 'jisr', 'bab',
  // stadiums in the languages of their countries: "Stadio Diego Armando Maradona", "Estadio Azteca"
  'stadio', 'estadio', 'estádio', 'stade', 'stadion', 'stadionul',
  // and saints' places: "San Siro", "Santo Spirito"
  'san', 'santa', 'santo', 'são',
]);

/** Compass words that may follow a place head: "Qayyarah Airfield West". */
export const COMPASS_SUFFIXES = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** Heads of organization names compromise's orgWords lacks. */
export const ORG_HEADS = new Set([
  'ministry', 'agency', 'council', 'party', 'army', 'navy', 'forces', 'force', 'command', 'news', 'coalition',
  'wing', 'squadron', 'corps',
  'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'llp', 'plc', 'ag', 'gmbh', 'sa', 'co.', 'group',
  'asa', 'ab', 'nv', 'n.v.', 'bv', 'se', 'spa', 'oyj', 'oy', 'pty', 'kk',
  'intelligence', 'police', 'guard', 'guards', 'brigade', 'battalion', 'regiment', 'division',
  'fleet', 'cabinet', 'parliament', 'assembly', 'senate', 'court', 'tribunal', 'office', 'service',
  'services', 'times', 'post', 'journal', 'tribune', 'telegraph', 'guardian', 'daily', 'weekly', 'sentinel', 'inquirer', 'enquirer', 'advertiser', 'ledger', 'bulletin',
  'radio', 'television', 'tv', 'network', 'broadcasting', 'press', 'media', 'records', 'studios', 'sports', 'sport', 'plus',
  'fc', 'f.c.', 'united', 'rovers', 'athletic', 'team', 'band', 'orchestra', 'movement', 'front',
  'alliance', 'league', 'union', 'institute', 'university', 'school', 'hospital', 'museum', 'library',
  'organization', 'organisation', 'foundation', 'society', 'trust', 'fund', 'bank', 'exchange',
  'industries', 'motors', 'systems', 'platforms', 'technologies', 'labs', 'laboratories', 'pharmaceuticals',
  'airlines', 'railways', 'telecom', 'holdings', 'partners', 'ventures', 'government', 'administration',
  'foods', 'networks', 'solutions', 'logistics', 'advisors', 'advisers', 'associates', 'capital', 'investments', 'mills', 'stores', 'products', 'electronics', 'properties',
  'regime', 'junta', 'commission', 'committee', 'board', 'bureau', 'directorate', 'department',
  'liga', 'ligue', 'bundesliga', 'eredivisie',
  'robotics', 'dynamics', 'aerospace', 'therapeutics', 'biotech', 'semiconductor', 'semiconductors', 'analytics', 'software', 'games', 'entertainment', 'automotive', 'chamber',
]);

/** First words of organization names: "Ministry of Defence", "University of Helsinki". */
export const ORG_OPENERS = new Set([
  'ministry', 'university', 'department', 'bank', 'board', 'office', 'bureau', 'council', 'house',
  'institute', 'school', 'college', 'academy', 'church', 'court', 'federation', 'association',
  'organization', 'organisation', 'union', 'league', 'party', 'army', 'order', 'society', 'commission',
  'committee', 'agency', 'state', 'museum', 'embassy', 'government', 'centre', 'center', 'foundation', 'fund',
  'coalition', 'alliance', 'campaign', 'trust', 'network', 'forum', 'chamber', 'chambers', 'conference', 'congress', 'assembly', 'division', 'corps', 'faculty', 'secretariat', 'directorate', 'inspectorate',
  'brotherhood', 'guild', 'confederation', 'centres', 'centers', 'panel',
]);

/** A continent's or region's adjective, naming a market or field as a demonym does: "head of European pharma research". */
export const CONTINENTAL = /^(?:European|Asian|African|American|Latin|Arab|Nordic|Scandinavian|Baltic|Balkan|Caribbean|Pacific|Atlantic|Mideast|Gulf|Western|Eastern|Global|International|Emerging)$/;

/** Roles of a firm's staff, closing a title: a one-word name before them is the firm ("Morningstar analyst", "Nestle Chief Executive"). */
export const STAFF_ROLE = /\b(?:analyst|economist|strategist|spokes(?:man|woman|person)|ceo|cfo|coo|executive|officer|chairman|chairwoman|chair|founder|co-founder|engineer|employee|researcher|scientist|director|manager|president|partner|editor|reporter|correspondent|columnist)$/i;

/** Words that open a body's name in other languages, with no "of" needed: "Grupo Bimbo", "Banco Santander", "Deutsche Telekom". */
export const FOREIGN_ORG_OPENERS = new Set([
  'grupo', 'groupe', 'gruppo', 'grupa', 'banco', 'banca', 'banque', 'compagnie', 'compañía', 'compania', 'sociedad',
  'société', 'societe', 'società', 'deutsche', 'koninklijke', 'industrias', 'fundación', 'fundacion', 'fondazione',
  'instituto', 'istituto', 'universidad', 'università', 'universität', 'universidade', 'partido', 'partito', 'parti',
  'ministerio', 'ministère', 'agence', 'agencia', 'editorial', 'éditions', 'editions', 'aerolíneas', 'aerolineas', 'petróleos', 'petroleos',
]);

/** Lower-case nouns that, right after a name, make it an organization: "Yonhap news agency". */
/**
 * Institutions named by a nationality or country and a common noun: "the Iraqi government",
 * "U.S. forces", "Syrian security forces". Two-word heads are matched first.
 */
export const NOMINAL_ORG_HEADS = new Set([
  'government', 'regime', 'military', 'army', 'navy', 'forces', 'coalition', 'administration',
  'authorities', 'police', 'parliament', 'cabinet', 'embassy', 'opposition', 'junta', 'leadership',
  'security forces', 'armed forces', 'government forces', 'special forces', 'air force', 'coast guard',
  'defence ministry', 'defense ministry', 'foreign ministry', 'interior ministry', 'state media',
]);

/**
 * Institutions that "the" and a capital name on their own: "the Coalition", "the Ministry". Not
 * "the League" or "the Cup", which name competitions as often as bodies.
 */
export const INSTITUTION_HEADS = new Set([
  'coalition', 'department', 'ministry', 'command', 'government', 'alliance', 'agency', 'council',
  'commission', 'committee', 'army', 'navy', 'administration', 'secretariat', 'pentagon', 'kremlin',
]);

/** Words that open the name of an event, which is no person, organization or place: "Operation Matador". */
export const EVENT_OPENERS = new Set(['operation', 'exercise', 'battle', 'siege', 'campaign', 'offensive', 'cyclone', 'hurricane', 'typhoon', 'storm', 'tropical']);

/** Heads that, with "the", name again the one organization of the document that ends in them: "the regime". */
export const ANAPHORIC_ORG_HEADS = new Set([
  'government', 'regime', 'administration', 'coalition', 'military', 'army', 'navy', 'ministry', 'agency',
  'council', 'command', 'department', 'committee', 'commission', 'company', 'group', 'party', 'alliance',
]);

/** Heads a leader's name gives an institution: "the Assad regime", "the Biden administration". */
export const LEADER_ORG_HEADS = new Set(['regime', 'administration', 'government']);

export const ORG_APPOSITIVE_NOUNS = new Set([
  'news agency', 'agency', 'newspaper', 'daily', 'broadcaster', 'party', 'group', 'company', 'firm',
  'militia', 'organization', 'organisation', 'network', 'channel', 'outlet', 'magazine', 'bank',
  'manufacturer', 'airline', 'carrier', 'band', 'club', 'team', 'website', 'news outlet', 'publication',
  'think tank', 'think-tank', 'thinktank', 'consultancy', 'lobby group', 'lobby', 'charity', 'foundation', 'institute',
]);

/** Nouns after a place that make it the name of a commodity grade, not a place mentioned: "Brent crude", "Urals blend". */
export const GRADE_NOUNS = new Set(['crude', 'blend']);

/** Words of a match report: a sentence with one of them and one team gives its players that team. */
/** Roles in a sports club, before which a city names the club ("Madrid manager Carlo Ancelotti"). */
export const CLUB_ROLES = new Set([
  'manager', 'coach', 'boss', 'captain', 'skipper', 'striker', 'forward', 'winger', 'midfielder', 'defender',
  'goalkeeper', 'keeper', 'player',
]);

/** What a player does for a side, in the past: "scored twice for Leeds", "starred for Real Sociedad". */
export const PLAYERS_DEEDS = ['scored', 'netted', 'struck', 'assisted', 'starred', 'played', 'kicked', 'pitched', 'bowled'];

export const SPORTS_WORDS = new Set([
  'scored', 'scores', 'score', 'scoring', 'goal', 'goals', 'header', 'equalise', 'equalised', 'equalising',
  'equalize', 'equalized', 'equalizing', 'equaliser', 'equalizer', 'assist', 'assists', 'penalty', 'substituted',
  'substitute', 'replaced', 'lead', 'match', 'striker', 'goalkeeper', 'kick', 'shot', 'shots', 'saved', 'save',
  'minute', 'half-time', 'halftime', 'corner', 'tackle', 'winner', 'midfielder', 'defender', 'squad', 'innings',
  'wicket', 'wickets', 'touchdown', 'try', 'tries', 'set', 'sets', 'serve', 'rebounds', 'points',
]);

/** Ranks and academic titles that a stated position outranks as the title: "Major general X, spokesman for ..." */
export const RANKS = new Set([
  'general', 'gen.', 'major', 'maj.', 'colonel', 'col.', 'lieutenant', 'lt.', 'captain', 'capt.', 'sergeant', 'sgt.',
  'admiral', 'adm.', 'brigadier', 'corporal', 'private', 'marshal', 'professor', 'prof.',
]);

/** Legal forms that close a company's name ("Meta Platforms Inc"); the name without them is the same company. */
export const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp', 'ag', 'sa', 'se',
  'nv', 'bv', 'gmbh', 'spa', 's.p.a', 'oyj', 'oy', 'asa', 'ab', 'kk', 'pty', 'group', 'holdings',
]);

/** Last words of a company's name (with its legal forms): "Halden Foods", "Tromso Seafood Group". */
export const COMPANY_HEADS = new Set([
  'foods', 'group', 'motors', 'industries', 'holdings', 'systems', 'technologies', 'labs', 'pharmaceuticals', 'airlines',
  'telecom', 'energy', 'steel', 'mills', 'stores', 'products', 'electronics', 'properties', 'logistics', 'capital',
  'investments', 'partners', 'ventures', 'brewery', 'breweries', 'mining', 'shipping', 'seafood', 'textiles', 'chemicals',
  'insurance', 'robotics', 'aerospace', 'therapeutics', 'semiconductor', 'software', 'entertainment', 'automotive',
]);

/** What a company has that a town does not, after its name's possessive: "Halden's board". */
export const COMPANY_POSSESSIONS = new Set(['board', 'shares', 'stock', 'shareholders', 'profit', 'profits', 'revenue', 'sales', 'earnings', 'results', 'share price', 'market value', 'takeover', 'acquisition', 'bid', 'offer']);

/** Short month names that are given names too, before a capitalised word: "Jan Hatzius". */
export const MONTH_NAMES_OF_PEOPLE = new Set(['jan', 'jun']);

/** Words that describe a person but are no part of a title: "veteran politician" has the title "politician". */
export const DESCRIPTORS = new Set(['veteran', 'longtime', 'long-time', 'new', 'young', 'youngest', 'oldest', 'seasoned', 'prominent', 'renowned', 'famous', 'well-known']);

/** Verbs of taking, holding or leaving an office, before "as" and the role: "resigned as finance minister", "was appointed as ambassador". */
export const OFFICE_VERBS = new Set([
  'is', 'was', 'has', 'had', 'have', 'been', 'will', 'would', 'also', 'previously', 'later', 'once', 'now', 'briefly',
  'serve', 'serves', 'served', 'serving', 'work', 'works', 'worked', 'working', 'act', 'acts', 'acted', 'acting',
  'resign', 'resigns', 'resigned', 'quit', 'quits', 'retire', 'retires', 'retired', 'step', 'steps', 'stepped', 'down',
  'named', 'appointed', 'elected', 're-elected', 'reelected', 'hired', 'installed', 'confirmed', 'nominated', 'chosen',
  'sworn', 'in', 'took', 'takes', 'take', 'over', 'join', 'joins', 'joined', 'return', 'returns', 'returned',
  'remain', 'remains', 'remained', 'continue', 'continues', 'continued', 'stay', 'stays', 'stayed',
  'start', 'starts', 'started', 'began', 'begins',
  // a verb of office after what made or makes it happen: "was forced to resign as", "is expected to step down as"
  'forced', 'asked', 'expected', 'due', 'set', 'agreed', 'decided', 'plans', 'planned', 'to', 'on',
]);

/** Common nouns that close the name of a body, before a possessive or after "of the": "the Afghan team's coach", "the president of the Tuscany region". */
export const BODY_NOUNS = new Set([
  'team', 'side', 'squad', 'club', 'party', 'camp', 'government', 'region', 'province', 'council', 'board',
  'company', 'firm', 'band', 'group', 'delegation', 'embassy', 'ministry', 'army', 'navy', 'union', 'federation',
]);

/**
 * Capitalised words that are a party when they stand before a role other than a portfolio's
 * ("Labour leader", "Labor candidate") and a portfolio before a minister ("Labour Minister").
 */
export const PARTY_WORDS = new Set(['labour', 'labor']);

/** Political families that describe an office's holder: "Spain's Socialist Prime Minister". */
export const PARTY_FAMILIES = new Set([...PARTY_WORDS, 'socialist', 'conservative', 'liberal', 'republican', 'democratic', 'democrat', 'green', 'communist', 'tory', 'centrist', 'centre-right', 'center-right', 'centre-left', 'center-left', 'leftist', 'nationalist', 'populist', 'far-right', 'far-left', 'right-wing', 'left-wing']);

/** A former office written with "ex-" before its capitalised portfolio: "ex-Transport Minister" (not "ex-minister"). */
export const FORMER_PORTFOLIO = /^[Ee]x-(?=\p{Lu})/u;

/** Heads that take a portfolio before them: "Labour Minister", "Home Secretary", "Health spokesman". */
export const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'ministry', 'department', 'spokesman', 'spokeswoman', 'spokesperson', 'correspondent', 'editor', 'commissioner', 'czar', 'tsar']);

/** Words that label a caption or credit before a colon, never part of a name: "Ahmed Ali Image: Nick Moreau", "Photo: Reuters". */
export const CAPTION_LABELS = new Set(['image', 'photo', 'picture', 'photograph', 'credit', 'video', 'file']);

/** Prefixes that name a craft or ship, not a person or body: "Space Shuttle Endeavour", "USS Gerald R. Ford", "HMS Queen Elizabeth". */
export const VEHICLE_PREFIXES: readonly (readonly string[])[] = [['space', 'shuttle'], ['uss'], ['hms'], ['rms'], ['ins'], ['hmas'], ['hmcs']];

/** Words of status that stay in a title even when the body stands between: "former", "acting". */
export const STATUS_WORDS = new Set(['former', 'acting', 'interim', 'deputy', 'ex', 'outgoing', 'incoming', 'onetime', 'one-time', 'erstwhile', 'longtime', 'long-time']);

/** Nouns of a grouping that end a title before its head and close the body instead: "pro-democracy camp councillor", "Brazil team captain". */
export const GROUPING_NOUNS = new Set(['camp', 'city', 'region', 'province', 'side', 'squad', 'team']);

/**
 * Common nouns by which news refers back to an organization it has named: "Toyota ... The
 * automaker's president, Koji Sato". A body named by its own place or people ("the government",
 * "the region") is not among them.
 */
export const REFERRING_BODY_NOUNS = new Set([
  'company', 'firm', 'group', 'automaker', 'carmaker', 'bank', 'lender', 'insurer', 'airline', 'carrier',
  'retailer', 'chipmaker', 'drugmaker', 'manufacturer', 'miner', 'conglomerate', 'startup', 'broadcaster',
  'publisher', 'newspaper', 'network', 'club', 'party', 'agency', 'ministry', 'department',
  'organization', 'organisation', 'union', 'university', 'charity', 'foundation', 'institute', 'fund',
  'regulator', 'exchange', 'operator', 'producer', 'maker', 'developer', 'supplier', 'utility', 'brewer',
  'giant', 'outlet', 'watchdog', 'investor', 'council', 'commission', 'committee',
  'school', 'hospital', 'museum', 'league', 'federation', 'association', 'corporation', 'business', 'festival',
  'bloc', 'alliance', 'coalition', 'body', 'court', 'center', 'centre', 'society', 'trust',
]);

/** News agencies, named in datelines and credits, which no later "the company's" refers back to. */
export const NEWS_AGENCIES = new Set([
  'reuters', 'ap', 'associated press', 'the associated press', 'afp', 'agence france-presse', 'upi',
  'united press international', 'xinhua', 'dpa', 'kyodo', 'yonhap', 'tass', 'efe', 'ansa', 'ani', 'pti',
  'bernama', 'anadolu', 'pa', 'press association', 'bloomberg news', 'cnn', 'bbc',
]);

/**
 * Sports clubs are named after their town with a word before it ("Real Madrid", "Bayern Munich",
 * "Borussia Dortmund", "Inter Milan") or after it ("Plymouth Argyle", "Blackburn Rovers"); "City",
 * "Town" and "County" after a town name a club only in a sentence about sport ("Manchester City
 * will host ...", not "Quebec City police").
 */
export const CLUB_PREFIXES = new Set([
  'real', 'atletico', 'atlético', 'bayern', 'borussia', 'olympique', 'sporting', 'inter', 'ac', 'as', 'ss', 'fc',
  'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'cska', 'racing', 'deportivo', 'athletic', 'hertha', 'eintracht',
  'werder', 'fortuna', 'hapoel', 'maccabi', 'beitar', 'stade', 'rb', 'vfb', 'vfl', 'rapid', 'slavia', 'sparta',
  'legia', 'partizan', 'steaua', 'shakhtar', 'standard', 'union', 'red star', 'young boys', 'club',
]);
export const CLUB_SUFFIXES = new Set(['rovers', 'wanderers', 'albion', 'hotspur', 'argyle', 'athletic', 'fc', 'afc', 'orient', 'alexandra', 'thistle']);
export const CLUB_PLACE_SUFFIXES = new Set(['city', 'town', 'county']);
export const SPORTS_CONTEXT = new Set([
  ...SPORTS_WORDS, 'league', 'cup', 'coach', 'manager', 'club', 'season', 'quarterfinal', 'quarterfinals',
  'semifinal', 'semifinals', 'semi-final', 'final', 'derby', 'fixture', 'stadium', 'relegation', 'relegated',
  'promoted', 'leg', 'drew', 'beat', 'defeated', 'host', 'hosts', 'fans', 'striker', 'kickoff', 'champions',
  'title', 'playoff', 'playoffs', 'victory', 'defeat', 'win', 'won', 'lost', 'tie', 'signed', 'signing',
]);

/** Titles that open place names too: "King County", "Queen Street", "Saint Lucia", "Prince Rupert Bay". */
export const PLACE_NAMING_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'saint', 'st', 'st.', 'lord', 'lady', 'duke', 'duchess', 'emperor', 'empress', 'pope', 'bishop', 'general', 'president', 'admiral', 'governor', 'fort', 'mount']);

/** Plural nouns whose possessive stays inside a body's name: "New People's Party", "Children's Hospital", "People's Bank of China". */
export const POSSESSIVE_NAME_NOUNS = new Set(['people', 'peoples', 'children', 'women', 'men', 'workers', 'farmers', 'citizens', 'veterans', 'nations', 'teachers', 'journalists']);

/** Units of a larger body, named "X of the Y": "Specialist Group of the British Computer Society" is two names. */
export const UNIT_NOUNS = new Set(['group', 'division', 'unit', 'branch', 'section', 'wing', 'chapter', 'brigade', 'battalion', 'regiment', 'corps', 'squadron', 'platoon', 'team', 'fleet']);

/** Heads of armed forces' units, named with a number: "the 101st Airborne Division", "Sixteenth Air Force", "47th Mechanized Brigade". */
export const NUMBERED_UNIT_HEADS = new Set(['army', 'corps', 'division', 'brigade', 'regiment', 'battalion', 'squadron', 'wing', 'fleet', 'force', 'flotilla', 'group', 'infantry', 'cavalry', 'artillery', 'command', 'district', 'airborne', 'marines']);

/** Ordinal words that name a unit: "Sixth Fleet", "Twenty-fourth Congress". */
export const ORDINAL_WORDS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|(?:twenty|thirty|forty|fifty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$/;

/** Verbs that put the person after them into a role "as": "named Gabriel Attal as prime minister". */
export const APPOINTING_VERBS = new Set([
  'named', 'names', 'name', 'appointed', 'appoints', 'appoint', 'nominated', 'nominates', 'nominate', 'chose',
  'chooses', 'picked', 'picks', 'tapped', 'taps', 'hired', 'hires', 'elected', 'elects', 're-elected', 'installed',
  'confirmed', 'confirms', 'promoted', 'promotes', 'recruited', 'selected', 'selects', 'designated', 'reappointed',
  // (the bare verb after "to" or a modal: "voted to confirm Pete Hegseth as defense secretary")
  'confirm', 'elect', 'hire', 'pick', 'tap', 'promote', 'select', 'designate', 'install', 'choose', 'reappoint',
]);

/** Prepositions over which a body's name goes on before "the": "Joint Council for the Welfare of Immigrants". */
export const BODY_CONNECTORS: ReadonlySet<string> = new Set(['for', 'on', 'against']);

/** Chambers of a legislature, bodies before an office even when they open a sentence ("House Speaker Mike Johnson"). */
export const CHAMBERS = new Set(['House', 'Senate', 'Assembly', 'Parliament', 'Congress', 'Commons', 'Lords']);

/** Capitalised units of a place that close a jurisdiction's name before an office ("Cook County Sheriff"). */
export const PLACE_UNITS = new Set(['County', 'City', 'State', 'Province', 'District', 'Parish', 'Borough', 'Township', 'Prefecture', 'Region']);

/**
 * Offices of a jurisdiction: the place before one is the body ("California Governor Gavin
 * Newsom", "Cook County Sheriff Tom Dart"), where before other roles it is only where someone is
 * from ("a London lawyer").
 */
export const JURISDICTION_OFFICES = new Set([
  'governor', 'gov.', 'mayor', 'senator', 'sen.', 'sheriff', 'attorney', 'premier', 'comptroller', 'treasurer', 'legislator',
  'assemblyman', 'assemblywoman', 'assemblymember', 'councillor', 'councilor', 'councilman', 'councilwoman', 'councilmember', 'commissioner', 'coroner',
  'executive', 'supervisor', 'alderman', 'lawmaker', 'representative', 'rep.', 'congressman', 'congresswoman', 'judge', 'prosecutor',
]);

/** Fields named by an acronym inside a title: "chief AI scientist", "IT director", "HR manager". */
export const FIELD_ACRONYMS = new Set(['AI', 'IT', 'HR', 'PR', 'ESG', 'ML', 'R&D', 'DEI', 'ICT', 'UX', 'TV']);

/**
 * Common nouns for a body after "is a", ", a" and its description ("Caloi is a Brazilian bicycle
 * maker"); those that may also name a person's trade ("a software developer") are left out.
 */
export const DESCRIBED_BODY_NOUNS: ReadonlySet<string> = new Set(
  [...ORG_APPOSITIVE_NOUNS, ...REFERRING_BODY_NOUNS, 'label', 'chain', 'franchise', 'brand', 'studio', 'studios', 'band', 'orchestra', 'choir', 'school', 'college', 'charity', 'nonprofit', 'non-profit', 'think tank', 'consultancy', 'subsidiary', 'unit', 'division', 'venue', 'nightclub', 'restaurant', 'store', 'mall', 'magazine', 'journal', 'station']
    .filter((w) => !['investor', 'producer', 'developer', 'operator', 'publisher', 'giant', 'business', 'exchange', 'utility'].includes(w)),
);

/** The people and parts of a body before "of" and its name: "the board of Veltro", "shareholders of Acme". */
export const MEMBERS_OF_BODY = new Set(['board', 'boards', 'directors', 'shareholders', 'stockholders', 'investors', 'employees', 'staff', 'workers', 'executives', 'management', 'owners', 'creditors', 'bondholders', 'subsidiary', 'unit', 'division', 'shares', 'stock']);

/** Verbs of an office held, in a relative clause after the name, and the role each names: ", who heads the X". */
export const HOLDING_VERBS: Readonly<Record<string, string>> = {
  heads: 'head', headed: 'head', chairs: 'chair', chaired: 'chair', leads: 'leader', led: 'leader',
  directs: 'director', directed: 'director', founded: 'founder', 'co-founded': 'co-founder', cofounded: 'co-founder',
  owns: 'owner', owned: 'owner', manages: 'manager', managed: 'manager', coaches: 'coach', coached: 'coach',
  captains: 'captain', captained: 'captain', edits: 'editor', edited: 'editor', represents: 'representative',
};

/** Titles of one sent to a place, which names the place after "to": "Ambassador to Japan", "envoy to the UN". */
export const ENVOY_HEADS = new Set(['ambassador', 'envoy', 'emissary', 'consul', 'representative', 'commissioner', 'nuncio', 'delegate']);

/** The US parties by the words news puts for them: "a Republican", "Democratic Sen.", "(D-N.Y.)". */
export const US_PARTIES: Record<string, string> = {
  republican: 'Republican Party', democrat: 'Democratic Party', democratic: 'Democratic Party', r: 'Republican Party', d: 'Democratic Party',
};


/** Sports whose governing body a country's name completes: "Cricket Australia", "USA Swimming", "British Cycling". */
export const SPORT_BODY_WORDS = new Set([
  'cricket', 'rugby', 'tennis', 'swimming', 'swim', 'football', 'soccer', 'netball', 'athletics', 'cycling', 'hockey',
  'golf', 'basketball', 'baseball', 'gymnastics', 'rowing', 'sailing', 'boxing', 'volleyball', 'triathlon', 'skiing',
  'judo', 'badminton', 'squash', 'archery', 'equestrian', 'softball', 'diving', 'fencing', 'wrestling', 'weightlifting',
  'canoeing', 'skating', 'surfing', 'taekwondo', 'bowls', 'snowsport', 'snowsports', 'motorsport',
]);
