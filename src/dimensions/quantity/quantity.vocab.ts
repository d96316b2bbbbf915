// Quantity vocabulary as data: units with their canonical symbol and kind,
// currencies (ISO 4217), number words, weapon systems.

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

/** Symbols written before the number. */
export const CURRENCY_SYMBOL_RE = '(?:US\\$|U\\.S\\.\\s?\\$|C\\$|CA\\$|A\\$|AU\\$|NZ\\$|HK\\$|S\\$|R\\$|Mex\\$|(?:USD|AUD|CAD|NZD|MXN|HKD|SGD|usd|aud|cad|nzd|mxn|hkd|sgd)\\$|\\$|€|£|¥|₽|₹|₩|₴|₺|₪|₡|₾|₭|₿|₦|₱|฿|₫|(?:USD|EUR|GBP|JPY|CNY|RUB|INR|KRW|UAH|CHF|AUD|CAD|usd|eur|gbp|jpy|cny|rub|inr|chf|aud|cad)\\s?)';

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
 * Weapon systems: name -> kind and standard calibre (mm) where one exists.
 * Used to recognise items ("40 Grad rockets") and to keep model designations
 * ("F-16", "T-72") from being read as quantities.
 */
export const WEAPON_SYSTEMS: Record<string, { kind: string; calibre?: number }> = {
  Grad: { kind: 'multiple rocket launcher', calibre: 122 },
  'BM-21': { kind: 'multiple rocket launcher', calibre: 122 },
  Uragan: { kind: 'multiple rocket launcher', calibre: 220 },
  Smerch: { kind: 'multiple rocket launcher', calibre: 300 },
  HIMARS: { kind: 'multiple rocket launcher', calibre: 227 },
  MLRS: { kind: 'multiple rocket launcher', calibre: 227 },
  GMLRS: { kind: 'guided rocket', calibre: 227 },
  ATACMS: { kind: 'ballistic missile', calibre: 610 },
  Iskander: { kind: 'ballistic missile' },
  'KN-23': { kind: 'ballistic missile' },
  'KN-24': { kind: 'ballistic missile' },
  Hwasong: { kind: 'ballistic missile' },
  Kalibr: { kind: 'cruise missile' },
  Kinzhal: { kind: 'hypersonic missile' },
  'Storm Shadow': { kind: 'cruise missile' },
  Taurus: { kind: 'cruise missile' },
  Tomahawk: { kind: 'cruise missile' },
  Shahed: { kind: 'loitering munition' },
  'Shahed-136': { kind: 'loitering munition' },
  Lancet: { kind: 'loitering munition' },
  'Switchblade': { kind: 'loitering munition' },
  Bayraktar: { kind: 'drone' },
  'Bayraktar TB2': { kind: 'drone' },
  Orlan: { kind: 'drone' },
  Javelin: { kind: 'anti-tank missile' },
  NLAW: { kind: 'anti-tank missile' },
  Stinger: { kind: 'air-defence missile' },
  Patriot: { kind: 'air-defence system' },
  NASAMS: { kind: 'air-defence system' },
  'IRIS-T': { kind: 'air-defence system' },
  'S-300': { kind: 'air-defence system' },
  'S-400': { kind: 'air-defence system' },
  Gepard: { kind: 'anti-aircraft gun', calibre: 35 },
  'Leopard 1': { kind: 'tank', calibre: 105 },
  'Leopard 2': { kind: 'tank', calibre: 120 },
  Abrams: { kind: 'tank', calibre: 120 },
  'M1 Abrams': { kind: 'tank', calibre: 120 },
  'Challenger 2': { kind: 'tank', calibre: 120 },
  'T-62': { kind: 'tank', calibre: 115 },
  'T-64': { kind: 'tank', calibre: 125 },
  'T-72': { kind: 'tank', calibre: 125 },
  'T-80': { kind: 'tank', calibre: 125 },
  'T-90': { kind: 'tank', calibre: 125 },
  Bradley: { kind: 'infantry fighting vehicle', calibre: 25 },
  Marder: { kind: 'infantry fighting vehicle', calibre: 20 },
  Stryker: { kind: 'armoured vehicle' },
  'BMP-2': { kind: 'infantry fighting vehicle', calibre: 30 },
  M777: { kind: 'howitzer', calibre: 155 },
  Caesar: { kind: 'self-propelled howitzer', calibre: 155 },
  'PzH 2000': { kind: 'self-propelled howitzer', calibre: 155 },
  Krab: { kind: 'self-propelled howitzer', calibre: 155 },
  Excalibur: { kind: 'guided shell', calibre: 155 },
  Krasnopol: { kind: 'guided shell', calibre: 152 },
  'F-16': { kind: 'fighter aircraft' },
  'F-35': { kind: 'fighter aircraft' },
  'MiG-29': { kind: 'fighter aircraft' },
  'Su-24': { kind: 'bomber aircraft' },
  'Su-25': { kind: 'attack aircraft' },
  'Su-34': { kind: 'bomber aircraft' },
  'Su-35': { kind: 'fighter aircraft' },
  'Ka-52': { kind: 'attack helicopter' },
  'Mi-8': { kind: 'helicopter' },
  'Mi-24': { kind: 'attack helicopter' },
  'Tu-95': { kind: 'bomber aircraft' },
  'Tu-22M3': { kind: 'bomber aircraft' },
  'A-50': { kind: 'surveillance aircraft' },
  'AK-47': { kind: 'rifle', calibre: 7.62 },
  'AK-74': { kind: 'rifle', calibre: 5.45 },
  'M16': { kind: 'rifle', calibre: 5.56 },
};

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
