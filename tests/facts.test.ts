// Facts on sentences written for the patterns of news, each a shape the rules must read.
import { describe, expect, it } from 'vitest';
import { extract, type Fact, type FactSpan } from '../src/index.js';

const facts = (text: string, ref = '2023-09-24'): Fact[] => extract(text, { refDate: ref, types: ['facts'] }).facts ?? [];
const texts = (v: FactSpan | FactSpan[] | undefined) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((a) => a.text));
/** Statements as [cue, first speaker, first content]. */
const rows = (text: string) => facts(text).filter((f) => f.type === 'statement').map((f) => [f.trigger?.text ?? null, texts(f.args.speaker)[0], texts(f.args.content)[0]]);

describe('statements', () => {
  it('reads reported speech with the speaker before the cue, and the content after "that"', () => {
    const [f] = facts('The finance minister Lars Holm said on Monday that taxes would rise next year.');
    expect(f!.type).toBe('statement');
    expect(texts(f!.args.speaker)).toEqual(['Lars Holm']);
    expect(texts(f!.args.content)).toEqual(['taxes would rise next year']);
    expect(f!.trigger!.text).toBe('said');
  });
  it('reads an attribution after the content: ", X told Reuters."', () => {
    const [f] = facts('The company will cut 500 jobs in Ohio, chief executive Mary Barra told Reuters.');
    expect(texts(f!.args.speaker)).toEqual(['Mary Barra']);
    expect(texts(f!.args.content)).toEqual(['The company will cut 500 jobs in Ohio']);
  });
  it('leaves the one told out of the content: "told reporters the ruling would be appealed"', () => {
    const [f] = facts('Defense attorney Marc Mukasey told reporters the ruling would be appealed.');
    expect(texts(f!.args.content)).toEqual(['the ruling would be appealed']);
  });
  it('reads direct quotes with the cue after or before, and "according to"', () => {
    const fs = facts('"We will not give up," said Olena Kovalenko. Kovalenko added: "The town is ours." According to Reuters, the bridge was destroyed.');
    expect(fs.map((f) => [f.type, texts(f.args.speaker)[0], texts(f.args.content)[0]])).toEqual([
      ['statement', 'Olena Kovalenko', 'We will not give up'],
      ['statement', 'Kovalenko', 'The town is ours'],
      ['statement', 'Reuters', 'the bridge was destroyed'],
    ]);
  });
  it('resolves "he said" to the person it refers to and continues a quote paragraph with the last speaker', () => {
    const x = extract('Mayor Tom Ruiz spoke at noon. He said the water was safe.\n"We tested every well."', { refDate: '2023-09-24', types: ['people', 'facts'] });
    const ruiz = x.people.find((p) => p.name === 'Tom Ruiz')!;
    expect(x.facts!.map((f) => [(f.args.speaker as FactSpan).text, (f.args.speaker as FactSpan).id, f.trigger?.text ?? null])).toEqual([
      ['He', ruiz.id, 'said'],
      ['He', ruiz.id, null],
    ]);
  });
});

describe('statements: more shapes of news', () => {
  it('reads a cue with a quote after a colon that closes a few words, and verbs that report only before a quote', () => {
    expect(rows('The senator wrote on her campaign website: "We will not back down." She continued: "This fight is ours." The audit concluded, "Controls were weak."')).toEqual([
      ['wrote', 'The senator', 'We will not back down'],
      ['continued', 'She', 'This fight is ours'],
      ['concluded', 'The audit', 'Controls were weak'],
    ]);
  });
  it('gives a relative "who" the name before its comma, and no speaker to a participle after "if" or "when"', () => {
    expect(rows('Hooper was sentenced by Judge Penelope Wass, who said he had shown no remorse. If confirmed, Greer would succeed Tai. When asked about the deal, Smith said it was fair.')).toEqual([
      ['said', 'Penelope Wass', 'he had shown no remorse'],
      ['said', 'Smith', 'it was fair'],
    ]);
    // (a telephone call to someone is no speech)
    expect(rows('Greece, whose foreign minister Giorgos Gerapetritis called his Turkish counterpart Hakan Fidan, offered help. She called the plan "reckless".')).toEqual([
      ['called', 'She', 'reckless'],
    ]);
    // (a participle's clause after the attribution: the content is before it, the participle's
    // speaker the attribution's, and a date in what was said is no time of saying it)
    const added = facts('Blinken is due to travel to Beijing in early October, a spokesman said, adding that no date had been set.', '2024-09-25');
    expect(added.map((f) => [f.type, f.trigger?.text, texts(f.args.speaker ?? f.args.visitor)[0], f.time?.value, f.modality])).toEqual([
      ['statement', 'said', 'a spokesman', '2024-09-25', 'asserted'],
      ['statement', 'adding', 'a spokesman', '2024-09-25', 'asserted'],
      ['visit', 'travel', 'Blinken', '2024-10', 'planned'],
    ]);
    // (one told something by someone: the agent speaks, what follows "that" is said; a relative
    // "who" after a phrase of "of" stands for the nearest noun)
    expect(rows('Doyle was told by Mr Justice Cotter at Bristol Crown Court on Friday that he must serve 28 years.')).toEqual([
      ['told', 'Cotter', 'he must serve 28 years'],
    ]);
    expect(facts('He was jailed for the murder of a shopkeeper who was stabbed during a robbery.').map((f) => [f.type, texts(f.args.target)[0]])).toEqual([['attack', 'a shopkeeper']]);
    // (a source's role set off after it is no part of what it says; a role set off after a name is
    // no second party)
    expect(rows('According to John Smith, head of research at Kestrel Partners, demand is weak.')).toEqual([['According to', 'John Smith', 'demand is weak']]);
    expect(facts('Mary Barra, GM\'s CEO, agreed. Iran agreed with Russia on the plan.').map((f) => [f.type, texts(f.args.parties)])).toEqual([['agreement', ['Iran', 'Russia']]]);
    // (a source that is a document keeps its words; a titled name after an inverted cue and a role)
    expect(rows('Aspirin does not help, according to a study in the New England Journal of Medicine. "It was surprising," said lead author Dr. Rachel Hume.')).toEqual([
      ['according to', 'a study in the New England Journal of Medicine', 'Aspirin does not help'],
      ['said', 'Rachel Hume', 'It was surprising'],
    ]);
    // ("that" right before a verb is the clause's subject, not its opening word)
    expect(rows('Critics say that is too late.')).toEqual([['say', 'Critics', 'that is too late']]);
    // (a verb whose past is its present, read by the tagger as a noun, still makes a clause)
    expect(rows('The storm hit homes on Saturday, Energy Minister David Janetzki said.')).toEqual([['said', 'David Janetzki', 'The storm hit homes on Saturday']]);
    // (a place after "in" says where the speakers are; they are the phrase)
    expect(rows('A banker was convicted on Tuesday, federal prosecutors in Manhattan said.')).toEqual([['said', 'federal prosecutors in Manhattan', 'A banker was convicted on Tuesday']]);
    // (a passive cue with only its agent after it reports no words)
    expect(rows('His death was confirmed by his daughter, Lena Vance, who said he had been ill.')).toEqual([['said', 'Lena Vance', 'he had been ill']]);
    // (an attribution that closes the sentence is no part of an inner statement's content)
    expect(rows('Modi met Putin on Tuesday, urging him to end the war in Ukraine, Indian officials said.')).toEqual([
      ['urging', 'Modi', 'him to end the war in Ukraine'],
      ['said', 'Indian officials', 'Modi met Putin on Tuesday, urging him to end the war in Ukraine'],
    ]);
    expect(rows('The judge sided with a group of doctors who argued the law was void. Judge Robert Pitman, an appointee of former President Barack Obama, wrote that the state had erred.')).toEqual([
      ['argued', 'a group of doctors', 'the law was void'],
      ['wrote', 'Robert Pitman', 'the state had erred'],
    ]);
  });
  it('reads "according to X" without a comma, and after a relative pronoun', () => {
    expect(rows('According to Halvorsen the shipment never left the port. Ports have kept a rule, which, according to the union, the ministry has ignored.')).toEqual([
      ['According to', 'Halvorsen', 'the shipment never left the port'],
      ['according to', 'the union', 'the ministry has ignored'],
    ]);
  });
  it('takes a content that opens with a number, and an attribution set off inside the sentence', () => {
    expect(rows('Lena Park, the clinic director, said 40 patients were treated. Most donors, said Oduya, give twice a year.')).toEqual([
      ['said', 'Lena Park', '40 patients were treated'],
      ['said', 'Oduya', 'Most donors, said Oduya, give twice a year'],
    ]);
  });
  it('joins a quote split by its attribution, and keeps the person opening a long apposition as the speaker', () => {
    expect(rows('"We trained for months," team captain Sara Lind told reporters, "and it showed." Dr Omar Haddad, head of surgery at St Mary\'s Hospital, London, said the ward would reopen.')).toEqual([
      ['told', 'Sara Lind', 'We trained for months," team captain Sara Lind told reporters, "and it showed'],
      ['said', 'Omar Haddad', 'the ward would reopen'],
    ]);
  });
  it('reports no speech for a passive or adjectival cue, a relative clause\'s verb, a phrase after a preposition or a gerund after one', () => {
    expect(rows('After the leak was reported, shares fell. The bid came at an estimated cost of $2 billion. The keeper conceded a goal which the referee allowed. The mayor tweeted to residents and said the roads were open. Rules bar migrants from claiming asylum in the country expected next year.')).toEqual([
      ['said', 'The mayor', 'the roads were open'],
    ]);
  });
});

describe('statements: requests, sources and when they were said', () => {
  it('reads requests: "called for", "asking X to", "pleaded with X to"; lobbying is no request', () => {
    expect(rows('Unions called for a general strike. The mayor wrote to residents, asking them to conserve water. Her brother pleaded with her to stay home. Exporters pushed for lower tariffs.')).toEqual([
      ['called', 'Unions', 'a general strike'],
      ['asking', 'The mayor', 'them to conserve water'],
      ['pleaded', 'Her brother', 'to stay home'],
    ]);
  });
  it('reads what someone calls a thing ("describes ... as", "dismissed ... as"), a request in the progressive, and no fronted phrase in the speaker', () => {
    expect(rows('The site, which the ministry describes as a training centre, is closed. The minister dismissed the report as fiction. The union is urging members to vote no. In the past few weeks in Ohio, several towns have started asking residents to save water.')).toEqual([
      ['describes', 'the ministry', 'a training centre'],
      ['dismissed', 'The minister', 'the report as fiction'],
      ['urging', 'The union', 'members to vote no'],
      ['asking', 'several towns', 'residents to save water'],
    ]);
  });
  it('keeps a source named by a body and a noun whole after "according to", and reads a clause after a ruling without "that"', () => {
    expect(rows('According to a Nato official, the drills will go ahead. The panel concluded the drug was safe. The junta ruled the country for a decade.')).toEqual([
      ['According to', 'a Nato official', 'the drills will go ahead'],
      ['concluded', 'The panel', 'the drug was safe'],
    ]);
  });
  it('does not date a statement by a date that a later cue of the sentence stands before', () => {
    const fs = facts('Their lawyer called the charges "baseless" and said they would plead not guilty in court on Oct. 21.', '2023-10-09').filter((f) => f.type === 'statement');
    expect(fs.map((f) => [f.trigger?.text, f.time?.value])).toEqual([['called', '2023-10-09'], ['said', '2023-10-09']]);
  });
  it('reads headlines: a ruling without "that" or an article, and a speaker after a closing cue', () => {
    expect(rows('Greek court rules worship of ancient deities is legal\nThe ruling came on Thursday.')).toEqual([['rules', 'Greek court', 'worship of ancient deities is legal']]);
    expect(rows('Rates will stay high for longer, says Fed chief\nMarkets fell.')).toEqual([['says', 'Fed chief', 'Rates will stay high for longer']]);
  });
  it('reads a quote signed after it, on its own line or closing the paragraph, with no cue', () => {
    const fs = facts('The agency named the sites.\n\n"Today\'s decision is an affront to the people of Houston."\nJohn Cornyn, U.S. Senator (R-Texas)\n\nThis was a very difficult decision, made with the public in mind. Charles Bolden, NASA Administrator\nA file image.');
    expect(fs.map((f) => [f.trigger, texts(f.args.speaker)[0], texts(f.args.content)[0]])).toEqual([
      [null, 'John Cornyn', "Today's decision is an affront to the people of Houston"],
      [null, 'Charles Bolden', 'This was a very difficult decision, made with the public in mind'],
    ]);
  });
  it('takes no attribution as a recipient or as what was said', () => {
    const fs = facts('Iran has supplied the group with thousands of rockets, according to Western officials. President Emmanuel Macron urged restraint, the Elysee said.');
    expect(fs.map((f) => [f.type, f.trigger?.text, texts(f.args.recipient ?? f.args.content)[0]])).toEqual([
      ['statement', 'according to', 'Iran has supplied the group with thousands of rockets'],
      ['statement', 'said', 'President Emmanuel Macron urged restraint'],
      ['transfer', 'supplied', 'the group'],
    ]);
  });
  it('gives a participle cue after a quote the attribution\'s speaker, and does not date the quote by what the participle says', () => {
    const fs = facts('"Demand is insatiable," Chief Executive Lena Marsh told reporters, adding that the company would hire 10,000 people this year.');
    expect(fs.map((f) => [f.trigger?.text, texts(f.args.speaker)[0], f.time?.text])).toEqual([
      ['told', 'Lena Marsh', undefined],
      ['adding', 'Lena Marsh', undefined],
    ]);
  });
  it('finds the speaker after an abbreviated title that ends the tagger\'s sentence: \'"...," said Rep. Ann Moss\'', () => {
    expect(rows('"We are running out of time," said Rep. Ann Moss, an Ohio Republican. "Act now," said Dr. Omar Haddad.')).toEqual([
      ['said', 'Ann Moss', 'We are running out of time'],
      ['said', 'Omar Haddad', 'Act now'],
    ]);
  });
  it('finds the speaker of a quote in a titled name before the cue, the title lower-case or abbreviated', () => {
    expect(rows('"The money is gone," prosecutor Lena Ortiz told jurors. "We will appeal," defense attorney Sam Reyes said. "No comment," Assistant U.S. Attorney Joan Pike said.')).toEqual([
      ['told', 'Lena Ortiz', 'The money is gone'],
      ['said', 'Sam Reyes', 'We will appeal'],
      ['said', 'Joan Pike', 'No comment'],
    ]);
  });
  it('reads a ruling or finding that closes its sentence after a comma as an attribution', () => {
    expect(rows('The firm must pay $2 million by March 1, the judge ruled. Prices climbed faster in cities, the review concluded. The dog, which the farmer owned, ruled the yard.')).toEqual([
      ['ruled', 'the judge', 'The firm must pay $2 million by March 1'],
      ['concluded', 'the review', 'Prices climbed faster in cities'],
    ]);
  });
  it('reads a day right after the cue as when it was said, not as what was said', () => {
    const fs = facts('Coach Marta Ruiz said Saturday her team would not change. Officials said Monday\'s vote was close.', '2023-09-26');
    expect(fs.map((f) => [texts(f.args.content)[0], f.time?.value])).toEqual([
      ['her team would not change', '2023-09-23'],
      ["Monday's vote was close", '2023-09-26'],
    ]);
  });
  it('dates a statement by a date outside what was said, else the story\'s date', () => {
    const [a, b] = facts('The minister said on Monday the vote would be held next year. The regulator said it would publish its rules by the end of March.', '2023-09-27').filter((f) => f.type === 'statement');
    expect([a!.time?.value, b!.time?.value]).toEqual(['2023-09-25', '2023-09-27']);
  });
});

describe('events: passives, journeys named by a noun, shots at a target, people met by role', () => {
  const events = (text: string) => facts(text).filter((f) => f.type !== 'statement').map((f) => [f.type, f.trigger?.text, Object.fromEntries(Object.entries(f.args).map(([r, v]) => [r, texts(v).join(' + ')]))]);
  it('reads a reduced passive with its doer after "by", and an arrest in a headline', () => {
    expect(events('The paintings donated to the museum by the Hale Trust went on show.\nFormer aide arrested after protest in Lisbon\nThe rally was calm.')).toEqual([
      ['transfer', 'donated', { theme: 'The paintings', giver: 'Hale Trust', recipient: 'the museum' }],
      ['attack', 'arrested', { target: 'Former aide' }],
    ]);
  });
  it('keeps an active sentence active, and gives a shot its target after "at"', () => {
    expect(events('Rebel fighters shelled government positions. Troops fired 12 rockets at the airport.')).toEqual([
      ['attack', 'shelled', { attacker: 'Rebel fighters', target: 'government positions' }],
      ['attack', 'fired', { attacker: 'Troops', target: 'the airport' }],
    ]);
  });
  it('reads a journey named by a noun after a possessive, and a meeting with people named by their role', () => {
    const x = extract('Kamala Reyes thanked staff during her visit to Nairobi. Kamala Reyes met local farmers on Friday. The firm met its targets.', { refDate: '2023-09-24', types: ['facts'] });
    expect(x.facts!.filter((f) => f.type !== 'statement').map((f) => [f.type, Object.values(f.args).map((v) => texts(v).join(' + '))])).toEqual([
      ['visit', ['her', 'Nairobi']],
      ['meeting', ['Kamala Reyes + local farmers']],
    ]);
  });
  it('gives nothing abstract as a transfer: support, attention, votes', () => {
    expect(events('Mayor Ana Ruiz received the largest vote. Ruiz received support from Lena Park. Ruiz received 40 tonnes of grain from Kenya.')).toEqual([
      ['transfer', 'received', { recipient: 'Ruiz', theme: '40 tonnes of grain', giver: 'Kenya' }],
    ]);
  });
  it('gives no transfer of a person named by office, and no pronoun the source of an "according to"', () => {
    expect(events('The president will receive the Kenyan envoy on Monday. She met rebel leader Ivo Tamm in Doha last week, according to two officials.')).toEqual([
      ['meeting', 'met', { participants: 'She + Ivo Tamm' }],
    ]);
  });
  it('gives no transfer of a date read as the thing handed over', () => {
    expect(events('The ruling follows the 12-year term given last year to former banker Ivo Tamm.')).toEqual([]);
  });
  it('gives a meeting named by a noun no party that is only part of a title, and an act in a clause of time no date of the main clause', () => {
    const fs = facts('NATO Secretary General Mark Rutte held talks with Turkish President Recep Tayyip Erdogan on Thursday. EU ministers will meet in Oslo on Monday, a week after Ivo Tamm visited Kyiv. Mediators will hold talks next week, as air strikes killed 30 people.', '2026-11-27');
    expect(fs.filter((f) => f.type !== 'statement').map((f) => [f.trigger?.text, Object.values(f.args).map((v) => texts(v).join(' + ')), f.time?.value])).toEqual([
      ['talks', ['Mark Rutte + Recep Tayyip Erdogan'], '2026-11-26'],
      ['meet', ['EU ministers'], '2026-11-30'],
      ['visited', ['Ivo Tamm', 'Kyiv'], '2026-11-27'],
      ['talks', ['Mediators'], '2026-W49'],
      ['killed', ['air strikes', '30 people'], '2026-11-27'],
    ]);
  });
  it('reads weapons launched at a target as fired at it', () => {
    expect(events('Russia launched 40 missiles and 300 drones at Ukraine overnight. The firm launched a new phone at a fair.')).toEqual([
      ['attack', 'launched', { attacker: 'Russia', target: 'Ukraine' }],
    ]);
  });
  it('reads no attack in a walkout', () => {
    expect(events('The union would strike at all German plants from Dec. 9. Nurses will strike over pay. Missiles struck a power plant in Kharkiv.')).toEqual([
      ['attack', 'struck', { attacker: 'Missiles', target: 'a power plant' }],
    ]);
  });
  it('takes no giver from a clause of its own after the transfer', () => {
    expect(events('Pfizer Inc will acquire Arvelle Therapeutics for $4.1 billion, as the drugmaker seeks to replace revenue from vaccines.')).toEqual([
      ['transfer', 'acquire', { recipient: 'Pfizer Inc', theme: 'Arvelle Therapeutics' }],
    ]);
  });
});

describe('events: meetings and deals named by nouns, supplies "with", participles of harm, journeys home', () => {
  const events = (text: string) => facts(text).filter((f) => f.type !== 'statement').map((f) => [f.type, f.trigger?.text, Object.fromEntries(Object.entries(f.args).map(([r, v]) => [r, texts(v).join(' + ')]))]);
  it('reads talks held, talks one is in, talks a journey is for, and a call had; not talks called for', () => {
    expect(events('Chancellor Greta Lind held talks with President Omar Said in Cairo. Portugal is in talks with Brazil. Prime Minister Ivo Tamm flew to Oslo for talks with King Harald. Lind had a phone call with Said. Unions called for talks with Volvo. The talks failed.')).toEqual([
      ['meeting', 'talks', { participants: 'Greta Lind + Omar Said' }],
      ['meeting', 'talks', { participants: 'Portugal + Brazil' }],
      ['visit', 'flew', { visitor: 'Ivo Tamm', place: 'Oslo' }],
      ['meeting', 'talks', { participants: 'Ivo Tamm + Harald' }],
      ['meeting', 'call', { participants: 'Lind + Said' }],
    ]);
  });
  it('reads a deal reached or struck with someone, a call "by phone with", and supplies "with" the thing', () => {
    expect(events('Ghana reached a deal with the International Monetary Fund. Kenya struck Somalia. Mayor Ines Vale spoke by phone with Governor Ruth Oyelaran. Norway will supply Ukraine with 20 ambulances. The ministry is sending 300 tents to Pakistan.')).toEqual([
      ['agreement', 'reached', { parties: 'Ghana + International Monetary Fund' }],
      ['attack', 'struck', { attacker: 'Kenya', target: 'Somalia' }],
      ['meeting', 'spoke', { participants: 'Ines Vale + Ruth Oyelaran' }],
      ['transfer', 'supply', { giver: 'Norway', recipient: 'Ukraine', theme: '20 ambulances' }],
      ['transfer', 'sending', { giver: 'The ministry', theme: '300 tents', recipient: 'Pakistan' }],
    ]);
  });
  it('gives a participle of harm the doer of its clause; a storm attacks no one, nor does an attacking style', () => {
    expect(events('A similar quake in the same region killed more than 50,000 people in 2023.')).toEqual([]);
    // (the doer of a participle after a comma is the nearest clause's subject, whose phrase an
    // article opens)
    expect(events('Zelenskiy criticised the trip, saying it came on the day a Russian missile struck a hospital in Kyiv, killing two people.')).toEqual([
      ['attack', 'struck', { attacker: 'a Russian missile', target: 'a hospital' }],
      ['attack', 'killing', { attacker: 'a Russian missile', target: 'two people' }],
    ]);
    expect(events('Gunmen stormed a hotel in Mogadishu, killing 12 people. The army retaliated by firing rockets into Tigray. A cyclone hit the coast, killing 40. Wales played an attacking game.')).toEqual([
      ['attack', 'stormed', { attacker: 'Gunmen', target: 'a hotel' }],
      ['attack', 'killing', { attacker: 'Gunmen', target: '12 people' }],
      ['attack', 'firing', { attacker: 'The army', target: 'Tigray' }],
    ]);
  });
  it('reads a transfer named by a noun: the thing after "of", the recipient after "to" or taking it, the giver by possessive, "from" or making it', () => {
    expect(events('Washington approved the sale of 40 F-16 jets to Turkey. Egypt took delivery of two frigates from France. Germany\'s delivery of tanks to Ukraine began. The Hale Foundation for the Arts made two donations to the University of Leeds. Sales of cars rose 4%.')).toEqual([
      ['transfer', 'sale', { theme: '40 F-16 jets', recipient: 'Turkey', giver: 'Washington' }],
      ['transfer', 'delivery', { theme: 'two frigates', giver: 'France', recipient: 'Egypt' }],
      ['transfer', 'delivery', { theme: 'tanks', recipient: 'Ukraine', giver: 'Germany' }],
      ['transfer', 'donations', { recipient: 'University of Leeds', giver: 'Hale Foundation for the Arts' }],
    ]);
  });
  it('reads coordinated verbs, "being" passives, relative pronouns and purpose clauses; no harm from a stampede, no transfer of a person or place', () => {
    expect(events('Police arrested and questioned the student. The website is being attacked by hackers. Critics cited Harbor Weekly, which attacked the mayor. Ana Ruiz flew to Lisbon to meet with Tomas Vidal. Over 300 pilgrims were killed in a stampede. She was sent to Sydney. The referee Joel Aguilar awarded Sweden a penalty.')).toEqual([
      ['attack', 'arrested', { attacker: 'Police', target: 'the student' }],
      ['attack', 'attacked', { target: 'The website', attacker: 'hackers' }],
      ['attack', 'attacked', { attacker: 'Harbor Weekly', target: 'the mayor' }],
      ['visit', 'flew', { visitor: 'Ana Ruiz', place: 'Lisbon' }],
      ['meeting', 'meet', { participants: 'Ana Ruiz + Tomas Vidal' }],
    ]);
  });
  it('keeps a pronoun as the whole subject after "and", meets kin, and keeps a possessive object whole', () => {
    expect(events('Yesterday Omar Haddad spoke at the fair, and tomorrow he plans to meet foreign ministers. In Sydney, Anna Berg met her future husband. Dana Cole contacted Chile\'s foreign minister. Dana Cole later met Peru\'s newly elected President Rosa Diaz.')).toEqual([
      ['meeting', 'meet', { participants: 'he + foreign ministers' }],
      ['meeting', 'met', { participants: 'Anna Berg + her future husband' }],
      ['meeting', 'contacted', { participants: "Dana Cole + Chile's foreign minister" }],
      // (but a name after the possessive's words is the one met)
      ['meeting', 'met', { participants: 'Dana Cole + Rosa Diaz' }],
    ]);
  });
  it('reads attacks named by a noun, exchanges of fire as two attacks, an apposition\'s person as the target; no heart attack', () => {
    expect(events('Critics condemned the attacks on the Harbor Weekly website. Russia\'s invasion of Ukraine began in 2022. Hamas launched an assault on Israel. Israeli strikes on Gaza continued. North and South Korea exchanged artillery fire. Tomas Vidal, 19, a member of the group, was arrested. He suffered a heart attack on Monday.')).toEqual([
      ['attack', 'attacks', { target: 'Harbor Weekly' }],
      ['attack', 'invasion', { target: 'Ukraine', attacker: 'Russia' }],
      ['attack', 'assault', { target: 'Israel', attacker: 'Hamas' }],
      ['attack', 'strikes', { target: 'Gaza', attacker: 'Israeli' }],
      ['attack', 'exchanged', { attacker: 'North', target: 'South Korea' }],
      ['attack', 'exchanged', { attacker: 'South Korea', target: 'North' }],
      ['attack', 'arrested', { target: 'Tomas Vidal' }],
    ]);
  });
  it('ends an object before "and" and the next verb, reads "was provided with", and takes no infinitive as a recipient', () => {
    expect(events('Here, Anna Berg met her future husband and subsequently left the church. A detective was provided with files from the Hale Trust to build a case.')).toEqual([
      ['meeting', 'met', { participants: 'Anna Berg + her future husband' }],
      ['transfer', 'provided', { recipient: 'A detective', theme: 'files', giver: 'Hale Trust' }],
    ]);
  });
  it('gives a journey named by a noun the one who goes on it, makes it, or is on it; a fronted one the subject after the comma', () => {
    expect(events('The parents took her on a trip to India. Chancellor Greta Lind is on a visit to China. During a visit to Paris, Prime Minister Ivo Tamm spoke. Senator Ada Moss made a trip to Kyiv.').filter((e) => e[0] === 'visit')).toEqual([
      ['visit', 'trip', { visitor: 'The parents + her', place: 'India' }],
      ['visit', 'visit', { visitor: 'Greta Lind', place: 'China' }],
      ['visit', 'visit', { visitor: 'Ivo Tamm', place: 'Paris' }],
      ['visit', 'trip', { visitor: 'Ada Moss', place: 'Kyiv' }],
    ]);
    expect(events('I visited the festival on Saturday night. Prime Minister Ivo Tamm toured the plant. Mayor Ada Moss visited the victims.')).toEqual([
      ['visit', 'visited', { visitor: 'I', place: 'the festival' }],
      ['visit', 'toured', { visitor: 'Ivo Tamm', place: 'the plant' }],
    ]);
  });
  it('reads a passive with a recipient and a thing as a transfer though neither is named; abstract things are none', () => {
    expect(events('Every team in the contest was sent a box of robot parts. Residents were given food parcels. The striker was given a warning.')).toEqual([
      ['transfer', 'sent', { recipient: 'Every team in the contest', theme: 'a box of robot parts' }],
      ['transfer', 'given', { recipient: 'Residents', theme: 'food parcels' }],
    ]);
  });
  it('reads over a day between the subject and its verb, and leaves a country in a title out of the parties', () => {
    const x = extract('Ana Ruiz and Tomas Vidal spoke. President Ana Ruiz on Saturday hosted Prime Minister Tomas Vidal in Lisbon. Tomas Vidal met with Spanish Prime Minister Ana Ruiz. Lena Berg met her U.S. counterpart, Tomas Vidal.', { refDate: '2023-09-26', types: ['facts'] });
    expect(x.facts!.map((f) => [f.trigger?.text, texts(f.args.participants), f.time?.value])).toEqual([
      ['hosted', ['Ana Ruiz', 'Tomas Vidal'], '2023-09-23'],
      ['met', ['Tomas Vidal', 'Ana Ruiz'], '2023-09-26'],
      ['met', ['Lena Berg', 'Tomas Vidal'], '2023-09-26'],
    ]);
  });
  it('keeps a one-word quoted answer, asserted though a modal stands in the clause before the comma', () => {
    const fs = facts('Asked whether she would resign, Ortiz said: "No."');
    expect(fs.map((f) => [texts(f.args.speaker)[0], texts(f.args.content)[0], f.modality])).toEqual([['Ortiz', 'No', 'asserted']]);
  });
  it('reads agreements named by a noun, not deals only spoken of; welcoming a thing or hosting a team is no meeting', () => {
    expect(events('Ann Hale welcomed the agreement between Iraq and the Kurdistan Regional Government. Our deals with Albania and France are working, Prime Minister Ivo Tamm said. Kenya\'s pact with Somalia expired. Officials warned of a possible arms deal between Russia and North Korea. Xi Jinping welcomed President Omar Said in Beijing. The Boston Bruins, who host Florida on Friday, lost.')).toEqual([
      ['agreement', 'agreement', { parties: 'Iraq + Kurdistan Regional Government' }],
      ['agreement', 'deals', { parties: 'Our + Albania + France' }],
      ['agreement', 'pact', { parties: 'Kenya + Somalia' }],
      ['meeting', 'welcomed', { participants: 'Xi Jinping + Omar Said' }],
    ]);
  });
  it('reads consultations and discussions between two sides or with someone; not a body discussing a plan', () => {
    expect(events('Chancellor Greta Lind and President Omar Said discussed migration. The board discussed the plan. Lind discussed the campaign with Prime Minister Ivo Tamm. NATO will consult with Japan. Lind consulted the manual.')).toEqual([
      ['meeting', 'discussed', { participants: 'Greta Lind + Omar Said' }],
      ['meeting', 'discussed', { participants: 'Lind + Ivo Tamm' }],
      ['meeting', 'consult', { participants: 'NATO + Japan' }],
    ]);
  });
  it('reads attacks told by a verb phrase, a hedged number as the target, and a subject with what it includes or uses', () => {
    expect(events('Police opened fire on demonstrators in Cairo. Settlers set fire to the offices of the council. Guerrillas blew up a bridge. Rebels have kidnapped up to 16 advisers from a bazaar. Russian aircraft including helicopter gunships killed 46 civilians. The firm set fire safety rules.')).toEqual([
      ['attack', 'opened fire', { attacker: 'Police', target: 'demonstrators' }],
      ['attack', 'set fire', { attacker: 'Settlers', target: 'the offices of the council' }],
      ['attack', 'blew up', { attacker: 'Guerrillas', target: 'a bridge' }],
      ['attack', 'kidnapped', { attacker: 'Rebels', target: 'up to 16 advisers' }],
      ['attack', 'killed', { attacker: 'Russian aircraft', target: '46 civilians' }],
    ]);
  });
  it('denies only the verb a negation stands before: not "was not alone in receiving"', () => {
    const fs = facts('The museum was not alone in receiving a donation from the Hale Trust. Iran has denied supplying drones to Russia.');
    expect(fs.map((f) => [f.trigger?.text, texts(f.args.recipient ?? f.args.giver)[0], f.negated])).toEqual([
      ['receiving', 'The museum', false],
      ['supplying', 'Russia', true],
    ]);
  });
  it('gives a gerund after "for" or "of" the one fined or accused as its doer', () => {
    expect(events('The court fined Acme Airlines A$100 million for selling tickets to Japan. Washington accused Iran of supplying drones to Russia.')).toEqual([
      ['transfer', 'selling', { giver: 'Acme Airlines', theme: 'tickets', recipient: 'Japan' }],
      ['transfer', 'supplying', { giver: 'Iran', theme: 'drones', recipient: 'Russia' }],
    ]);
  });
  it('takes the subject of "is believed to have" as the doer, and the event as possible', () => {
    const [f] = facts('North Korea is believed to have shipped millions of shells to Russia.');
    expect([texts(f!.args.giver), f!.modality]).toEqual([['North Korea'], 'possible']);
  });
  it('reads a return or a landing to a named place as a journey, and not "came to the conclusion"', () => {
    expect(events('President Lula returned to Brasilia on Friday. Senator Ada Moss came to the conclusion that the bill had failed. The prime minister landed in Tokyo.')).toEqual([
      ['visit', 'returned', { visitor: 'Lula', place: 'Brasilia' }],
      ['visit', 'landed', { visitor: 'The prime minister', place: 'Tokyo' }],
    ]);
  });
});

describe('speakers in apposition', () => {
  it('keeps the person before an apposition that names another person, or the same one by title', () => {
    const fs = facts('Rita Shah, an attorney for Omar Diaz, said in a statement that the charges would be fought. Daniel Ortiz, a spokesman for Governor Ana Cruz, said she would sign the bill. Ana Cruz, the governor, said she was pleased.');
    expect(fs.map((f) => texts(f.args.speaker)[0])).toEqual(['Rita Shah', 'Daniel Ortiz', 'Ana Cruz']);
  });
});

describe('sources named by a body and a noun', () => {
  it('keeps "an Elysee official" whole as the speaker, reads \'"...," the coach said\', and gives "gave everything" no transfer', () => {
    const fs = facts('The minister will stay, a Kremlin official said. "We gave everything," the coach said.');
    expect(fs.map((f) => [f.type, texts(f.args.speaker)[0]])).toEqual([
      ['statement', 'a Kremlin official'],
      ['statement', 'the coach'],
    ]);
  });
});

describe('wire copy: trailing titles, denials, meetings in a place', () => {
  it("leaves the speaker's title set off before the name out of the content", () => {
    const [f] = facts("Talks on the grain deal will resume in Geneva next week, the UN's humanitarian chief, Tom Fletcher, said on Monday.");
    expect(texts(f!.args.content)).toEqual(['Talks on the grain deal will resume in Geneva next week']);
    expect(texts(f!.args.speaker)).toEqual(['Tom Fletcher']);
  });
  it('gives "has denied supplying" its subject as the giver, negated; a plan named as a noun makes no modality', () => {
    const fs = facts('Belarus has denied supplying fuel to Russia. The council rejected the plan, according to Reuters.');
    const t = fs.find((f) => f.type === 'transfer')!;
    expect([texts(t.args.giver)[0], texts(t.args.recipient)[0], t.negated]).toEqual(['Belarus', 'Russia', true]);
    expect(fs.find((f) => f.type === 'statement')!.modality).toBe('asserted');
  });
  it('reads "was sent off", "sent home" as no transfer: a particle hands nothing over', () => {
    expect(facts('Defender Tom Berg was sent off after an hour. The club sent him home, and Kenya sent food to Somalia.').map((f) => [f.type, texts(f.args.theme)[0]])).toEqual([['transfer', 'food']]);
  });
  it('reads a participle\'s agent after "by" as the speaker, not a figure after "by"', () => {
    expect(rows('The council approved the budget, a move hailed by Mayor Ines Duarte as "a fresh start." The plan was described by the union as a betrayal. Analysts estimated by 40 percent the rise in costs.')).toEqual([
      ['hailed', 'Ines Duarte', 'a fresh start'],
      ['described', 'the union', 'a betrayal'],
    ]);
  });
  it('reads "agreed, a day, to hold talks with X" as talks with X, no agreement with X', () => {
    const fs = facts('Nordic leaders agreed late Thursday to open talks with Estonia and Latvia.');
    expect(fs.map((f) => [f.type, f.type === 'meeting' ? texts(f.args.participants) : texts(f.args.parties)])).toEqual([['meeting', ['Nordic leaders', 'Estonia', 'Latvia']]]);
  });
  it('ends a sentence at a full stop inside a closing quotation mark, and keeps the stop and the mark with the quoted phrase', () => {
    expect(rows('Lee, in a televised address, said he would "never give up." Deputy Prime Minister Ann Park will act for him, his office said.')).toEqual([
      ['said', 'Lee', 'he would "never give up."'],
      ['said', 'his office', 'Deputy Prime Minister Ann Park will act for him'],
    ]);
  });
  it('keeps a source named by two bodies\' modifiers whole: "according to U.S. and South Korean officials"', () => {
    expect(rows('Pyongyang sent 3,000 troops, according to U.S. and Japanese officials.')).toEqual([['according to', 'U.S. and Japanese officials', 'Pyongyang sent 3,000 troops']]);
  });
  it('gives what one is urged or asked to do to the one asked, as a possibility', () => {
    const fs = facts('The mayor urged Norway to send more pumps. Lena Berg asked the ministry to deliver the boats to Bergen.').filter((f) => f.type === 'transfer');
    expect(fs.map((f) => [texts(f.args.giver)[0], texts(f.args.theme)[0], f.modality])).toEqual([
      ['Norway', 'more pumps', 'possible'],
      ['the ministry', 'the boats', 'possible'],
    ]);
  });
  it('reads a pronoun opening what someone says as the speaker, and "shot down" as downing what follows', () => {
    const fs = facts('The navy said it shot down 12 drones over the Black Sea. Halvorsen said it had bought 40 trucks from Volvo.').filter((f) => f.type !== 'statement');
    expect(fs.map((f) => [f.type, texts(f.args.attacker ?? f.args.recipient)[0], texts(f.args.target ?? f.args.theme)[0]])).toEqual([
      ['attack', 'The navy', '12 drones'],
      ['transfer', 'Halvorsen', '40 trucks'],
    ]);
  });
  it('reads a price or a state "sent" up, higher or into something as moved, not handed over', () => {
    expect(facts('Halvorsen beat forecasts, sending its shares up 6% in late trading. The data sent bond yields higher, and Norway sent two frigates to Denmark.').filter((f) => f.type === 'transfer').map((f) => texts(f.args.theme)[0])).toEqual(['two frigates']);
  });
  it('reads "meet in Brussels" as the place, and a plural party with a name in it as the participants', () => {
    const fs = facts('European Union trade ministers will meet in Brussels on Oct. 3.');
    expect(fs.map((f) => [f.type, texts(f.args.participants), f.place?.text, f.modality])).toEqual([['meeting', ['European Union trade ministers'], 'Brussels', 'future']]);
  });
});

describe('datelines', () => {
  it('leaves a dateline out of the content of the sentence it opens', () => {
    const first = (t: string) => texts(facts(t)[0]?.args.content)[0];
    expect(first('BRUSSELS, Oct. 4 (Reuters) - Farmers blocked three motorways with tractors, police said.')).toBe('Farmers blocked three motorways with tractors');
    expect(first('OSLO -- Parliament passed the budget late on Monday, the speaker said.')).toBe('Parliament passed the budget late on Monday');
    expect(first('SAN JUAN, Puerto Rico (AP) — The storm knocked out power to 300,000 homes, officials said.')).toBe('The storm knocked out power to 300,000 homes');
  });
});

describe('events after "is scheduled to", "plans to", "has agreed to"', () => {
  it('takes the subject of the verb before "to" as the subject of the event', () => {
    const fs = facts('Chancellor Olaf Brandt is scheduled to visit Warsaw on Oct. 2. The Dutch government plans to send two frigates to Norway.');
    expect(fs.map((f) => [f.type, f.modality, texts(f.args.visitor ?? f.args.giver)[0]])).toEqual([
      ['visit', 'planned', 'Olaf Brandt'],
      ['transfer', 'planned', 'Dutch government'],
    ]);
  });
});

describe('findings and rulings', () => {
  it('reads a finding, ruling or advice with "that" as a statement, and the same verbs without "that" as none', () => {
    const fs = facts('The appeals court ruled that the ban was unlawful. The inquiry concluded that the pilots had not been trained. A stolen laptop was found on a bus, and the lab added iodine to the samples.');
    expect(fs.map((f) => [f.trigger?.text, texts(f.args.speaker)[0], texts(f.args.content)[0]])).toEqual([
      ['ruled', 'The appeals court', 'the ban was unlawful'],
      ['concluded', 'The inquiry', 'the pilots had not been trained'],
    ]);
  });
});

describe('figures and their sources', () => {
  it('keeps "at least" in the content and gives a closing "according to" no statement of its own', () => {
    const fs = facts('Police chief Ana Ruiz said at least 40 people were hurt, according to hospital records.');
    expect(fs.map((f) => [f.type, texts(f.args.speaker)[0], texts(f.args.content)[0]])).toEqual([['statement', 'Ana Ruiz', 'at least 40 people were hurt']]);
  });
});

describe('speakers', () => {
  it('takes the person before an apposition, and a name after an inverted cue', () => {
    const fs = facts('The port was calm, Samir Haddad, editor in chief at the Beirut Times, said. Most shops reopened by noon, said Ruth Okafor.');
    expect(fs.map((f) => texts(f.args.speaker)[0])).toEqual(['Samir Haddad', 'Ruth Okafor']);
  });
});

describe('statements across quotes', () => {
  it('gives each quote to its own cue, and joins "A," he said. "B." into one statement', () => {
    const fs = facts('He said, "It felt good." After the match, coach Nabil Maaloul said, "We lost to a fine team." Ali Diallo, the captain, agreed: "We were tired," Diallo said. "We will be back."');
    expect(fs.map((f) => [texts(f.args.speaker)[0], texts(f.args.content)[0]])).toEqual([
      ['He', 'It felt good'],
      ['Nabil Maaloul', 'We lost to a fine team'],
      ['Diallo', 'We were tired," Diallo said. "We will be back'],
    ]);
  });
  it('keeps a clause with a quoted phrase whole: said she thinks the plan has a "clear logic"', () => {
    const [f] = facts('Premier Anna Berg said she thinks the plan has a "clear logic".');
    expect(texts(f!.args.content)).toEqual(['she thinks the plan has a "clear logic"']);
  });
});

describe('events', () => {
  it('reads a meeting with its participants, place and date', () => {
    const [f] = facts('German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.', '2023-09-24');
    expect(f!.type).toBe('meeting');
    expect(texts(f!.args.participants)).toEqual(['Olaf Scholz', 'Emmanuel Macron']);
    expect(f!.place?.text).toBe('Paris');
    expect(f!.time?.value).toBe('2023-09-19');
  });
  it('reads a visit, a transfer with giver, theme and recipient, and an attack', () => {
    const fs = facts('Japanese Prime Minister Fumio Kishida visited Kyiv. Germany delivered 40 Marder vehicles to Ukraine. Russian forces shelled Kharkiv.');
    expect(fs.map((f) => [f.type, Object.fromEntries(Object.entries(f.args).map(([k, v]) => [k, texts(v)]))])).toEqual([
      ['visit', { visitor: ['Fumio Kishida'], place: ['Kyiv'] }],
      ['transfer', { giver: ['Germany'], theme: ['40 Marder vehicles'], recipient: ['Ukraine'] }],
      ['attack', { attacker: ['Russian forces'], target: ['Kharkiv'] }],
    ]);
  });
  it('marks negation and modality', () => {
    const fs = facts('Iran did not supply drones to Russia. Poland will send tanks to Ukraine.');
    expect(fs.map((f) => [f.type, f.negated, f.modality])).toEqual([
      ['transfer', true, 'asserted'],
      ['transfer', false, 'future'],
    ]);
  });
  it('gives an event told in a statement its speaker as source', () => {
    const fs = facts('Iran sent attack drones to Russia last month, Ukrainian air force spokesman Yuriy Ihnat said.');
    const transfer = fs.find((f) => f.type === 'transfer')!;
    expect(transfer.source?.text).toBe('Yuriy Ihnat');
  });
});

describe('events told of common nouns', () => {
  it('reads an arrest or attack whose sides are no names, up to a date, and "fired on"', () => {
    const fs = facts('Police arrested two students on Monday. Troops fired on the crowd. Hackers attacked the bank\'s website last week.');
    expect(fs.map((f) => [f.type, f.trigger?.text, texts(f.args.attacker)[0], texts(f.args.target)[0]])).toEqual([
      ['attack', 'arrested', 'Police', 'two students'],
      ['attack', 'fired', 'Troops', 'the crowd'],
      ['attack', 'attacked', 'Hackers', "the bank's website"],
    ]);
  });
  it('reads no transfer or meeting of common nouns alone', () => {
    expect(facts('The supplier sent the parts to the factory. Such a transfer occurs rarely. The committee met the board.')).toEqual([]);
  });
});

describe('events in the passive', () => {
  it('takes the subject of a passive as what the verb is done to, and "by" as the doer', () => {
    const fs = facts('Opposition leader Ali Hassan was arrested by police in Cairo. Two ambulances were donated to the Red Cross by Japan.');
    expect(fs.map((f) => [f.type, Object.fromEntries(Object.entries(f.args).map(([k, v]) => [k, texts(v)]))])).toEqual([
      ['attack', { target: ['Ali Hassan'], attacker: ['police'] }],
      ['transfer', { theme: ['Two ambulances'], giver: ['Japan'], recipient: ['Red Cross'] }],
    ]);
  });
});

describe('statements: attributions in the middle of wire copy', () => {
  it('keeps a name after the cue that opens the clause said out of the speaker: "His lawyer, X, said Y would"', () => {
    expect(rows('A judge freed Pablo Ruano on Monday. His attorney, Lucia Ferrer, said Ruano would fly home.')).toEqual([
      ['said', 'Lucia Ferrer', 'Ruano would fly home'],
    ]);
    // (still the speaker when the name closes the clause: "..., said Ruano.")
    expect(rows('Pablo Ruano was freed. The charges were always false, said Ruano.')).toEqual([['said', 'Ruano', 'The charges were always false']]);
  });
  it('gives a body "in" a place the speech, not the place', () => {
    expect(rows('The National Weather Service in Boise said winds reached 60 mph. The British Embassy in Cairo said it would reopen. Police in Leeds said two men were held.')).toEqual([
      ['said', 'National Weather Service', 'winds reached 60 mph'],
      ['said', 'British Embassy', 'it would reopen'],
      ['said', 'Police in Leeds', 'two men were held'],
    ]);
  });
  it('reads the content before an attribution followed by a joined clause, and passes over the one told', () => {
    expect(rows('The bank held its main rate at 9% on Thursday, Governor Ines Okoro told reporters, as the currency slid.')).toEqual([
      ['told', 'Ines Okoro', 'The bank held its main rate at 9% on Thursday'],
    ]);
    expect(rows('Flooding closed 40 roads overnight, officials said, and forecasters warned that more rain was coming.')).toEqual([
      ['said', 'officials', 'Flooding closed 40 roads overnight'],
      ['warned', 'forecasters', 'more rain was coming'],
    ]);
    // (reporting results is no speech; reporting a clause is)
    expect(rows('Mazda, which reports results on Friday, cut prices. The agency reported losses widened in May.')).toEqual([['reported', 'The agency', 'losses widened in May']]);
    // (a body before a description of it speaks; "rose" after its subject is a verb)
    expect(rows('Okonjo Group, the region\'s largest brewer, said its sales rose. The company said that exports rose in May.')).toEqual([
      ['said', 'Okonjo Group', 'its sales rose'],
      ['said', 'The company', 'exports rose in May'],
    ]);
    // (a cue joined by "but" to an earlier one has its speaker)
    expect(rows('Health Secretary Ana Pike said the plan was "starting to work", but warned that a strike would set it back.')).toEqual([
      ['said', 'Ana Pike', 'the plan was "starting to work", but warned that a strike would set it back'],
      ['warned', 'Ana Pike', 'a strike would set it back'],
    ]);
    // (a description after an inverted cue speaks; anonymity asked for is no speech; a linking
    // adverb opening the sentence is no part of what was said; a future said is asserted)
    expect(facts('The deal caps tariffs at 15%, said an official who asked not to be identified. Separately, the mill will close in May, said Rosa Lind.').map((f) => [f.trigger?.text, texts(f.args.speaker)[0], texts(f.args.content)[0], f.modality])).toEqual([
      ['said', 'an official', 'The deal caps tariffs at 15%', 'asserted'],
      ['said', 'Rosa Lind', 'the mill will close in May', 'asserted'],
    ]);
    // (a quote that is the verb of the clause said is inside the content, not all of it)
    expect(rows('A spokesman, Li Wei, said Beijing "firmly opposes" the curbs.')).toEqual([['said', 'Li Wei', 'Beijing "firmly opposes" the curbs']]);
    // (a name whose first word the tagger read as a verb speaks whole)
    expect(rows('Downing Street said it would not pull the vote.')).toEqual([['said', 'Downing Street', 'it would not pull the vote']]);
    // (a restrictive "who" after a place they are in: the people before it)
    expect(rows('He is one of thousands of growers in Extremadura who say the drought has ruined them.')).toEqual([['say', 'thousands of growers in Extremadura', 'the drought has ruined them']]);
    // (a live report's time stamp is no part of what was said)
    expect(rows('1215 GMT - At least two people were killed, the fire agency said.')).toEqual([['said', 'the fire agency', 'At least two people were killed']]);
    // (the people at a body speak as the phrase; a name given is no speech; an apposition after
    // an inverted cue's speaker leaves the content before the cue; a date in a clause going on
    // after the attribution is no time of saying)
    expect(rows('Researchers at Halden University said they had found a new enzyme. The enzyme, called rubisol, was taken from soil in Kenya, said Ana Lind, a professor of biology at Halden.')).toEqual([
      ['said', 'Researchers at Halden University', 'they had found a new enzyme'],
      ['said', 'Ana Lind', 'The enzyme, called rubisol, was taken from soil in Kenya'],
    ]);
    const [added] = facts('Trials could begin within two years, he added, although the drug would not be sold until the early 2030s.');
    expect(added!.time?.text).toBeUndefined();
    // (a source described by what it is close to or familiar with speaks whole)
    expect(rows('The board will meet on Friday, a person familiar with the matter said. People close to the company said the sale was off.')).toEqual([
      ['said', 'a person familiar with the matter', 'The board will meet on Friday'],
      ['said', 'People close to the company', 'the sale was off'],
    ]);
    // (an attribution set off inside the sentence with its speaker before the cue: what is said is
    // the sentence around it)
    expect(rows('The answer, policymakers say, is not yet. The bridge, engineers said, would need $2 billion.')).toEqual([
      ['say', 'policymakers', 'The answer, policymakers say, is not yet'],
      ['said', 'engineers', 'The bridge, engineers said, would need $2 billion'],
    ]);
    // (a passive "was told to" reports no content before it)
    expect(rows('In 2001, at age nine, he was told to leave the school.').filter((r) => r[2] === 'In 2001, at age nine')).toEqual([]);
  });
});

describe('events: what is no attack, and whose time is whose', () => {
  it('reads no attack in a court striking down a law, or in deaths when something fell or collapsed', () => {
    expect(facts('The appeals court on Friday struck down part of the state\'s voting law. Three workers were killed when a crane collapsed. A drone struck a depot in Odesa.').map((f) => [f.type, f.trigger?.text])).toEqual([['attack', 'struck']]);
    // (a subordinator opens the attacker's clause)
    expect(facts('Two guards were killed when gunmen opened fire on a convoy.').filter((f) => f.args.attacker).map((f) => texts(f.args.attacker))).toEqual([['gunmen']]);
  });
  it('reads no pact in agreeing with an opinion, no attack by the weather, and no time of an act in the end of a span', () => {
    expect(facts('"We accept the ruling but we do not agree with it," the mayor said. Russia agreed with Turkey to open a corridor.').filter((f) => f.type === 'agreement').map((f) => f.trigger?.text)).toEqual(['agreed']);
    expect(facts('Landslides set off by days of heavy rain killed nine people. Snowstorms and gale-force winds killed two hikers.').filter((f) => f.type === 'attack')).toEqual([]);
    expect(facts('The storm spawned tornadoes that killed three people.').filter((f) => f.type === 'attack')).toEqual([]);
    const [f] = facts('The agency predicted more rain through Sunday and warned that rivers could burst their banks.', '2026-11-26');
    expect([f!.type, f!.time?.value, f!.time?.text]).toEqual(['statement', '2026-11-26', undefined]);
  });
  it('reads a pact signed under describing words, and keeps the point of a name\'s suffix', () => {
    const [f] = facts('Kenya and Uganda signed a long-delayed border security agreement in Kampala. President Samuel Oduya Jr. and Uganda agreed to end the dispute.').filter((x) => x.type === 'agreement');
    expect([f!.trigger?.text, texts(f!.args.parties)]).toEqual(['signed', ['Kenya', 'Uganda']]);
    const g = facts('President Samuel Oduya Jr. and Uganda agreed to end the dispute.').find((x) => x.type === 'agreement')!;
    expect(texts(g.args.parties)).toEqual(['Samuel Oduya Jr.', 'Uganda']);
  });
  it('gives a cue joined by "and" the earlier cue\'s speaker and ends the earlier content there', () => {
    const fs = facts('The rebel spokesman Jean Mbala denied that the group held the bridge and said troops had shelled a school.');
    expect(fs.filter((f) => f.type === 'statement').map((f) => [texts(f.args.speaker), (f.args.content as { text: string }).text])).toEqual([
      [['Jean Mbala'], 'the group held the bridge'],
      [['Jean Mbala'], 'troops had shelled a school'],
    ]);
  });
  it('reads no speech in a relative clause that says something of its pronoun, and no target or place in a phrase of "near"', () => {
    expect(facts('Burundi, which analysts say arms the militia, rejected the report. The governor, who aides said was ill, stayed home.').filter((f) => f.type === 'statement')).toEqual([]);
    const [f] = facts('Gunmen attacked an army base near Kindu on Monday.').filter((x) => x.type === 'attack');
    expect([texts(f!.args.target), f!.place?.text]).toEqual([['an army base'], 'Kindu']);
  });
  it('reads an attribution closed by a participle of what the speaker did after it', () => {
    const [f] = facts('Chile and Peru agreed to share the border crossing, Interior Minister Carla Ruiz said after meeting her Peruvian counterpart.').filter((x) => x.type === 'statement');
    expect([texts(f!.args.speaker), (f!.args.content as { text: string }).text]).toEqual([['Carla Ruiz'], 'Chile and Peru agreed to share the border crossing']);
  });
  it('reads a transcript\'s turns as what the labelled speaker said, and a quote said to someone', () => {
    const text = 'Runner Joyce Akello spoke to us on Friday.\n\nQ: Why did you stop?\n\nAKELLO: My knee gave out. My coach said to me, "Rest now."\n\nQ: And next?\n\nAKELLO: A school for girls in Gulu.';
    const fs = facts(text).filter((f) => f.type === 'statement');
    expect(fs.map((f) => [f.trigger?.text ?? null, texts(f.args.speaker), (f.args.content as { text: string }).text])).toEqual([
      ['said', ['My coach'], 'Rest now'],
      [null, ['AKELLO'], 'My knee gave out. My coach said to me, "Rest now."'],
      [null, ['AKELLO'], 'A school for girls in Gulu'],
    ]);
  });
  it('gives a cue in a relative clause on a body the body as its speaker and no date outside the clause', () => {
    const [f] = facts('A judge on Tuesday blocked the deal, siding with the Competition Bureau, which argued the merger would raise prices.', '2026-12-10').filter((x) => x.type === 'statement');
    expect([texts(f!.args.speaker), f!.time?.value]).toEqual([['Competition Bureau'], '2026-12-10']);
  });
  it('gives a cue joined by "but" to another kind of verb that verb\'s subject', () => {
    const [f] = facts('Opposition leader Ines Rocha welcomed the plan but said it came too late.').filter((x) => x.type === 'statement');
    expect(texts(f!.args.speaker)).toEqual(['Ines Rocha']);
  });
  it('takes the office or aide a possessive names for the speaker, not the one it names', () => {
    const fs = facts("President Ana Ruiz met the envoy on Friday, Ruiz's office said. The governor's spokesman said the road would reopen.").filter((x) => x.type === 'statement');
    expect(fs.map((f) => texts(f.args.speaker))).toEqual([["Ruiz's office"], ["The governor's spokesman"]]);
  });
  it('reads the quote after a statement read out, once', () => {
    const fs = facts('The victim\'s son, Omar, said in a statement read outside court: "My father loved this town."').filter((x) => x.type === 'statement');
    expect(fs.map((f) => [texts(f.args.speaker), (f.args.content as { text: string }).text])).toEqual([[['Omar'], 'My father loved this town']]);
  });
  it('leaves a dateline of two places out of what is said', () => {
    const [f] = facts('DOHA/BEIRUT, Jan 8 (Reuters) - Air strikes hit three villages overnight, the health ministry said.').filter((x) => x.type === 'statement');
    expect((f!.args.content as { text: string }).text).toBe('Air strikes hit three villages overnight');
  });
  it('reads no promise in a thing promised before another clause', () => {
    expect(facts('The council has promised land, and the ministry will pay for the track.').filter((f) => f.type === 'statement')).toEqual([]);
  });
  it('gives a participle after a message sent the sender as speaker', () => {
    const fs = facts('Governor Ana Ruiz sent a letter to the minister warning that the dam could fail.');
    const [f] = fs.filter((x) => x.type === 'statement');
    expect([f!.trigger?.text, texts(f!.args.speaker)]).toEqual(['warning', ['Ana Ruiz']]);
    // (and a message sent is no thing handed over)
    expect(fs.filter((x) => x.type === 'transfer')).toEqual([]);
  });
  it('takes the one told after a verb of telling for no speaker', () => {
    const [f] = facts('The singer died on Friday, his manager, Ola Brekke, told the newspaper Dagbladet.');
    expect([texts(f!.args.speaker), (f!.args.content as { text: string }).text]).toEqual([['Ola Brekke'], 'The singer died on Friday']);
  });
  it('gives a participle\'s clause after a comma the subject of the sentence\'s verb', () => {
    const [f] = facts('The assembly approved a budget that runs through June 30, sending it to Governor Ana Ruiz.').filter((x) => x.type === 'transfer');
    expect([texts(f!.args.giver), texts(f!.args.recipient)]).toEqual([['The assembly'], ['Ana Ruiz']]);
  });
  it('reads no attack in a batsman striking a century', () => {
    expect(facts('Kane Whitlock struck his 12th test century on Friday. Soldiers struck a convoy near Gao.').filter((f) => f.type === 'attack').map((f) => texts(f.args.attacker))).toEqual([['Soldiers']]);
  });
  it('reads no attack in a side beating another, and one in police beating protesters', () => {
    expect(facts('The Rams rallied to beat the Seattle Seahawks 24-21 on Sunday. Spain beat Italy on penalties. Police beat protesters with batons.').filter((f) => f.type === 'attack').map((f) => texts(f.args.attacker))).toEqual([['Police']]);
  });
  it('reads no handing over in sending a side up a table or shares down', () => {
    expect(facts('A late penalty sends Feyenoord top. The warning sent shares tumbling. Iran sent drones to Russia.').filter((f) => f.type === 'transfer').map((f) => f.trigger?.text)).toEqual(['sent']);
  });
  it('reads no speech in a company reporting its figures, over the words that describe them', () => {
    expect(facts('Orvane reported a record third-quarter profit on Thursday. Halcott reported weaker quarterly sales. Police reported the road was closed.').map((f) => [f.type, texts(f.args.speaker)])).toEqual([['statement', ['Police']]]);
  });
  it('takes the part after "of which" for what the passive is done to, and ends an object at a time word', () => {
    const attacks = facts('The army said rebels fired 40 rockets and six shells, of which 31 rockets and two shells were shot down. Air defences shot down 25 drones overnight.').filter((f) => f.type === 'attack');
    expect(attacks.map((f) => [texts(f.args.attacker), texts(f.args.target)])).toEqual([
      [[], ['31 rockets and two shells']],
      [['Air defences'], ['25 drones']],
    ]);
  });
  it('ends what is said in a relative clause with the clause', () => {
    expect(rows('Ola Berg, who said last week the plan was flawed, voted for it on Monday.')).toEqual([['said', 'Ola Berg', 'the plan was flawed']]);
  });
  it('reads no meeting in meeting the terms of a deal, whoever is named in them', () => {
    expect(facts('Kenya must meet the terms of a $3 billion IMF programme. The two sides will meet the terms agreed with the IMF. Ana Ruiz met Lena Moss in Nairobi.').filter((f) => f.type === 'meeting').map((f) => texts(f.args.participants))).toEqual([['Ana Ruiz', 'Lena Moss']]);
  });
  it('takes no dateline into a subject over its dash', () => {
    const [f] = facts('OSLO, Norway -- Norwegian Prime Minister Ola Berg met envoy Tom Hale in Bergen on Sunday.').filter((x) => x.type === 'meeting');
    expect(texts(f!.args.participants)).toEqual(['Ola Berg', 'Tom Hale']);
  });
  it('ends a request at an attribution set off after it, and gives the attribution what came before', () => {
    expect(rows('Lindqvist urged both sides to show restraint, her ministry said in a statement, adding that Sweden was ready to mediate.')).toEqual([
      ['urged', 'Lindqvist', 'to show restraint'],
      ['said', 'her ministry', 'Lindqvist urged both sides to show restraint'],
      ['adding', 'her ministry', 'Sweden was ready to mediate'],
    ]);
  });
  it('reads no speech in adding a number: points scored, jobs counted', () => {
    expect(rows('Lena Ortiz added 22 points for Denver, which has won five straight. The economy added 150,000 jobs, the most since May. Tom Hale added another goal. "It was tough," Ortiz added.')).toEqual([['added', 'Ortiz', 'It was tough']]);
  });
  it('reads a journey named by a noun over the words that describe it: "made a surprise visit to"', () => {
    const fs = facts('Zelenskiy made a surprise visit to the front-line town of Pokrovsk. Modi paid his first state visit to Ghana.').filter((f) => f.type === 'visit');
    expect(fs.map((f) => [texts(f.args.visitor), texts(f.args.place)])).toEqual([
      [['Zelenskiy'], ['Pokrovsk']],
      [['his'], ['Ghana']],
    ]);
  });
  it('takes an abbreviated country for a party: "The U.S. sent tanks"', () => {
    const [f] = facts('The U.K. sent 14 tanks to Ukraine in March, and the U.N. delivered food to Gaza.').filter((x) => x.type === 'transfer');
    expect([texts(f!.args.giver), texts(f!.args.theme), texts(f!.args.recipient)]).toEqual([['U.K.'], ['14 tanks'], ['Ukraine']]);
  });
  it('reads no speech in writing for a paper, and ends a subject at the "that" opening its clause', () => {
    const fs = facts('Ana Ruiz wrote for "The Harbor Times" and later about food. Ruiz wrote on Telegram that the strike had killed two guards. One reader admitted to taking part, writing in a forum post "I saw it too."');
    expect(fs.map((f) => [f.type, f.trigger?.text, texts(f.args.speaker ?? f.args.attacker)])).toEqual([
      ['statement', 'wrote', ['Ruiz']],
      ['statement', 'writing', ['One reader']],
      ['attack', 'killed', ['the strike']],
    ]);
  });
  it('reads no speaker in a passive after "be": what will be argued or should be said is done, not said', () => {
    expect(rows('The appeal will be argued in the spring. Much more could be said about the deal, Ola Berg said. Her case must be argued again, the judge ruled.')).toEqual([
      ['said', 'Ola Berg', 'Much more could be said about the deal'],
      ['ruled', 'the judge', 'Her case must be argued again'],
    ]);
  });
  it('does not date a statement by a date inside a relative clause between its speaker and cue', () => {
    const [f] = facts('Okafor, who took office on May 29, 2023, has said the reform is overdue.', '2026-12-02');
    expect([f!.type, f!.time?.value, f!.time?.text]).toEqual(['statement', '2026-12-02', undefined]);
    // (nor by one in a relative clause that ends the sentence, after an inverted cue)
    const [g] = facts('"We will not sell," said the bakery\'s owner, Rosa Lind, who founded it in April 1998.', '2026-12-02');
    expect([g!.type, g!.time?.value]).toEqual(['statement', '2026-12-02']);
  });
});

describe('events: attacks told the way conflict copy tells them', () => {
  it('gives an attack named by the phrase opening the sentence as the doer, "at least" to the target, and the place in the phrase', () => {
    const fs = facts('KHARTOUM (Reuters) - A drone strike on a market crowded with shoppers in northern Darfur killed at least 30 people on Sunday, medics said.');
    const killed = fs.find((f) => f.trigger?.text === 'killed')!;
    expect([texts(killed.args.attacker), texts(killed.args.target), killed.place?.text]).toEqual([['A drone strike'], ['at least 30 people'], 'Darfur']);
  });
  it('keeps a place in another clause out, and a country modifying the noun hit out of the target', () => {
    const [killed] = facts('A roadside bomb near the town of Baiji killed two Iraqi soldiers and wounded five others, hours before talks resumed in Baghdad.').filter((f) => f.type === 'attack');
    expect([texts(killed!.args.target), killed!.place]).toEqual([['two Iraqi soldiers'], undefined]);
  });
  it('gives an infinitive of purpose its clause\'s modality, and no second transfer for the noun of what was handed', () => {
    const fs = facts('Envoy Ann Lee will arrive in Doha on Friday to meet Qatari mediators. Iran delivered a shipment of rockets to Hezbollah.');
    expect(fs.map((f) => [f.type, f.trigger?.text, f.modality])).toEqual([
      ['visit', 'arrive', 'future'],
      ['meeting', 'meet', 'future'],
      ['transfer', 'delivered', 'asserted'],
    ]);
  });
});

describe('transfers: handing over, handing back', () => {
  it('reads a particle after the verb and a plural the tagger read as a verb inside the thing handed, and returning something to someone', () => {
    const fs = facts('Norway handed over three coastal patrol boats to Estonia. Belarus returned 40 prisoners to Lithuania. The team returned to Oslo.');
    expect(fs.map((f) => [f.type, f.trigger?.text, texts(f.args.giver ?? f.args.visitor), texts(f.args.theme ?? f.args.place), texts(f.args.recipient)])).toEqual([
      ['transfer', 'handed', ['Norway'], ['three coastal patrol boats'], ['Estonia']],
      ['transfer', 'returned', ['Belarus'], ['40 prisoners'], ['Lithuania']],
      ['visit', 'returned', ['The team'], ['Oslo'], []],
    ]);
  });
  it('reads the one given to named right after the verb, before the thing, and no handing over in giving a reason or one\'s all', () => {
    const fs = facts('The ministry gave the Red Cross 40 tonnes of flour. Norway sold Poland six frigates in May. "I gave everything I had," Lena Ortiz said. The firm, Halvik Oy, did not give a reason.');
    expect(fs.filter((f) => f.type === 'transfer').map((f) => [f.trigger?.text, texts(f.args.giver), texts(f.args.recipient), texts(f.args.theme)])).toEqual([
      ['gave', ['The ministry'], ['Red Cross'], ['40 tonnes of flour']],
      ['sold', ['Norway'], ['Poland'], ['six frigates']],
    ]);
  });
});

describe('statements: wire copy written for the project', () => {
  it('takes the noun before a relative pronoun for the speaker, reads a quote before "wrote in a ruling", and dates no statement by a clause joined before it', () => {
    const fs = facts('The court sided with farm groups that argued the rule was unlawful. "The agency overstepped," Judge Ada Marsh wrote in a 40-page ruling. Her term ends in May, and Governor Tom Reyes has said he will name a successor.', '2026-12-02');
    expect(fs.filter((f) => f.type === 'statement').map((f) => [f.trigger?.text, texts(f.args.speaker)[0], f.time?.value])).toEqual([
      ['argued', 'farm groups', '2026-12-02'],
      ['wrote', 'Ada Marsh', '2026-12-02'],
      ['said', 'Tom Reyes', '2026-12-02'],
    ]);
  });
  it('refers a speaker described by age, nationality or a body\'s common noun back to the one named last', () => {
    const x = extract('Lena Ortiz beat Ana Ruiz on Sunday. "I gave everything," the 24-year-old Chilean said. Halvik Oy will cut 900 jobs, the Finnish carmaker said. "We are calm," the company\'s chief said.', { refDate: '2026-12-02', types: ['people', 'organizations', 'facts'] });
    const id = (name: string) => [...x.people, ...x.organizations].find((e) => e.name === name)?.id;
    expect(x.facts!.filter((f) => f.type === 'statement').map((f) => [(f.args.speaker as FactSpan).text, (f.args.speaker as FactSpan).id])).toEqual([
      ['the 24-year-old Chilean', id('Ana Ruiz')],
      ['the Finnish carmaker', id('Halvik Oy')],
      ["the company's chief", undefined],
    ]);
  });
  it('reads what a plot or a bid is to do as not done, its doer only the one who makes the plan, and an abbreviated title inside the one attacked', () => {
    const fs = facts('A judge jailed two men for their roles in a plot to kidnap Ohio Gov. Ann Lee. Police foiled a plot to bomb the embassy. Rebels launched a bid to attack Goma in May.', '2026-12-02');
    expect(fs.filter((f) => f.type === 'attack').map((f) => [f.trigger?.text, texts(f.args.attacker), texts(f.args.target), f.modality])).toEqual([
      ['kidnap', [], ['Ann Lee'], 'planned'],
      ['bomb', [], ['the embassy'], 'planned'],
      ['attack', ['Rebels'], ['Goma'], 'planned'],
    ]);
  });
  it('reads no handing over in a prison term given or a side sent past another', () => {
    expect(facts('Judge Ada Marsh gave Tom Fell 16 years and Ian Cole 19 years. A late goal sent Porto past Benfica into the final.').filter((f) => f.type === 'transfer')).toEqual([]);
  });
  it('takes a place before a noun of a few words for the source\'s modifier, not the source', () => {
    expect(rows('Six children were among the dead, according to the Gaza health ministry.')).toEqual([['according to', 'the Gaza health ministry', 'Six children were among the dead']]);
  });
  it('reads what comes before an attribution followed by any participle\'s clause of the sentence', () => {
    expect(rows('The coalition agreed on a budget early on Wednesday, Chancellor Ola Berg said, ending a dispute that had threatened his government.')).toEqual([['said', 'Ola Berg', 'The coalition agreed on a budget early on Wednesday']]);
  });
  it('reads no agreement in one party whose possessive is a country, and no office set off after a name as a party to a meeting', () => {
    const fs = facts("Chile's Boric signs climate law\n\nOla Berg, secretary of Norway's National Security Council and head of its delegation, is due to meet his Russian counterpart, Ivan Petrov, in Istanbul next week.", '2026-12-02');
    expect(fs.filter((f) => f.type !== 'statement').map((f) => [f.type, texts(f.args.participants ?? f.args.parties)])).toEqual([['meeting', ['Ola Berg', 'Ivan Petrov']]]);
  });
  it('passes over participles\' phrases set off after the subject, one after another, to the body that speaks', () => {
    expect(rows('The RSF, led by General Idris Kamal, known as Hemedti, said in a statement that its fighters had taken the town.')).toEqual([['said', 'RSF', 'its fighters had taken the town']]);
  });
  it('reads no statement in a cue whose object is the relative pronoun before it', () => {
    expect(rows('The prosecutor is on leave pending an inquiry into allegations, which he denies. She repeated a claim that the ministry rejected.')).toEqual([]);
  });
  it('takes no name whose possessive opens the clause said for the speaker after an inverted cue', () => {
    expect(rows('Inspector Kate Reyes, of the city police, said Morris\'s family were devastated.')).toEqual([['said', 'Kate Reyes', "Morris's family were devastated"]]);
  });
  it('reads the person of a body with its acronym in brackets as the speaker, the message it was said in and its day out of the content, and court papers as a source', () => {
    const fs = facts('Opposition leader Tomas Vidal of the conservative Unity Party (UP) said the government was paralysed. The firm said in an emailed statement on Tuesday it would appeal. The fines will be paid over five years, according to court papers filed in Travis County.', '2026-12-02');
    expect(fs.map((f) => [texts(f.args.speaker)[0], texts(f.args.content)[0], f.time?.value])).toEqual([
      ['Tomas Vidal', 'the government was paralysed', '2026-12-02'],
      ['The firm', 'it would appeal', '2026-12-01'],
      ['court papers filed in Travis County', 'The fines will be paid over five years', '2026-12-02'],
    ]);
  });
  it('passes over the one told named by a compound noun, reads no attack in a side beating another and no handing over in accepting a decision', () => {
    const fs = facts('Governor Ada Okafor told a news conference the committee had voted for the increase. Champions Chiefs beat Bills to reach Super Bowl. Halvik Oy said it accepted the decision.');
    expect(fs.map((f) => [f.type, f.trigger?.text, texts(f.args.content)[0]])).toEqual([
      ['statement', 'told', 'the committee had voted for the increase'],
      ['statement', 'said', 'it accepted the decision'],
    ]);
  });
  it('dates a quote paragraph that continues a statement when that statement was made, not by a date inside it', () => {
    const fs = facts('"We chose stability," Socialist leader Ana Faure told lawmakers on Monday.\n\n"If the government breaks its word, we will bring it down in the spring."', '2026-12-02');
    expect(fs.filter((f) => f.type === 'statement').map((f) => [f.trigger?.text ?? null, f.time?.value])).toEqual([
      ['told', '2026-11-30'],
      [null, '2026-11-30'],
    ]);
  });
  it('keeps every speaker named side by side as one subject, and one of a possessive', () => {
    const fs = facts('Egypt and Qatar said on Sunday they would host talks. Kenya, Uganda and Tanzania said the border would reopen. Tamm\'s lawyer said he would appeal.');
    expect(fs.filter((f) => f.type === 'statement').map((f) => texts(f.args.speaker))).toEqual([['Egypt', 'Qatar'], ['Kenya', 'Uganda', 'Tanzania'], ["Tamm's lawyer"]]);
  });
  it('reads no speech in calling something off', () => {
    expect(rows('The union called off a strike planned for next week, the union said.')).toEqual([['said', 'the union', 'The union called off a strike planned for next week']]);
  });
  it('reads no inverted attribution after a subject set off by commas, with no clause before it', () => {
    expect(rows("Polish Foreign Minister Ada Nowak's spokesman, Jan Wrona, confirmed the visit. The deal is done, a spokesman said.")).toEqual([['said', 'a spokesman', 'The deal is done']]);
  });
  it('gives no cue the quote of a sentence closed by a full stop before it, and passes over the message and those it was sent to', () => {
    expect(rows('Chief Executive Lars Holm said in a memo to staff that the airport had to "make difficult choices." Unite, which represents many workers, said it would fight any layoffs.')).toEqual([
      ['said', 'Lars Holm', 'the airport had to "make difficult choices."'],
      ['said', 'Unite', 'it would fight any layoffs'],
    ]);
  });
  it('reads the occasion after the one told as no part of an inverted attribution', () => {
    expect(rows('The two countries agreed to reopen the border, Foreign Minister Ada Bekele told reporters after talks with his counterpart.')).toEqual([['told', 'Ada Bekele', 'The two countries agreed to reopen the border']]);
  });
  it('passes over the phrase that says which of those asked, to the request', () => {
    expect(rows('The mayor asked residents of three coastal towns to leave by Friday.')).toEqual([['asked', 'The mayor', 'to leave by Friday']]);
  });
  it('reads a headline\'s participle before "ahead of" as a passive, and no doer in a means after "by" or in an attribution', () => {
    const fs = facts('Rebel commander detained ahead of peace talks\n\nKIGALI (Reuters) - Ndayishimiye was arrested at a checkpoint and flown to the capital, his lawyer told Reuters by phone. Supplies were sent by road.', '2026-12-02');
    expect(fs.filter((f) => f.type === 'attack').map((f) => [f.trigger?.text, texts(f.args.target), texts(f.args.attacker)])).toEqual([
      ['detained', ['Rebel commander'], []],
      ['arrested', ['Ndayishimiye'], []],
    ]);
  });
});
