// The number vocabulary: the one table of number words that numbers, quantities and dates
// all read (Duckling's Numeral is the base the other dimensions build on). Regular
// expressions over these words are built from the tables, never written by hand.

/** Whole numbers written as one word. */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

/** Multipliers written as words ("two hundred", "1.5 million"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
};

/** Multipliers abbreviated after a figure ("$2.5bn", "5k", "$5m"). */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, t: 1e12, tn: 1e12,
};

export const DOZEN = 12;

/** Fraction words and their denominators ("two thirds", "a quarter"). */
export const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  twelfth: 12, twelfths: 12, hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
};

/**
 * Counts said without a number: the value, or null where the text gives none ("a few weeks"
 * is some weeks, TimeML's PXW, not three).
 */
export const QUANTIFIERS: Readonly<Record<string, number | null>> = {
  'a couple of': 2, couple: 2, 'a few': null, few: null, several: null, many: null,
};

/**
 * Plurals of scales and their lower bound as a count: "dozens of" is at least 24, "thousands
 * of" at least 2,000; "tens of" multiplies a following plural ("tens of thousands": 10,000).
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 24, tens: 10, hundreds: 200, thousands: 2e3, millions: 2e6, billions: 2e9,
};

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** An alternation of words, longest first, for building regular expressions. */
export const alternation = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');
