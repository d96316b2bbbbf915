// Quantity vocabulary as data: units with their canonical symbol and kind,
// currencies (ISO 4217 codes from the currency-codes package), weapon systems,
// model designations. Regular expressions over them are built from these tables.
import { createRequire } from 'node:module';
import { lexTags } from '../../nlp/lexicon.js';
import { alternation } from '../number/number.vocab.js';

export interface UnitDef {
  unit: string;
  kind: string;
}

const u = (unit: string, kind: string, ...surfaces: string[]): Array<[string, UnitDef]> =>
  surfaces.map((s) => [s, { unit, kind }]);

/** Surface form (lower case) -> canonical unit and kind. Longest surface wins when matching. */
export const UNITS = new Map<string, UnitDef>([
  ...u('mm', 'length', 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters', 'millimetre-calibre'),
  ...u('cm', 'length', 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'),
  ...u('dm', 'length', 'dm', 'decimetre', 'decimetres', 'decimeter', 'decimeters'),
  ...u('m', 'length', 'm', 'metre', 'metres', 'meter', 'meters'),
  ...u('km', 'length', 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'kms'),
  ...u('nm', 'length', 'nanometre', 'nanometres', 'nanometer', 'nanometers'),
  ...u('pm', 'length', 'picometre', 'picometres', 'picometer', 'picometers'),
  ...u('µm', 'length', 'micrometre', 'micrometres', 'micrometer', 'micrometers', 'micron', 'microns', 'µm', 'μm'),
  ...u('in', 'length', 'in', 'inch', 'inches', '"'),
  ...u('ft', 'length', 'ft', 'foot', 'feet', "'"),
  ...u('yd', 'length', 'yd', 'yds', 'yard', 'yards'),
  ...u('mi', 'length', 'mi', 'mile', 'miles'),
  ...u('nmi', 'length', 'nmi', 'nautical mile', 'nautical miles'),
  ...u('mg', 'mass', 'mg', 'milligram', 'milligrams', 'milligramme', 'milligrammes'),
  ...u('µg', 'mass', 'µg', 'μg', 'mcg', 'microgram', 'micrograms'),
  ...u('g', 'mass', 'g', 'gram', 'grams', 'gramme', 'grammes'),
  ...u('kg', 'mass', 'kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'),
  ...u('t', 'mass', 'tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'),
  ...u('ton', 'mass', 'ton', 'tons', 'short ton', 'short tons'),
  ...u('lb', 'mass', 'lb', 'lbs', 'pound', 'pounds'),
  ...u('oz', 'mass', 'oz', 'ounce', 'ounces'),
  ...u('dr', 'mass', 'dram', 'drams'),
  ...u('mL', 'volume', 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'),
  ...u('cL', 'volume', 'cl', 'centilitre', 'centilitres', 'centiliter', 'centiliters'),
  ...u('L', 'volume', 'l', 'litre', 'litres', 'liter', 'liters'),
  ...u('gal', 'volume', 'gal', 'gallon', 'gallons'),
  ...u('bbl', 'volume', 'bbl', 'barrel', 'barrels'),
  ...u('cup', 'volume', 'cup', 'cups'),
  ...u('tbsp', 'volume', 'tbsp', 'tablespoon', 'tablespoons'),
  ...u('tsp', 'volume', 'tsp', 'teaspoon', 'teaspoons'),
  ...u('m3', 'volume', 'm3', 'm³', 'cubic metre', 'cubic metres', 'cubic meter', 'cubic meters'),
  ...u('km3', 'volume', 'km3', 'km³', 'cubic kilometre', 'cubic kilometres', 'cubic kilometer', 'cubic kilometers'),
  ...u('cm3', 'volume', 'cm3', 'cm³', 'cc', 'cubic centimetre', 'cubic centimetres', 'cubic centimeter', 'cubic centimeters'),
  ...u('ft3', 'volume', 'cubic foot', 'cubic feet', 'cu ft'),
  ...u('m2', 'area', 'm2', 'm²', 'sq m', 'square metre', 'square metres', 'square meter', 'square meters'),
  ...u('km2', 'area', 'km2', 'km²', 'sq km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers'),
  ...u('mi2', 'area', 'sq mi', 'square mile', 'square miles'),
  ...u('ft2', 'area', 'sq ft', 'square foot', 'square feet'),
  ...u('ha', 'area', 'ha', 'hectare', 'hectares'),
  ...u('acre', 'area', 'acre', 'acres'),
  ...u('km/h', 'speed', 'km/h', 'kph', 'kmh', 'kmph', 'km/hr', 'kilometres per hour', 'kilometers per hour', 'kilometre per hour', 'kilometer per hour'),
  ...u('mph', 'speed', 'mph', 'miles per hour', 'mile per hour'),
  ...u('m/s', 'speed', 'm/s', 'metres per second', 'meters per second'),
  ...u('kn', 'speed', 'knot', 'knots', 'kt', 'kts'),
  ...u('°C', 'temperature', '°c', '℃', 'c', 'degrees celsius', 'degree celsius', 'deg celsius', 'celsius', 'celcius', 'degrees celcius', 'degree celcius', 'degrees centigrade', 'centigrade', 'degrees c', 'degree c', 'deg c'),
  ...u('°F', 'temperature', '°f', '℉', 'f', 'degrees fahrenheit', 'degree fahrenheit', 'deg fahrenheit', 'fahrenheit', 'farenheit', 'degrees farenheit', 'degree farenheit', 'degrees f', 'degree f', 'deg f'),
  ...u('K', 'temperature', 'kelvin', 'kelvins'),
  ...u('°', 'angle', '°', 'degree', 'degrees', 'deg'),
  ...u('rad', 'angle', 'rad', 'radian', 'radians'),
  ...u('W', 'power', 'w', 'watt', 'watts'),
  ...u('kW', 'power', 'kw', 'kilowatt', 'kilowatts'),
  ...u('MW', 'power', 'mw', 'megawatt', 'megawatts'),
  ...u('GW', 'power', 'gw', 'gigawatt', 'gigawatts'),
  ...u('kWh', 'energy', 'kwh', 'kilowatt hour', 'kilowatt hours', 'kilowatt-hour', 'kilowatt-hours'),
  ...u('MWh', 'energy', 'mwh', 'megawatt hour', 'megawatt hours'),
  ...u('eV', 'energy', 'ev', 'electronvolt', 'electronvolts', 'electron volt', 'electron volts'),
  ...u('J', 'energy', 'joule', 'joules'),
  ...u('MeV', 'energy', 'mev'),
  ...u('GeV', 'energy', 'gev'),
  ...u('TeV', 'energy', 'tev', 'teraelectronvolt', 'teraelectronvolts'),
  ...u('Wh', 'energy', 'wh', 'watt hour', 'watt hours', 'watt-hour', 'watt-hours'),
  ...u('Hz', 'frequency', 'hz', 'hertz'),
  ...u('GHz', 'frequency', 'ghz', 'gigahertz'),
  ...u('MHz', 'frequency', 'mhz', 'megahertz'),
  ...u('bit', 'data', 'bit', 'bits'),
  ...u('B', 'data', 'byte', 'bytes'),
  ...u('kB', 'data', 'kb', 'kilobyte', 'kilobytes'),
  ...u('MB', 'data', 'mb', 'megabyte', 'megabytes'),
  ...u('GB', 'data', 'gb', 'gigabyte', 'gigabytes'),
  ...u('TB', 'data', 'tb', 'terabyte', 'terabytes'),
  ...u('PB', 'data', 'pb', 'petabyte', 'petabytes'),
  ...u('EB', 'data', 'eb', 'exabyte', 'exabytes'),
  ...u('Mbit', 'data', 'megabit', 'megabits', 'mbps'),
  ...u('%', 'percent', '%', 'percent', 'percents', 'per cent', 'pct', 'percentage', 'percentage points', 'percentage point'),
]);

/** Currency words and symbols (lower case) -> ISO 4217 code. */
export const CURRENCIES = new Map<string, string>([
  ['$', 'USD'], ['us$', 'USD'], ['u.s.$', 'USD'], ['u.s. $', 'USD'], ['usd', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'], ['us dollars', 'USD'],
  ['u.s. dollars', 'USD'], ['american dollars', 'USD'], ['bucks', 'USD'],
  ['c$', 'CAD'], ['ca$', 'CAD'], ['cad', 'CAD'], ['canadian dollars', 'CAD'], ['canadian dollar', 'CAD'],
  ['a$', 'AUD'], ['au$', 'AUD'], ['aud', 'AUD'], ['australian dollars', 'AUD'], ['australian dollar', 'AUD'],
  ['nz$', 'NZD'], ['nzd', 'NZD'], ['new zealand dollars', 'NZD'], ['new zealand dollar', 'NZD'],
  ['hk$', 'HKD'], ['hkd', 'HKD'], ['hong kong dollars', 'HKD'], ['hong kong dollar', 'HKD'],
  ['€', 'EUR'], ['eur', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['£', 'GBP'], ['gbp', 'GBP'], ['pound sterling', 'GBP'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'],
  ['british pounds', 'GBP'], ['british pound', 'GBP'],
  ['¥', 'JPY'], ['jpy', 'JPY'], ['yen', 'JPY'], ['japanese yen', 'JPY'],
  ['yuan', 'CNY'], ['cny', 'CNY'], ['rmb', 'CNY'], ['renminbi', 'CNY'], ['chinese yuan', 'CNY'],
  ['₽', 'RUB'], ['rub', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['₹', 'INR'], ['inr', 'INR'], ['rupee', 'INR'], ['rupees', 'INR'], ['indian rupees', 'INR'],
  ['₩', 'KRW'], ['krw', 'KRW'], ['won', 'KRW'],
  ['₴', 'UAH'], ['uah', 'UAH'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['hryvnas', 'UAH'],
  ['chf', 'CHF'], ['swiss francs', 'CHF'], ['swiss franc', 'CHF'], ['franc', 'CHF'], ['francs', 'CHF'],
  ['lira', 'TRY'], ['turkish lira', 'TRY'], ['try', 'TRY'], ['₺', 'TRY'],
  ['peso', 'MXN'], ['pesos', 'MXN'], ['mexican pesos', 'MXN'], ['mexican peso', 'MXN'],
  ['shekel', 'ILS'], ['shekels', 'ILS'], ['₪', 'ILS'], ['rial', 'IRR'], ['rials', 'IRR'],
  ['riyal', 'SAR'], ['riyals', 'SAR'], ['dirham', 'AED'], ['dirhams', 'AED'], ['rand', 'ZAR'],
  ['zloty', 'PLN'], ['zlotys', 'PLN'], ['forint', 'HUF'], ['krona', 'SEK'], ['kronor', 'SEK'],
  ['krone', 'NOK'], ['kroner', 'NOK'], ['real', 'BRL'], ['reais', 'BRL'], ['r$', 'BRL'],
  ['bitcoin', 'XBT'], ['bitcoins', 'XBT'], ['btc', 'XBT'], ['₿', 'XBT'],
  ['us dollar', 'USD'], ['u.s. dollar', 'USD'], ['usd$', 'USD'], ['aud$', 'AUD'], ['cad$', 'CAD'], ['nzd$', 'NZD'],
  ['mxn$', 'MXN'], ['mex$', 'MXN'], ['hkd$', 'HKD'], ['sgd$', 'SGD'], ['s$', 'SGD'], ['sgd', 'SGD'], ['mxn', 'MXN'],
  ['₡', 'CRC'], ['colón', 'CRC'], ['colones', 'CRC'], ['₾', 'GEL'], ['lari', 'GEL'], ['₭', 'LAK'], ['kip', 'LAK'],
  ['₦', 'NGN'], ['naira', 'NGN'], ['₱', 'PHP'], ['฿', 'THB'], ['baht', 'THB'], ['₫', 'VND'], ['dong', 'VND'],
  ['元', 'CNY'], ['円', 'JPY'], ['원', 'KRW'],
  // sub-units keep the number as stated: "50 cents" is 50 ¢
  ['cent', '¢'], ['cents', '¢'], ['penny', 'p'], ['pence', 'p'], ['p', 'p'],
]);

const isoData = createRequire(import.meta.url)('currency-codes/data') as Array<{ code: string; digits: number }>;
const isEnglish = (w: string): boolean => lexTags(w.toLowerCase()).length > 0;
/** Codes news writes for the currencies it names most (the CURRENCIES table's codes). */
const NAMED_CODES = new Set([...CURRENCIES.values()].filter((c) => /^[A-Z]{3}$/.test(c)));

/**
 * ISO 4217 codes as written in capitals before or after an amount ("NOK 500", "75 USD"):
 * every current code but funds and metals (X..), and but codes that are English words in
 * capitals ("ALL 5", "TOP 10", "CUP"), unless news uses them as currencies (CAD).
 */
export const CURRENCY_CODES: ReadonlyMap<string, { digits: number }> = new Map(
  isoData.filter((c) => NAMED_CODES.has(c.code) || (!c.code.startsWith('X') && !isEnglish(c.code))).map((c) => [c.code, { digits: c.digits }]),
);

/** Currencies whose amounts take cents or pence after them ("3 dollars 50 cents", "15 dollars and 50"). */
export const DECIMAL_CURRENCIES: ReadonlySet<string> = new Set([...CURRENCY_CODES].filter(([, v]) => v.digits === 2).map(([k]) => k));

const dollarPrefixes = [...CURRENCIES.keys()].filter((k) => /^[a-z.\s]+\$$/.test(k));
const casings = (k: string): string[] => [k.toUpperCase(), k.charAt(0).toUpperCase() + k.slice(1), ...(/^[a-z]{3}\$$/.test(k) ? [k] : [])];

/** Symbols written before the number: "US$", "HK$", "€", "£", "NOK ", "usd ". */
export const CURRENCY_SYMBOL_RE = `(?:${alternation(dollarPrefixes.flatMap(casings))}|${alternation([...CURRENCIES.keys()].filter((k) => /^\p{Sc}$/u.test(k)))}|(?:${alternation([
  ...CURRENCY_CODES.keys(),
  ...[...NAMED_CODES].map((c) => c.toLowerCase()).filter((c) => !isEnglish(c)),
])})\\s?)`;


/** Nouns that make a millimetre figure a calibre: "152mm artillery shells", "a 155 mm howitzer". */
export const CALIBRE_NOUNS = new Set([
  'shell', 'shells', 'round', 'rounds', 'ammunition', 'ammo', 'artillery', 'gun', 'guns', 'howitzer',
  'howitzers', 'mortar', 'mortars', 'cannon', 'cannons', 'rifle', 'rifles', 'rocket', 'rockets',
  'munition', 'munitions', 'bullet', 'bullets', 'cartridge', 'cartridges', 'projectile', 'projectiles',
  'calibre', 'caliber', 'machine', 'machine-gun', 'launcher', 'launchers', 'missile', 'missiles',
  'grenade', 'grenades', 'shot', 'bombs', 'gunfire', 'mlrs', 'tank', 'self-propelled', 'anti-aircraft',
]);

/** Standard calibres (mm): a millimetre figure of this size with no other clue is a calibre. */
export const STANDARD_CALIBRES = new Set([
  5.45, 5.56, 7.62, 9, 12.7, 14.5, 20, 23, 25, 30, 35, 40, 57, 60, 73, 76, 81, 82, 100, 105, 107, 115,
  120, 122, 125, 130, 152, 155, 203, 220, 227, 240, 300,
]);

/**
 * Weapon systems news names before what is counted ("40 Grad rockets", "Storm Shadow
 * missiles"), as written; multi-word names match as a whole.
 */
export const WEAPON_SYSTEMS: readonly string[] = [
  'Grad', 'BM-21', 'Uragan', 'Smerch', 'HIMARS', 'MLRS', 'GMLRS', 'ATACMS', 'Iskander', 'KN-23', 'KN-24',
  'Hwasong', 'Kalibr', 'Kinzhal', 'Storm Shadow', 'Taurus', 'Tomahawk', 'Shahed', 'Shahed-136', 'Lancet',
  'Switchblade', 'Bayraktar', 'Bayraktar TB2', 'Orlan', 'Javelin', 'NLAW', 'Stinger', 'Patriot', 'NASAMS',
  'IRIS-T', 'S-300', 'S-400', 'Gepard', 'Leopard 1', 'Leopard 2', 'Abrams', 'M1 Abrams', 'Challenger 2',
  'T-62', 'T-64', 'T-72', 'T-80', 'T-90', 'Bradley', 'Marder', 'Stryker', 'BMP-2', 'M777', 'Caesar',
  'PzH 2000', 'Krab', 'Excalibur', 'Krasnopol', 'F-16', 'F-35', 'MiG-29', 'Su-24', 'Su-25', 'Su-34', 'Su-35',
  'Ka-52', 'Mi-8', 'Mi-24', 'Tu-95', 'Tu-22M3', 'A-50', 'AK-47', 'AK-74', 'M16',
];

/** Words before a number that make it part of a name, not a quantity: "Windows 11", "Flight 17", "Article 5". */
export const DESIGNATION_WORDS: readonly string[] = [
  'Windows', 'iPhone', 'iOS', 'Android', 'Galaxy', 'PlayStation', 'Xbox', 'Formula', 'Apollo', 'Soyuz', 'Boeing',
  'Airbus', 'Leopard', 'Challenger', 'Hwasong', 'Article', 'Section', 'Chapter', 'Resolution', 'Route', 'Highway',
  'Flight', 'Room', 'No.', 'Number',
];

/**
 * Time words that end a rate ("$15 an hour", "2 million barrels per day") -> the symbol
 * given as `per`, the same symbols as ages and durations use.
 */
export const RATE_TIMES: Record<string, string> = {
  second: 's',
  minute: 'min',
  hour: 'h',
  day: 'd',
  night: 'night',
  week: 'wk',
  month: 'mo',
  year: 'a',
  annum: 'a',
};

/**
 * Nouns a rate is counted by after "a", "an", "each" or "every" ("$30 a share", "$100
 * a head"); after "per" any noun counts ("per capita", "per passenger").
 */
export const RATE_NOUNS = new Set(['share', 'head', 'person', 'piece', 'ticket', 'unit', 'dose', 'seat', 'item', 'household', 'family', 'student', 'patient', 'worker', 'employee', 'passenger', 'citizen', 'resident', 'vote', 'visit', 'trip', 'game', 'episode', 'copy', 'page', 'word']);
