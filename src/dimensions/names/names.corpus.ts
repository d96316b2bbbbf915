// Name examples: the tests. Each example lists entities that must be found (by canonical
// name, with title and affiliation where given, and the mention texts, each at its exact
// span), and names that must not be found as any entity. They are written entity by entity
// and turned into the generic corpus shape (src/model/corpus.ts) below.
import type { Example, Expected } from '../../model/corpus.js';

export interface NameExample {
  text: string;
  people?: Array<{ name: string; title?: string; affiliation?: string; mentions?: string[] }>;
  organizations?: Array<{ name: string; mentions?: string[] }>;
  places?: Array<{ name: string; mentions?: string[] }>;
  /** strings that must not be extracted as any name */
  not?: string[];
}

const EXAMPLES: NameExample[] = [
  {
    // a plural role over a list whose names each carry their party; a describing noun stays in the title
    text: 'Two veteran politicians Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL lost, as celebrity guests like Stan Lee watched.',
    people: [
      { name: 'Lee Cheuk-yan', title: 'politician', affiliation: 'Labour Party' },
      { name: 'Frederick Fung', title: 'politician', affiliation: 'ADPL' },
      { name: 'Stan Lee', title: 'celebrity guest' },
    ],
  },
  {
    // results name teams (a country keeps its place); a team's word as affiliation is the team
    text: 'Manchester City beat Real Madrid 4-0 on Wednesday, and Inter Milan drew 1-1 with Borussia Dortmund. City manager Pep Guardiola was pleased. Group G: Tunisia 1 – 2 England.',
    organizations: [{ name: 'Manchester City' }, { name: 'Real Madrid' }, { name: 'Inter Milan' }, { name: 'Borussia Dortmund' }],
    places: [{ name: 'Tunisia' }],
    people: [{ name: 'Pep Guardiola', title: 'manager', affiliation: 'Manchester City' }],
  },
  {
    // a status word before the body stays in the title
    text: 'A judge sentenced former FTX chief executive Sam Bankman-Fried on Friday.',
    people: [{ name: 'Sam Bankman-Fried', title: 'former chief executive', affiliation: 'FTX' }],
  },
  {
    // text hard-wrapped at a fixed width: a line break inside a paragraph is a space
    text: 'Treasury Secretary Janet Yellen met the delegation of the Chinese Vice\nPremier He Lifeng in Beijing on Monday, officials said after the talks\nhad ended. Later that day his U.S. counterpart, Secretary Antony\nBlinken, flew in from New York with aides to continue the discussions\nabout trade and the exchange rate with the Chinese side in New\nYork next week, the State Department said in a short statement.\n',
    people: [
      { name: 'He Lifeng', title: 'Vice Premier', affiliation: 'China' },
      { name: 'Antony Blinken', title: 'Secretary', mentions: ['Antony\nBlinken'] },
    ],
    places: [{ name: 'New York', mentions: ['New York', 'New\nYork'] }],
    not: ['Antony', 'York', 'Chinese Vice'],
  },
  {
    // any capitalised name before an office and a name is the body: the first word stays when it opens the sentence
    text: 'Federal Reserve Chair Jerome Powell spoke, JPMorgan Chase CEO Jamie Dimon listened and Goldman Sachs chief economist Jan Hatzius agreed.',
    people: [
      { name: 'Jerome Powell', title: 'Chair', affiliation: 'Federal Reserve' },
      { name: 'Jamie Dimon', title: 'CEO', affiliation: 'JPMorgan Chase' },
      { name: 'Jan Hatzius', title: 'chief economist', affiliation: 'Goldman Sachs' },
    ],
  },
  {
    // a company's name without its legal form names the same company
    text: 'Meta Platforms Inc said it would cut 10,000 jobs. Meta shares rose 7%, and Acme Holdings shares fell; Acme said nothing.',
    organizations: [
      { name: 'Meta Platforms Inc', mentions: ['Meta Platforms Inc', 'Meta'] },
      { name: 'Acme Holdings', mentions: ['Acme Holdings', 'Acme'] },
    ],
  },
  {
    // a position stated after the name outranks a military rank or an academic title before it
    text: 'Major general Fuad Basya, spokesman for the Indonesian military, said the boats left.',
    people: [{ name: 'Fuad Basya', title: 'spokesman', affiliation: 'Indonesia' }],
  },
  {
    // match reports: a sentence of play with one team gives its players that team; two teams give none
    text: 'Striker Romelu Lukaku doubled the lead for Belgium with a header. Belgium beat Panama 3-0 as Harry Kane watched.',
    people: [{ name: 'Romelu Lukaku', affiliation: 'Belgium' }, { name: 'Harry Kane' }],
  },
  {
    // names in a list with people are people; a misspelt given name is the same person
    text: 'Famous photographers such as Ansel Adams, Chuck Close, Walker Evans and Helmut Newton used it. Kristen Wilkins curated it; Kristin Wilkins said so.',
    people: [
      { name: 'Ansel Adams', title: 'photographer' },
      { name: 'Walker Evans', title: 'photographer' },
      { name: 'Helmut Newton', title: 'photographer' },
      { name: 'Kristen Wilkins', mentions: ['Kristen Wilkins', 'Kristin Wilkins'] },
    ],
  },
  {
    // an office with what it is of, then the name: a place or body is the affiliation, a portfolio the title
    text: 'Governor of Washington Chris Gregoire, CEO of the Refugee Council Enver Solomon and Minister of Education Stefania Giannini met.',
    people: [
      { name: 'Chris Gregoire', title: 'Governor', affiliation: 'Washington' },
      { name: 'Enver Solomon', title: 'CEO', affiliation: 'Refugee Council' },
      { name: 'Stefania Giannini', title: 'Minister of Education' },
    ],
    not: ['CEO of the Refugee Council Enver Solomon'],
  },
  {
    // a party's possessive before a capitalised office; a city before a party is no part of it
    text: "Labour's Shadow Home Secretary Yvette Cooper replied to Paul Dewar, an Ottawa New Democrat MP.",
    people: [
      { name: 'Yvette Cooper', title: 'Shadow Home Secretary', affiliation: 'Labour' },
      { name: 'Paul Dewar', title: 'MP', affiliation: 'New Democrat' },
    ],
  },
  {
    // a plural role before a list gives each name the role, also opening the sentence
    text: 'Photographers Nat Finkelstein, Christopher Makos and Felice Quinto came with athletes Vitas Gerulaitis (tennis) and Jack Nicklaus.',
    people: [
      { name: 'Nat Finkelstein', title: 'photographer' },
      { name: 'Christopher Makos', title: 'photographer' },
      { name: 'Felice Quinto', title: 'photographer' },
      { name: 'Vitas Gerulaitis', title: 'athlete' },
      { name: 'Jack Nicklaus', title: 'athlete' },
    ],
  },
  {
    // a caption run into the text without its full stop; the nations of the UK; "Korea" is the South
    text: "The squad: DAB's Elizabeth Quat In the New Territories, English captain Harry Kane and Korea's Kim Shin-Wook. His father Mohamed Ali spoke.",
    people: [
      { name: 'Elizabeth Quat', affiliation: 'DAB' },
      { name: 'Harry Kane', title: 'captain', affiliation: 'England' },
      { name: 'Kim Shin-Wook', affiliation: 'South Korea' },
      { name: 'Mohamed Ali' },
    ],
    not: ['Elizabeth Quat In'],
  },
  {
    // an affiliation given as an acronym the text defines takes the body's name
    text: 'The University of Southern Indiana (USI) hosted it, said Kevin Allton, a USI instructor.',
    people: [{ name: 'Kevin Allton', title: 'instructor', affiliation: 'University of Southern Indiana' }],
  },
  {
    // titles after the name, set off by commas: with an article, an age, a body after the title
    text: 'The talks were led by John Kerry, the Secretary of State, and Khaled Al-Maeena, editor at large at the Saudi Gazette. Daniel Montalvo, 19, a member of Scientology, and Hernan Dario Gomez, Panama coach, also came.',
    people: [
      { name: 'John Kerry', title: 'Secretary of State' },
      { name: 'Khaled Al-Maeena', title: 'editor at large', affiliation: 'Saudi Gazette' },
      { name: 'Daniel Montalvo', title: 'member', affiliation: 'Scientology' },
      { name: 'Hernan Dario Gomez', title: 'coach', affiliation: 'Panama' },
    ],
  },
  {
    // titles before the name, set off by a comma; a body after "of"
    text: "Malaysia's Prime Minister, Najib Razak, met Co-founder of Google, Sergey Brin. Michael Tien of NPP and Alvin Yeung from the Civic Party came, but not John Smith of London.",
    people: [
      { name: 'Najib Razak', title: 'Prime Minister', affiliation: 'Malaysia' },
      { name: 'Sergey Brin', title: 'Co-founder', affiliation: 'Google' },
      { name: 'Michael Tien', affiliation: 'NPP' },
      { name: 'Alvin Yeung', affiliation: 'Civic Party' },
      { name: 'John Smith' },
    ],
  },
  {
    // an organization before a lower-case title is the affiliation, not part of the title
    text: 'Environment Canada spokesperson Julie Hahn said the storm would pass, and Spotify co-founder Daniel Ek agreed.',
    people: [
      { name: 'Julie Hahn', title: 'spokesperson', affiliation: 'Environment Canada' },
      { name: 'Daniel Ek', title: 'co-founder', affiliation: 'Spotify' },
    ],
  },
  {
    // an organization before a capitalised office, and an acronym office: "Museum of Flight CEO"
    text: 'The museum was opened by Museum of Flight CEO Bonnie Dunbar and Foreign Office Minister Tobias Ellwood.',
    people: [
      { name: 'Bonnie Dunbar', title: 'CEO', affiliation: 'Museum of Flight' },
      { name: 'Tobias Ellwood', title: 'Minister', affiliation: 'Foreign Office' },
    ],
  },
  {
    // roles compromise knows as actors, compound titles, and a place that is no affiliation
    text: 'The science fiction writer Ursula Le Guin met the match referee Anthony Taylor and Texas student Maria Lopez.',
    people: [
      { name: 'Ursula Le Guin', title: 'science fiction writer' },
      { name: 'Anthony Taylor', title: 'match referee' },
      { name: 'Maria Lopez', title: 'student' },
    ],
  },
  {
    // a possessive gives the affiliation, with or without a title
    text: "New Zealand's Prime Minister John Key thanked DAB's Ben Chan and Apple's Tim Cook.",
    people: [
      { name: 'John Key', title: 'Prime Minister', affiliation: 'New Zealand' },
      { name: 'Ben Chan', affiliation: 'DAB' },
      { name: 'Tim Cook', affiliation: 'Apple' },
    ],
  },
  {
    // court titles
    text: 'His lawyer told U.S. District Judge Lewis Kaplan that Circuit Judge Amy Berman agreed.',
    people: [
      { name: 'Lewis Kaplan', title: 'District Judge', affiliation: 'United States' },
      { name: 'Amy Berman', title: 'Circuit Judge' },
    ],
  },
  {
    // a country's possessive before a capitalised title
    text: "Spain's acting Prime Minister Pedro Sanchez and Russia's Foreign Minister Sergei Lavrov spoke of former President Nicolas Sarkozy.",
    people: [
      { name: 'Pedro Sanchez', title: 'acting Prime Minister', affiliation: 'Spain' },
      { name: 'Nicolas Sarkozy', title: 'former President' },
      { name: 'Sergei Lavrov', title: 'Foreign Minister', affiliation: 'Russia' },
    ],
  },
  {
    // two name particles in a row
    text: 'European Commission President Ursula von der Leyen met Charles de Gaulle’s heirs. Von der Leyen said so.',
    // the body before an office is the affiliation, the office the title
    people: [{ name: 'Ursula von der Leyen', title: 'President', affiliation: 'European Commission', mentions: ['Ursula von der Leyen', 'Von der Leyen'] }],
  },
  {
    // a title in apposition after the name
    text: '"We hold," said Oleksandr Shtupun, a spokesman for the army. John Kirby, the White House national security spokesman, agreed, and so did Olga Reva, a Ukrainian military analyst. Ivan Petrov, the president’s son, was silent.',
    people: [
      { name: 'Oleksandr Shtupun', title: 'spokesman' },
      { name: 'John Kirby', title: 'national security spokesman', affiliation: 'White House' },
      { name: 'Olga Reva', title: 'military analyst', affiliation: 'Ukraine' },
    ],
  },
  {
    // an organization's acronym before a title is the person's affiliation, not part of the name
    text: 'NATO Secretary General Jens Stoltenberg met IAEA Director General Rafael Grossi, and officials said CIA Director William Burns agreed.',
    people: [
      { name: 'Jens Stoltenberg', title: 'Secretary General', affiliation: 'NATO' },
      { name: 'Rafael Grossi', title: 'Director General', affiliation: 'IAEA' },
      { name: 'William Burns', title: 'Director', affiliation: 'CIA' },
    ],
  },
  {
    // a dateline's capitals name the place as the gazetteer spells it, and join its other mentions
    text: 'NEW DELHI (Reuters) - Officials in New Delhi met envoys from SOUTH KOREA.',
    places: [{ name: 'New Delhi', mentions: ['NEW DELHI', 'New Delhi'] }, { name: 'South Korea' }],
    organizations: [{ name: 'Reuters' }],
  },
  {
    // ethnic demonyms ("Serb", "Croat") after a national one name a people, not an organization
    text: 'Bosnian Serb leader Milorad Dodik met Croat officials in Banja Luka.',
    people: [{ name: 'Milorad Dodik', title: 'Serb leader', affiliation: 'Bosnia and Herzegovina' }],
    places: [{ name: 'Banja Luka' }],
    not: ['Bosnian Serb', 'Croat'],
  },
  {
    // a place naming an oil grade is no place mentioned; the same place elsewhere still is
    text: 'Brent crude rose while Dubai crude and the Brent blend fell. Traders in Dubai were calm.',
    places: [{ name: 'Dubai', mentions: ['Dubai'] }],
    not: ['Brent'],
  },
  {
    // demonyms news uses where the country list has another ("Kazakhstani"); capitals GeoNames renamed
    text: 'Kazakh President Kassym-Jomart Tokayev met Uzbek officials in Astana.',
    people: [{ name: 'Kassym-Jomart Tokayev', title: 'President', affiliation: 'Kazakhstan' }],
    places: [{ name: 'Astana' }],
  },
  {
    text: 'The Russian defence minister Sergei Shoigu spoke in Valletta.',
    people: [{ name: 'Sergei Shoigu', title: 'defence minister', affiliation: 'Russia' }],
    places: [{ name: 'Valletta' }],
  },
  {
    text: 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.',
    people: [
      { name: 'Olaf Scholz', title: 'Chancellor', affiliation: 'Germany' },
      { name: 'Emmanuel Macron', title: 'President', affiliation: 'France' },
    ],
    places: [{ name: 'Paris' }],
  },
  {
    text: 'Israeli Defense Minister Yoav Gallant visited Washington. Gallant said the talks went well.',
    people: [{ name: 'Yoav Gallant', title: 'Defense Minister', affiliation: 'Israel', mentions: ['Yoav Gallant', 'Gallant'] }],
  },
  {
    text: 'Chinese leader Xi Jinping hosted the summit. Xi praised the deal.',
    people: [{ name: 'Xi Jinping', title: 'leader', affiliation: 'China', mentions: ['Xi Jinping', 'Xi'] }],
  },
  {
    text: 'The minister spoke with her British counterpart, James Cleverly, on Monday.',
    people: [{ name: 'James Cleverly', affiliation: 'United Kingdom' }],
  },
  {
    text: '"We will respond," said Kirby, adding that John Kirby had briefed reporters.',
    people: [{ name: 'John Kirby', mentions: ['Kirby', 'John Kirby'] }],
  },
  {
    text: 'Iranian commander Qasem Soleimani was killed near Baghdad airport.',
    people: [{ name: 'Qasem Soleimani', title: 'commander', affiliation: 'Iran' }],
    places: [{ name: 'Baghdad' }],
  },
  {
    text: 'Officials in the U.S. and the United States Congress disagreed; America abstained.',
    places: [{ name: 'United States', mentions: ['U.S.', 'America'] }],
  },
  {
    text: 'The Islamic State (IS) claimed the attack, the Pentagon said.',
    organizations: [{ name: 'Islamic State', mentions: ['Islamic State', 'IS'] }, { name: 'Pentagon' }],
  },
  {
    text: 'Shares of Siemens AG and Toyota Motor Corp. fell after the Ministry of Defence spoke.',
    organizations: [{ name: 'Siemens AG' }, { name: 'Toyota Motor Corp.' }, { name: 'Ministry of Defence' }],
  },
  {
    text: 'She studied at the University of Helsinki before joining Reuters.',
    organizations: [{ name: 'University of Helsinki' }, { name: 'Reuters' }],
  },
  {
    text: 'The Russia-Ukraine war reached Kherson.',
    places: [{ name: 'Russia' }, { name: 'Ukraine' }, { name: 'Kherson' }],
  },
  {
    text: 'Coalition jets destroyed an ISIL-held bridge near Russia-backed positions.',
    organizations: [{ name: 'Islamic State', mentions: ['ISIL'] }],
    places: [{ name: 'Russia' }],
  },
  {
    text: 'Melbourne radio station 3AW and Major League Soccer signed a deal; the 3D feed runs on 2GB cards.',
    organizations: [{ name: '3AW' }, { name: 'Major League Soccer' }],
    not: ['3D', '2GB'],
  },
  {
    text: 'The battalion marched from Kettleby to Pine Hollow, Oregon, and camped near Ashmoor.',
    places: [{ name: 'Pine Hollow' }, { name: 'Oregon' }, { name: 'Kettleby' }, { name: 'Ashmoor' }],
  },
  {
    text: 'Secretary Blinken met Minister for the Indo-Pacific Anne Trevelyan and Special Envoy Lincoln.',
    people: [{ name: 'Blinken', title: 'Secretary' }, { name: 'Anne Trevelyan' }, { name: 'Lincoln', title: 'Special Envoy' }],
    places: [{ name: 'Indo-Pacific' }],
  },
  {
    text: 'The League was founded in 1960.',
    not: ['League'],
  },
  {
    text: 'The Canadian League of Voters grew quickly. The League opposed the treaty.',
    organizations: [{ name: 'Canadian League of Voters', mentions: ['Canadian League of Voters', 'League'] }],
  },
  {
    text: 'Denver Nuggets beat the Toronto Raptors, Gulf Daily reported.',
    organizations: [{ name: 'Denver Nuggets' }, { name: 'Toronto Raptors' }, { name: 'Gulf Daily' }],
    not: ['Denver', 'Toronto'],
  },
  {
    text: 'Osama bin Laden was killed in Abbottabad.',
    people: [{ name: 'Osama bin Laden' }],
  },
  {
    text: 'The Kremlin said the Russian Federation had hit Kharkiv.',
    organizations: [{ name: 'Kremlin' }],
    places: [{ name: 'Russia', mentions: ['Russian Federation'] }, { name: 'Kharkiv' }],
  },
  {
    text: 'Defence Secretary Ana Ruiz flew to Kyiv. Later the Defence Secretary said talks went well, and the defence secretary of Poland agreed.',
    people: [{ name: 'Ana Ruiz', title: 'Defence Secretary', mentions: ['Ana Ruiz', 'Defence Secretary'] }],
    not: ['defence secretary'],
  },
  {
    text: 'Kurdish fighters, backed by the Alliance, pushed on; the Alliance said Operation Northern Shield had ended the Morales regime’s hold.',
    organizations: [{ name: 'Alliance', mentions: ['Alliance'] }, { name: 'Morales regime' }],
    not: ['Operation Northern Shield', 'Northern Shield'],
  },
  {
    text: 'The Iraqi government said U.S. forces and the Assad regime had both been warned by the Biden administration.',
    organizations: [{ name: 'Iraqi government' }, { name: 'U.S. forces' }, { name: 'Assad regime' }, { name: 'Biden administration' }],
  },
  {
    text: 'Strikes hit Tal Afar, Camp Speicher, the Mosul Dam and Qayyarah Airfield West, then Tikrit and Raqqah.',
    places: [{ name: 'Tal Afar' }, { name: 'Camp Speicher' }, { name: 'Mosul Dam' }, { name: 'Qayyarah Airfield West' }, { name: 'Tikrit' }, { name: 'Raqqah' }],
    not: ['Tal', 'Afar'],
  },
  {
    text: 'Tuesday was calm. Earlier, Patriot batteries fired. The HIMARS launchers moved in May.',
    not: ['Tuesday', 'Earlier', 'May', 'Patriot'],
  },
];

/** An entity-by-entity example as mentions: each named mention at the span of one of its occurrences, or the name itself where it occurs. */
function asMentions(ex: NameExample): Example {
  const expect: Expected[] = [];
  for (const [kind, list] of [['person', ex.people], ['organization', ex.organizations], ['place', ex.places]] as const) {
    for (const e of list ?? []) {
      const fields = { kind, name: e.name, ...('title' in e && e.title ? { title: e.title } : {}), ...('affiliation' in e && e.affiliation ? { affiliation: e.affiliation } : {}) };
      const texts = e.mentions ?? (ex.text.includes(e.name) ? [e.name] : []);
      if (texts.length === 0) expect.push(fields);
      for (const t of texts) expect.push({ text: t, nth: 'any', ...fields });
    }
  }
  return { text: ex.text, expect, ...(ex.not ? { absent: ex.not } : {}) };
}

export const examples: Example[] = EXAMPLES.map(asMentions);

/** Sentences that name no person, organization or place. */
export const negatives: string[] = [
  'The minister said on Monday that prices would rise again next year.',
  'Earlier, officials warned that the storm could hit on Tuesday.',
  'Asked about the deal, the spokesman declined to comment.',
];

/** Known misses (see the people issue): they must still fail; move one up when it passes. */
export const backlog: Example[] = [
  // a title stated only through the article's context: "the mayor" of a story about Taipei
  asMentions({
    text: 'The city mayor Hau Lung-bin opened the festival in Taipei.',
    people: [{ name: 'Hau Lung-bin', title: 'mayor', affiliation: 'Taipei' }],
  }),
];
