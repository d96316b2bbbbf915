// Date vocabulary as data: month and weekday names, units, number words, seasons.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4,
  thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Duration units -> TIMEX3 letter and whether it is a time unit (PT...). */
export const UNITS: Record<string, { letter: string; time: boolean; grain: Grain }> = {
  second: { letter: 'S', time: true, grain: 'second' },
  minute: { letter: 'M', time: true, grain: 'minute' },
  hour: { letter: 'H', time: true, grain: 'hour' },
  day: { letter: 'D', time: false, grain: 'day' },
  night: { letter: 'D', time: false, grain: 'day' },
  week: { letter: 'W', time: false, grain: 'week' },
  fortnight: { letter: 'W', time: false, grain: 'week' },
  month: { letter: 'M', time: false, grain: 'month' },
  year: { letter: 'Y', time: false, grain: 'year' },
  decade: { letter: 'DE', time: false, grain: 'year' },
  century: { letter: 'CE', time: false, grain: 'year' },
};

export type Grain = 'century' | 'decade' | 'year' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

export const SET_WORDS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H',
  quarterly: 'P3M', fortnightly: 'P2W', biweekly: 'P2W', nightly: 'P1D',
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, last: 4,
};

export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const WEEKDAY_RE =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs?)?\\.|Fri\\.|Sat\\.|Sun\\.)';
/** Time zones written after a clock time ("14:00 GMT"); "local time" keeps no zone. */
export const TIME_ZONES: readonly string[] = ['GMT', 'UTC', 'EST', 'EDT', 'ET', 'CST', 'CDT', 'CT', 'MST', 'MDT', 'PST', 'PDT', 'PT', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'BST', 'IST', 'KST', 'JST', 'HKT', 'SGT', 'AEST', 'AEDT', 'MSK'];

/** Words for the present, past or future without a date (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF). */
export const REFERENCE_WORDS: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  nowadays: 'PRESENT_REF', currently: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'at present': 'PRESENT_REF',
  'right now': 'PRESENT_REF', presently: 'PRESENT_REF', 'at the moment': 'PRESENT_REF', now: 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF',
  'the coming days': 'FUTURE_REF', 'the coming weeks': 'FUTURE_REF', 'the coming months': 'FUTURE_REF', 'the coming years': 'FUTURE_REF',
  'back then': 'PAST_REF', 'in years past': 'PAST_REF', 'in the past': 'PAST_REF', formerly: 'PAST_REF',
  'in those days': 'PAST_REF', 'in the old days': 'PAST_REF',
  'in the future': 'FUTURE_REF', someday: 'FUTURE_REF', 'in the years to come': 'FUTURE_REF', 'in the near future': 'FUTURE_REF',
};

export const UNIT_RE = '(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries)';

/**
 * Holidays on a fixed day of the year, as news names them (apostrophes as "'"): month, day.
 * Movable feasts are in MOVABLE_HOLIDAYS.
 */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "valentine's day": [2, 14],
  "st. patrick's day": [3, 17],
  "st patrick's day": [3, 17],
  "saint patrick's day": [3, 17],
  'may day': [5, 1],
  'fourth of july': [7, 4],
  'bastille day': [7, 14],
  halloween: [10, 31],
  'armistice day': [11, 11],
  'remembrance day': [11, 11],
  'veterans day': [11, 11],
  "veterans' day": [11, 11],
  'anzac day': [4, 25],
  'australia day': [1, 26],
  'canada day': [7, 1],
};

/** Hedges between a preposition and its date: "until at least June", "by around May". */
export const DATE_HEDGES = ['at least', 'at the earliest', 'at the latest', 'around', 'about', 'roughly', 'approximately'];
/** The hedges' words, for reading token by token back from a date to its preposition. */
export const DATE_HEDGE_WORDS: ReadonlySet<string> = new Set(DATE_HEDGES.flatMap((h) => h.split(' ')));

/** Verbs whose past is their base form ("hit", "cut"): after a singular subject the bare form is the past ("the index hit a record on Feb. 19"). */
export const INVARIANT_PAST_VERBS = new Set(['hit', 'cut', 'set', 'put', 'cost', 'quit', 'shut', 'spread', 'let', 'split', 'hurt', 'shed', 'bet', 'bid', 'burst', 'cast', 'broadcast', 'forecast', 'upset', 'struck', 'slit', 'thrust', 'beat']);

/**
 * Verbs of a timetable that the tagger reads as plural nouns after a noun ("the season ends May
 * 19", "the window closes Friday", "the show returns in March"): read as a simple present.
 */
export const TIMETABLE_VERBS = new Set([
  'ends', 'starts', 'begins', 'returns', 'resumes', 'finishes', 'closes', 'opens', 'expires', 'runs',
  'launches', 'premieres', 'debuts', 'kicks', 'airs', 'concludes', 'reopens', 'restarts', 'lapses',
]);

/**
 * Verbs of a fixture, which the tagger reads as nouns after a parenthesis closed by a comma
 * ("Villa, who have lost three of their last four, host Chelsea on Dec. 14", "The team, unbeaten
 * since August, plays Leeds on Saturday"): read as a simple present of an event to come.
 */
export const FIXTURE_VERBS = new Set([
  'host', 'hosts', 'play', 'plays', 'face', 'faces', 'visit', 'visits', 'meet', 'meets', 'welcome', 'welcomes',
  'entertain', 'entertains', 'travel', 'travels', 'take', 'takes', 'head', 'heads',
]);

/**
 * Holidays whose day moves with the year, as news names them (apostrophes as "'"): the nth
 * weekday of a month (n -1: the last; weekday ISO, Monday 1), or days from Western Easter
 * Sunday. US holidays by their US names; Thanksgiving is the US one.
 */
export const MOVABLE_HOLIDAYS: Record<string, { month: number; nth: number; weekday: number; shift?: number } | { easter: number }> = {
  thanksgiving: { month: 11, nth: 4, weekday: 4 },
  'thanksgiving day': { month: 11, nth: 4, weekday: 4 },
  'black friday': { month: 11, nth: 4, weekday: 4, shift: 1 },
  'cyber monday': { month: 11, nth: 4, weekday: 4, shift: 4 },
  'memorial day': { month: 5, nth: -1, weekday: 1 },
  'labor day': { month: 9, nth: 1, weekday: 1 },
  'martin luther king day': { month: 1, nth: 3, weekday: 1 },
  'martin luther king jr. day': { month: 1, nth: 3, weekday: 1 },
  "presidents' day": { month: 2, nth: 3, weekday: 1 },
  'presidents day': { month: 2, nth: 3, weekday: 1 },
  'columbus day': { month: 10, nth: 2, weekday: 1 },
  "mother's day": { month: 5, nth: 2, weekday: 7 },
  "father's day": { month: 6, nth: 3, weekday: 7 },
  'super tuesday': { month: 3, nth: 1, weekday: 2 },
  easter: { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
  'good friday': { easter: -2 },
  'palm sunday': { easter: -7 },
  'ash wednesday': { easter: -46 },
  pentecost: { easter: 49 },
};

