// Date examples: the tests. Reference date 2023-09-24 (a Sunday) unless given.
// `examples`: the text must yield a date with this span text and value.
// `negatives`: the text must yield no date at all.
// `backlog`: known misses; the test fails when one starts passing (move it up).
export interface DateExample {
  text: string;
  expect: Array<{ text: string; nth?: number; value?: string; type?: string; point?: string; range?: string; relativeTo?: string }>;
  ref?: string;
  /** the expected dates are all the text yields */
  only?: boolean;
}

export const REF = '2023-09-24';

export const examples: DateExample[] = [
  // what something happens "ahead of" is still to come, unless a day told before anchors it
  { text: "Campaigning intensified ahead of Tuesday's runoff. Shares rose on Monday ahead of Tuesday's rate decision.", ref: '2026-12-02', expect: [{ text: 'Tuesday', value: '2026-12-08' }, { text: 'Monday', value: '2026-11-30' }, { text: 'Tuesday', nth: 1, value: '2026-12-01' }] },
  // a perfect participle is done, whatever the clause's verb: "is expected to hold, having cut in late November"
  { text: 'The bank is expected to hold rates on Thursday, having cut them in late November. Having beaten Lyon in October, the club will face Lille.', ref: '2026-12-02', expect: [{ text: 'Thursday', value: '2026-12-03' }, { text: 'late November', value: '2026-11' }, { text: 'October', value: '2026-10' }] },
  // a headline's "to" and a verb, with no finite verb before it, is what is to come
  { text: 'Pemex to cut 3,000 jobs in March\n\nMEXICO CITY (Reuters) - Pemex said on Tuesday it would cut jobs.', ref: '2026-12-02', expect: [{ text: 'March', value: '2027-03' }, { text: 'Tuesday', value: '2026-12-01' }] },
  // a bare participle before "by" and its doer is a passive's, in the past
  { text: 'Growers hit by frost in early April will be paid by the state. Shops shut by the strike in May will reopen.', ref: '2026-12-02', expect: [{ text: 'early April', value: '2026-04' }, { text: 'May', value: '2026-05' }] },
  // an event of a day put off or called off was set for the nearest such day, before or after
  { text: "Friday's final at Wembley has been postponed. Monday's vote was called off.", ref: '2026-11-19', expect: [{ text: 'Friday', value: '2026-11-20' }, { text: 'Monday', value: '2026-11-16' }] },
  { text: "Friday's final at Wembley has been postponed. The union announced Thursday that it has called off the strike.", ref: '2026-11-24', expect: [{ text: 'Friday', value: '2026-11-27' }, { text: 'Thursday', value: '2026-11-19' }] },
  // "last summer" is the latest summer over, "next winter" the first to begin: told in December,
  // last summer is this year's; told in July, last year's; last winter told in January is the
  // one before the winter under way
  { text: 'A heatwave last summer cut the harvest, and the ministry fears a dry winter next year. Snow closed schools last winter.', ref: '2026-12-02', expect: [{ text: 'last summer', value: '2026-SU' }, { text: 'last winter', value: '2025-WI' }] },
  { text: 'Visitors fell last summer. The resort will reopen next spring and expand next winter.', ref: '2026-07-15', expect: [{ text: 'last summer', value: '2025-SU' }, { text: 'next spring', value: '2027-SP' }, { text: 'next winter', value: '2026-WI' }] },
  { text: 'The pipeline froze last winter and again last autumn.', ref: '2027-01-20', expect: [{ text: 'last winter', value: '2025-WI' }, { text: 'last autumn', value: '2026-FA' }] },
  // an unstated number of units after a verb of taking time ("may take months", "it took hours")
  { text: 'A ruling may take months, and it took hours to reach the village. The talks lasted weeks.', ref: '2026-12-02', only: true, expect: [{ text: 'months', value: 'PXM' }, { text: 'hours', value: 'PTXH' }, { text: 'weeks', value: 'PXW' }] },
  // a one-word holiday before a noun it describes names no day; a noun the tagger read as a verb,
  // closing a phrase opened by a possessive, is no present ("his first Christmas message")
  { text: 'She called it a Christmas miracle. The pope gave his first Christmas message on Thursday. Shops reopen after Easter.', ref: '2026-12-02', only: true, expect: [{ text: 'Thursday', value: '2026-11-26' }, { text: 'Easter' }] },
  // a game clock's time left is a duration, no clock time of the day
  { text: 'Butker kicked a field goal with 3:15 left, and Allen scored with 1:02 to play. The game resumed at 3:15 p.m. on Sunday.', ref: '2026-12-02', expect: [{ text: '3:15', value: 'PT3M15S', type: 'duration' }, { text: '1:02', value: 'PT1M2S' }, { text: '3:15 p.m.', type: 'time' }] },
  // a timetable's present before a noun the tagger read as a verb after a preposition is still the
  // timetable: "comes into force", "goes into effect"
  { text: 'The new law comes into force on July 1, officials said. The tariff goes into effect in March.', ref: '2026-12-02', expect: [{ text: 'July 1', value: '2027-07-01' }, { text: 'March', value: '2027-03' }] },
  // the date a thing was first set for, now changed, is past; the date it was put off to is to come
  { text: 'The hearing, originally set for Nov. 12, was postponed to Jan. 20. The vote, initially scheduled for Oct. 3, was held a week later.', ref: '2026-12-02', expect: [{ text: 'Nov. 12', value: '2026-11-12' }, { text: 'Jan. 20', value: '2027-01-20' }, { text: 'Oct. 3', value: '2026-10-03' }] },
  // what one agreed, decided or vowed to do in a month is to come, over a day between the verb
  // and its infinitive; a date set right after "set" is to come; a date before the infinitive
  // keeps the agreeing's past
  { text: 'The cartel agreed on Sunday to raise output by 137,000 barrels a day in January. Judges set Feb. 23 as the start date. The union voted in March to strike.', ref: '2026-12-02', expect: [{ text: 'January', value: '2027-01' }, { text: 'Feb. 23', value: '2027-02-23' }, { text: 'March', value: '2026-03' }] },
  // what someone was asked, told or ordered to do by a day is still to come, though the asking is
  // past (a past verb with no infinitive keeps the past: "left on Friday")
  { text: 'The governor on Wednesday asked coastal residents to leave by noon Friday. Officials told shoppers to stock up before Saturday, and the ministry ordered banks to reopen on Monday. Most families left on Tuesday.', ref: '2026-12-02', expect: [{ text: 'Friday', value: '2026-12-04' }, { text: 'Saturday', value: '2026-12-05' }, { text: 'Monday', value: '2026-12-07' }, { text: 'Tuesday', value: '2026-12-01' }] },
  // a side's short name the tagger reads as a common noun still plays the fixture's present
  { text: 'Halvik lost 2-1 on Saturday. City visit Corvane on Wednesday.', ref: '2026-12-04', expect: [{ text: 'Saturday', value: '2026-11-28' }, { text: 'Wednesday', value: '2026-12-09' }] },
  // a timetable's present a few words before its day is to come; a plural subject before a past
  // verb is no present ("and shares rose by 09:30 GMT on Thursday")
  { text: 'Parliament returns from its long summer recess on Sept. 1. Profit fell, and shares rose by 09:30 GMT on Thursday.', ref: '2026-12-02', expect: [{ text: 'Sept. 1', value: '2027-09-01' }, { text: 'Thursday', value: '2026-11-26' }] },
  // an event that "is on" a day or "in" a month is to come
  { text: 'The season opener is on Friday, and the final is in May.', ref: '2026-11-30', expect: [{ text: 'Friday', value: '2026-12-04' }, { text: 'May', value: '2027-05' }] },
  // days are counted from the last day told, not from a year told since
  { text: 'The court ruled on Sept. 25. He had worn an electronic tag earlier this year. The next day, his wife posted a message; two days later, supporters rallied.', ref: '2025-09-26', expect: [{ text: 'The next day', value: '2025-09-26' }, { text: 'two days', point: '2025-09-28' }] },
  // a schedule's line with no verb is to come (AP's "UP NEXT" after a game story told in the past)
  { text: 'The Hawks lost 101-99 on Tuesday.\n\nUP NEXT\nHawks: At Boston on Saturday night.\nCeltics: Host Atlanta on Saturday.', ref: '2026-12-02', expect: [{ text: 'Tuesday', value: '2026-12-01' }, { text: 'Saturday night', value: '2026-12-05TNI' }, { text: 'Saturday', nth: 1, value: '2026-12-05' }] },
  // "March" and "May" a thing was put off to are dates (not a street: "moved to March Street")
  { text: 'The summit was moved to March, an aide said, and the vote was postponed to May. The family moved to March Street.', ref: '2026-12-02', only: true, expect: [{ text: 'March', value: '2027-03' }, { text: 'May', value: '2027-05' }] },
  // "within days" is a stretch of unstated length; "May" and "March" end a period counted back
  { text: 'Profit fell 4% in the year to March. Aid could arrive within days, and the army retook the town within hours.', ref: '2026-12-02', expect: [{ text: 'March', value: '2026-03' }, { text: 'days', value: 'PXD' }, { text: 'hours', value: 'PTXH' }] },
  // a reporting verb followed by what it reports is no trailing attribution: the date's own
  // clause is read with it ("..., speaking on Friday, said the bank would ..."); "is due", "are
  // set" after a present copula are to come
  { text: 'The finance minister, speaking to reporters in Lisbon on Friday, said the government would meet its target. The vote is due on Thursday, a diplomat said. The rules are set for Jan. 5, and the payment was due on Monday.', ref: '2026-12-02', expect: [{ text: 'Friday', value: '2026-11-27' }, { text: 'Thursday', value: '2026-12-03' }, { text: 'Jan. 5', value: '2027-01-05' }, { text: 'Monday', value: '2026-11-30' }] },
  // a period whose figures are to be told has begun: the last quarter or month of that name
  { text: 'The statistics office will publish GDP figures for the third quarter on Friday. Halcott will report fourth-quarter earnings on Jan. 28, and the agency releases November jobs data next week.', ref: '2026-12-08', expect: [{ text: 'the third quarter', value: '2026-Q3' }, { text: 'fourth-quarter', value: '2026-Q4' }, { text: 'November', value: '2026-11' }] },
  // a forecast's plural after the name that modifies it is no present verb ("above Wall Street
  // estimates on Tuesday"), while one after an article's noun is ("The bank cuts rates on Thursday")
  { text: 'Halcott forecast revenue above Wall Street estimates on Tuesday. The central bank cuts rates on Thursday, economists expect.', ref: '2026-12-02', expect: [{ text: 'Tuesday', value: '2026-12-01' }, { text: 'Thursday', value: '2026-12-03' }] },
  // a plural noun closing a compound object is no present verb ("ended merger talks in February")
  { text: 'Honda and Nissan ended merger talks in February, people familiar with the matter said. The unions broke off wage talks on Monday.', ref: '2026-12-02', expect: [{ text: 'February', value: '2026-02' }, { text: 'Monday', value: '2026-11-30' }] },
  // the nth weekday of a named month is one day, found in the year the tense points to; a fifth
  // one the month lacks leaves the month
  { text: 'Parliament reconvenes on the first Monday in October. Voters went to the polls on the last Sunday of March, and the next vote is on the second Tuesday of June 2028. The club meets on the fifth Monday in February.', ref: '2026-12-01', expect: [{ text: 'the first Monday in October', value: '2027-10-04' }, { text: 'the last Sunday of March', value: '2026-03-29' }, { text: 'the second Tuesday of June 2028', value: '2028-06-13' }, { text: 'the fifth Monday in February', value: '2027-02' }] },
  // the day an announced change takes effect is still to come, in a story told in the past
  { text: 'The bank named Ana Ruiz chief risk officer, effective Feb. 1. The airline said on Monday it had raised fares by 4%, effective from March 1.', ref: '2026-12-01', expect: [{ text: 'Feb. 1', value: '2027-02-01' }, { text: 'Monday', value: '2026-11-30' }, { text: 'March 1', value: '2027-03-01' }] },
  // a number with its thousands set off by commas counts whole ("000 years" was P0Y)
  { text: 'Farmers reached the valley about 7,000 years ago. The siege lasted 1,200 days.', ref: '2026-11-26', expect: [{ text: 'about 7,000 years', value: 'P7000Y' }, { text: '1,200 days', value: 'P1200D' }] },
  // a plan named as a thing is no mark of the future
  { text: "The minister met the firm's chief in Oslo on Tuesday to discuss the company's plans for a new plant, a spokesman said.", ref: '2026-11-12', expect: [{ text: 'Tuesday', value: '2026-11-10' }] },
  // "in the past" before a unit is a stretch of time ending now, with its article
  { text: 'The plant had two leaks in the past year. In the past, leaks were rare.', ref: '2026-11-24', expect: [{ text: 'the past year', value: 'P1Y' }, { text: 'In the past', value: 'PAST_REF' }] },
  // a clock time with no day is not on the day a span runs until
  { text: 'Lawmakers extended the fund through March 15, hours before a midnight deadline.', ref: '2026-11-20', expect: [{ text: 'March 15', value: '2027-03-15' }, { text: 'midnight', value: '2026-11-20T00:00' }] },
  // what a forecast runs through or until is still to come, in a story told in the past; what
  // happened by a day after a past verb is past
  { text: 'Meteorologists forecast more snow through Sunday. The agency warned of road closures until Friday. Crews had cleared the pass by Tuesday.', ref: '2026-11-26', expect: [{ text: 'Sunday', value: '2026-11-29' }, { text: 'Friday', value: '2026-11-27' }, { text: 'Tuesday', value: '2026-11-24' }] },
  // "March" and "May" naming an event after an article; what "is likely" is to come
  { text: 'The studio moved the film to a March release. The board will meet before a May deadline. A rate cut in June is likely.', ref: '2026-12-02', expect: [{ text: 'March', value: '2027-03' }, { text: 'May', value: '2027-05' }, { text: 'June', value: '2027-06' }] },
  // a market's past read off a verb and its complement ("closed lower on Friday"); an invariant
  // past before its object ("cut rates at its Oct. 29 meeting"); what a report covers is no event
  // to come; a time on a day over a city's time
  { text: 'Stocks closed lower on Friday. The bank cut rates at its Oct. 29 meeting. The survey covers the three months to the end of September. The offer expires at 5 p.m. New York time on Dec. 19.', ref: '2026-12-02', expect: [{ text: 'Friday', value: '2026-11-27' }, { text: 'Oct. 29', value: '2026-10-29' }, { text: 'the end of September', value: '2026-09' }, { text: '5 p.m.', value: '2026-12-19T17:00' }] },
  // an attribution set off before a participle's clause that goes on with the sentence gives no
  // tense: the clause before it does
  { text: 'The envoy will fly to Hanoi on Thursday, her office said, before returning to Canberra on May 18.', ref: '2025-05-13', expect: [{ text: 'May 18', value: '2025-05-18' }] },
  { text: 'The envoy landed in Hanoi on Monday, her office said, before flying to Manila on May 2.', ref: '2025-05-13', expect: [{ text: 'May 2', value: '2025-05-02' }] },
  // a live report's time stamp at a line's start is the report's day, not the last day told
  { text: '1350 GMT - Schools will close on Friday.\n1215 GMT - Two people were hurt.', ref: '2024-10-31', expect: [{ text: '1215 GMT', value: '2024-10-31T12:15Z' }] },
  // "the same day" is the day told just before
  { text: 'The ferry sank on Aug. 3. Divers reached the wreck the same day.', expect: [{ text: 'the same day', value: '2023-08-03' }] },
  // a subordinator after the date opens a clause of its own, whose past is no tense of the date's
  { text: 'The supplier said it would lay off 900 staff from Oct. 20 if the walkout lasted into November.', ref: '2024-10-02', expect: [{ text: 'Oct. 20', value: '2024-10-20' }] },
  // "by the weekend" is the story's weekend; a verb that is its own past, read as a noun before a
  // preposition, is past ("hit over the weekend" on a Wednesday is the weekend just gone)
  { text: 'A colder front should arrive by the weekend. Another gale hit over the weekend.', ref: '2026-12-02', expect: [{ text: 'the weekend', value: '2026-W49-WE' }, { text: 'the weekend', nth: 1, value: '2026-W48-WE' }], only: true },
  // "today" with an infinitive or a progressive before it is the day; capitalised inside a
  // sentence it is a title's word
  { text: '"We want to finish the job today," the coach said. "We are flying home today." Today, the club employs 300 people.', expect: [{ text: 'today', value: '2023-09-24' }, { text: 'today', nth: 1, value: '2023-09-24' }, { text: 'Today', type: 'reference', value: 'PRESENT_REF' }], only: true },
  // a month or season in a clause of what usually happens is every year's (TimeML XXXX-MM)
  { text: 'The short rains, which usually begin in October, failed again. The monsoon normally arrives in June. The rains failed in October.', expect: [{ text: 'October', value: 'XXXX-10' }, { text: 'June', value: 'XXXX-06' }, { text: 'October', nth: 1, value: '2022-10' }] },
  { text: 'The fair is held annually in March and draws 40,000 visitors.', expect: [{ text: 'March', value: 'XXXX-03' }] },
  { text: 'November is Lung Cancer Awareness Month. The campaign began in November.', expect: [{ text: 'November', value: 'XXXX-11' }, { text: 'November', nth: 1, value: '2022-11' }] },
  // the present, the recent past and the weeks to come without a date (TimeML *_REF); a season
  // spent (REF 2023-09-24: this summer is past)
  { text: 'Prices are now higher. The company recently cut jobs. Talks will go on in the coming weeks. He spent the summer in Spain. The now-defunct firm closed.', expect: [{ text: 'now', type: 'reference', value: 'PRESENT_REF' }, { text: 'recently', type: 'reference', value: 'PAST_REF' }, { text: 'the coming weeks', type: 'reference', value: 'FUTURE_REF' }, { text: 'the summer', value: '2023-SU' }], only: true },
  // a month that names an event again is the month named before, whatever the later clause's
  // tense; a month the clause's own preposition places keeps its own year (REF 2023-09-24)
  { text: 'The bank signalled it could cut rates in December. Its deposit rate has been at 4% since August. Nagel said a December cut was likely, and Knot has backed a move in December. Others will wait until at least August.', expect: [{ text: 'December', value: '2023-12' }, { text: 'August', value: '2023-08' }, { text: 'December', nth: 1, value: '2023-12' }, { text: 'December', nth: 2, value: '2023-12' }, { text: 'August', nth: 1, value: '2024-08' }] },
  // "that" opens a clause of its own: a date before it is the main verb's, one after it in a
  // relative clause is the relative verb's (REF a Sunday)
  { text: 'Doyle was told by the judge on Friday that he must serve at least 28 years.', expect: [{ text: 'Friday', value: '2023-09-22' }] },
  { text: 'He said the vote that was held on Friday would be repeated. The plan that will be voted on Tuesday is popular. It is the law that takes effect on Jan. 1.', expect: [{ text: 'Friday', value: '2023-09-22' }, { text: 'Tuesday', value: '2023-09-26' }, { text: 'Jan. 1', value: '2024-01-01' }] },
  // a market's close is already past, whatever the clause's tense (REF a Sunday)
  { text: "Shareholders will receive $38 a share, a 45% premium to Friday's closing price. The stock will open at Thursday's close. Fans look ahead to Saturday's final.", expect: [{ text: 'Friday', value: '2023-09-22' }, { text: 'Thursday', value: '2023-09-21' }, { text: 'Saturday', value: '2023-09-30' }] },
  // a final score before the date is a result, so the past, whatever the main verb
  { text: 'Lyon will host Nantes after beating Lille 2-1 on Wednesday night.', expect: [{ text: 'Wednesday night', value: '2023-09-20TNI' }] },
  { text: 'Fresh from a 3-0 win over Porto on Tuesday, Benfica travel to Braga next.', expect: [{ text: 'Tuesday', value: '2023-09-19' }] },
  // a fixture's verb after a parenthesis is a timetable, though the tagger reads it as a noun;
  // "beat" after a singular subject is the past
  { text: 'Rovers, who have won four of their last five, host Leeds on Oct. 3.', expect: [{ text: 'Oct. 3', value: '2023-10-03' }] },
  { text: 'The Giants, winless since August, play the Eagles on Saturday.', expect: [{ text: 'August', value: '2023-08' }, { text: 'Saturday', value: '2023-09-30' }] },
  { text: 'Rovers were booed off after losing on Saturday. Dynamo Kyiv host Leeds on Oct. 3.', expect: [{ text: 'Saturday', value: '2023-09-23' }, { text: 'Oct. 3', value: '2023-10-03' }] },
  { text: 'Leeds, who beat Rovers on Sept. 2, travel to Hull on Oct. 7.', expect: [{ text: 'Sept. 2', value: '2023-09-02' }, { text: 'Oct. 7', value: '2023-10-07' }] },
  // an event with its date, made known in the past passive after it, is the nearest such day
  // (REF 2023-09-24): not last year's
  { text: "The premier's visit to Oslo on Oct. 9 was confirmed by an aide. The summit, on Sept. 2 in Rome, was announced in July.", expect: [{ text: 'Oct. 9', value: '2023-10-09' }, { text: 'Sept. 2', value: '2023-09-02' }, { text: 'July', value: '2023-07' }] },
  // what one expects or forecasts now is to come (told in September: next May, this spring); what
  // one had expected is not
  { text: 'Nomura expects the first rate cut in May. The bank forecasts growth in the spring. Economists had expected a cut in May.', expect: [{ text: 'May', value: '2024-05' }, { text: 'the spring', value: '2024-SP' }, { text: 'May', nth: 1, value: '2023-05' }] },
  // "May" and "March" listed with another month are months, without a preposition
  { text: 'The vote is expected in November and May, or March or April at the latest. It may rain.', expect: [{ text: 'November', value: '2023-11' }, { text: 'May', value: '2024-05' }, { text: 'March', value: '2024-03' }, { text: 'April', value: '2024-04' }] },
  // an attribution set off by commas is not the clause's verb
  { text: 'Talks in Oslo on Oct. 12, an aide said, will include both sides. The truce on Sept. 3, officials said, was broken within hours.', expect: [{ text: 'Oct. 12', value: '2023-10-12' }, { text: 'Sept. 3', value: '2023-09-03' }] },
  // an obligation is to come: "should", "must"
  { text: 'The striker should return on Saturday, and fees must be paid by Friday.', expect: [{ text: 'Saturday', value: '2023-09-30' }, { text: 'Friday', value: '2023-09-29' }] },
  // the decade and century we are in; in the past, "the year"/"the decade" is the one told before
  { text: 'Emissions must halve this decade, and seas will rise by the end of the century.', expect: [{ text: 'this decade', value: '202' }, { text: 'the end of the century', value: '20' }] },
  { text: 'The bakery opened in 2017. By the end of the year it had three shops, and by the end of the decade twelve.', expect: [{ text: 'the end of the year', value: '2017', relativeTo: '2017' }, { text: 'the end of the decade', value: '201' }] },
  { text: 'The strike began in March 2020. By the end of the month the mines were shut. Output will recover by the end of the year.', expect: [{ text: 'the end of the month', value: '2020-03' }, { text: 'the end of the year', value: '2023' }] },
  { text: 'The ministry reported on Sept. 23 that talks were held.', expect: [{ text: 'Sept. 23', value: '2023-09-23' }] },
  { text: 'They met on September 23, 2021 in Seoul.', expect: [{ text: 'September 23, 2021', value: '2021-09-23' }] },
  { text: 'The deal was signed on 23 September 2019.', expect: [{ text: '23 September 2019', value: '2019-09-23' }] },
  { text: 'Filed 2023-09-23 by the court.', expect: [{ text: '2023-09-23', value: '2023-09-23' }] },
  { text: 'In July, the minister visited Pyongyang.', expect: [{ text: 'July', value: '2023-07' }] },
  { text: 'The leaders will meet in January.', expect: [{ text: 'January', value: '2024-01' }] },
  { text: 'Prices rose in November last year.', expect: [{ text: 'November last year', value: '2022-11' }] },
  { text: 'Turnout fell last year.', expect: [{ text: 'last year', value: '2022' }] },
  { text: 'Earlier this month, the army advanced.', expect: [{ text: 'Earlier this month', value: '2023-09' }] },
  { text: 'He arrived yesterday and leaves tomorrow.', expect: [{ text: 'yesterday', value: '2023-09-23' }, { text: 'tomorrow', value: '2023-09-25' }] },
  { text: 'Sales fell last week.', expect: [{ text: 'last week', value: '2023-W37' }] },
  { text: 'The plant opened in 2019.', expect: [{ text: '2019', value: '2019' }] },
  { text: 'Music of the 1990s was louder.', expect: [{ text: 'the 1990s', value: '199' }] },
  { text: 'Revenue grew in the third quarter of 2022.', expect: [{ text: 'the third quarter of 2022', value: '2022-Q3' }] },
  { text: 'The offensive is expected this summer.', expect: [{ text: 'this summer', value: '2023-SU' }] },
  // "a day" after a duration is its rate's denominator, not a second duration; alone it is one
  { text: 'Workers labour two hours a day, or 14 hours a week, and rested for a day.', expect: [{ text: 'two hours', value: 'PT2H' }, { text: '14 hours', value: 'PT14H' }, { text: 'a day', nth: 1, value: 'P1D' }], only: true },
  { text: "The quake struck on New Year's Day, and the ceasefire ended on Christmas Eve 2022.", expect: [{ text: "New Year's Day", value: '2023-01-01' }, { text: 'Christmas Eve 2022', value: '2022-12-24' }] },
  { text: 'Parades will be held on the Fourth of July, not on may day.', expect: [{ text: 'Fourth of July', value: '2024-07-04' }], only: true },
  // movable feasts: the day of the year the tense points to (REF 2023-09-24, a Sunday)
  { text: 'Stores opened early on Black Friday, and the Senate returns after Thanksgiving. Pilgrims came at Easter 2021; the strike began on Good Friday.', expect: [{ text: 'Black Friday', value: '2022-11-25' }, { text: 'Thanksgiving', value: '2023-11-23' }, { text: 'Easter 2021', value: '2021-04-04' }, { text: 'Good Friday', value: '2023-04-07' }] },
  { text: 'Traffic was heavy over Memorial Day, and the union will march on Labor Day.', expect: [{ text: 'Memorial Day', value: '2023-05-29' }, { text: 'Labor Day', value: '2024-09-02' }] },
  { text: 'Before Christmas, illustrator Johnnie Christmas drew it.', expect: [{ text: 'Christmas' }], only: true },
  { text: 'Polls close at 14:00 CEST and the count starts at 9 p.m. local time.', expect: [{ text: '14:00 CEST', type: 'time' }, { text: '9 p.m. local time', type: 'time' }], only: true },
  // the year comes from the date's own clause, not from a trailing attribution
  { text: 'The chief executive is scheduled to testify on April 4, a committee aide said.', ref: '2023-03-14', expect: [{ text: 'April 4', value: '2023-04-04' }] },
  { text: 'The club would face its rival in Istanbul on June 10, the league said.', ref: '2023-05-17', expect: [{ text: 'June 10', value: '2023-06-10' }] },
  // a season with "the" and no year: the one under way, else the next for what is to come, the last for what was
  { text: 'The plant reopens in the autumn, after sales fell during the winter.', ref: '2023-05-02', expect: [{ text: 'the autumn', value: '2023-FA' }, { text: 'the winter', value: '2022-WI' }] },
  { text: 'Exports grew in the summer and are expected to slow in the spring.', ref: '2023-10-20', expect: [{ text: 'the summer', value: '2023-SU' }, { text: 'the spring', value: '2024-SP' }] },
  // the date a thing was set for is still to come: "set sentencing for March 28"
  { text: 'The judge set sentencing for March 28, and the governor called a special election for Feb. 6.', ref: '2023-11-03', expect: [{ text: 'March 28', value: '2024-03-28' }, { text: 'Feb. 6', value: '2024-02-06' }] },
  // a present passive is a timetable: "the semifinals are played on April 30"
  { text: 'The semifinals are played on April 30, and the final is held in Lisbon on June 1.', ref: '2023-05-08', expect: [{ text: 'April 30', value: '2024-04-30' }, { text: 'June 1', value: '2023-06-01' }] },
  { text: 'The ferry was held in port on April 30.', ref: '2023-05-08', expect: [{ text: 'April 30', value: '2023-04-30' }] },
  // a hedge between "until"/"by" and the date keeps it to come: "until at least June", "by around May"
  { text: 'Economists expect rates to stay on hold until at least June, a poll showed.', ref: '2023-11-20', expect: [{ text: 'June', value: '2024-06' }] },
  { text: 'The ferry stays in dock until at least March, its operator said, and repairs should be done by around May.', ref: '2023-11-20', expect: [{ text: 'March', value: '2024-03' }, { text: 'May', value: '2024-05' }] },
  { text: 'Sweden holds the rotating EU presidency until June 30.', ref: '2023-03-14', expect: [{ text: 'June 30', value: '2023-06-30' }] },
  { text: 'The trial is to be held from October 2 to October 20.', ref: '2023-05-07', expect: [{ text: 'October 2', value: '2023-10-02' }, { text: 'October 20', value: '2023-10-20' }] },
  // a range's end whose year is left open takes the year that keeps it after its start, and the other way round
  { text: 'The retrospective, which opened last week, is to run from March 2 through May 14.', ref: '2024-03-09', expect: [{ text: 'March 2', value: '2024-03-02' }, { text: 'May 14', value: '2024-05-14' }] },
  { text: 'Voting will stay open from Nov. 28 until Dec. 5, the commission said.', ref: '2023-12-01', expect: [{ text: 'Nov. 28', value: '2023-11-28' }, { text: 'Dec. 5', value: '2023-12-05' }] },
  { text: 'The festival ran from December 28 to January 3 and drew record crowds.', ref: '2024-01-10', expect: [{ text: 'December 28', value: '2023-12-28' }, { text: 'January 3', value: '2024-01-03' }] },
  // "this weekend" told in the past on a weekday is the weekend just gone
  { text: 'The fair drew 40,000 visitors this weekend, organisers said on Tuesday.', ref: '2023-09-26', expect: [{ text: 'this weekend', value: '2023-W38-WE' }] },
  { text: 'Storms are forecast for this weekend.', ref: '2023-09-26', expect: [{ text: 'this weekend', value: '2023-W39-WE' }] },
  { text: 'The final round is set to take place in Lisbon on May 29.', ref: '2023-05-07', expect: [{ text: 'May 29', value: '2023-05-29' }] },
  { text: 'The strike began on August 3 and union leaders say it will go on.', ref: '2023-08-20', expect: [{ text: 'August 3', value: '2023-08-03' }] },
  // a conjunction before a new predicate closes the date's clause; a simple present of an event is a timetable,
  // but not a noun read as a verb, nor beside a past verb
  { text: 'The company reported results on Tuesday and will publish its annual report next month.', ref: '2023-05-21', expect: [{ text: 'Tuesday', value: '2023-05-16' }, { text: 'next month', value: '2023-06' }] },
  { text: 'Tickets go on sale Friday, a spokesman added, and the sides meet on June 2.', ref: '2023-05-21', expect: [{ text: 'Friday', value: '2023-05-26' }, { text: 'June 2', value: '2023-06-02' }] },
  // the date a thing is put off to is still to come
  { text: 'The judge adjourned the hearing to Nov. 14, and the vote was postponed until early June.', ref: '2023-10-02', expect: [{ text: 'Nov. 14', value: '2023-11-14' }, { text: 'early June', value: '2024-06' }] },
  { text: 'On Tuesday night, the champions host Newcastle, who beat them a year ago.', ref: '2023-10-05', expect: [{ text: 'Tuesday night', value: '2023-10-10TNI' }] },
  // today, yesterday and tomorrow in a quotation whose attribution has its day count from that day
  { text: 'The coach said on Saturday: "Today we were the better side, and tomorrow we rest." "Yesterday was hard," the captain told reporters on Sunday.', ref: '2023-10-18', expect: [{ text: 'Today', value: '2023-10-14', relativeTo: '2023-10-14' }, { text: 'tomorrow', value: '2023-10-15' }, { text: 'Yesterday', value: '2023-10-14', relativeTo: '2023-10-15' }] },
  // a possibility before a verb is to come; not "could have"
  { text: 'A ceasefire could take effect on Nov. 2, mediators said, though talks might be delayed until Nov. 9. The envoy could have left on Oct. 3.', ref: '2023-10-18', expect: [{ text: 'Nov. 2', value: '2023-11-02' }, { text: 'Nov. 9', value: '2023-11-09' }, { text: 'Oct. 3', value: '2023-10-03' }] },
  // a date fixed for something, or a time limit given, is still to come
  { text: 'The judge set a trial date of Feb. 3 and gave the defense until Friday to file.', ref: '2023-10-18', expect: [{ text: 'Feb. 3', value: '2024-02-03' }, { text: 'Friday', value: '2023-10-20' }] },
  // a part of a year named relative to this one is one expression
  { text: 'Output fell in the second half of last year and will recover in the first quarter of next year, after a weak spring of this year.', ref: '2023-10-18', expect: [{ text: 'the second half of last year', value: '2022-H2' }, { text: 'the first quarter of next year', value: '2024-Q1' }, { text: 'spring of this year', value: '2023-SP' }] },
  // a verb whose past is its bare form is past after a singular subject
  { text: 'The currency, which hit a low on Oct. 2, has recovered. The storm cut power to 9,000 homes on Oct. 7.', ref: '2023-10-20', expect: [{ text: 'Oct. 2', value: '2023-10-02' }, { text: 'Oct. 7', value: '2023-10-07' }] },
  // a clock time with no day of its own is on the last day the story told before it
  { text: 'The referendum was held on Sunday. Polling stations closed at 9 p.m., and the first results came at 11:40 p.m.', ref: '2023-10-18', expect: [{ text: '9 p.m.', value: '2023-10-15T21:00' }, { text: '11:40 p.m.', value: '2023-10-15T23:40' }] },
  // a clock time with its conversion in brackets, on the day after both
  { text: 'Markets will reopen at 9 a.m. ET (1400 GMT) on Thursday.', ref: '2023-10-20', expect: [{ text: '9 a.m. ET', value: '2023-10-26T09:00' }, { text: '1400 GMT', value: '2023-10-26T14:00Z' }] },
  // "earlier this month" is one expression: the days before it are a duration, not a point before a date
  { text: 'Negotiators met for three days earlier this month.', ref: '2023-10-20', expect: [{ text: 'three days', value: 'P3D', type: 'duration' }, { text: 'earlier this month', value: '2023-10' }] },
  { text: 'She was freed on $5,000 bail on Friday.', ref: '2023-05-21', expect: [{ text: 'Friday', value: '2023-05-19' }] },
  { text: 'Flood waters rose on Monday, officials said, and the dam will be inspected on Thursday.', ref: '2023-09-20', expect: [{ text: 'Monday', value: '2023-09-18' }, { text: 'Thursday', value: '2023-09-21' }] },
  // a plural verb in the present names a date to come as the nearest one; "to meet" is no tense of
  // its own, but what one agreed to do is still to come (after a past verb of another kind the
  // infinitive keeps the past: "travelled to meet")
  { text: 'Both clubs won on Sunday. The two sides meet again in the cup final on April 26.', ref: '2026-11-30', expect: [{ text: 'April 26', value: '2027-04-26' }] },
  { text: 'The envoys agreed to meet on April 26. The envoys travelled to Doha to meet on April 20.', ref: '2026-11-30', expect: [{ text: 'April 26', value: '2027-04-26' }, { text: 'April 20', value: '2026-04-20' }] },
  // wire copy's four-digit clock time needs its zone; a year before a zone-less word is no time
  { text: 'Shares rose 9% by 0930 GMT on Thursday, and the index closed at 1630 GMT. In 1930 the market crashed.', ref: '2023-09-20', expect: [{ text: '0930 GMT', value: '2023-09-14T09:30Z' }, { text: '1630 GMT', type: 'time' }, { text: '1930', value: '1930' }] },
  // a caption without a verb takes the story's tense
  { text: 'The crowd gathered early. Police closed the road. The square, shortly after opening Friday.', ref: '2023-09-20', expect: [{ text: 'Friday', value: '2023-09-15' }] },
  // the TimeML vocabulary of news: the present or past without a date, unstated numbers, centuries, decades in words
  { text: 'Nowadays few read papers; back then everyone did.', expect: [{ text: 'Nowadays', type: 'reference', value: 'PRESENT_REF' }, { text: 'back then', type: 'reference', value: 'PAST_REF' }], only: true },
  { text: 'Talks dragged on for a few weeks, then for decades, and resumed hours later.', expect: [{ text: 'a few weeks', value: 'PXW' }, { text: 'decades', value: 'PXDE' }, { text: 'hours later', value: 'PTXH' }] },
  { text: 'The bridge dates from the 19th century; the hall from the sixties.', expect: [{ text: 'the 19th century', value: '18' }, { text: 'the sixties', value: '196' }] },
  { text: 'Prices will fall by the end of the year, and the fair opens this weekend.', expect: [{ text: 'the end of the year', value: '2023' }, { text: 'this weekend', value: '2023-W38-WE' }] },
  // "one day" unmeasured is some day, to come or gone; measured ("lasted", "for", "later") a duration
  { text: 'She believes she will coach the national team one day. One day in 1990, he walked in. The strike lasted one day.', expect: [{ text: 'one day', type: 'reference', value: 'FUTURE_REF' }, { text: 'One day', type: 'reference', value: 'PAST_REF' }, { text: '1990', value: '1990' }, { text: 'one day', nth: 1, type: 'duration', value: 'P1D' }] },
  // "today" in the present tense is the present (TimeML PRESENT_REF); the day when something happens on it
  { text: 'Magic is as popular today as ever. The minister resigned today.', expect: [{ text: 'today', type: 'reference', value: 'PRESENT_REF' }, { text: 'today', nth: 1, type: 'date', value: '2023-09-24' }] },
  // a point counted from the date told before, and a time on the day named after it
  { text: 'Profit fell in 2022 from a year earlier, and shares rose by 09:30 GMT on Thursday.', expect: [{ text: 'a year', point: '2021' }, { text: '09:30 GMT', value: '2023-09-21T09:30Z' }] },
  // an "ago" in reported speech counts from when it was said
  { text: 'Budanov said on Sept. 13 that shipments began a month-and-a-half ago. The war began two years ago.', expect: [{ text: 'a month-and-a-half', point: '2023-07', relativeTo: '2023-09-13' }, { text: 'two years', point: '2021' }] },
  { text: 'The talks lasted three years.', expect: [{ text: 'three years', value: 'P3Y', type: 'duration' }] },
  { text: 'Shipments began a month-and-a-half ago.', expect: [{ text: 'a month-and-a-half', value: 'P1.5M', type: 'duration', point: '2023-08' }] },
  { text: 'The attack came two days ago.', expect: [{ text: 'two days', value: 'P2D', point: '2023-09-22' }] },
  { text: 'The vote was held on Tuesday.', expect: [{ text: 'Tuesday', value: '2023-09-19' }] },
  { text: 'The council will vote on Tuesday.', expect: [{ text: 'Tuesday', value: '2023-09-26' }] },
  { text: 'The strike began at 10 a.m. local time.', expect: [{ text: '10 a.m. local time', type: 'time', value: '2023-09-24T10:00' }] },
  { text: 'The talks ended at 4.45pm.', expect: [{ text: '4.45pm', type: 'time', value: '2023-09-24T16:45' }] },
  { text: 'He paused for a second before answering.', expect: [{ text: 'a second', type: 'duration', value: 'PT1S' }] },
  // a part of a year, written with a hyphen or a space: the year, with its part in the span
  { text: 'Cuts are unlikely before mid-2025; growth slowed in late 2023, and the plan runs until end-2026.', expect: [{ text: 'mid-2025', value: '2025' }, { text: 'late 2023', value: '2023' }, { text: 'end-2026', value: '2026' }] },
  // a day, week, month or year counted from the date told before; a coarser "that month" keeps
  // the day for the next "the following morning"
  { text: 'He was arrested on Jan. 20, 2021 and charged the following day. Later that month, he pleaded not guilty. The next morning, police left. In March 2019 the firm collapsed; the following year it was sold.', ref: '2024-11-20', expect: [{ text: 'the following day', value: '2021-01-21' }, { text: 'Later that month', value: '2021-01' }, { text: 'The next morning', value: '2021-01-22TMO' }, { text: 'the following year', value: '2020' }] },
  // a stated amount before "later" is read whole; hours or minutes later name no day; a day named
  // again as the name of what happened then keeps the year it was told with
  { text: 'Rioters stormed the Capitol on Jan. 6, 2021. He was arrested two weeks later. Six minutes later, police arrived. The Jan. 6 committee met often, and the next hearing is on Jan. 6.', ref: '2024-11-20', expect: [{ text: 'two weeks', value: 'P2W', point: '2021-W03' }, { text: 'Six minutes', value: 'PT6M' }, { text: 'Jan. 6', nth: 1, value: '2021-01-06' }, { text: 'Jan. 6', nth: 2, value: '2025-01-06' }] },
  // a quarter without its year takes the tense's year: last year's fourth quarter, reported in March;
  // and a plan in the past perfect ("had expected") is past
  { text: 'The economy shrank in the fourth quarter, data showed. Economists had expected growth for the October-December period. Profit will rise in the second quarter.', ref: '2024-03-12', expect: [{ text: 'the fourth quarter', value: '2023-Q4' }, { text: 'October', value: '2023-10' }, { text: 'the second quarter', value: '2024-Q2' }] },
  // a past verb in a relative clause dates its own clause, whatever the main verb's tense
  { text: 'The trial, which began Monday, is expected to last two weeks.', ref: '2023-09-23', expect: [{ text: 'Monday', value: '2023-09-18' }] },
  // a timetable's verb that the tagger reads as a noun is a simple present of what is to come
  { text: 'The season ends May 19, and the transfer window closes Jan. 31. The talks ended March 3.', ref: '2023-11-28', expect: [{ text: 'May 19', value: '2024-05-19' }, { text: 'Jan. 31', value: '2024-01-31' }, { text: 'March 3', value: '2023-03-03' }] },
  // a quarter as a modifier, a half of a year, and the weekend of the story's week (the one just gone, told in the past)
  { text: 'Shares fell after the lender said fourth-quarter profit would miss forecasts. Over the weekend, talks broke down.', ref: '2023-09-26', expect: [{ text: 'fourth-quarter', value: '2023-Q4' }, { text: 'the weekend', value: '2023-W38-WE' }] },
  { text: 'The merger should close in the second half of 2024, and sales rose in the first half of the year. The first half of the match was dull.', expect: [{ text: 'the second half of 2024', value: '2024-H2' }, { text: 'the first half of the year', value: '2023-H1' }], only: true },
  { text: 'The festival opens at the weekend.', ref: '2023-09-26', expect: [{ text: 'the weekend', value: '2023-W39-WE' }] },
  // a stopwatch reading is how long something took, not a time of day
  { text: 'Kipchoge won the marathon in 2:01:09, a minute ahead of the field.', expect: [{ text: '2:01:09', type: 'duration', value: 'PT2H1M9S' }] },
  { text: 'She set a meet record of 3:55.12 in the 1,500 metres; the heat began at 10:32 local time.', expect: [{ text: '3:55.12', type: 'duration', value: 'PT3M55.12S' }, { text: '10:32 local time', type: 'time', value: '2023-09-24T10:32' }] },
  { text: 'The stage winner crossed in 4:12:30, and the bus left at 16:45:10 GMT.', expect: [{ text: '4:12:30', type: 'duration', value: 'PT4H12M30S' }] },
  { text: 'Markets closed at 14:00 GMT.', expect: [{ text: '14:00 GMT', type: 'time', value: '2023-09-24T14:00Z' }] },
  { text: 'The summit runs Sept. 22-23.', ref: '2023-09-13', expect: [{ text: 'Sept. 22-23', type: 'range', value: '2023-09-22/2023-09-23' }] },
  // a range whose ends are expressions of their own: each end a date, both carrying the range
  { text: 'He served from 2014 to 2016.', expect: [{ text: '2014', value: '2014', range: '2014/2016' }, { text: '2016', value: '2016', range: '2014/2016' }], only: true },
  { text: 'Fighting eased between May and July.', expect: [{ text: 'May', value: '2023-05', range: '2023-05/2023-07' }, { text: 'July', range: '2023-05/2023-07' }], only: true },
  { text: 'Rates were cut between May 24, 2007, and Dec. 22, 2022, and in 1998-99.', expect: [{ text: 'May 24, 2007', range: '2007-05-24/2022-12-22' }, { text: 'Dec. 22, 2022', value: '2022-12-22' }, { text: '1998', range: '1998/1999' }, { text: '99', value: '1999' }], only: true },
  { text: 'The report is published every year.', expect: [{ text: 'every year', type: 'set', value: 'P1Y' }] },
  { text: 'The paper appears weekly.', expect: [{ text: 'weekly', type: 'set', value: 'P1W' }] },
  // a month or season of every year, and "each" with a unit or a day
  { text: 'The festival is held every August. The board meets each spring and each Monday. Each may choose.', expect: [{ text: 'every August', type: 'set', value: 'XXXX-08' }, { text: 'each spring', type: 'set', value: 'XXXX-SP' }, { text: 'each Monday', type: 'set', value: 'XXXX-WXX-1' }], only: true },
  { text: 'On the eve of the visit, media reported arms transfers.', expect: [{ text: 'On the eve of the visit', type: 'date' }] },
  { text: 'Kim travelled to Vladivostok on Sept. 13.', ref: '2023-10-02', expect: [{ text: 'Sept. 13', value: '2023-09-13' }] },
  { text: 'The accord was signed in March 2014.', expect: [{ text: 'March 2014', value: '2014-03' }] },
  { text: 'Monday, March 4, 2019', expect: [{ text: 'Monday, March 4, 2019', value: '2019-03-04' }] },
];

export const negatives: string[] = [
  'After the fall of Rome came the spring of a new age.', // a season's name followed by "of" is no date
  'Work stopped in the spring term and in the summer transfer window.',
  'Officials may decide later.',
  'Troops march toward the border.',
  'About 2,000 troops were deployed.',
  'Russia is receiving 122mm shells.',
  'The F-16 jets arrived.',
  'The parcel weighed 6.5 kilograms.',
  'COVID-19 cases rose.',
  'The match ended 3-1.',
  'Version 2.15 fixes the bug.',
  'The grid is 2.1 pm wide.',
  'On a second thought, he stayed.',
  'She told USA Today that she would run, and later appeared on the Today programme.',
  'Pakistan won the second one-day international in Lahore.',
  'The March of Dimes and the May family gave money.',
];

export const backlog: DateExample[] = [
  // "the weekend before last" is not parsed yet
  { text: 'He left the weekend before last.', expect: [{ text: 'the weekend before last' }] },
];
