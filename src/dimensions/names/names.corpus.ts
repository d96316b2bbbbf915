// Name examples: the tests. Each example lists entities that must be found (by canonical
// name, with title and affiliation where given, and the mention texts, each at its exact
// span), and names that must not be found as any entity. They are written entity by entity
// and turned into the generic corpus shape (src/model/corpus.ts) below.
import type { Example, Expected } from '../../model/corpus.js';

export interface NameExample {
  text: string;
  /** a title or affiliation of null: the person must have none */
  people?: Array<{ name: string; title?: string | null; affiliation?: string | null; mentions?: string[] }>;
  organizations?: Array<{ name: string; mentions?: string[] }>;
  places?: Array<{ name: string; mentions?: string[] }>;
  /** strings that must not be extracted as any name */
  not?: string[];
}

const EXAMPLES: NameExample[] = [
  {
    // a chief minister heads the state named before the office; a justice is of the court named
    text: "Kerala Chief Minister Anil Menon said schools would reopen. The state's High Court ruled on Monday, and Chief Justice Meera Rao said more hearings were needed.",
    people: [
      { name: 'Anil Menon', title: 'Chief Minister', affiliation: 'Kerala' },
      { name: 'Meera Rao', title: 'Chief Justice', affiliation: 'High Court' },
    ],
  },
  {
    // a listed given name before a common word that heads no place, body or title; a club's town
    // before its player's possessive is the club, and the player its; a town after a fixture's "v"
    text: 'Leeds United beat Hull City 2-0 on Saturday. Leeds\'s Ivo Tamm scored twice and Declan Stone added a third. Next: Leeds United v Chelsea, Dec. 14.',
    people: [{ name: 'Declan Stone' }, { name: 'Ivo Tamm', affiliation: 'Leeds United' }],
    organizations: [{ name: 'Leeds United', mentions: ['Leeds United', 'Leeds', 'Leeds United'] }, { name: 'Chelsea' }],
  },
  {
    // a region of several words, one of them a place the lexicon knows ("Saxony"), is a region;
    // an office named by its kind of place is the place of that kind named last
    text: 'Lower Saxony owns a fifth of the voting shares. State premier Olaf Brandt said a deal was near. Floods hit North Rhine-Westphalia.',
    places: [{ name: 'Lower Saxony' }, { name: 'North Rhine-Westphalia' }],
    people: [{ name: 'Olaf Brandt', title: 'State premier', affiliation: 'Lower Saxony' }],
  },
  {
    // an unowned chairman is the company the story names most, as a chief executive is; not the
    // paper the story is told "according to", nor a government
    text: 'Korvane Foods said on Monday its chief executive would retire. Shares in Korvane fell. Chairman Lars Eide thanked him. According to the Harbor Times, the government wants a say. Chairwoman Ana Holt of the board agreed.',
    people: [{ name: 'Lars Eide', title: 'Chairman', affiliation: 'Korvane Foods' }],
  },
  {
    // the office one served as, in a relative clause after the name, before "under" its holder;
    // a dead leader under a dateline is no leader of the dateline's country
    text: 'MIAMI (AP) — Marta Solis, who served as treasurer under the late President Hugo Chavez, was convicted on Tuesday.',
    people: [{ name: 'Marta Solis', title: 'treasurer' }, { name: 'Hugo Chavez', title: 'President', affiliation: null }],
  },
  {
    // a party named after "whose", whose own name says it is a party
    text: 'Geert Vos, whose Freedom Front tabled the motion, called it a betrayal.',
    people: [{ name: 'Geert Vos', affiliation: 'Freedom Front' }],
  },
  {
    // the role one is appointed to "as", over a description set off before the name
    text: "The board voted to appoint the founder's daughter, Mia Laurent, as chief executive. Lawmakers confirmed his deputy, Tom Reyes, as treasurer.",
    people: [{ name: 'Mia Laurent', title: 'chief executive' }, { name: 'Tom Reyes', title: 'treasurer' }],
  },
  {
    // a regional governor's region is the place the sentence names before the office
    text: "A drone hit a block of flats in Dnipro, killing two people, regional governor Serhiy Lysak said. A fuel depot in Russia's Belgorod region burned, the regional governor, Vyacheslav Gladkov, said.",
    people: [
      { name: 'Serhiy Lysak', title: 'regional governor', affiliation: 'Dnipro' },
      { name: 'Vyacheslav Gladkov', title: 'regional governor', affiliation: 'Belgorod' },
    ],
  },
  {
    // a name that ends in its possessive, as shops and firms are named, before a verb no
    // contraction could open; a possessive before a noun stays the owner's
    text: "Harrod's said on Monday it would close two stores. Moody's Investors Service downgraded the bonds, and Fitch affirmed them. Mayor Ann Vole's plans were shelved.",
    organizations: [{ name: "Harrod's" }, { name: "Moody's Investors Service" }, { name: 'Fitch Ratings', mentions: ['Fitch'] }],
    people: [{ name: 'Ann Vole' }],
    not: ["Ann Vole's"],
  },
  {
    // the journal or paper a study or article appeared in
    text: 'The findings were published on Friday in The Varden Lamp. Writing in Civic Affairs, Ana Ruiz argued for talks. A study in Helix Medicine found a link. She was born in Paris.',
    organizations: [{ name: 'Varden Lamp' }, { name: 'Civic Affairs' }, { name: 'Helix Medicine' }],
    places: [{ name: 'Paris' }],
  },
  {
    // a field one "heads" for or at a body, in a relative clause after the name
    text: 'Priya Nair, who heads European sales for Halvorsen Pumps, said orders had slowed. Tom Ede, who heads risk at Corvane Bank, agreed.',
    people: [
      { name: 'Priya Nair', title: 'head of European sales', affiliation: 'Halvorsen Pumps' },
      { name: 'Tom Ede', title: 'head of risk', affiliation: 'Corvane Bank' },
    ],
  },
  {
    // a name before a weapon's noun is the weapon's model, no maker
    text: 'Norway will send two NASAMS systems and four Patriot launchers to Kyiv.',
    not: ['NASAMS', 'Patriot'],
  },
  {
    // a dean is a title; a title that is a given name too, before a single word, is the given name
    text: '"She changed the field," said Ines Varga, dean of the Porto School of Law. Dean Rusk Elementary closed. Dean Mallory said he would retire.',
    people: [{ name: 'Ines Varga', title: 'dean', affiliation: 'Porto School of Law' }, { name: 'Dean Mallory', title: null }],
  },
  {
    // a full name found to be a body gives no surname: the town in it stays a town
    text: 'Lena Park, architect of the Guggenheim Bilbao, dies at 90\n\nThe Guggenheim Museum in Bilbao, Spain, opened in 1997.',
    people: [{ name: 'Lena Park', mentions: ['Lena Park'] }],
    places: [{ name: 'Bilbao', mentions: ['Bilbao'] }],
  },
  {
    // two unknown name-shaped words opening a sentence are a person's name where a person's deed
    // follows, or where the surname opens another sentence with an age or "said"; the side a
    // player scored or starred for is the player's
    text: 'Ruhiko Tanabe netted twice for Velmora United on Saturday. Jorvash Kesari made 88. Kesari, 24, was dropped last month. Zoltan Ferenczy starred for the Harbor Hawks.',
    people: [
      { name: 'Ruhiko Tanabe', affiliation: 'Velmora United' },
      { name: 'Jorvash Kesari', mentions: ['Jorvash Kesari', 'Kesari'] },
      { name: 'Zoltan Ferenczy', affiliation: 'Harbor Hawks' },
    ],
  },
  {
    // a role of sport opening the sentence before the name
    text: 'Selector Imran Qadir told reporters the squad was settled. Umpire Lena Fisk gave him out.',
    people: [{ name: 'Imran Qadir', title: 'Selector' }, { name: 'Lena Fisk', title: 'Umpire' }],
  },
  {
    // a firm of surnames joined by an ampersand before the last; the firm one is "of" outranks a
    // client's possessive, which is a relation
    text: "Ortega's lawyer, Tom Reyes of Baxter Odell Pruitt & Lane, said his client would appeal. Credit Suisse declined to comment.",
    people: [{ name: 'Tom Reyes', title: 'lawyer', affiliation: 'Baxter Odell Pruitt & Lane' }],
    organizations: [{ name: 'Baxter Odell Pruitt & Lane' }, { name: 'Credit Suisse' }],
  },
  {
    // a role at a body's office in a place, set off before the name
    text: "A spokeswoman for the District Attorney's Office in Brooklyn, Lena Cruz, declined to comment.",
    people: [{ name: 'Lena Cruz', title: 'spokeswoman', affiliation: "District Attorney's Office" }],
  },
  {
    // a body "led by" a person whose name runs over an apostrophe; the head two parties share is
    // neither's alone
    text: "Ana Mora leads the Green Party. The Farmers' Party, led by Tomas Ulloa, won nine seats. The Workers' Union, headed by Rita Saenz, called a strike.",
    people: [
      { name: 'Ana Mora' },
      { name: 'Tomas Ulloa', title: 'leader', affiliation: "Farmers' Party" },
      { name: 'Rita Saenz', title: 'head', affiliation: "Workers' Union" },
    ],
  },
  {
    // a name of no known shape that a person just before is "from" is no person: a place where it
    // ends in a compass point
    text: 'The bill was tabled by Omondi Kerubo, a legislator from Nyaribari North, and opposed by Wanjiru Gitau, an adviser from Kestrel Maruti.',
    people: [
      { name: 'Omondi Kerubo', title: 'legislator', affiliation: 'Nyaribari North' },
      { name: 'Wanjiru Gitau', title: 'adviser', affiliation: 'Kestrel Maruti' },
    ],
    places: [{ name: 'Nyaribari North' }],
    organizations: [{ name: 'Kestrel Maruti' }],
  },
  {
    // the buyer a business was sold to, or bought by, over a country's possessive
    text: "The shipping line was sold to Norway's Hoegh Wallenius in 2021. Its rival had been bought by Rasmussen Tankers. The group sold the ferry arm of the business to Ostra Kvell.",
    organizations: [{ name: 'Hoegh Wallenius' }, { name: 'Rasmussen Tankers' }, { name: 'Ostra Kvell' }],
  },
  {
    // in a match report, a name after "host" made a verb by "who" or "will" is the opponent
    text: 'Lazio beat Torino 2-1 on Sunday. Lazio, who host Atalanta next weekend, moved up to fourth. Torino will host Empoli.',
    organizations: [{ name: 'Atalanta' }, { name: 'Empoli' }],
  },
  {
    // examples of a kind of body are bodies, each of the list; of a kind that is as often people
    // (investors, producers), a single word of no person's shape is no person
    text: 'Brewers such as Carlsberg, Heineken and Molson said prices would rise. The startup raised money from investors including Accel and Index.',
    organizations: [{ name: 'Carlsberg' }, { name: 'Heineken' }, { name: 'Molson' }],
    not: ['Accel'],
  },
  {
    text: 'Regional lenders including Torvik and Alsmark cut their rates, while investors such as Warren Buffett held on.',
    organizations: [{ name: 'Torvik' }, { name: 'Alsmark' }],
    people: [{ name: 'Warren Buffett' }],
  },
  {
    // a given name that is also a town's, before a word the lexicon does not know, opens a
    // person's name; before a word, a head or a newspaper's name it opens a body's
    text: 'Austin Reaves scored 31 points, the Orlando Sentinel reported. Warren Buffett was in the crowd with the Orlando Magic owner.',
    people: [{ name: 'Austin Reaves' }, { name: 'Warren Buffett' }],
    organizations: [{ name: 'Orlando Sentinel' }, { name: 'Orlando Magic' }],
  },
  {
    // a name of a few words set off by commas after a body's noun
    text: 'The band, Velvet Lanterns, said the tour would go ahead. The charity, Hope Runs Deep, said it had raised $2 million.',
    organizations: [{ name: 'Velvet Lanterns' }, { name: 'Hope Runs Deep' }],
  },
  {
    // a name described as a body over a compound describing word
    text: 'Feldhaus, a Munich-based robotics startup, said it had raised $30 million.',
    organizations: [{ name: 'Feldhaus' }],
  },
  {
    // a family's name given a company before the family's people is the company's where it stands alone
    text: 'Shares in Marbeck fell 6 percent. Marbeck, a family-owned tile maker, was founded by Ernst Marbeck in 1950. Marbeck\'s chairman, Lena Vogt, said the plant would close.',
    organizations: [{ name: 'Marbeck', mentions: ['Marbeck', 'Marbeck', 'Marbeck'] }],
    people: [{ name: 'Ernst Marbeck' }, { name: 'Lena Vogt', title: 'chairman', affiliation: 'Marbeck' }],
  },
  {
    // ... and the person's after the person was named first, but where its words trade it
    text: 'Ernst Marbeck founded the firm in 1950. Marbeck said on Monday he would retire. Shares in Marbeck fell.',
    people: [{ name: 'Ernst Marbeck', mentions: ['Ernst Marbeck', 'Marbeck'] }],
    organizations: [{ name: 'Marbeck', mentions: ['Marbeck'] }],
  },
  {
    // a code in capitals that a gazetteer also lists is the one body of the document with those
    // initials
    text: "Britain's Serious Fraud Office brought the case. The SFO's director said the verdict was clear.",
    organizations: [{ name: 'Serious Fraud Office', mentions: ['Serious Fraud Office', 'SFO'] }],
  },
  {
    // a list of people each after a body's or country's possessive: a country's possessive after a
    // comma opens the next item, no region of the name before it
    text: "NASA's Zena Cardman led the crew, joined by NASA's Mike Fincke, Japan's Kimiya Yui and Russia's Oleg Platonov.",
    people: [
      { name: 'Mike Fincke', affiliation: 'NASA' },
      { name: 'Kimiya Yui', affiliation: 'Japan' },
      { name: 'Oleg Platonov', affiliation: 'Russia' },
    ],
  },
  {
    // a describing word opening the sentence, capitalised only for that, is no body
    text: 'Far-right candidate Tomas Vidal won the runoff. Centre-left leader Ana Ruiz conceded.',
    people: [
      { name: 'Tomas Vidal', title: 'candidate', affiliation: null },
      { name: 'Ana Ruiz', title: 'leader', affiliation: null },
    ],
  },
  {
    // "ex-" before a club's or company's name before a role: the body, and a former role; a
    // minister "of" a portfolio under a dateline is the dateline country's; a person's possessive
    // with the office before the name is a relation, no body
    text: 'KYIV (Reuters) - Ex-Everton striker Tom Hale said the club had lost its way. Minister of Digital Transformation Ivan Marko announced the plan. Polish Foreign Minister Ada Nowak\'s spokesman, Jan Wrona, confirmed the visit.',
    people: [
      { name: 'Tom Hale', title: 'former striker', affiliation: 'Everton' },
      { name: 'Ivan Marko', title: 'Minister of Digital Transformation', affiliation: 'Ukraine' },
      { name: 'Jan Wrona', title: 'spokesman', affiliation: 'Poland' },
    ],
  },
  {
    // a regnal name without its number is the one named with it
    text: 'Pope Clement XV gave his first Christmas message. Clement, elected in May, called for peace.',
    people: [{ name: 'Clement XV', title: 'Pope', mentions: ['Clement XV', 'Clement'] }],
  },
  {
    // the role a sentence says its subject holds, after "is" or "was"; not what one claimed of
    // another; a central bank is the country's, no company named before
    text: 'Maria Chen is chief economist at Harbor Capital in Singapore. Lawyers claimed Ada Varga was a volunteer. The central bank\'s governor, Ravi Menon, said growth would pick up.',
    people: [
      { name: 'Maria Chen', title: 'chief economist', affiliation: 'Harbor Capital' },
      { name: 'Ada Varga', title: null },
      { name: 'Ravi Menon', title: 'governor', affiliation: null },
    ],
  },
  {
    // the office one is named to outranks the description before the name; a name without its
    // last part is the person named in full before
    text: 'JAKARTA (Reuters) - President Budi Santoso on Wednesday named economist Dewi Sari Lestari as finance minister, replacing Rini Ayu Kartika. Rini Ayu, a former World Bank managing director, had served three presidents.',
    people: [
      { name: 'Dewi Sari Lestari', title: 'finance minister', affiliation: 'Indonesia' },
      { name: 'Rini Ayu Kartika', title: 'former managing director', affiliation: 'World Bank', mentions: ['Rini Ayu Kartika', 'Rini Ayu'] },
    ],
  },
  {
    // a dateline's town no gazetteer knows, before a U.S. state's abbreviation, is a place and makes
    // a national office the United States'; a name set off after a person's noun is no body though
    // it opens with a town; describing words between "of the" and a party
    text: 'MAYFIELD, Ky. (AP) — President Ann Holt approved aid. The vote came after Lopez\'s former right-hand man, Santos Cerdan, was jailed. Opposition leader Tomas Vidal of the conservative Unity Party (UP) said the government was paralysed.',
    places: [{ name: 'Mayfield', mentions: ['MAYFIELD'] }],
    people: [
      { name: 'Ann Holt', title: 'President', affiliation: 'United States' },
      { name: 'Santos Cerdan' },
      { name: 'Tomas Vidal', title: 'Opposition leader', affiliation: 'Unity Party' },
    ],
  },
  {
    // an unowned company officer is the company the story is about (named most), not the last
    // customer listed; a governor near a central bank is the bank's; a street named after someone
    // is no person
    text: 'Halvik Corp forecast revenue above estimates, as demand from cloud providers such as Microsoft, Vortiq and Plendra grew. Halvik shares rose. "Sales are strong," Chief Executive Tomas Berg said. The Bank of Canada held rates, and Deputy Governor Carolyn Rogers said more data was needed. The body was found on Ashley Road.',
    people: [
      { name: 'Tomas Berg', title: 'Chief Executive', affiliation: 'Halvik Corp' },
      { name: 'Carolyn Rogers', title: 'Deputy Governor', affiliation: 'Bank of Canada' },
    ],
    not: ['Ashley Road'],
  },
  {
    // a title an editor put in square brackets before the name; a thing named after a person
    // named before, after "the", is no person; an award's "-winner" is no name
    text: 'Ada Varga painted the series. "Every pilot, including [former Halvik Air CEO] Tomas Berg, trained here," she said. The Varga Polaroids and the Varga Factory drew crowds, and the Booker Prize-winner spoke.',
    people: [{ name: 'Tomas Berg', title: 'former CEO', affiliation: 'Halvik Air' }, { name: 'Ada Varga' }],
    not: ['Varga Polaroids', 'Varga Factory', 'Booker Prize-winner'],
  },
  {
    // a city named with its article, in a dateline's capitals
    text: 'THE HAGUE, Netherlands (AP) — Judges set a trial date on Tuesday.',
    places: [{ name: 'The Hague', mentions: ['THE HAGUE'] }, { name: 'Netherlands' }],
    not: ['HAGUE'],
  },
  {
    // the body that hires or fires the holder of a role named before the name: a club by its
    // town, a company, a country; a town before a company's officer is the club; a ranked leader
    // of a body "led by" him; a company's name ending in "Platforms"
    text: 'Everton fired manager Sean Dyche on Monday. "We thank Sean," Everton chief executive Colin Chong said. The militia, the Popular Front, led by General Idris Kamal, seized the town. Regulators fined Vortiq Platforms.',
    people: [
      { name: 'Sean Dyche', title: 'manager', affiliation: 'Everton' },
      { name: 'Colin Chong', title: 'chief executive', affiliation: 'Everton' },
      { name: 'Idris Kamal', title: 'General', affiliation: 'Popular Front' },
    ],
    organizations: [{ name: 'Vortiq Platforms' }],
  },
  {
    // a large U.S. city's dateline, which AP writes without its state, gives a governor the state
    text: 'PHOENIX (AP) — Gov. Katie Hobbs signed the bill on Monday.',
    people: [{ name: 'Katie Hobbs', title: 'Gov.', affiliation: 'Arizona' }],
  },
  {
    // a known body's name with a connector stays whole; a treaty is no body; names listed before a
    // product's noun are models, not makers
    text: 'The far-right Alternative for Germany came second. Oslo quit the Kyoto Protocol and the Ottawa Treaty. The recall covers Zentra, Vexo and RX9 models.',
    organizations: [{ name: 'Alternative for Germany' }],
    not: ['Kyoto Protocol', 'Ottawa Treaty', 'Zentra', 'Vexo', 'RX9'],
  },
  {
    // a middle name alone, by which some are known, is the person named in full before it
    text: 'President Joaquim Dantas Tavo da Costa signed the law. "The forest cannot wait," Tavo said.',
    people: [{ name: 'Joaquim Dantas Tavo da Costa', title: 'President', mentions: ['Joaquim Dantas Tavo da Costa', 'Tavo'] }],
  },
  {
    // a body's portfolio of two fields, the second of two words, is one name
    text: 'The fire was 10% contained, according to the Oregon Department of Forestry and Wildfire Response.',
    organizations: [{ name: 'Oregon Department of Forestry and Wildfire Response' }],
    not: ['Wildfire Response'],
  },
  {
    // a town that people are in, of or near, known to no gazetteer, and one after "Near" opening a
    // sentence, whose particle ("Al") made a name of the preposition
    text: 'Near Al Qurnah, one strike destroyed a tank. Aid reached civilians in Zabadin on Monday, and the people of Tel Kassar cheered.',
    places: [{ name: 'Al Qurnah' }, { name: 'Zabadin' }, { name: 'Tel Kassar' }],
    not: ['Near Al Qurnah'],
  },
  {
    // a company's officer is the company the story is about, not one named only as its parent's
    // child or its rival
    text: 'Corvane Holdings beat estimates, and the Vortiq parent raised its forecast. "Demand is strong," Chief Executive Lisa Moro said. Shares of rival Plendra fell. Chief Financial Officer Tom Reyes said costs would rise.',
    people: [
      { name: 'Lisa Moro', title: 'Chief Executive', affiliation: 'Corvane Holdings' },
      { name: 'Tom Reyes', title: 'Chief Financial Officer', affiliation: 'Corvane Holdings' },
    ],
  },
  {
    // a word the lexicon does not know, opening a sentence before a known surname, opens the name
    // (whatever its ending made the tagger guess: "-ish"); one person listed with names made of
    // unknown words makes them people; a town after "a house in" is a place, though shaped like a
    // person's name
    text: 'Tanish Kumar, who has been chief minister since 2015, will be sworn in. Butch Marlow and Suni Williams returned on Friday. A strike on a house in Khan Yunis killed five. The Foreign Secretary, Ann Blythe, said so.',
    people: [
      { name: 'Tanish Kumar', title: 'chief minister' },
      { name: 'Butch Marlow' },
      { name: 'Suni Williams' },
      { name: 'Ann Blythe' },
    ],
    places: [{ name: 'Khan Yunis' }],
    not: ['Foreign Secretary'],
  },
  {
    // a surname that is a common noun, opening a sentence or after a quote, before a verb or a
    // possessive, is the person named in full before (not a modal: "Will" stays a word)
    text: 'Marta Gardener won the final. "It was hard," Gardener said. Gardener will defend her title in May, and Gardener\'s coach agreed. Will she play? Tom Will said no.',
    people: [{ name: 'Marta Gardener', mentions: ['Marta Gardener', 'Gardener'] }, { name: 'Tom Will', mentions: ['Tom Will'] }],
  },
  {
    // aid and rights bodies whose names are common words, opening a sentence before "said"
    text: 'The World Food Programme said stocks were low. Human Rights Watch said 40 people died. Doctors Without Borders said its clinic was hit. The Red Cross said it would help.',
    organizations: [{ name: 'World Food Programme' }, { name: 'Human Rights Watch' }, { name: 'Doctors Without Borders' }, { name: 'Red Cross' }],
  },
  {
    // a name of no known kind listed with companies is a company; one that opens with a word
    // that names a company elsewhere is that company in full; a prize is no person or body
    text: 'The group, which represents Vortiq, Google and Plendra, sued. Kestrel Varno will cut 900 jobs. Shares in Kestrel fell. Its founder won the Wolf Prize and the Stanley Cup.',
    organizations: [
      { name: 'Vortiq' },
      { name: 'Plendra' },
      { name: 'Kestrel Varno', mentions: ['Kestrel Varno', 'Kestrel'] },
    ],
    not: ['Wolf Prize', 'Stanley Cup', 'Wolf', 'Stanley'],
  },
  {
    // ... but a surname alone beside a body is no body, nor are common words listed with one
    text: 'Thousands were killed at the hands of Assad and ISIL. Currently, Tessaro Design makes chairs.',
    not: ['Assad', 'Currently'],
  },
  {
    // the same office named again more fully gives its body to the first mention; "Government
    // spokesman" under a dateline is the dateline country's
    text: 'HARARE, Zimbabwe (AP) - Police detained opposition leader Tawanda Moyo on Friday. Moyo, who leads the Citizens Alliance, denied the charges. Government spokesman Nick Mangwana said the case was a police matter.',
    people: [
      { name: 'Tawanda Moyo', title: 'opposition leader', affiliation: 'Citizens Alliance' },
      { name: 'Nick Mangwana', title: 'spokesman', affiliation: 'Zimbabwe' },
    ],
  },
  {
    // a market's region or people before a lower-case field stays in the title, the firm after
    // "at" is the affiliation; a firm's name may open with a role word ("Principal"); a global
    // remit is part of the role
    text: '"Rates will fall," said Nora Lind, head of Asian credit research at Nomura. Pia Holm, chief global economist at Principal Capital Group, disagreed. "Not yet," said Ravi Mehta, head of U.S. equity sales at Citigroup.',
    people: [
      { name: 'Nora Lind', title: 'head of Asian credit research', affiliation: 'Nomura' },
      { name: 'Pia Holm', title: 'chief global economist', affiliation: 'Principal Capital Group' },
      { name: 'Ravi Mehta', title: 'head of U.S. equity sales', affiliation: 'Citigroup' },
    ],
    not: ['Asian'],
  },
  {
    // a political family between a country's possessive and the office describes the holder, the
    // country is the affiliation (a portfolio stays the office's); "ex-" before a portfolio is a
    // former office, no body
    text: "Portugal's Socialist Prime Minister Rui Vale met Ireland's centre-right Taoiseach Aine Byrne. Chile's Labour Minister Rosa Paz and ex-Finance Minister Hugo Lara spoke.",
    people: [
      { name: 'Rui Vale', title: 'Prime Minister', affiliation: 'Portugal' },
      { name: 'Aine Byrne', title: 'Taoiseach', affiliation: 'Ireland' },
      { name: 'Rosa Paz', title: 'Labour Minister', affiliation: 'Chile' },
      { name: 'Hugo Lara', title: 'former Finance Minister', affiliation: null },
    ],
    not: ['Socialist', 'Ex-Finance'],
  },
  {
    // a former national office under a dateline, written with "ex-", is the dateline country's too
    text: 'LISBON (Reuters) - Ex-Finance Minister Hugo Lara was charged on Monday.',
    people: [{ name: 'Hugo Lara', title: 'former Finance Minister', affiliation: 'Portugal' }],
  },
  {
    // a surname that is a word for a doer after a given name that is no word; a nationality set
    // off after a name is the affiliation (over an age and describing words), also after a surname
    // alone, which is the unsuffixed one's when a father and son are named
    text: 'Italian Jannik Sinner beat Tomas Reyes, 31, the Chilean left-hander, in Turin. Reyes, a former junior champion, had beaten Ines Gardener, a Portuguese teenager. Alexander Zverev and his father, Alexander Zverev Sr., watched. Zverev, the German second seed, plays next.',
    people: [
      { name: 'Jannik Sinner', affiliation: 'Italy' },
      { name: 'Tomas Reyes', affiliation: 'Chile' },
      { name: 'Ines Gardener', affiliation: 'Portugal' },
      { name: 'Alexander Zverev', affiliation: 'Germany', mentions: ['Alexander Zverev', 'Zverev'] },
      { name: 'Alexander Zverev Sr.', affiliation: null },
    ],
    not: ['Turin Reyes'],
  },
  {
    // a place's compound ("-born", "-based") stays in the role after the name; a title in
    // quotation marks names a work, no body
    text: 'Lena Ortiz, the Chilean-born violinist who won a Grammy for "East River Nights," has died. Omar Said, a Dubai-based analyst at Halcott Capital, spoke.',
    people: [
      { name: 'Lena Ortiz', title: 'violinist' },
      { name: 'Omar Said', title: 'analyst', affiliation: 'Halcott Capital' },
    ],
    not: ['East River Nights'],
  },
  {
    // a city after "host" in a schedule is the side hosted, no person titled "Host"
    text: 'BOSTON (AP) - The Hawks beat the Boston Celtics 101-99 on Tuesday night.\n\nUP NEXT\nCeltics: Host Atlanta on Saturday.',
    places: [{ name: 'Atlanta' }],
  },
  {
    // a name of no known kind opening a sentence before ", which" and its verb, or between an
    // article and the staff it employs, is a body (not a place after "of": "the island of Divar, which")
    text: 'A court jailed a former Corvane trader on Friday.\nHalvex, which paid a fine in 2012, declined to comment. The island of Tarvo, which lies offshore, was cut off.',
    organizations: [{ name: 'Corvane' }, { name: 'Halvex' }],
    places: [{ name: 'Tarvo' }],
  },
  {
    // "from" after a verb of taking away is no affiliation; "featuring" opens no title
    text: 'The label tried to remove a video featuring singer Lena Vos from YouTube. Omar Diaz from Halvik spoke.',
    people: [
      { name: 'Lena Vos', title: 'singer', affiliation: null },
      { name: 'Omar Diaz', affiliation: 'Halvik' },
    ],
  },
  {
    // a given name and a surname that is a town's or a state's, mid-sentence, are a person
    text: 'The chief operating officer will be succeeded by Robin Washington, the company said, and the board named Grace Dallas as treasurer.',
    people: [{ name: 'Robin Washington' }, { name: 'Grace Dallas', title: 'treasurer' }],
  },
  {
    // the body one is said to lead, found or chair, set off before: its role and the body; a
    // party's family before "leader" is the document's party of that name
    text: 'The nationalist Patria party, led by Ivo Brandt, came third. Halvik, founded by Ana Ruiz in 2009, was sold. The Socialist Party took 23%, and Socialist leader Rui Mota resigned.',
    people: [
      { name: 'Ivo Brandt', title: 'leader', affiliation: 'Patria' },
      { name: 'Ana Ruiz', title: 'founder', affiliation: 'Halvik' },
      { name: 'Rui Mota', title: 'leader', affiliation: 'Socialist Party' },
    ],
    organizations: [{ name: 'Patria' }],
  },
  {
    // a side's position before a player's name is a title, whatever a town the given name is
    text: 'Denver Broncos kicker Austin Mercer missed twice, and Pakistan wicketkeeper Asad Rauf was injured. India opener KL Rahul made 84.',
    people: [
      { name: 'Austin Mercer', title: 'kicker', affiliation: 'Denver Broncos' },
      { name: 'Asad Rauf', title: 'wicketkeeper', affiliation: 'Pakistan' },
      { name: 'KL Rahul', title: 'opener', affiliation: 'India' },
    ],
  },
  {
    // the word that makes a field of a plural noun stays in the title: "infectious diseases", "human rights"
    text: 'Chidi Eze, a Nigerian infectious diseases specialist, said the outbreak was contained. Rosa Lind, a human rights lawyer, disagreed.',
    people: [
      { name: 'Chidi Eze', title: 'infectious diseases specialist', affiliation: 'Nigeria' },
      { name: 'Rosa Lind', title: 'human rights lawyer' },
    ],
  },
  {
    // a role "of" or "at" a body whose name runs on into the person's, with no comma
    text: 'Regional director of the Ohio chapter of the Society for Rural Health Tom Hale said funds were short.\nA lead researcher at Karolinska Institute Ana Berg found the link.',
    people: [
      { name: 'Tom Hale', title: 'Regional director', affiliation: 'Society for Rural Health' },
      { name: 'Ana Berg', title: 'lead researcher', affiliation: 'Karolinska Institute' },
    ],
    organizations: [{ name: 'Society for Rural Health' }, { name: 'Karolinska Institute' }],
  },
  {
    // an acronym in capitals opening a sentence is a body ("WHO" is no question word); "General"
    // closes an office after its lower-case word, with the body before it; an adjective that opens
    // a body's name stays in it at a sentence's start
    text: 'WHO spokesman Tarik Lund said cases were rising.\nCivil Aviation Authority director General Omar Faris said flights would resume.\nCentral Election Commission figures showed turnout of 61%.',
    people: [
      { name: 'Tarik Lund', title: 'spokesman', affiliation: 'WHO' },
      { name: 'Omar Faris', title: 'director General', affiliation: 'Civil Aviation Authority' },
    ],
    organizations: [{ name: 'Civil Aviation Authority' }, { name: 'Central Election Commission' }],
  },
  {
    // the body after a country's possessive, "of" after a name, with a foreign article kept
    text: "The jury included Marta Leone of Italy's il Mattino and Jon Ruiz of Spain's Iberdrola.",
    people: [
      { name: 'Marta Leone', affiliation: 'il Mattino' },
      { name: 'Jon Ruiz', affiliation: 'Iberdrola' },
    ],
  },
  {
    // a name of no known kind set off by a person's noun is a person, of the country its demonym names
    text: 'Oriane Lyon, a Canadian mother of three, said she was detained for a week.',
    people: [{ name: 'Oriane Lyon', affiliation: 'Canada' }],
  },
  {
    // the body after a country's possessive in a role's complement; "the company" is no hospital
    text: 'The merger was cleared by Kurt Vogel, the head of Austria\'s Federal Competition Authority. Ola Nordmann, a nurse at Bergen City Hospital, was hurt. The company\'s founder, Li Wei, resigned.',
    people: [
      { name: 'Kurt Vogel', title: 'head', affiliation: 'Federal Competition Authority' },
      { name: 'Li Wei', affiliation: null },
    ],
  },
  {
    // a lawmaker "of" a state is the state's; one "of" a town with no office only lives there
    text: 'Sen. Ruth Varga of Vermont and Rep. Tom Ellis of Oregon opposed the bill. Ana Holt of Salem, a teacher, backed it.',
    people: [
      { name: 'Ruth Varga', title: 'Sen.', affiliation: 'Vermont' },
      { name: 'Tom Ellis', title: 'Rep.', affiliation: 'Oregon' },
    ],
  },
  {
    // the role one is appointed to, "as its" office, is the appointer's and outranks a
    // description of what one was; a body before two roles joined by "and" is the second's too
    text: 'Halvik Motors on Tuesday named Ines Moro, a former Google executive, as its chief operating officer. Halvik co-founder and Chief Executive Lars Dahl said she would start in March.',
    people: [
      { name: 'Ines Moro', title: 'chief operating officer', affiliation: 'Halvik Motors' },
      { name: 'Lars Dahl', title: 'Chief Executive', affiliation: 'Halvik Motors' },
    ],
  },
  {
    // a position stated after the name outranks a style of the church or a court
    text: 'Archbishop Tomas Varga, the head of the Hungarian bishops conference, met Sheikh Khalid bin Saif, the emir of Dunmar, on Monday.',
    people: [
      { name: 'Tomas Varga', title: 'head' },
      { name: 'Khalid bin Saif', title: 'emir' },
    ],
  },
  {
    // the town a settlement is in, though shaped like a person's name
    text: 'A shell hit a refugee camp in Dara Salim on Monday, and a village near Omar Kadi was evacuated. The album closes with a cover of Cities in Dust.',
    places: [{ name: 'Dara Salim' }, { name: 'Omar Kadi' }],
    not: ['Dust'],
  },
  {
    // a counterpart holds the office of the one "his" or "her" stands for, in the country its
    // demonym names, set off by commas or not
    text: 'Latvian Foreign Minister Ilze Berzina called for new sanctions, while her Czech counterpart, Pavel Novak, urged caution. Danish Defence Minister Ole Lund will meet his Finnish counterpart Aino Virtanen on Friday.',
    people: [
      { name: 'Pavel Novak', title: 'Foreign Minister', affiliation: 'Czechia' },
      { name: 'Aino Virtanen', title: 'Defence Minister', affiliation: 'Finland' },
    ],
  },
  {
    // "the company" is the story's own company, the one it names most, not a broker quoted since
    text: 'Halvik Motors Inc. said on Tuesday it would close two plants. Halvik shares fell 4%. Analysts at Corvane, including Rui Sousa, expected more cuts.\n\nThe company\'s chief financial officer, Ana Weir, will present results on Jan. 28.',
    people: [
      { name: 'Ana Weir', title: 'chief financial officer', affiliation: 'Halvik Motors Inc.' },
      { name: 'Rui Sousa', affiliation: 'Corvane' },
    ],
  },
  {
    // a company's first word alone is the company in its legal form, not a division named with it
    text: 'Kestrel Dynamics Inc. said on Monday it would cut 800 jobs. Kestrel Europe head Mia Sand said plants in Poland would close. Kestrel shares fell 3%.',
    organizations: [{ name: 'Kestrel Dynamics Inc.', mentions: ['Kestrel Dynamics Inc.', 'Kestrel'] }, { name: 'Kestrel Europe' }],
    people: [{ name: 'Mia Sand', title: 'head', affiliation: 'Kestrel Europe' }],
  },
  {
    // how the office was won stands between the possessive and the office
    text: "Bolivia's newly elected President Marta Quispe and the country's democratically elected Vice President Luis Choque arrived.",
    people: [
      { name: 'Marta Quispe', title: 'President', affiliation: 'Bolivia' },
    ],
  },
  {
    // a byline names the writers, people, whatever their surnames also mean; the agency after a
    // comma stays an organization
    text: 'Mill town votes on plant\n\nBy Sarah Mills and Tom Banks, Reuters\n\nLEEDS (Reuters) - Workers voted on Monday.',
    people: [{ name: 'Sarah Mills' }, { name: 'Tom Banks' }],
    organizations: [{ name: 'Reuters' }],
  },
  {
    text: 'BY ANNA COOK\nAssociated Press\n\nBOSTON (AP) - The council met on Tuesday.',
    people: [{ name: 'Anna Cook' }],
  },
  {
    // "the charity's chairwoman" is the officer of a charity, not of the court named before; the
    // court's own officer is the court's
    text: 'Hooper was sentenced at Westfield District Court on Thursday. The charity\'s chairwoman, Margaret Lin, said the sentence was fair. The court\'s chief judge, Paul Dunn, declined to comment.',
    people: [{ name: 'Margaret Lin', title: 'chairwoman', affiliation: null }, { name: 'Paul Dunn', title: 'chief judge', affiliation: 'Westfield District Court' }],
  },
  {
    // a club's role after the club's short name opening the sentence, a word the tagger reads as an
    // adjective ("United", "Real"); a dateline's country is no player's team
    text: 'MANCHESTER, England (AP) - Rasmus Hojlund scored as Manchester United beat Aston Villa 2-1 on Sunday.\n"He deserved that," United manager Erik ten Hag said. Real Madrid host Sevilla next. Real coach Carlo Ancelotti was calm.',
    people: [
      { name: 'Rasmus Hojlund', affiliation: null },
      { name: 'Erik ten Hag', title: 'manager', affiliation: 'Manchester United' },
      { name: 'Carlo Ancelotti', title: 'coach', affiliation: 'Real Madrid' },
    ],
  },
  {
    // letters of rank or honour after a name are no part of it; a party's name before "MP" is the
    // affiliation; an office whose "of" names no body is one title
    text: 'His lawyer, barrister Tom Harrison SC, told the court the money was repaid. The Director of Public Prosecutions, Sally Dowling SC, had sought more. Labour MP Jess Phillips and Dame Judi Dench CBE attended. The Leader of the Opposition, Kemi Badenoch, and Keir Starmer, the leader of the Labour Party, spoke.',
    people: [
      { name: 'Tom Harrison', title: 'barrister', mentions: ['Tom Harrison'] },
      { name: 'Sally Dowling', title: 'Director of Public Prosecutions', affiliation: null },
      { name: 'Jess Phillips', title: 'MP', affiliation: 'Labour Party' },
      { name: 'Judi Dench' },
      { name: 'Kemi Badenoch', title: 'Leader of the Opposition', affiliation: null },
      { name: 'Keir Starmer', title: 'leader', affiliation: 'Labour Party' },
    ],
    not: ['Public Prosecutions', 'Opposition'],
  },
  {
    // bodies from what the story says of them: the list a takeover's or owner's verb takes, the
    // employer of analysts, a brand in camel case before ", whose" and an officer; a headline's
    // first word written in lower case elsewhere is a common word, and a person's surname that
    // the lexicon knows as a company is no company to give an officer
    text: 'Airline shares slide\n\nIAG, which also owns Iberia, Vueling and Aer Lingus, fell 6%. "We are hedged," finance chief Nicholas Cadbury said. "It is hard," Cadbury added. Rival easyJet, whose chief executive Kenton Jarvis took over in January, said airlines faced a loss. Analysts at Jefferies cut their target.',
    people: [{ name: 'Kenton Jarvis', title: 'chief executive', affiliation: 'easyJet' }],
    organizations: [{ name: 'Iberia' }, { name: 'Vueling' }, { name: 'Aer Lingus' }, { name: 'easyJet' }, { name: 'Jefferies' }],
    not: ['Airline'],
  },
  {
    // a lawmaker described by state and party after the name, or by party before it: the party
    // is the affiliation, and "Idaho Republican" names no body
    text: 'Sen. Mike Crapo, the Idaho Republican who chairs the committee, backed him. The panel\'s top Democrat, Sen. Ron Wyden of Oregon, voted no.',
    people: [
      { name: 'Mike Crapo', title: 'Sen.', affiliation: 'Republican Party' },
      { name: 'Ron Wyden', title: 'Sen.', affiliation: 'Democratic Party' },
    ],
    not: ['Idaho Republican'],
  },
  {
    // of two offices held together the title is the one next to the name (before it) or the first
    // (after it), the body found past both
    text: 'Arvelle Therapeutics agreed to the deal. Arvelle\'s founder and CEO, Dr. Maya Lindqvist, will stay. Ann Lee, the chairman and CEO of Acme Corp, spoke. British historian and broadcaster Dan Reyes wrote. Nancy Northup, the center\'s president and chief executive, left the Center for Reproductive Rights.',
    people: [
      { name: 'Maya Lindqvist', title: 'CEO', affiliation: 'Arvelle Therapeutics' },
      { name: 'Ann Lee', title: 'chairman', affiliation: 'Acme Corp' },
      { name: 'Dan Reyes', title: 'broadcaster', affiliation: 'United Kingdom' },
      { name: 'Nancy Northup', title: 'president', affiliation: null },
    ],
  },
  {
    // a national office under a dateline that follows a headline naming a place of its own
    text: 'Judge blocks Texas abortion rule\n\nAUSTIN, Texas (AP) — A judge ruled on Friday.\n\nFormer President Barack Obama appointed him.',
    people: [{ name: 'Barack Obama', title: 'Former President', affiliation: 'United States' }],
  },
  {
    // a country reached through its capital is named as the country is: one name per country
    text: 'ANKARA (Reuters) - Interior Minister Ali Yerlikaya spoke. Greece called its Turkish counterpart, Hakan Fidan, on Monday.',
    people: [
      { name: 'Ali Yerlikaya', title: 'Interior Minister', affiliation: 'Turkey' },
      { name: 'Hakan Fidan', affiliation: 'Turkey' },
    ],
  },
  {
    // a noun for one person of a nation names no organization and gives a player's country
    text: 'Italy\'s Mattia Rossi avenged his loss to the Spaniard in Paris. Pole Iga Swiatek routed the 22-year-old Briton.',
    people: [{ name: 'Mattia Rossi', affiliation: 'Italy' }, { name: 'Iga Swiatek', affiliation: 'Poland' }],
    not: ['Spaniard', 'Briton'],
  },
  {
    // British court and police copy: ranks abbreviated without full stops, a force two counties
    // share, a court named with its city and no day after it, a relative named after a kin noun
    text: 'Vance is survived by his wife of 60 years, Grace; two daughters; and a son. Liam Doyle was told by Mr Justice Cotter at Bristol Crown Court on Friday that he must serve 28 years. Det Insp Claire Moreton, of Avon and Somerset Police, said he was dangerous. Mr Hussain\'s daughter, Sana, told the court her family had been torn apart.',
    people: [
      { name: 'Cotter', title: 'Justice', affiliation: 'Bristol Crown Court' },
      { name: 'Claire Moreton', title: 'Det Insp', affiliation: 'Avon and Somerset Police' },
      { name: 'Sana' },
      { name: 'Grace' },
    ],
    organizations: [{ name: 'Avon and Somerset Police' }],
    not: ['Crown Court on Friday', 'Insp Claire Moreton'],
  },
  {
    // the employer of analysts though its name is shaped like a person's; "central" inside an
    // office, so that the demonym before it is reached
    text: 'The Fed will wait, analysts at Goldman Sachs said. Dutch central bank governor Klaas Knot backed a cut.',
    people: [{ name: 'Klaas Knot', title: 'central bank governor', affiliation: 'Netherlands' }],
    organizations: [{ name: 'Goldman Sachs' }],
  },
  {
    // roles set off after a name: after "According to" when a second comma closes them, an office
    // in capitals after a body's possessive, a land's possessive before the role; an office held
    // over a place before the name
    text: 'According to John Smith, head of research at Kestrel Partners, demand is weak. Mary Barra, GM\'s CEO, agreed. Dr. Anthony Fauci, the nation\'s top infectious disease expert, testified. The mayor of Paris, Anne Hidalgo, closed the road. According to Reuters, the bridge fell.',
    people: [
      { name: 'John Smith', title: 'head of research', affiliation: 'Kestrel Partners' },
      { name: 'Mary Barra', title: 'CEO', affiliation: 'GM' },
      { name: 'Anthony Fauci', title: 'disease expert' },
      { name: 'Anne Hidalgo', title: 'mayor', affiliation: 'Paris' },
    ],
  },
  {
    // a body in brackets after a person's name is the person's: a team, which need not be known
    text: 'Lewis Hamilton (Ferrari) finished third ahead of Lando Norris (McLaren) and Sifan Hassan (Netherlands).',
    people: [
      { name: 'Lewis Hamilton', affiliation: 'Ferrari' },
      { name: 'Lando Norris', affiliation: 'McLaren' },
      { name: 'Sifan Hassan', affiliation: 'Netherlands' },
    ],
    organizations: [{ name: 'Ferrari' }, { name: 'McLaren' }],
  },
  {
    // a middle initial makes a name of words the vocabularies do not know, opening a sentence too;
    // the first word of a three-word name alone later is the same person
    text: 'Tembeka R. Vorster is a boatbuilder. Vorster was born in Durban. Brennan Ellis Mabaso is a drummer. His uncle took young Brennan to every rehearsal.',
    people: [
      { name: 'Tembeka R. Vorster', mentions: ['Tembeka R. Vorster', 'Vorster'] },
      { name: 'Brennan Ellis Mabaso', mentions: ['Brennan Ellis Mabaso', 'Brennan'] },
    ],
  },
  {
    // a nickname in quotation marks inside a name: one person, whose surname alone is them later
    text: 'Walter Henry "Dusty" Paisley coached for 11 seasons. Paisley retired in 1988. Police said Rafael "El Gordo" Ortega was extradited.',
    people: [
      { name: 'Walter Henry "Dusty" Paisley', mentions: ['Walter Henry "Dusty" Paisley', 'Paisley'] },
      { name: 'Rafael "El Gordo" Ortega' },
    ],
    not: ['Gordo'],
  },
  {
    // a field of a country's after "head of", and a titled person's possessive, which makes their
    // aide the country's (by the demonym), not the person's
    text: 'The head of Ukraine\'s military intelligence, Kyrylo Budanov, said Moscow was ready. Hungarian Prime Minister Viktor Orban\'s chief of staff, Gergely Gulyas, said no.',
    people: [
      { name: 'Kyrylo Budanov', title: 'head of military intelligence', affiliation: 'Ukraine' },
      { name: 'Viktor Orban', title: 'Prime Minister', affiliation: 'Hungary' },
      { name: 'Gergely Gulyas', title: 'chief of staff', affiliation: 'Hungary' },
    ],
  },
  {
    // a word capitalised only to open the sentence, written in lower case elsewhere in the story,
    // is part of the title, no body
    text: 'Jazz pianist Ahmad Vance died on Tuesday. The jazz pianist was 91.',
    people: [{ name: 'Ahmad Vance', title: 'Jazz pianist', affiliation: null }],
    not: ['Jazz'],
  },
  {
    // an acronym in brackets after a body's name in another language's word order is its acronym;
    // a field's acronym before the head's compound stays in the title
    text: 'The Democratic Alliance (AD) won. AD leader Luis Montenegro spoke. Chega, led by former TV football pundit Andre Ventura, came third.',
    people: [
      { name: 'Luis Montenegro', title: 'leader', affiliation: 'Democratic Alliance' },
      { name: 'Andre Ventura', title: 'former TV football pundit', affiliation: null },
    ],
    organizations: [{ name: 'Democratic Alliance', mentions: ['Democratic Alliance', 'AD', 'AD'] }],
  },
  {
    // a role before an honorific and the name, after an inverted cue
    text: '"The results were surprising," said lead author Dr. Rachel Hume of Monash University.',
    people: [{ name: 'Rachel Hume', title: 'lead author', affiliation: 'Monash University' }],
  },
  {
    // firms named after people are organizations; a market's index names nothing
    text: 'Stocks rose as Morgan Stanley and Wells Fargo beat estimates, while Charles Schwab fell. The Nasdaq Composite added 0.4% and the Dow Jones Industrial Average rose.',
    organizations: [{ name: 'Morgan Stanley' }, { name: 'Wells Fargo' }, { name: 'Charles Schwab' }],
    not: ['Nasdaq Composite', 'Dow Jones Industrial Average'],
  },
  {
    // a given name that is a word, opening the sentence before a surname that is a word too, and a
    // verb in the past: a person (not "Rose Garden")
    text: 'Bill Gates gave $5 billion to the fund. Rose Garden events resumed.',
    people: [{ name: 'Bill Gates' }],
    not: ['Rose Garden'],
  },
  {
    // a team opening a results line keeps its common first word; a town a relative clause of play
    // follows is its club
    text: 'Soccer-Premier League results\n\nResults of Premier League matches on Saturday:\nCrystal Palace 1 Manchester City 1\nEverton 0 Wolverhampton Wanderers 3\nBournemouth, who beat Tottenham Hotspur 1-0 last week, host Ipswich Town on Sunday.',
    organizations: [{ name: 'Crystal Palace' }, { name: 'Manchester City' }, { name: 'Bournemouth' }, { name: 'Ipswich Town' }],
    not: ['Palace', 'Soccer-Premier League'],
  },
  {
    // the employer after an office's head and "at"; a one-word side after a fixture's "host" is
    // a club, not a person titled "host"
    text: 'A former managing director at Credit Suisse was convicted. Rangers beat Celtic 2-1 on Sunday. Celtic, who have won 12 of the last 13 titles, host Hearts on Saturday.',
    organizations: [{ name: 'Credit Suisse' }, { name: 'Celtic' }, { name: 'Hearts' }],
  },
  {
    // a named storm is no person
    text: 'Cyclone Alfred cut power to 300,000 homes, Energy Minister David Janetzki said. Hurricane Milton hit Florida.',
    people: [{ name: 'David Janetzki', title: 'Energy Minister' }],
    not: ['Cyclone Alfred', 'Alfred', 'Hurricane Milton', 'Milton'],
  },
  {
    // a Dutch particle in lower case inside the name: "ten", "van der"
    text: '"He deserved that," United manager Erik ten Hag said of Rafael van der Vaart.',
    people: [{ name: 'Erik ten Hag', title: 'manager' }, { name: 'Rafael van der Vaart' }],
  },
  {
    // local offices ("Councilman", "Assemblywoman", "Comptroller"); a lawmaker's party and seat
    // after the name is no place
    text: 'Councilmember Ada Voss, D-4th District, and Assemblywoman Rita Kane voted no. State Comptroller Dev Mehta abstained.',
    people: [
      { name: 'Ada Voss', title: 'Councilmember' },
      { name: 'Rita Kane', title: 'Assemblywoman' },
      { name: 'Dev Mehta', title: 'State Comptroller' },
    ],
    not: ['D-4th District'],
  },
  {
    // a state's office with no country, under a dateline, is the dateline country's (stated after
    // the city, or the city's own)
    text: 'LISBON (Reuters) - Prime Minister Rui Tavares said on Monday that the budget would pass.\nFinance Minister Ana Lobo agreed.',
    people: [
      { name: 'Rui Tavares', title: 'Prime Minister', affiliation: 'Portugal' },
      { name: 'Ana Lobo', title: 'Finance Minister', affiliation: 'Portugal' },
    ],
  },
  {
    text: 'DAKAR, Senegal (AP) -- President Amadou Sarr named a new cabinet on Friday.',
    people: [{ name: 'Amadou Sarr', title: 'President', affiliation: 'Senegal' }],
  },
  {
    // "WASHINGTON" is Washington, D.C. (GeoNames' Washington is a town in England), and a Swiss
    // dateline's city goes by its English name
    text: 'WASHINGTON (AP) — Secretary of State Dana Whitlock said Tuesday that talks would resume.\nVice President Omar Reyes agreed.',
    people: [
      { name: 'Dana Whitlock', title: 'Secretary of State', affiliation: 'United States' },
      { name: 'Omar Reyes', title: 'Vice President', affiliation: 'United States' },
    ],
  },
  {
    text: 'GENEVA (Reuters) - Foreign Minister Lea Brunner opened the conference on Monday.',
    people: [{ name: 'Lea Brunner', title: 'Foreign Minister', affiliation: 'Switzerland' }],
  },
  {
    // but not when the story has just taken the reader abroad, to a place of another country
    text: 'WASHINGTON (AP) — The envoy will fly to Hanoi next week. She is due to meet President Tran Van Long and Prime Minister Le Minh Chau on Friday.\nPresident Omar Reyes backed the trip.',
    people: [
      { name: 'Tran Van Long', title: 'President', affiliation: null },
      { name: 'Le Minh Chau', title: 'Prime Minister', affiliation: null },
    ],
  },
  {
    // an office met in the place the sentence travels to is that place's country; a place the story
    // only speaks of keeps the dateline's
    text: 'OTTAWA (Reuters) - The premier will fly to Hanoi in May to meet President Tran Van Long. Talks on Ukraine stalled. Prime Minister Ana Roy said she was hopeful.',
    people: [
      { name: 'Tran Van Long', title: 'President', affiliation: 'Vietnam' },
      { name: 'Ana Roy', title: 'Prime Minister', affiliation: 'Canada' },
    ],
  },
  {
    // no dateline, no country
    text: 'Prime Minister Rui Tavares said on Monday that the budget would pass.',
    people: [{ name: 'Rui Tavares', title: 'Prime Minister', affiliation: null }],
  },
  {
    // a company's officer named without the company is the company's the story named last
    text: 'Halvorsen Foods said on Monday that Chief Operating Officer Marta Lind would retire in June.\n"She built this company," Chief Executive Pieter Dahl said in a statement.',
    people: [
      { name: 'Marta Lind', title: 'Chief Operating Officer', affiliation: 'Halvorsen Foods' },
      { name: 'Pieter Dahl', title: 'Chief Executive', affiliation: 'Halvorsen Foods' },
    ],
  },
  {
    // a surname alone opening a sentence, of a person named in full before, though the tagger
    // reads it as a verb; the role set off after it is the person's; "According to X," closes
    // the attribution, no apposition (and a word of the lexicon alone is not taken: "Will you")
    text: 'Dana Kesselring spoke on Monday. Kesselring, the Treasury secretary, said rates were high. Mark Will agreed. Will you come? According to Kesselring, a spokesman for the bank had lied.',
    people: [
      { name: 'Dana Kesselring', title: 'Treasury secretary', mentions: ['Dana Kesselring', 'Kesselring', 'Kesselring'] },
      { name: 'Mark Will', mentions: ['Mark Will'] },
    ],
  },
  {
    // the role one is voted or chosen "to" take with the bare verb; an affiliation goes with its own
    // title; a national office in lower case under a dateline is the dateline country's (not a
    // body's own: "company secretary"); "Sens." and "Reps." before a list of lawmakers
    text: 'WASHINGTON (AP) — The Senate voted to confirm Dale Voss as defense secretary. Voss, a former Fox News host, thanked Sens. Ruth Amell and Kay Brandt. Tom Hale, the company secretary, resigned.',
    people: [
      { name: 'Dale Voss', title: 'defense secretary', affiliation: 'United States' },
      { name: 'Ruth Amell', title: 'Sen.' },
      { name: 'Kay Brandt', title: 'Sen.' },
      { name: 'Tom Hale', title: 'company secretary', affiliation: null },
    ],
  },
  {
    // the role one is named to over words describing the one named; the later apposition's role
    // and place do not join it
    text: 'PARIS (Reuters) - The president named centrist veteran Luc Marchal as prime minister on Friday. Marchal, 71, the mayor of Pau, accepted.',
    people: [{ name: 'Luc Marchal', title: 'prime minister', affiliation: 'France' }],
  },
  {
    text: 'The board appointed Ruth Ames as chief executive on Monday, after a search.',
    people: [{ name: 'Ruth Ames', title: 'chief executive' }],
  },
  {
    // a relative clause after a role is no part of it ("who worked with" names no body); an
    // adjective before staff is no company ("the first Black executives")
    text: 'Lena Hart, the producer who worked with Tom Reyes, has died. She was one of the first Black executives at Polar Records.',
    people: [{ name: 'Lena Hart', title: 'producer', affiliation: null }],
    organizations: [{ name: 'Polar Records' }],
    not: ['Black'],
  },
  {
    // a name described by a country's possessive and a body's noun is that body, not a town in the
    // country ("Debden, England" is)
    text: "Fabriksforbund, Sweden's largest union, said it would resist. Vaxo, Norway's biggest drugmaker, fell. Debden, England, was quiet.",
    organizations: [{ name: 'Fabriksforbund' }, { name: 'Vaxo' }],
    places: [{ name: 'Debden' }],
  },
  {
    // a body's opener in the plural after a place ("Centres for", "Centers for") keeps the body whole
    // over "for" and "and"; a role held at part of that name is held at the whole
    text: 'Amina Bello, head of the Africa Centres for Crop Health and Research, spoke. The U.S. Centers for Crop Health and Research disagreed.',
    organizations: [{ name: 'Africa Centres for Crop Health and Research' }, { name: 'U.S. Centers for Crop Health and Research' }],
    people: [{ name: 'Amina Bello', title: 'head', affiliation: 'Africa Centres for Crop Health and Research' }],
  },
  {
    // an acronym of the initials of one organization of the story is that organization, defined
    // or not; a role named with a body's common noun is the body's the story named last
    text: 'The Liberal Union elected a leader on Saturday. Former party chairwoman Ida Berg lost. The LU will fight the next election.',
    organizations: [{ name: 'Liberal Union', mentions: ['Liberal Union', 'LU'] }],
    people: [{ name: 'Ida Berg', title: 'Former party chairwoman', affiliation: 'Liberal Union' }],
  },
  {
    // a word before a capitalised particle and a surname is a name, as French and Dutch names
    // run; not a noun's ("Hotel La Mamounia") nor an Arabic article after a preposition
    text: 'Marine Le Quellec, whose party holds 120 seats, said no. Hotel La Mamounia reopened. Near Al Huwayjah, troops fired.',
    people: [{ name: 'Marine Le Quellec' }],
    not: ['Hotel La Mamounia', 'Near Al Huwayjah'],
  },
  {
    // a lawmaker's party before the office, with or without the state or chamber; a country one
    // is "at" is where one is, no affiliation
    text: 'Texas Republican Rep. Dale Voss and Democratic Sen. Ruth Amell met House Republican leader Tom Gatt. Later President Ana Reyes met King Oskar IV at the Vatican.',
    people: [
      { name: 'Dale Voss', title: 'Rep.', affiliation: 'Republican Party' },
      { name: 'Ruth Amell', title: 'Sen.', affiliation: 'Democratic Party' },
      { name: 'Tom Gatt', title: 'leader', affiliation: 'Republican Party' },
      { name: 'Oskar IV', title: 'King', affiliation: null },
    ],
    not: ['Texas Republican', 'House Republican'],
  },
  {
    // a body's opener with "of" after a modifier, and "and" inside its name; a body's common noun
    // opening the sentence is no body; a compass point after a place is a region
    text: 'The International Brotherhood of Boilermakers and Ironworkers, which has 40,000 members in the Pacific Northwest, voted on Friday. Union president Dale Moss said the Ministry of Labour and Industry had been told.',
    organizations: [{ name: 'International Brotherhood of Boilermakers and Ironworkers' }, { name: 'Ministry of Labour and Industry' }],
    places: [{ name: 'Pacific Northwest' }],
    people: [{ name: 'Dale Moss', title: 'president', affiliation: null }],
    not: ['Union'],
  },
  {
    // an envoy's title names the place sent to after "to"; the affiliation is the sender's, and the
    // place is no part of the name, whatever the given name
    text: 'Dutch Ambassador to Japan Pieter Hoeks met Kenya\'s Ambassador to the United Nations Wanjiru Kamau. The Chilean envoy to Peru, Ana Vidal, joined them.',
    people: [
      { name: 'Pieter Hoeks', title: 'Ambassador', affiliation: 'Netherlands' },
      { name: 'Wanjiru Kamau', title: 'Ambassador', affiliation: 'Kenya' },
      { name: 'Ana Vidal', title: 'envoy', affiliation: 'Chile' },
    ],
    places: [{ name: 'Japan' }, { name: 'Peru' }],
    organizations: [{ name: 'United Nations' }],
  },
  {
    // ... not a body cited for figures
    text: 'Halvorsen Foods raised its forecast on Monday. Sales beat estimates, according to LSEG data, and analysts polled by FactSet had expected less. Chief Executive Pieter Dahl said demand was strong.',
    people: [{ name: 'Pieter Dahl', title: 'Chief Executive', affiliation: 'Halvorsen Foods' }],
  },
  {
    // a given name that is also a word opens a name at a sentence start before a surname (the
    // name lists of `human-names`), but not before a word or a place's head
    text: 'Bill Harlan, the chief executive, resigned on Monday. Rose Okonkwo said she would stay. Frank Dowell and Ray Mbeki, both directors, agreed. Hope Street was closed. Rock Hall voted.',
    people: [
      { name: 'Bill Harlan', title: 'chief executive' },
      { name: 'Rose Okonkwo' },
      { name: 'Frank Dowell' },
      { name: 'Ray Mbeki' },
    ],
    not: ['Hope Street', 'Rock Hall'],
  },
  {
    // AP-style abbreviated offices; the place a jurisdiction's office is of, after or before it
    text: "Ohio Gov. Mara Ellison signed the bill, and Lt. Gov. Tom Reyes presided. Jon Pratt, Utah's governor, vetoed a copy. Lena Cruz, the mayor of Tucson, welcomed it; Dana Kimura, the attorney general of Oregon, sued.",
    people: [
      { name: 'Mara Ellison', title: 'Gov.', affiliation: 'Ohio' },
      { name: 'Tom Reyes', title: 'Lt. Gov.' },
      { name: 'Jon Pratt', title: 'governor', affiliation: 'Utah' },
      { name: 'Lena Cruz', title: 'mayor', affiliation: 'Tucson' },
      { name: 'Dana Kimura', title: 'attorney general', affiliation: 'Oregon' },
    ],
  },
  {
    // a country's minister keeps the country beside a body named after it
    text: "Norway's Finance Minister Jens Stoltenberg spoke first. Bank of Norway Governor Ida Wolden Bache followed.",
    people: [{ name: 'Jens Stoltenberg', title: 'Finance Minister', affiliation: 'Norway' }, { name: 'Ida Wolden Bache', title: 'Governor', affiliation: 'Bank of Norway' }],
  },
  {
    // a broadcaster by its opening word is no person after "told"
    text: 'The striker told Channel Seven he was fit, and his manager told Radio Sport the same.',
    organizations: [{ name: 'Channel Seven' }, { name: 'Radio Sport' }],
  },
  {
    // a rank of the office before a country; a party after an age
    text: 'Assistant U.S. Attorney Megan Cole asked for a longer term. Ray Dunn, 52, a Republican from Tulsa, was convicted in May.',
    people: [{ name: 'Megan Cole', title: 'Assistant Attorney', affiliation: 'United States' }, { name: 'Ray Dunn', affiliation: 'Republican Party' }],
  },
  {
    // "Cabinet" before an office is part of it; a status word opening the sentence stays with the
    // title; "ex-" and a demonym give a former office of the country
    text: "Zambia's Finance Cabinet Secretary Grace Mulenga met donors. Former NATO Secretary-General Anders Fogh Rasmussen and ex-Ghanaian president John Kufuor attended.",
    people: [
      { name: 'Grace Mulenga', title: 'Finance Cabinet Secretary', affiliation: 'Zambia' },
      { name: 'Anders Fogh Rasmussen', title: 'former Secretary-General', affiliation: 'NATO' },
      { name: 'John Kufuor', title: 'former president', affiliation: 'Ghana' },
    ],
  },
  {
    // results lines and a standings row: the names are teams, a common word opening the line too;
    // an athlete with the country in brackets is a person; a heading in capitals is no body
    text: 'RUGBY - Results of Top 14 matches on Saturday:\nClermont 31 Toulon 17\nBrive 24 Castres Olympique 24\nStandings: Toulouse 10 8 0 2 41\nGOLF - Rasmus Hojgaard (Denmark) won the Dubai title.',
    people: [{ name: 'Rasmus Hojgaard' }],
    organizations: [{ name: 'Clermont' }, { name: 'Toulon' }, { name: 'Brive' }, { name: 'Castres Olympique' }, { name: 'Toulouse' }],
    not: ['GOLF'],
  },
  {
    // a spokesman for a name's possessive and a body's noun; "the bloc's" refers to the bloc named before
    text: 'NATO allies met in Vilnius. A spokesman for Poland\'s government, Adam Szlapka, said the alliance\'s top civilian official, Mark Rutte, would visit.',
    people: [{ name: 'Adam Szlapka', title: 'spokesman', affiliation: 'Poland' }, { name: 'Mark Rutte', title: 'top civilian official', affiliation: 'NATO' }],
  },
  {
    // an apposition's title after a body's name with its connector, and a body of a person's
    // shape in an apposition is the body
    text: 'Helen Marsh, the former Bank of Ireland chairwoman, backed the plan, and Owen Pratt, a Lazard Freres banker, did too.',
    people: [{ name: 'Helen Marsh', title: 'former chairwoman', affiliation: 'Bank of Ireland' }, { name: 'Owen Pratt', title: 'banker', affiliation: 'Lazard Freres' }],
    organizations: [{ name: 'Lazard Freres' }],
  },
  {
    // companies by their shape and their deals: letters and a word, an opener in another
    // language, the party to a takeover and its stock; "Its" opening a sentence stands for the
    // company the sentence before is about
    text: 'Pemberton Mills agreed to acquire Corvane Textiles for $310 million, and Corvane shareholders will get $9 a share. Banco Litoral and the drugstore chain RHX Pharmacy also bid. Pemberton said the deal would close in March. Its chief executive, Laura Quist, called it a good fit.',
    people: [{ name: 'Laura Quist', title: 'chief executive', affiliation: 'Pemberton Mills' }],
    organizations: [{ name: 'Corvane Textiles', mentions: ['Corvane Textiles', 'Corvane'] }, { name: 'Banco Litoral' }, { name: 'RHX Pharmacy' }],
  },
  {
    // a company's office whose middle word heads bodies too ("Financial") stays whole; the first
    // word alone of a company's name is the company
    text: 'Halvorsen Foods Chief Financial Officer Ingrid Dahl said margins improved. Halvorsen shares rose 4%.',
    people: [{ name: 'Ingrid Dahl', title: 'Chief Financial Officer', affiliation: 'Halvorsen Foods' }],
    organizations: [{ name: 'Halvorsen Foods', mentions: ['Halvorsen Foods', 'Halvorsen'] }],
  },
  {
    // match reports: a loss "at home to", a player's clubs ("played for A and B", "joined A from
    // B"), and the town named as a team elsewhere in the report is the team
    text: 'Stoke City lost 2-0 at home to Millwall on Saturday. Ramos, who joined Stoke from Getafe in May, has played for Valencia and Sevilla. Stoke host Hull City next week, and Ramos said life at Stoke was good.',
    organizations: [{ name: 'Stoke City', mentions: ['Stoke City', 'Stoke', 'Stoke', 'Stoke'] }, { name: 'Millwall' }, { name: 'Getafe' }, { name: 'Valencia' }, { name: 'Sevilla' }, { name: 'Hull City' }],
  },
  {
    // a unit of armed forces keeps its number, in figures or in words
    text: "Kyiv said its 24th Mechanized Brigade held the line, while the Pentagon sent troops of the 82nd Airborne Division. The Sixth Fleet's carrier sailed at dawn.",
    organizations: [{ name: '24th Mechanized Brigade' }, { name: '82nd Airborne Division' }, { name: 'Sixth Fleet', mentions: ['Sixth Fleet'] }],
    not: ['Mechanized Brigade', 'Airborne Division'],
  },
  {
    // a body's possessive before a described title set off by a comma
    text: "The World Bank's regional director, Amina Osei, and the fund's new chief executive, Lars Berg, spoke.",
    people: [{ name: 'Amina Osei', title: 'regional director', affiliation: 'World Bank' }],
  },
  {
    // a team's name without the city it opens with is the same team; examples of a plural role
    // "at" a body take it; a former employee of a body
    text: 'The Boston Red Sox beat the Texas Rangers 5-2. Red Sox manager Alex Cora was pleased. Analysts at Brightwater Capital, including chief strategist Mei Tan, were not. Police arrested Ken Ito, 41, a former employee of the port authority.',
    people: [
      { name: 'Alex Cora', title: 'manager', affiliation: 'Boston Red Sox' },
      { name: 'Mei Tan', title: 'chief strategist', affiliation: 'Brightwater Capital' },
      { name: 'Ken Ito', title: 'former employee' },
    ],
    organizations: [{ name: 'Boston Red Sox' }],
  },
  {
    // match reports: the team is the one named that is no opponent ("against"), or named by its
    // people ("the Croatians"); no team for the referee, nor for the keeper who saves the other
    // side's shot; a body's name over "for the" before a role; a plural role between "were" and the
    // list; a short hyphenated syllable is part of a given name, not a participle
    text: 'Croatia started the game brightly, with Luka Modric and Ivan Perisic pressing for the lead against hosts Denmark. Minutes later Ivan Perisic scored, putting the Croatians ahead. Denmark\'s shot was saved by Danijel Subasic. The match referee Anna Holt booked Croatia\'s Dejan Lovren. Coalition for the Rights of Renters spokesman Tom Vail was pleased. The members elected were young activists from the student camp, Chan Wai-ching and Lee Kwok-hing.',
    people: [
      { name: 'Luka Modric', affiliation: 'Croatia' },
      { name: 'Ivan Perisic', affiliation: 'Croatia' },
      { name: 'Danijel Subasic', affiliation: null },
      { name: 'Anna Holt', title: 'match referee', affiliation: null },
      { name: 'Tom Vail', title: 'spokesman', affiliation: 'Coalition for the Rights of Renters' },
      { name: 'Chan Wai-ching', title: 'activist' },
      { name: 'Lee Kwok-hing', title: 'activist' },
    ],
  },
  {
    // a field after a lower-case head ("professor of art history", "instructor in English"); a role
    // "as" followed by the rest of the clause; an acronym of a body named in the story; a rank word
    // after an article is an adjective ("a major donor"), after a field a role ("art major")
    text: 'The show opened at the University of Northern Ohio on Friday. Lena Brandt, UNO associate professor of art history, praised it. For Omar Sayed, a UNO instructor in English, it was a revelation. In May, Tom Kerr was forced to resign as Foreign Affairs minister after the leak. The fund is a major Hale Trust donor, and art major Jo Perkins helped.',
    people: [
      { name: 'Lena Brandt', title: 'associate professor of art history', affiliation: 'University of Northern Ohio' },
      { name: 'Omar Sayed', title: 'instructor in English', affiliation: 'University of Northern Ohio' },
      { name: 'Tom Kerr', title: 'Foreign Affairs minister' },
      { name: 'Jo Perkins', title: 'art major' },
    ],
    not: ['Hale Trust donor'],
  },
  {
    // the body after "of": over "for the" and a closing number, not into a sentence whose full stop
    // is missing; members of a body named by examples; a body's possessive over two names, not a country's
    text: 'Mia Lund of FTU In the east, turnout was low. Omar Reyes, an organiser at the Council for the Rights of Tenants, spoke. The bar was sold by club owner Rick Dane of Studio 21. The band was joined by former members of the Velvet Owls, including guitarist Tess Ward and singer Ivan Holt. Labour\'s Nora Quinn and Paul Ames were elected. Russia\'s Vladimir Putin and Xi Jinping met.',
    people: [
      { name: 'Mia Lund', affiliation: 'FTU' },
      { name: 'Omar Reyes', title: 'organiser', affiliation: 'Council for the Rights of Tenants' },
      { name: 'Rick Dane', title: 'club owner', affiliation: 'Studio 21' },
      { name: 'Tess Ward', title: 'guitarist', affiliation: 'Velvet Owls' },
      { name: 'Ivan Holt', title: 'singer', affiliation: 'Velvet Owls' },
      { name: 'Nora Quinn', affiliation: 'Labour' },
      { name: 'Paul Ames', affiliation: 'Labour' },
      { name: 'Vladimir Putin', affiliation: 'Russia' },
      { name: 'Xi Jinping', affiliation: null },
    ],
  },
  {
    // a hyphenated role is its last part's ("editor-in-chief", "singer-songwriter"); a doer's noun the
    // tagger knows by its ending ("lobbyist"); a verb of office after what made it happen ("was
    // forced to resign as"); a firm of names joined by "&"; "and" inside a body's name that closes
    // on its head; a body described by common nouns after "at the"; a body's other name in brackets
    text: 'Ann Lee, editor-in-chief of Vogue, left the magazine. The album features singer-songwriter Joni Hale and lobbyist Ray Tunney. In May, Dan Kerr was forced to resign as Foreign Affairs minister. Cal Ibsen, a onetime analyst at the hedge fund Greyrock Advisors, was charged by the Securities and Exchange Commission. A spokeswoman for the Food and Drug Administration, Mia Torres, said the review would go on. Bell\'s lawyer, Hugo Marsh of Marsh & Dunne, declined to comment, and Judge Park adjourned. The secretary general of FIE (Federation of Independent Editors), Lina Berg, objected.',
    people: [
      { name: 'Ann Lee', title: 'editor-in-chief', affiliation: 'Vogue' },
      { name: 'Joni Hale', title: 'singer-songwriter' },
      { name: 'Ray Tunney', title: 'lobbyist' },
      { name: 'Dan Kerr', title: 'Foreign Affairs minister' },
      { name: 'Cal Ibsen', title: 'onetime analyst', affiliation: 'Greyrock Advisors' },
      { name: 'Mia Torres', title: 'spokeswoman', affiliation: 'Food and Drug Administration' },
      { name: 'Hugo Marsh', title: 'lawyer', affiliation: 'Marsh & Dunne' },
      { name: 'Lina Berg', title: 'secretary general', affiliation: 'Federation of Independent Editors' },
    ],
    organizations: [{ name: 'Securities and Exchange Commission' }, { name: 'Marsh & Dunne' }, { name: 'Greyrock Advisors' }],
    not: ['Judge Park'],
  },
  {
    // examples of a plural role after "such as" or "including", over a relative clause; a stance
    // is no body ("pro-Beijing"); a plural noun's possessive inside a body's name; a preposition,
    // conjunction or question word opening the sentence, and an honorary rank, name no body
    text: 'The gallery shows sculptors who worked in bronze, such as Inge Marlow, Pavel Dusek and Nora Quist. Pro-Kremlin lawmaker Oleg Varin of the Liberal Democratic Party spoke. Doctors including Amara Osei and Felix Brandt signed it. Rana Aziz of the Popular Workers\' Front and Tomas Lind of the New Farmers\' Union met Lea Holm of the Children\'s Fund. As coauthor Mira Sood told reporters, the data were thin. When spokesman Ivo Tamm arrived, he read a statement. Since coach Pia Roos took over, the side has won six games. Analysts including Omar Haddad of Jefferies were gloomy. Emeritus Professor Lars Berg, the chair of the panel, agreed.',
    people: [
      { name: 'Inge Marlow', title: 'sculptor' },
      { name: 'Pavel Dusek', title: 'sculptor' },
      { name: 'Nora Quist', title: 'sculptor' },
      { name: 'Oleg Varin', title: 'lawmaker', affiliation: 'Liberal Democratic Party' },
      { name: 'Amara Osei', title: 'doctor' },
      { name: 'Felix Brandt', title: 'doctor' },
      { name: 'Lea Holm', affiliation: "Children's Fund" },
      { name: 'Mira Sood', title: 'coauthor', affiliation: null },
      { name: 'Ivo Tamm', title: 'spokesman', affiliation: null },
      { name: 'Pia Roos', title: 'coach', affiliation: null },
      { name: 'Omar Haddad', title: 'analyst', affiliation: 'Jefferies' },
      { name: 'Lars Berg', title: 'chair', affiliation: null },
    ],
    organizations: [{ name: "Children's Fund" }],
    not: ['As', 'When', 'Since', 'Emeritus', 'Pro-Kremlin'],
  },
  {
    // a role after "who was", "who has been" (also "the company's" one); a town-named given name
    // before a surname; a company named with a plural business noun
    text: 'Paul Mercer, 52, who was the company\'s chief operating officer until May, resigned from Harbor Foods. Nadia Kerr, who has been the club\'s secretary since 2018, and Leon Alvarez spoke.',
    people: [
      { name: 'Paul Mercer', title: 'chief operating officer' },
      { name: 'Nadia Kerr', title: 'secretary' },
      { name: 'Leon Alvarez' },
    ],
    organizations: [{ name: 'Harbor Foods' }],
  },
  {
    // a role "as" after a verb of appointing before the name; a former role after "previously"; two
    // portfolios of one office; a description between "of the" and the body; a given name that is a
    // common word before a particle
    text: 'The board on Monday appointed Helen Marsh, 52, as chief executive. Tom Reyes, previously trade minister, and Paula Grant, the economy and energy minister, attended. Jon Bell, leader of the centre-left Civic Union, and Marine Le Roux spoke.',
    people: [
      { name: 'Helen Marsh', title: 'chief executive' },
      { name: 'Tom Reyes', title: 'former trade minister' },
      { name: 'Paula Grant', title: 'economy and energy minister' },
      { name: 'Jon Bell', title: 'leader', affiliation: 'Civic Union' },
      { name: 'Marine Le Roux' },
    ],
  },
  {
    // a body's name goes on over "for the", "on" and "to" and a verb; a unit "of the" a body is two names
    text: 'The Centre for the Study of Forced Migration and the Committee to Protect Reporters wrote to the Council on Global Affairs, and the Research Group of the Royal Statistical Society replied. She later played in the Women\'s Super League for the Bristol Rovers.',
    organizations: [
      { name: 'Centre for the Study of Forced Migration' },
      { name: 'Committee to Protect Reporters' },
      { name: 'Council on Global Affairs' },
      { name: 'Royal Statistical Society' },
      { name: 'Bristol Rovers' },
    ],
    not: ['Research Group of the Royal Statistical Society', 'Super League for the Bristol Rovers'],
  },
  {
    // clubs named after their town with a word before or after it; "City" after a town in a sentence about sport
    text: 'Sporting Braga will host Rapid Vienna in the second leg, while Plymouth Argyle beat Derby County on penalties. Norwich City face a tough season. Salt Lake City police said the road was closed.',
    organizations: [{ name: 'Sporting Braga' }, { name: 'Rapid Vienna' }, { name: 'Plymouth Argyle' }, { name: 'Derby County' }, { name: 'Norwich City' }],
    places: [{ name: 'Salt Lake City' }],
  },
  {
    // a title owned by "the" and a common noun for a body is held at the organization last named
    text: "Halvorsen Shipping Ltd posted a loss on Friday. The shipper's owner was absent, and the company's chief executive, Ingrid Dahl, said the fleet would shrink. Later, the Norwegian firm's finance director Per Moe resigned.",
    people: [
      { name: 'Ingrid Dahl', title: 'chief executive', affiliation: 'Halvorsen Shipping Ltd' },
      { name: 'Per Moe', title: 'finance director', affiliation: 'Halvorsen Shipping Ltd' },
    ],
  },
  {
    // no organization named before "the company's": no affiliation is invented; a news agency's credit is none
    text: "OSLO (Reuters) - The company's chairman, Arne Lie, stepped down on Tuesday.",
    people: [{ name: 'Arne Lie', title: 'chairman', affiliation: null }],
  },
  {
    // a short month name that is a given name, opening a sentence before a surname and an apposition
    text: 'Jun Takeda, a strategist at Nomura, expects a rate rise. Jan Kowalski, the club secretary, disagreed.',
    people: [
      { name: 'Jun Takeda', title: 'strategist', affiliation: 'Nomura' },
      { name: 'Jan Kowalski' },
    ],
  },
  {
    // a given name that is also a town's ("Yoichi", "Marion"), in apposition to a role, is a person's
    text: "Its chief operating officer, Yoichi Sakamoto, will retire. The county's new sheriff, Marion Kemp, was sworn in.",
    people: [
      { name: 'Yoichi Sakamoto', title: 'chief operating officer' },
      { name: 'Marion Kemp', title: 'sheriff' },
    ],
  },
  {
    // a team opening a sentence with its result is an organization, though its name is a common word
    text: 'Arsenal beat Everton 2-0 at home. Wolves drew 1-1 with Burnley, and Brighton lost 3-2 to Fulham.',
    organizations: [{ name: 'Arsenal' }, { name: 'Everton' }, { name: 'Wolves' }, { name: 'Burnley' }, { name: 'Brighton' }, { name: 'Fulham' }],
  },
  {
    // in a match report, the sides of a fixture, a defeat or a trip are clubs; "host" between two
    // sides is no title, and a broadcaster told is no person
    text: 'Redfield were beaten 2-1 at home by Nottingham Forest, their fourth loss in six games. "We have to accept it," the coach told Sky Sports. Redfield host Arsenal on Wednesday and travel to Everton on Dec. 7. Fox News host Sean Hannity watched.',
    organizations: [{ name: 'Nottingham Forest' }, { name: 'Arsenal' }, { name: 'Everton' }, { name: 'Sky Sports' }, { name: 'Fox News' }],
    people: [{ name: 'Sean Hannity', title: 'host', affiliation: 'Fox News' }],
  },
  {
    // a team named after its manager ("Hansi Flick's side") names a person; a club a side lost at, or
    // hosts after an apposition, is a club; a broadcaster "Plus" is an organization
    text: 'Barcelona won 4-0, with Lewandowski scoring twice as Hansi Flick\'s side moved clear. "We played with courage," Flick told Movistar Plus. Atletico Madrid, third, host Leganes on Sunday, and Manchester City lost 2-1 at Bournemouth.',
    people: [{ name: 'Hansi Flick' }],
    organizations: [{ name: 'Movistar Plus' }, { name: 'Leganes' }, { name: 'Bournemouth' }],
  },
  {
    // a town that beats, draws with or loses to another is its club, with or without the score
    text: 'Liverpool drew with Everton on Sunday, Leeds lost to Southampton, and Portsmouth edged Bristol in extra time.',
    organizations: [{ name: 'Liverpool' }, { name: 'Everton' }, { name: 'Leeds' }, { name: 'Southampton' }, { name: 'Portsmouth' }, { name: 'Bristol' }],
  },
  {
    // a club's prefix before any name, on a results line or in a sentence about sport, opens a
    // club (whatever the line's first word); the club's town alone before a club role or a
    // result is the club, but "in" the town it is the town
    text: 'Results:\nReal Oviedo 0 Athletic Bilbao 2\nPSG 4 Olympique Lyonnais 1\nBorussia Dortmund host Real Betis on Sunday. Dortmund coach Ana Lutz said the fans in Dortmund were patient.',
    organizations: [{ name: 'Real Oviedo' }, { name: 'Athletic Bilbao' }, { name: 'Olympique Lyonnais' }, { name: 'Real Betis' }, { name: 'Borussia Dortmund', mentions: ['Borussia Dortmund', 'Dortmund'] }],
    places: [{ name: 'Dortmund', mentions: ['Dortmund'] }],
    people: [{ name: 'Ana Lutz', title: 'coach', affiliation: 'Borussia Dortmund' }],
  },
  {
    // a team named by its town first: the town alone as a verb's team is the team, in it the town;
    // a town's office stays the town's, a club's role is the club's
    text: 'The Halden Herons beat the Oslo Owls 98-91. Ola Berg led Halden with 30 points. Fans in Halden cheered. Halden Mayor Kari Lie attended, and Halden coach Per Moe smiled.',
    organizations: [{ name: 'Halden Herons', mentions: ['Halden Herons', 'Halden'] }],
    places: [{ name: 'Halden' }],
    people: [{ name: 'Kari Lie', title: 'Mayor', affiliation: 'Halden' }, { name: 'Per Moe', title: 'coach', affiliation: 'Halden Herons' }],
  },
  {
    // a country a sports sentence is set in is no player's team; a country that wins is
    text: 'In Portugal, Braga won 2-0 with goals from Rui Tavares. Spain beat Italy 2-1 with goals from Pedro Alves.',
    people: [{ name: 'Rui Tavares', affiliation: null }, { name: 'Pedro Alves', affiliation: 'Spain' }],
  },
  {
    // a match against a person, or won in sets, is between players, not clubs
    text: 'Top seed Lorenzo Bassi beat Tomas Ferreyra 6-4, 3-6, 7-6 (5) on Sunday. Mirra Kovac beat Ana Lutz in straight sets.',
    people: [{ name: 'Lorenzo Bassi' }, { name: 'Tomas Ferreyra' }, { name: 'Mirra Kovac' }, { name: 'Ana Lutz' }],
  },
  {
    // ... and one that wins, draws or loses by a score at another's ground or against it
    text: 'Elsewhere, Liverpool drew 1-1 at Brentford, Sevilla won 2-0 at Valencia and Porto won 3-1 against Braga.',
    organizations: [{ name: 'Liverpool' }, { name: 'Brentford' }, { name: 'Sevilla' }, { name: 'Valencia' }, { name: 'Porto' }, { name: 'Braga' }],
  },
  {
    // a status word opening the sentence stays with the title, not the body; a list word is no part of a title
    text: 'Former Northwind Logistics CEO Lena Marsh testified on Monday, and the rally drew stars including actor Sean Penn.',
    people: [
      { name: 'Lena Marsh', title: 'former CEO', affiliation: 'Northwind Logistics' },
      { name: 'Sean Penn', title: 'actor' },
    ],
  },
  {
    // a body named by a common noun: after "of the" before an apposition, and in a possessive
    text: "The chairman of the Bavaria region, Klaus Weber, praised the Dutch team's captain, Virgil Maas, after the final.",
    people: [
      { name: 'Klaus Weber', title: 'chairman', affiliation: 'Bavaria region' },
      { name: 'Virgil Maas', title: 'captain', affiliation: 'Dutch team' },
    ],
  },
  {
    // after a known given name, a surname that is also a common or street word: "Lane", "Marsh"
    text: 'The bill was tabled by Home Office Minister Carla Lane and backed by Trade Minister Tom Marsh.',
    people: [
      { name: 'Carla Lane', title: 'Minister', affiliation: 'Home Office' },
      { name: 'Tom Marsh', title: 'Trade Minister' },
    ],
  },
  {
    // a party before a role is the affiliation, a portfolio before a minister is the title; a
    // double surname after a given name stays whole; a person's possessive is no affiliation
    text: "Labour leader Dan Moore and Labour Minister Jo Platt met Tory MP Edward Lloyd-Bath. Moore's lawyer, Kevin Hart, said nothing.",
    people: [
      { name: 'Dan Moore', title: 'leader', affiliation: 'Labour' },
      { name: 'Jo Platt', title: 'Labour Minister' },
      { name: 'Edward Lloyd-Bath', title: 'MP' },
      { name: 'Kevin Hart', title: 'lawyer' },
    ],
  },
  {
    // a grouping's noun ends the title and closes the body; a member stays a "team member"
    text: 'The pro-Beijing camp councillor Alan Ho lost his seat, Taipei city mayor Ko Wen-je conceded, Brazil team captain Marta Silva scored and Afghan team member Sara Noor smiled.',
    people: [
      { name: 'Alan Ho', title: 'councillor' },
      { name: 'Ko Wen-je', title: 'mayor', affiliation: 'Taipei' },
      { name: 'Marta Silva', title: 'captain', affiliation: 'Brazil team' },
      { name: 'Sara Noor', title: 'team member' },
    ],
  },
  {
    // a plural role holds the list after "were", "are" or "include"; a verb in between ends the list
    text: 'The candidates elected in the district were Mary Lo, Tom Chan of the Green Party and Ann Yip. Speakers this year include Dana Kim. The nominees were told by Judge Ruth Ames to wait.',
    people: [
      { name: 'Mary Lo', title: 'candidate' },
      { name: 'Tom Chan', title: 'candidate', affiliation: 'Green Party' },
      { name: 'Ann Yip', title: 'candidate' },
      { name: 'Dana Kim', title: 'speaker' },
      { name: 'Ruth Ames', title: 'Judge' },
    ],
  },
  {
    // a craft or ship is no entity; a caption's label before a colon is no part of a name
    text: 'Pupils cheered as Space Shuttle Endeavour landed and the USS Gerald R. Ford sailed, a photo of Maria Lopez Image: Tom Brandt.',
    people: [{ name: 'Maria Lopez' }, { name: 'Tom Brandt' }],
    not: ['Space Shuttle Endeavour', 'Gerald R. Ford', 'USS Gerald R. Ford', 'Maria Lopez Image'],
  },
  {
    // a role held "as", after a verb of office, also in a relative clause
    text: 'Tom Hale resigned as finance minister in May. Ana Ruiz, who served as chief of staff at Orbis Capital, said she was sorry.',
    people: [
      { name: 'Tom Hale', title: 'finance minister' },
      { name: 'Ana Ruiz', title: 'chief of staff', affiliation: 'Orbis Capital' },
    ],
  },
  {
    // a plural role over a list whose names each carry their party; a describing noun stays in the title
    text: 'Three veteran councillors Margaret Holm of the Green Party and Tom Ashby of UKIP stood down, as celebrity guests like Dolly Parton looked on.',
    people: [
      { name: 'Margaret Holm', title: 'councillor', affiliation: 'Green Party' },
      { name: 'Tom Ashby', title: 'councillor', affiliation: 'UKIP' },
      { name: 'Dolly Parton', title: 'celebrity guest' },
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
    // in sport a city before a club role names the club, and a given name that is also a town's stays a person's;
    // a city before any other role is no affiliation
    text: 'Leeds striker Tom Ellis scored twice. Barcelona coach Hansi Flick and Madrid manager Carlo Ancelotti shook hands with Texas student Maria Lopez.',
    people: [
      { name: 'Tom Ellis', title: 'striker', affiliation: 'Leeds' },
      { name: 'Hansi Flick', title: 'coach', affiliation: 'Barcelona' },
      { name: 'Carlo Ancelotti', title: 'manager', affiliation: 'Madrid' },
      { name: 'Maria Lopez', title: 'student' },
    ],
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
    // a body named after a person, whose head opens a phrase, is a body: "Foundation for the ..."
    text: 'The Andrea Holm Foundation for the Visual Arts gave the paintings. Andrea Holm died in 1987.',
    organizations: [{ name: 'Andrea Holm Foundation for the Visual Arts' }],
    people: [{ name: 'Andrea Holm' }],
  },
  {
    // a currency's letters before "$" are no part of a name: "A$100 million", "US$ 20,000"
    text: 'The court fined Acme Airlines A$100 million, and Tom Reed was released on US$ 20,000 bail.',
    organizations: [{ name: 'Acme Airlines' }],
    not: ['Acme Airlines A', 'US'],
  },
  {
    // a role shared or held before, hyphenated: "co-leader", "ex-minister"
    text: 'Green Party co-leader Carla Denyer agreed, and the ex-minister Tom Hale spoke.',
    people: [
      { name: 'Carla Denyer', title: 'co-leader', affiliation: 'Green Party' },
      { name: 'Tom Hale', title: 'ex-minister' },
    ],
  },
  {
    // an apposition after the name with a body's possessive (a name's or a common noun's) and a time
    text: 'Jane Fraser, Citigroup\'s chief executive since 2021, was calm. Shares of Brantley Corp fell, and Tom Hale, the company\'s chairman since 2019, resigned.',
    people: [
      { name: 'Jane Fraser', title: 'chief executive', affiliation: 'Citigroup' },
      { name: 'Tom Hale', title: 'chairman', affiliation: 'Brantley Corp' },
    ],
  },
  {
    // an office held, told in a relative clause after the name: the role the verb names and the body
    text: 'Maria Lopez, who heads the Madrid Chamber of Commerce, welcomed the plan. Tom Reed, who chairs the Senate Banking Committee, objected, and Jon Bell, who founded Acme Robotics in 2015, left.',
    people: [
      { name: 'Maria Lopez', title: 'head', affiliation: 'Madrid Chamber of Commerce' },
      { name: 'Tom Reed', title: 'chair', affiliation: 'Senate Banking Committee' },
      { name: 'Jon Bell', title: 'founder', affiliation: 'Acme Robotics' },
    ],
    organizations: [{ name: 'Madrid Chamber of Commerce' }, { name: 'Acme Robotics' }],
  },
  {
    // a city's office without the city's name is held in the town named before it in the sentence
    text: 'Thousands gathered near downtown Kaohsiung to watch city mayor Chen Chi-mai light the lanterns.',
    people: [{ name: 'Chen Chi-mai', title: 'mayor', affiliation: 'Kaohsiung' }],
  },
  {
    // a body whose name opens with a capitalised "The" keeps its "and": "The Globe and Mail"
    text: 'Writing in a blog post, Matthew Ingram of The Globe and Mail called it a war.',
    people: [{ name: 'Matthew Ingram', affiliation: 'Globe and Mail' }],
  },
  {
    // a role stated before the name outranks the rank in front of it
    text: "Ukraine's top military commander, Gen. Oleksandr Syrskyi, said troops held the line. Gen. Mark Milley disagreed.",
    people: [
      { name: 'Oleksandr Syrskyi', title: 'top military commander', affiliation: 'Ukraine' },
      { name: 'Mark Milley', title: 'Gen.' },
    ],
  },
  {
    // a hyphenated description is no part of the title; a work is no organization; a festival
    // referred to by its common noun owns the title
    text: 'Oscar-winning actress Juliette Binoche will chair the jury of the Venice Film Festival. Binoche starred in The English Patient. The festival\'s president, Iris Knobloch, agreed.',
    people: [
      { name: 'Juliette Binoche', title: 'actress' },
      { name: 'Iris Knobloch', title: 'president', affiliation: 'Venice Film Festival' },
    ],
    not: ['English Patient', 'The English Patient'],
  },
  {
    // a body's possessive opening an apposition after the name; a field's acronym inside a title
    text: 'Ilya Sutskever, OpenAI\'s former chief scientist, left in May. Anna Berg, Google\'s head of research, stayed. Meta Platforms Inc chief AI scientist Yann LeCun disagreed.',
    people: [
      { name: 'Ilya Sutskever', title: 'former chief scientist', affiliation: 'OpenAI' },
      { name: 'Anna Berg', title: 'head of research', affiliation: 'Google' },
      { name: 'Yann LeCun', title: 'chief AI scientist', affiliation: 'Meta Platforms Inc' },
    ],
    not: ['AI'],
  },
  {
    // "its" before a title stands for the body named last before it in the sentence; a field of
    // work opens a title ("technical lead", "medical director"); an honorific after the comma
    text: 'Veltro Motors said its chief financial officer, Luca Marini, would retire. The Harbor Clinic\'s medical director, Dr. Ann Lee, agreed, and the WHO\'s technical lead, Maria Van Kerkhove, spoke.',
    people: [
      { name: 'Luca Marini', title: 'chief financial officer', affiliation: 'Veltro Motors' },
      { name: 'Ann Lee', title: 'medical director' },
      { name: 'Maria Van Kerkhove', title: 'technical lead', affiliation: 'WHO' },
    ],
  },
  {
    // the place before an office of its government is the office's body, with its unit ("County");
    // before a trade it is only where someone works
    text: 'Los Angeles County District Attorney George Gascon spoke, California Governor Gavin Newsom agreed and Texas Attorney General Ken Paxton sued. A Texas attorney, Ann Lee, objected.',
    people: [
      { name: 'George Gascon', title: 'District Attorney', affiliation: 'Los Angeles County' },
      { name: 'Gavin Newsom', title: 'Governor', affiliation: 'California' },
      { name: 'Ken Paxton', title: 'Attorney General', affiliation: 'Texas' },
      { name: 'Ann Lee', title: 'attorney', affiliation: null },
    ],
  },
  {
    // a person's title may open with a country after the comma: no "place, region"
    text: 'John Cornyn, U.S. Senator, disagreed. Sandy Springs, Georgia, voted.',
    people: [{ name: 'John Cornyn' }],
    places: [{ name: 'Georgia' }],
  },
  {
    // an office split at "of" keeps its portfolio: "Secretary of State", "Minister of Foreign Affairs"
    text: 'Secretary of State Warren Christopher telephoned. Minister of Foreign Affairs Sergei Lavrov spoke, and Mayor of Leeds Judith Blake listened.',
    people: [
      { name: 'Warren Christopher', title: 'Secretary of State' },
      { name: 'Sergei Lavrov', title: 'Minister of Foreign Affairs' },
      { name: 'Judith Blake', title: 'Mayor', affiliation: 'Leeds' },
    ],
  },
  {
    // a body that appoints someone to an office is the office's body; a person who appoints is no body
    text: 'Norlake Bank named Priya Menon as managing director. The board of Veltro appointed Carlos Ibarra as chief executive. President Ana Rocha named Luis Prado as prime minister.',
    people: [
      { name: 'Priya Menon', title: 'managing director', affiliation: 'Norlake Bank' },
      { name: 'Carlos Ibarra', title: 'chief executive', affiliation: 'Veltro' },
      { name: 'Luis Prado', title: 'prime minister', affiliation: null },
    ],
  },
  {
    // the body a titled person is "at" is an organization, and so its later uses
    text: '"Demand is strong," said Ritesh Kumar, an analyst at Brackwell in Mumbai. Brackwell later raised its target.',
    people: [{ name: 'Ritesh Kumar', title: 'analyst', affiliation: 'Brackwell' }],
    organizations: [{ name: 'Brackwell', mentions: ['Brackwell', 'Brackwell'] }],
  },
  {
    // a demonym a dependency shares names the sovereign state ("Indian": India, not the British Indian Ocean Territory)
    text: 'Indian cricket captain Rohit Sharma scored 87, and French Open champion Iga Swiatek watched.',
    people: [{ name: 'Rohit Sharma', affiliation: 'India' }],
  },
  {
    // US lawmakers: a chamber opening the sentence is the body before the office; the party a
    // member's description or letter states is the affiliation, and the state stays a place
    text: 'House Minority Whip Rosa Delgado spoke first. Rep. Tom Harlan, an Ohio Republican, objected, and Sen. Ada Whitcomb (D-Vt.) agreed. Jack Rowe, the special counsel, filed the motion.',
    people: [
      { name: 'Rosa Delgado', title: 'Minority Whip', affiliation: 'House' },
      { name: 'Tom Harlan', affiliation: 'Republican Party' },
      { name: 'Ada Whitcomb', affiliation: 'Democratic Party' },
      { name: 'Jack Rowe', title: 'special counsel', affiliation: null },
    ],
    places: [{ name: 'Ohio' }],
  },
  {
    // a field after a lower-case head before the name, and a body's common noun after "of the"
    text: 'The Fed\'s vice chair for supervision, Michael Barr, testified. The hospital\'s head of surgery, Dr. Amal Nasser, disagreed, and a spokesman for the ministry, Ivan Petrov, declined to comment.',
    people: [
      { name: 'Michael Barr', title: 'vice chair for supervision', affiliation: 'Federal Reserve' },
      { name: 'Ivan Petrov', title: 'spokesman', affiliation: null },
    ],
    organizations: [{ name: 'Federal Reserve' }],
  },
  {
    // a body described before its name, by a demonym and a common noun, is the name: "the Dutch
    // liberal party D66", "the French bank Societe Generale", "the law firm Garrigues"
    text: 'Rob Jetten, leader of the Dutch liberal party D66, backed the bill. Tom Reed, an analyst with the French bank Societe Generale, doubted it, and the startup Within Unlimited stayed out. The investor Warren Buffett did not comment.',
    people: [
      { name: 'Rob Jetten', title: 'leader', affiliation: 'D66' },
      { name: 'Tom Reed', title: 'analyst', affiliation: 'Societe Generale' },
      { name: 'Warren Buffett', title: 'investor', affiliation: null },
    ],
    organizations: [{ name: 'D66' }, { name: 'Societe Generale' }, { name: 'Within Unlimited' }],
  },
  {
    // a name defined as a body is the body's, and so are its later uses; a trade is not a body
    text: 'Marvana is a Brazilian bicycle maker based in Curitiba. Telvos, a Bulgarian electronics company, said sales rose. Marvana did not comment. Ana Jones, a software developer from Ohio, agreed.',
    organizations: [{ name: 'Marvana', mentions: ['Marvana', 'Marvana'] }, { name: 'Telvos' }],
    people: [{ name: 'Ana Jones', title: 'software developer' }],
  },
  {
    // any capitalised name before an office and a name is the body: the first word stays when it opens the sentence
    text: 'Federal Reserve Chair Jerome Powell spoke, JPMorgan Chase CEO Jamie Dimon listened and Goldman Sachs chief economist Jan Hatzius agreed.',
    people: [
      { name: 'Jerome Powell', title: 'Chair', affiliation: 'Federal Reserve' },
      { name: 'Jamie Dimon', title: 'CEO', affiliation: 'JPMorgan Chase' },
      { name: 'Jan Hatzius', title: 'chief economist', affiliation: 'Goldman Sachs' },
    ],
    // a name whose shape is a person's is the body a title right after it names
    organizations: [{ name: 'Goldman Sachs' }],
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
    // a legal form of any country closes a company's name, and the town a company is named after
    // is the company where it is spoken of as one (its staff, its board, shares in it)
    text: 'Swedish packaging maker Kalmar Cartons AB said on Monday it would close two plants. Kalmar\'s chief executive, Elin Berg, said demand had slumped. Shares in Kalmar fell 6%, while rival Vestby Emballasje ASA rose.',
    people: [{ name: 'Elin Berg', title: 'chief executive', affiliation: 'Kalmar Cartons AB' }],
    organizations: [{ name: 'Kalmar Cartons AB', mentions: ['Kalmar Cartons AB', 'Kalmar', 'Kalmar'] }, { name: 'Vestby Emballasje ASA' }],
  },
  {
    // a known place's name over its joining words, in any language: not two places or a cut one
    text: 'Heavy rain hit Rio Grande do Sul and Mato Grosso do Sul. Troops were sent to Jammu and Kashmir and the Isle of Wight.',
    places: [{ name: 'Rio Grande do Sul' }, { name: 'Mato Grosso do Sul' }, { name: 'Jammu and Kashmir' }, { name: 'Isle of Wight' }],
  },
  {
    // a one-word name set off by commas after a body's common noun is that body's
    text: "Chile's national seismology agency, Sismonet, said the quake was shallow. The country's largest union, Fenatra, called a strike.",
    organizations: [{ name: 'Sismonet' }, { name: 'Fenatra' }],
  },
  {
    // a government's noun with no name before it is the office's own word; "presiding" is a rank
    text: 'Former city treasurer Nora Vance was charged. Presiding Judge Alan Pike read the verdict.',
    people: [{ name: 'Nora Vance', title: 'city treasurer' }, { name: 'Alan Pike', title: 'Presiding Judge' }],
  },
  {
    // a generation's suffix closes a titled name, and the surname before it names the person
    // again; "Philippine" is the country's adjective
    text: 'Philippine Senator Ramon Dizon Jr. flew to Jakarta on Monday. Dizon, who chairs the defence committee, met officials.',
    people: [{ name: 'Ramon Dizon Jr.', title: 'Senator', affiliation: 'Philippines', mentions: ['Ramon Dizon Jr.', 'Dizon'] }],
  },
  {
    // a kind of company capitalised to open a headline or a sentence is no part of the name
    text: 'Planemaker Orvane wins $3 billion order\nRetailer Brightmoor Stores said on Friday sales fell. Insurer Halcott raised its dividend.',
    organizations: [{ name: 'Orvane' }, { name: 'Brightmoor Stores' }, { name: 'Halcott' }],
  },
  {
    // a match report: a town after a verb of playing is the opponent; a player's possessive
    // before his goal is a person's though his given name is a town's; a league in its own
    // language; a stadium named with a particle
    text: 'Feyenoord beat Twente 3-1 at the Estadio do Lago on Sunday, with Lens Moreau\'s 75th-minute header settling it. Feyenoord face Genk in the Conference League next, and Twente host Utrecht in the Primeira Liga on Saturday.',
    organizations: [{ name: 'Feyenoord' }, { name: 'Twente' }, { name: 'Genk' }, { name: 'Utrecht' }, { name: 'Conference League' }, { name: 'Primeira Liga' }],
    places: [{ name: 'Estadio do Lago' }],
    people: [{ name: 'Lens Moreau' }],
  },
  {
    // a body's name goes on over "for a"; a chamber before an office is the chamber, not another
    // body of the story that opens with its word
    text: 'Ruth Okafor, director of the Alliance for a Cleaner Harbor, said the House Energy Committee had stalled the bill. House Speaker Dale Brennan disagreed.',
    people: [{ name: 'Ruth Okafor', title: 'director', affiliation: 'Alliance for a Cleaner Harbor' }, { name: 'Dale Brennan', title: 'Speaker', affiliation: 'House' }],
  },
  {
    // a kind of body opening the sentence before a name makes it one; "its" before a title is
    // the body named last
    text: 'Farm lobby Agrovia welcomed the aid but said it came late. Its president, Marta Soler, said yields would halve.',
    organizations: [{ name: 'Agrovia' }],
    people: [{ name: 'Marta Soler', title: 'president', affiliation: 'Agrovia' }],
  },
  {
    // an honorific between an office and the name is no part of the office; a dateline of two
    // places with a slash is still a dateline
    text: "DOHA/BEIRUT, Jan 8 (Reuters) - Kuwait's Prime Minister Sheikh Ahmad Abdullah al-Sabah said on Monday the talks had stalled.",
    people: [{ name: 'Ahmad Abdullah al-Sabah', title: 'Prime Minister', affiliation: 'Kuwait' }],
  },
  {
    // a study's author is a role in the story: the position set off after the name is the title
    text: '"The signal is clear," said lead author Dr. Maren Holt, an ecologist at the Norwegian Institute for Nature Research.',
    people: [{ name: 'Maren Holt', title: 'ecologist', affiliation: 'Norwegian Institute for Nature Research' }],
  },
  {
    // where one lives, after the age, is a place
    text: 'Dean Marsh, 44, of Tividale, and Kerry Ames, 39, of Harborne, were charged.',
    places: [{ name: 'Tividale' }, { name: 'Harborne' }],
    people: [{ name: 'Dean Marsh' }, { name: 'Kerry Ames' }],
  },
  {
    // a U.S. state by its AP abbreviation after a town and a comma is the state
    text: 'NAPLES, Fla. (AP) -- Residents of Mesa, Ariz., and Reno, Nev., sent aid.',
    places: [{ name: 'Naples' }, { name: 'Florida', mentions: ['Fla'] }, { name: 'Mesa' }, { name: 'Arizona', mentions: ['Ariz'] }, { name: 'Reno' }, { name: 'Nevada', mentions: ['Nev'] }],
  },
  {
    // a contraction of "I" is no name; a court is no company whose officer a person was
    text: 'A spokeswoman for the Hamburg Regional Court said the hearing was moved. Former chief executive Lars Brandt denies wrongdoing. "Mia is the best player I\'ve ever coached," the coach said.',
    people: [{ name: 'Lars Brandt', title: 'Former chief executive', affiliation: null }],
    not: ["I've"],
  },
  {
    // an office not yet taken up is an office
    text: 'The talks will resume after President-elect Rosa Imbert takes office. Prime Minister-designate Tomas Vik named his cabinet.',
    people: [{ name: 'Rosa Imbert', title: 'President-elect' }, { name: 'Tomas Vik', title: 'Prime Minister-designate' }],
  },
  {
    // an office held in a place, set off before the name
    text: "The World Bank's country director in Nairobi, Ines Achieng, said the loan was approved.",
    people: [{ name: 'Ines Achieng', title: 'country director', affiliation: 'World Bank' }],
  },
  {
    // a chief minister holds a state's office, not the dateline country's; a sentence set in a
    // state by its opening gives it
    text: 'LUCKNOW, India (Reuters) - Chief Minister Arjun Rawat said the state would hire 50,000 teachers. Prime Minister Vikram Sethi welcomed it. In neighbouring Bihar, Chief Minister Sunil Jha said he would do the same.',
    people: [{ name: 'Arjun Rawat', title: 'Chief Minister', affiliation: null }, { name: 'Vikram Sethi', title: 'Prime Minister', affiliation: 'India' }, { name: 'Sunil Jha', title: 'Chief Minister', affiliation: 'Bihar' }],
  },
  {
    // a field's modifier the tagger reads as a verb stays in the title set off after the name
    text: '"Bonds are cheap," said Rita Osei, head of fixed income at Halvane Capital, and Tom Lark, chief fixed income strategist at Orvane Bank.',
    people: [{ name: 'Tom Lark', title: 'chief fixed income strategist', affiliation: 'Orvane Bank' }],
  },
  {
    // "the state's" (country's, city's) office is the one of that kind named last before
    text: "A court in Oregon will rule on Friday on a challenge by the state's attorney general, Dan Rayfield. In Ghana, the country's finance minister, Ama Boateng, said the budget was final.",
    people: [{ name: 'Dan Rayfield', title: 'attorney general', affiliation: 'Oregon' }, { name: 'Ama Boateng', title: 'finance minister', affiliation: 'Ghana' }],
  },
  {
    // a known body's short name opening the sentence before an office is the body
    text: 'ECB President Marta Kovac spoke first. Fed Chair Lena Ortiz followed.',
    people: [{ name: 'Marta Kovac', title: 'President', affiliation: 'European Central Bank' }, { name: 'Lena Ortiz', title: 'Chair', affiliation: 'Federal Reserve' }],
  },
  {
    // a competition is no body and no place
    text: 'She won the Australian Open in January and the Berlin Marathon in September, and he won the Monaco Grand Prix and the ATP Finals.',
    not: ['Australian Open', 'Berlin Marathon', 'Monaco Grand Prix', 'ATP Finals'],
  },
  {
    // the country and the status before an office split at "of" are the person's
    text: 'Former U.S. Secretary of State Helen Marr spoke first. British Minister of Defence Tom Pell followed.',
    people: [{ name: 'Helen Marr', title: 'former Secretary of State', affiliation: 'United States' }, { name: 'Tom Pell', title: 'Minister of Defence', affiliation: 'United Kingdom' }],
  },
  {
    // "PM" is an office; a former office of a country written as one word ("Ex-Pakistan")
    text: 'Ex-Nepal PM Ram Thapa jailed for graft\nBangladesh PM Sheikh Rina Alam met him.',
    people: [{ name: 'Ram Thapa', title: 'former PM', affiliation: 'Nepal' }, { name: 'Rina Alam', title: 'PM', affiliation: 'Bangladesh' }],
  },
  {
    // a governor under a dateline that names a U.S. state is that state's; a title and a given
    // name before a surname that is a place's word make a person
    text: 'DULUTH, Minn. (AP) -- Gov. Ellen Marsh said the storm had cut power to 80,000 homes, and Sen. Ann Hill toured Duluth.',
    people: [{ name: 'Ellen Marsh', title: 'Gov.', affiliation: 'Minnesota' }, { name: 'Ann Hill', title: 'Sen.' }],
  },
  {
    // a hyphen with no spaces joins capitalised words into one name, but not two places paired
    text: 'Soccer-Late Ferreira header sends Braga top\n\nLISBON (Reuters) - Defender Tiago Ferreira headed in a late winner. Engine maker Rolls-Royce Holdings said the Russia-Ukraine war had lifted orders. Guinea-Bissau signed the deal.',
    not: ['-Late Ferreira', 'Soccer-Late Ferreira', 'Late Ferreira'],
    organizations: [{ name: 'Rolls-Royce Holdings' }],
    places: [{ name: 'Russia' }, { name: 'Ukraine' }, { name: 'Guinea-Bissau' }],
  },
  {
    // a given name the tagger takes for an adverb by its ending opens the sentence
    text: 'Charities condemned the cut. Romilly Greenhill, chief executive of the Oxfam-backed network, called it a betrayal.',
    people: [{ name: 'Romilly Greenhill', title: 'chief executive' }],
  },
  {
    // a list after a plural kind of body names bodies
    text: 'Regulators cleared the merger of drugstore chains Pellow Health and Farmacity on Monday. Shares of carmakers Voltano and Brisk Auto fell.',
    organizations: [{ name: 'Pellow Health' }, { name: 'Farmacity' }, { name: 'Voltano' }, { name: 'Brisk Auto' }],
  },
  {
    // a party's member before a given name is the person's party; a county before its office
    // opens the sentence too; an office's acronym alone in a headline is no one
    text: 'Ex-bank CEO charged with fraud\nDemocrat Maria Ortiz won the seat, and fellow Republican Dan Hale conceded. Dane County Sheriff Kalvin Barrett said the count was calm.',
    people: [{ name: 'Maria Ortiz', affiliation: 'Democratic Party' }, { name: 'Dan Hale', affiliation: 'Republican Party' }, { name: 'Kalvin Barrett', title: 'Sheriff', affiliation: 'Dane County' }],
    organizations: [],
  },
  {
    // a kind of company before a name makes it one with no article after a country; the body
    // after a country's possessive is the one a person heads
    text: "Regulators fined Swiss drug company Velmora 300 million euros. Velmora said it would appeal. Ruth Egli, who heads Switzerland's Competition Commission, welcomed the fine.",
    organizations: [{ name: 'Velmora', mentions: ['Velmora', 'Velmora'] }],
    people: [{ name: 'Ruth Egli', title: 'head', affiliation: 'Competition Commission' }],
  },
  {
    // a party named with its leader is the leader's, after "of" or "whose"; a city named with
    // its article keeps it; a titled name before ", which" stays a person
    text: 'The Renewal Party (RP) of nationalist Anna Kovac won 41 seats. Marta Lind, whose Green Future party won 12, spoke in The Hague. The bloc led by former trade chief Jonas Berg, which won 9, came fourth.',
    people: [{ name: 'Anna Kovac', affiliation: 'Renewal Party' }, { name: 'Marta Lind', affiliation: 'Green Future' }, { name: 'Jonas Berg', title: 'former trade chief' }],
    places: [{ name: 'The Hague' }],
  },
  {
    // "which" stands for no person; a part of a continent is a place; a plural field compounds a
    // title ("arms dealer", "weapons inspector")
    text: "Sweden's Norrvik Biotech, which makes the test kits, said demand was rising in Central Africa. Former weapons inspector Ulla Berg and arms dealer Piet Claes were questioned.",
    organizations: [{ name: 'Norrvik Biotech' }],
    places: [{ name: 'Sweden' }, { name: 'Central Africa' }],
    people: [{ name: 'Ulla Berg', title: 'Former weapons inspector' }, { name: 'Piet Claes', title: 'arms dealer' }],
  },
  {
    // an office's bureau is named by the office's possessive; a town's police keeps the town
    text: "The Lucas County Sheriff's Office said the man was armed. Toledo Police Chief Dan Reyes said two officers were hurt. The U.S. Attorney's Office in Toledo declined to comment.",
    organizations: [{ name: "Lucas County Sheriff's Office" }, { name: "U.S. Attorney's Office" }],
    people: [{ name: 'Dan Reyes', title: 'Chief', affiliation: 'Toledo Police' }],
  },
  {
    // "Congo" alone is the Democratic Republic in news; the other Congo is named in full
    text: 'Fighting in eastern Congo spread to Bukavu. The Republic of Congo closed its border.',
    places: [{ name: 'DR Congo', mentions: ['Congo'] }, { name: 'Republic of the Congo', mentions: ['Republic of Congo'] }],
  },
  {
    // wire copy writes towns without their letters' marks, and letters NFD does not take apart
    // ("Łódź", "Tromsø") too; a body's opener before "on" keeps the name whole
    text: 'Police in Lodz and Tromso made arrests, the International Panel on Fissile Materials said.',
    places: [{ name: 'Lodz' }, { name: 'Tromso' }],
    organizations: [{ name: 'International Panel on Fissile Materials' }],
  },
  {
    // a position stated after the name outranks a military rank or an academic title before it
    text: 'Brigadier general Rahmat Sudiro, spokesman for the Malaysian navy, said the ships had sailed.',
    people: [{ name: 'Rahmat Sudiro', title: 'spokesman', affiliation: 'Malaysia' }],
  },
  {
    // match reports: a sentence of play with one team gives its players that team; two teams give none
    text: 'Forward Marcus Ellery scored twice for Norway in the first half. Norway beat Iceland 2-1 as Luka Modric watched.',
    people: [{ name: 'Marcus Ellery', affiliation: 'Norway' }, { name: 'Luka Modric' }],
  },
  {
    // names in a list with people are people; a misspelt given name is the same person
    text: 'Renowned painters such as Joan Mitchell, Frank Stella, Agnes Martin and Cy Twombly showed there. Katherine Boyd organised it; Katharine Boyd said so.',
    people: [
      { name: 'Joan Mitchell', title: 'painter' },
      { name: 'Agnes Martin', title: 'painter' },
      { name: 'Cy Twombly', title: 'painter' },
      { name: 'Katherine Boyd', mentions: ['Katherine Boyd', 'Katharine Boyd'] },
    ],
  },
  {
    // an office with what it is of, then the name: a place or body is the affiliation, a portfolio the title
    text: 'Mayor of Leeds Judith Blake, Director of the Science Museum Ian Blatchford and Minister of Health Elena Ruiz met.',
    people: [
      { name: 'Judith Blake', title: 'Mayor', affiliation: 'Leeds' },
      { name: 'Ian Blatchford', title: 'Director', affiliation: 'Science Museum' },
      { name: 'Elena Ruiz', title: 'Minister of Health' },
    ],
    not: ['Director of the Science Museum Ian Blatchford'],
  },
  {
    // a party's possessive before a capitalised office; a city before a party is no part of it
    text: "Labour's Shadow Justice Secretary Anne Horton replied to Mark Ellison, a Leeds Liberal Democrat MP.",
    people: [
      { name: 'Anne Horton', title: 'Shadow Justice Secretary', affiliation: 'Labour' },
      { name: 'Mark Ellison', title: 'MP', affiliation: 'Liberal Democrat' },
    ],
  },
  {
    // a plural role before a list gives each name the role, also opening the sentence
    text: 'Reporters Dana Whitfield, Omar Haddad and Lucy Brennan travelled with cyclists Tom Pidcock (road) and Anna Kiesenhofer.',
    people: [
      { name: 'Dana Whitfield', title: 'reporter' },
      { name: 'Omar Haddad', title: 'reporter' },
      { name: 'Lucy Brennan', title: 'reporter' },
      { name: 'Tom Pidcock', title: 'cyclist' },
      { name: 'Anna Kiesenhofer', title: 'cyclist' },
    ],
  },
  {
    // a caption run into the text without its full stop; the nations of the UK; "Korea" is the South
    text: "The panel: SNP's Fiona Reid In the Highlands, Welsh captain Gareth Bale and Korea's Park Ji-sung. Her brother Ali Reza spoke.",
    people: [
      { name: 'Fiona Reid', affiliation: 'SNP' },
      { name: 'Gareth Bale', title: 'captain', affiliation: 'Wales' },
      { name: 'Park Ji-sung', affiliation: 'South Korea' },
      { name: 'Ali Reza' },
    ],
    not: ['Fiona Reid In'],
  },
  {
    // an affiliation given as an acronym the text defines takes the body's name
    text: 'The Royal College of Nursing (RCN) ran the course, said Helen Marsh, an RCN lecturer.',
    people: [{ name: 'Helen Marsh', title: 'lecturer', affiliation: 'Royal College of Nursing' }],
  },
  {
    // titles after the name, set off by commas: with an article, an age, a body after the title
    text: 'The inquiry was chaired by Helen Ortiz, the Attorney General, and Samir Haddad, editor in chief at the Beirut Times. Lena Vogel, 34, a member of Greenpeace, and Pablo Ruiz Tagle, Chile coach, also spoke.',
    people: [
      { name: 'Helen Ortiz', title: 'Attorney General' },
      { name: 'Samir Haddad', title: 'editor in chief', affiliation: 'Beirut Times' },
      { name: 'Lena Vogel', title: 'member', affiliation: 'Greenpeace' },
      { name: 'Pablo Ruiz Tagle', title: 'coach', affiliation: 'Chile' },
    ],
  },
  {
    // titles before the name, set off by a comma; a body after "of"
    text: "Kenya's Finance Minister, Peter Mwangi, met Founder of Amazon, Jeff Bezos. Sarah Lund of SDP and Erik Dahl from the Centre Party came, but not Tom Reed of Chicago.",
    people: [
      { name: 'Peter Mwangi', title: 'Finance Minister', affiliation: 'Kenya' },
      { name: 'Jeff Bezos', title: 'Founder', affiliation: 'Amazon' },
      { name: 'Sarah Lund', affiliation: 'SDP' },
      { name: 'Erik Dahl', affiliation: 'Centre Party' },
      { name: 'Tom Reed' },
    ],
  },
  {
    // words that close a title after its head; Korean given names written with a hyphen
    text: 'The report was welcomed by Vivek Murthy, the Surgeon General, and by Lee Jae-myung, the president elect. Choi Min-jung, commander in chief of the navy, was absent.',
    people: [
      { name: 'Vivek Murthy', title: 'Surgeon General' },
      { name: 'Lee Jae-myung', title: 'president elect' },
      { name: 'Choi Min-jung', title: 'commander in chief' },
    ],
  },
  {
    // an organization before a lower-case title is the affiliation, not part of the title
    text: 'Met Office spokeswoman Clare Dyson said the storm would pass, and Spotify co-founder Daniel Ek agreed.',
    people: [
      { name: 'Clare Dyson', title: 'spokeswoman', affiliation: 'Met Office' },
      { name: 'Daniel Ek', title: 'co-founder', affiliation: 'Spotify' },
    ],
  },
  {
    // an organization before a capitalised office, and an acronym office: "Museum of Flight CEO"
    text: 'The gallery was opened by Museum of London CEO Sharon Ament and Home Office Minister Carla Hughes.',
    people: [
      { name: 'Sharon Ament', title: 'CEO', affiliation: 'Museum of London' },
      { name: 'Carla Hughes', title: 'Minister', affiliation: 'Home Office' },
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
    text: "Ireland's Prime Minister Sean Keane thanked SNP's Ross Kerr and Apple's Tim Cook.",
    people: [
      { name: 'Sean Keane', title: 'Prime Minister', affiliation: 'Ireland' },
      { name: 'Ross Kerr', affiliation: 'SNP' },
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
  // a place compounded with "based" before the body is no affiliation; a ministry's spokesman
  // takes no assembly; a body named with its noun is the noun's owner over a nearer body
  {
    text: 'Ngozi Adeyemi, managing director of Accra-based Volta Capital Partners, said rates would fall. The bill goes to the National Assembly next week, a ministry spokeswoman, Efua Mensah, said.',
    people: [
      { name: 'Ngozi Adeyemi', title: 'managing director', affiliation: 'Volta Capital Partners' },
      { name: 'Efua Mensah', title: 'ministry spokeswoman' },
    ],
    organizations: [{ name: 'Volta Capital Partners' }, { name: 'National Assembly' }],
  },
  {
    text: 'Okonjo Group, the largest brewer in the region, said it would list on the Lagos exchange. Ayo Okonjo, the group\'s chairman, told Reuters the listing would raise $1 billion.',
    people: [{ name: 'Ayo Okonjo', title: 'chairman', affiliation: 'Okonjo Group' }],
    organizations: [{ name: 'Okonjo Group' }],
    not: ['Group'],
  },
  // a state before an abbreviated office, the surname with a capital inside; a state's chamber is
  // a body
  {
    text: 'Ohio Gov. Mike DeWine signed the bill, which the Ohio House passed in June. Illinois Comptroller Susana Mendoza and Rep. Darin LaHood objected.',
    people: [
      { name: 'Mike DeWine', title: 'Gov.', affiliation: 'Ohio' },
      { name: 'Susana Mendoza', title: 'Comptroller', affiliation: 'Illinois' },
      { name: 'Darin LaHood', title: 'Rep.' },
    ],
    organizations: [{ name: 'Ohio House' }],
    not: ['Ohio Gov. Mike DeWine'],
  },
  // a national office under a dateline is the dateline country's, though a place was spoken of
  // in the sentence before
  {
    text: 'SEOUL, May 2 (Reuters) - Exports slowed on weaker demand in China. Prime Minister Han Duck-soo will visit Tokyo next week.',
    people: [{ name: 'Han Duck-soo', title: 'Prime Minister', affiliation: 'South Korea' }],
  },
  // a rank opening an office keeps the words up to the head ("Chief Election Commissioner"); a
  // name before "party" in lower case is the party
  {
    text: 'Chief Electoral Officer Rajiv Menon said counting would resume. Prashant Rao, whose Lok Shakti party won no seats, conceded.',
    people: [{ name: 'Rajiv Menon', title: 'Chief Electoral Officer' }, { name: 'Prashant Rao' }],
    organizations: [{ name: 'Lok Shakti' }],
  },
  // an office held only at one kind of body is the nearest such body's; an adherent's word before
  // a full name is no part of it
  {
    text: 'The Marlow Museum of Art drew 9,000 visitors to its Hockney show last spring, according to curator Ines Barlow. A film featuring Methodist preacher John Wesley and Scientologist Ann Paley was pulled.',
    people: [{ name: 'Ines Barlow', title: 'curator', affiliation: 'Marlow Museum of Art' }, { name: 'Ann Paley' }],
    not: ['Scientologist Ann Paley'],
  },
  // a name opening a sentence whose surname is written alone inside another; stadiums and
  // saints' places by their opening word
  {
    text: 'Kylian Mbappe scored twice as Real won at the Estadio Mestalla. Valencia led early, but Mbappe struck twice after the break. Milan drew at San Siro.',
    people: [{ name: 'Kylian Mbappe', mentions: ['Kylian Mbappe', 'Mbappe'] }],
    places: [{ name: 'Estadio Mestalla' }, { name: 'San Siro' }],
  },
  // a portfolio opening the sentence stays in the office; a role for a country's ministry named
  // with its portfolio
  {
    text: "SYDNEY (Reuters) - Commerce Secretary Dana Whitlock said tariffs would rise. A spokeswoman for Japan's trade ministry, Emi Sato, declined to comment.",
    people: [
      { name: 'Dana Whitlock', title: 'Commerce Secretary', affiliation: 'Australia' },
      { name: 'Emi Sato', title: 'spokeswoman', affiliation: 'Japan' },
    ],
  },
  // an office over two portfolios joined by "and"
  {
    text: 'Health and Social Care Secretary Wes Streeting defended the plan. Culture and Media Minister Lisa Nandy agreed.',
    people: [
      { name: 'Wes Streeting', title: 'Health and Social Care Secretary' },
      { name: 'Lisa Nandy', title: 'Culture and Media Minister' },
    ],
  },
  // a fellow at a body named with its noun ("the Kiel think tank"); a saint's possessive inside a
  // body's name; a given name a town shares opens a name of two given names
  {
    text: '"Prices will fall," said Hanna Berg, a senior fellow at the Orbis think tank. Ola Reyes, 38, a nurse at St. Luke\'s Hospital, was hurt. Sweden\'s envoy to the EU, Anna Lena Holm, spoke.',
    people: [
      { name: 'Hanna Berg', title: 'senior fellow', affiliation: 'Orbis' },
      { name: 'Ola Reyes', title: 'nurse', affiliation: "St. Luke's Hospital" },
      { name: 'Anna Lena Holm', title: 'envoy', affiliation: 'Sweden' },
    ],
    organizations: [{ name: "St. Luke's Hospital" }],
  },
  // a country's first-level region is a place (country-state-city): growers "in" it who speak
  // are the growers
  {
    text: 'Farmers in Lombardy and Extremadura lost their crops. Rains hit Borno and Sindh.',
    places: [{ name: 'Lombardy' }, { name: 'Extremadura' }, { name: 'Borno' }, { name: 'Sindh' }],
  },
  // the body a person is "of" is a body though shaped like a name; a company named in full is
  // named by its first word later; a holder's name run on after the body's head
  {
    text: 'Dana Whitlow of Barrow Keane filed the suit. Zorvex Platforms Inc shares fell. Zorvex said it would appeal. The head of the Fenwick Trust Clara Dunmore resigned.',
    people: [{ name: 'Dana Whitlow', affiliation: 'Barrow Keane' }, { name: 'Clara Dunmore' }],
    organizations: [{ name: 'Barrow Keane' }, { name: 'Zorvex Platforms Inc', mentions: ['Zorvex Platforms Inc', 'Zorvex'] }, { name: 'Fenwick Trust' }],
  },
  // a verb's -ing after a preposition is no part of a title; a person or a building is no body;
  // a sentence set in a country by its opening gives the country's office
  {
    text: 'WELLINGTON (Reuters) - He spoke after meeting Governor-General Cindy Kiro, the representative of King Charles, at Government House. In Canada, Prime Minister Mark Carney called an election.',
    people: [
      { name: 'Cindy Kiro', title: 'Governor-General', affiliation: 'New Zealand' },
      { name: 'Mark Carney', title: 'Prime Minister', affiliation: 'Canada' },
    ],
  },
  // American results lines (a comma after the first score) and standings by record: cities and
  // states are their teams; a lone record is no table
  {
    text: "Giannis Antetokounmpo had 31 for Milwaukee. Tuesday's results:\nMilwaukee 121, Utah 99\nGolden State 110, Sacramento 104\nStandings: Detroit 30-9, Milwaukee 28-11, Orlando 27-12.\nthe team went 3-1 on the trip, losing to Wichita 41-10.\n",
    organizations: [{ name: 'Milwaukee' }, { name: 'Utah' }, { name: 'Golden State' }, { name: 'Sacramento' }, { name: 'Detroit' }, { name: 'Orlando' }, { name: 'Wichita' }],
  },
  // a name opening a sentence whose first word has a capital inside; a venue one is at is no
  // affiliation
  {
    text: "The gala was hosted by Dana Reyes at the Orpheum Theatre. Ta'Nisha Joy Carter won best actress.",
    people: [{ name: 'Dana Reyes', affiliation: null }, { name: "Ta'Nisha Joy Carter" }],
  },
  // a plural's bare apostrophe in an affiliation
  {
    text: "Ana Kerr, president of Queens' College, Cambridge, spoke.",
    people: [{ name: 'Ana Kerr', title: 'president', affiliation: "Queens' College" }],
  },
  // a county whose name is an office's word is the sheriff's jurisdiction
  {
    text: 'Three people died near Kent, King County Sheriff Dana Price said on Tuesday.',
    people: [{ name: 'Dana Price', title: 'Sheriff', affiliation: 'King County' }],
  },
  // a body's name after a description ending in a noun for bodies, over a plural's apostrophe
  {
    text: "Luis Mora, director of the citrus growers' association Ailimpo, said exports fell. Eva Sanz, head of the dairy farmers' union Agraria, agreed.",
    people: [
      { name: 'Luis Mora', title: 'director', affiliation: 'Ailimpo' },
      { name: 'Eva Sanz', title: 'head', affiliation: 'Agraria' },
    ],
    organizations: [{ name: 'Ailimpo' }, { name: 'Agraria' }],
  },
  // a plural's bare apostrophe inside a body's name
  {
    text: "He will appear before Bradford Magistrates' Court on Monday. The Farmers' Union and the Department of Veterans' Affairs objected.",
    organizations: [{ name: "Bradford Magistrates' Court" }, { name: "Farmers' Union" }, { name: "Department of Veterans' Affairs" }],
  },
  // a wire's sport slug before a headline is no place, though a town shares its name
  {
    text: 'Rugby-Glasgow edge Ulster in Belfast thriller\nGlasgow beat Ulster 27-25 on Friday.',
    organizations: [{ name: 'Glasgow' }, { name: 'Ulster' }],
    not: ['Rugby'],
  },
  // a sport and a country name the sport's governing body; a Spanish city by its word for city
  {
    text: 'The fast bowler will miss the series, Cricket Australia said. Swimming Canada and USA Gymnastics named their squads. The fighter returned to Ciudad Obregon on Friday.',
    organizations: [{ name: 'Cricket Australia' }, { name: 'Swimming Canada' }, { name: 'USA Gymnastics' }],
    places: [{ name: 'Ciudad Obregon' }],
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
      const fields = { kind, name: e.name, ...('title' in e && e.title !== undefined ? { title: e.title } : {}), ...('affiliation' in e && e.affiliation !== undefined ? { affiliation: e.affiliation } : {}) };
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
