// Names, stage 2: chunking. Maximal runs of capitalised words (with the particles and
// connectors names contain), split where a connector joins two names.
import { countryOf } from '../../data/geo.js';
import { lexTags } from '../../nlp/lexicon.js';
import {
  BODY_CONNECTORS,
  CAPTION_LABELS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_OPENERS,
  UNIT_NOUNS,
  ENVOY_HEADS,
} from './names.vocab.js';
import { SPORT_SLUGS, type WordToken } from './names.tokens.js';
import { isGivenNameToo, isNameWord, nameGoesOnOverApostrophe, textOf, isPlaceName, isGivenName, isOrgHead, isPlaceHead, knownOrg, Ctx } from './names.words.js';

/** Capitalised prepositions and articles that open a sentence (or a name run into one). */
/** Heads of the bodies two places may share. */
const LOCAL_BODY_HEADS = new Set(['police', 'constabulary', 'council', 'authority', 'trust', 'board']);

/** Offices and bodies named after two portfolios: "Work and Pensions Secretary", "Health and Social Care Committee". */
const PORTFOLIO_OFFICES = /^(?:Secretary|Minister|Commissioner|Spokesperson|Spokesman|Spokeswoman|Committee|Department|Ministry)$/;

export const SENTENCE_OPENERS = /^(?:In|On|At|For|With|By|From|After|Before|During|Since|Under|Over|Among|The|A|An)$/;

/** Split token stream into maximal capitalised chunks [first, last] (inclusive). */
/**
 * Verbs after a name in its possessive form that make the possessive part of the name: "Macy's
 * said" is no contraction (no noun or participle a possessive could own: "Trump's plans",
 * "the Fed's lowered forecast").
 */
const OWNER_VERBS = /^(?:says|said|sells|sold|owns|operates|opens|rose|fell|downgraded|upgraded|affirmed|will|would|can|could|may|might|is|was|has|had)$/;

export function chunks(toks: WordToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  // "Jan Hatzius": a short month name before a capitalised word (no day number) is a given name
  const nameWord = (k: number) => isNameWord(toks[k]!) || (/^\p{Lu}\p{Ll}{2}$/u.test(toks[k]!.text) && toks[k]!.cap && toks[k + 1]?.cap === true && toks[k + 1]!.word && !/^\d/.test(toks[k + 1]!.text) && isGivenNameToo(toks[k]!.lower));
  // a caption's label before a colon: "Image:", "Photo:" ("Ahmed Ali Image: Nick Moreau")
  const label = (k: number) => CAPTION_LABELS.has(toks[k]?.lower ?? '') && toks[k + 1]?.text === ':';
  while (i < toks.length) {
    if (!nameWord(i) || label(i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = toks[j + 1];
      if (!next || next.newlineBefore || next.sentence !== toks[j]!.sentence || label(j + 1)) break;
      // a capitalised preposition or article inside a run opens a new sentence whose full stop is
      // missing (captions, lists run into the text): "SNP's Fiona Reid In the Highlands"
      if (isNameWord(next) && SENTENCE_OPENERS.test(next.text) && toks[j + 2]?.word && !toks[j + 2]!.cap) break;
      // a hyphen joining two capitalised words with no space is inside one word: "Asia-Pacific
      // Economic Cooperation", "Austria-Hungary"
      // (not two places paired: "the Russia-North Korea arms deal", "U.S.-China talks")
      if (/^[-‐]$/.test(next.text) && next.start === toks[j]!.end && toks[j + 2] && isNameWord(toks[j + 2]!) && toks[j + 2]!.start === next.end) {
        let e = j + 2;
        while (toks[e + 1] && isNameWord(toks[e + 1]!) && !toks[e + 1]!.newlineBefore && toks[e + 1]!.sentence === next.sentence) e++;
        const words = (a: number, b: number) => toks.slice(a, b + 1).map((t) => t.text).join(' ');
        const paired = isPlaceName(words(i, j)) && isPlaceName(words(j + 2, e)) && !isPlaceName(`${words(i, j)}-${words(j + 2, e)}`);
        // (nor a wire's sport slug before its headline: "Soccer-Late Duarte header sends Porto top")
        if (paired || (i === j && SPORT_SLUGS.has(toks[j]!.text))) break;
        j += 2;
        continue;
      }
      if (isNameWord(next)) {
        j++;
        continue;
      }
      const after = toks[j + 2];
      // a possessive or a plural's apostrophe inside a body's name: "New People's Party", "St.
      // Mary's Hospital", "Leeds Magistrates' Court"
      if (after && isNameWord(after) && nameGoesOnOverApostrophe(toks, j)) {
        j += 2;
        continue;
      }
      // a name that ends in its possessive, as shops and firms are named: "Macy's said", "Moody's
      // downgraded", "McDonald's will raise" (one word, a verb after it that no contraction of "is"
      // or "has" could open), or a known body's whole name: "Moody's Investors Service"
      if (/^['’]s$/.test(next.text) && next.start === toks[j]!.end && i === j) {
        let e = j + 2;
        while (toks[e] && isNameWord(toks[e]!) && !toks[e]!.newlineBefore && e - j <= 4) e++;
        const joined = toks.slice(i, e).map((t, k) => (k > 0 && t.start !== toks[i + k - 1]!.end ? ' ' : '') + t.text).join('');
        const whole = e > j + 2 && knownOrg(joined);
        if (whole) {
          j = e - 1;
          continue;
        }
        if (after && !after.cap && OWNER_VERBS.test(after.lower)) {
          j++;
          break;
        }
      }
      // a known place's name over its lower-case joining word: "Rio Grande do Sul", "Jammu and
      // Kashmir", "Trinidad and Tobago" (the run so far and one or two name words after it)
      if (/^(?:and|do|dos|da|das|du|des|de|del|di|el|of)$/.test(next.lower) && after && isNameWord(after) && !after.newlineBefore) {
        const ends = [j + 2, ...(toks[j + 3] && isNameWord(toks[j + 3]!) && !toks[j + 3]!.newlineBefore ? [j + 3] : [])];
        const words = (a: number, b: number) => toks.slice(a, b + 1).map((t) => t.text).join(' ');
        const e = ends.reverse().find((k) => isPlaceName(words(i, k)) || isPlaceName(words(Math.max(i, j - 1), k)));
        if (e !== undefined && !isOrgHead(toks[e]!.lower)) {
          j = e;
          continue;
        }
      }
      // particles and connectors inside names: "bin Laden", "Bank of America", "Johnson & Johnson"
      const after2 = toks[j + 3];
      if (
        (NAME_PARTICLES.has(next.lower) || NAME_CONNECTORS.has(next.lower)) &&
        next.lower !== 'and' &&
        after &&
        isNameWord(after) &&
        !after.newlineBefore
      ) {
        j += 2;
        continue;
      }
      // two particles: "Ursula von der Leyen", "Rafael van der Vaart", "Ana de la Cruz"
      if (NAME_PARTICLES.has(next.lower) && after && NAME_PARTICLES.has(after.lower) && after2 && isNameWord(after2) && !after2.newlineBefore) {
        j += 3;
        continue;
      }
      // "and" inside a body's name that closes on its head: "the Securities and Exchange Commission",
      // "the Food and Drug Administration", "Department of Health and Human Services" (but not two
      // names: "the United States and European Union", "Britain and France")
      if (next.lower === 'and' && after && isNameWord(after) && !after.newlineBefore) {
        let e = j + 2;
        while (e < j + 4 && toks[e + 1] && isNameWord(toks[e + 1]!) && !toks[e + 1]!.newlineBefore && toks[e + 1]!.sentence === next.sentence) e++;
        const i0 = toks[i]!.lower === 'the' ? i + 1 : i;
        const first = toks.slice(i0, j + 1);
        const firstText = first.map((t) => t.text).join(' ');
        const second = toks.slice(j + 2, e + 1).map((t) => t.text).join(' ');
        const opened = (i0 > i || (toks[i - 1]?.lower === 'the' && !toks[i - 1]!.cap)) && first.length <= 2 && !first.some((t) => ORG_HEADS.has(t.lower));
        // (the opener may follow a modifier: "International Association of Machinists and Aerospace Workers")
        const opener = ORG_OPENERS.has(toks[i0]!.lower) || (ORG_OPENERS.has(toks[i0 + 1]?.lower ?? '') && ['of', 'for'].includes(toks[i0 + 2]?.lower ?? ''));
        const ofBody = opener && first.some((t) => t.lower === 'of' || t.lower === 'for') && e - j <= 3;
        // (a body's portfolio of two fields, the second of one or two words: "Ministry of Trade and
        // Industry", "Department of Forestry and Fire Protection")
        const fields = ofBody && e <= j + 3 && !toks[e + 1]?.cap && toks.slice(j + 2, e + 1).every((t) => !isGivenName(t.lower) && !isPlaceName(t.text) && !lexTags(t.lower).some((x) => /Organization|ProperNoun|Person|Place|Name|Country|City|Region|Acronym/.test(x)));
        if (i0 <= j && (isOrgHead(toks[e]!.lower) || fields) && (opened || ofBody) && !isPlaceName(firstText) && !countryOf(firstText) && !knownOrg(firstText) && !knownOrg(second) && !isGivenName(toks[i0]!.lower)) {
          j = e;
          continue;
        }
        // an office over two portfolios: "Work and Pensions Secretary", "Health and Social Care
        // Secretary" (the office ends the second run)
        const office = toks.slice(j + 2, e + 1).findIndex((t) => PORTFOLIO_OFFICES.test(t.text));
        if (i0 <= j && first.length <= 2 && office >= 0 && !isGivenName(toks[i0]!.lower) && !isPlaceName(firstText) && !countryOf(firstText) && !knownOrg(firstText)) {
          j = j + 2 + office;
          continue;
        }
        // two places that share a public body: "Avon and Somerset Police", "Devon and Cornwall
        // Constabulary", "Bath and North East Somerset Council"
        if (i0 <= j && first.length <= 3 && e > j + 2 && LOCAL_BODY_HEADS.has(toks[e]!.lower) && !isOrgHead(toks[j]!.lower) && !countryOf(firstText) && (isPlaceName(firstText) || !isGivenName(toks[i0]!.lower))) {
          j = e;
          continue;
        }
      }
      // "Bosnia and Herzegovina": "and" inside a country's name
      if (next.lower === 'and' && after && isNameWord(after) && countryOf(`${toks.slice(i, j + 1).map((t) => t.text).join(' ')} and ${after.text}`)) {
        j += 2;
        continue;
      }
      if (next.lower === 'of' && after?.lower === 'the' && after2 && isNameWord(after2)) {
        j += 3;
        continue;
      }
      // a body's name goes on over "for the", "on", "against" or "to" and a verb: "Joint Council for
      // the Welfare of Immigrants", "Council on Foreign Relations", "Committee to Protect Journalists"
      const body = () => ORG_OPENERS.has(toks[i]!.lower) || toks.slice(i, j + 1).some((t) => isOrgHead(t.lower));
      // (no place or person after "the": not "played in the National Hockey League for the St. Louis Eagles")
      if (BODY_CONNECTORS.has(next.lower) && (after?.lower === 'the' || (after?.lower === 'a' && next.lower === 'for')) && after2 && isNameWord(after2) && !after2.newlineBefore && body() && !isPlaceName(after2.text) && !isGivenName(after2.lower) && !after2.text.endsWith('.') && !(toks[j + 4] && isPlaceName(`${after2.text} ${toks[j + 4]!.text}`))) {
        j += 3;
        continue;
      }
      if (['on', 'against', 'to'].includes(next.lower) && after && isNameWord(after) && !after.newlineBefore && ORG_OPENERS.has(toks[j]!.lower)) {
        j += 2;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/** Tokens from `s` over the connector at `k` to a name word at most two further (not past `b`) name a known place. */
function placeThrough(toks: WordToken[], s: number, k: number, b: number): boolean {
  const words = (e: number) => toks.slice(s, e + 1).map((t) => t.text).join(' ');
  for (let e = Math.min(b, k + 2); e > k; e--) if (toks.slice(k + 1, e + 1).every((t) => t.cap) && isPlaceName(words(e))) return true;
  return false;
}

/** Whether a chunk joined by "of"/"for"/... is one name ("Bank of America") or several. */
export function splitAtConnectors(toks: WordToken[], a: number, b: number): Array<[number, number]> {
  // (a known body's whole name stays whole: "Alternative for Germany")
  if (b > a && knownOrg(toks.slice(a, b + 1).map((t) => t.text).join(' '))) return [[a, b]];
  const parts: Array<[number, number]> = [];
  let s = a;
  for (let k = a; k <= b; k++) {
    const w = toks[k]!;
    if (!w.cap && (NAME_CONNECTORS.has(w.lower) || w.lower === 'the')) {
      const head = toks[s]!.lower;
      const before = toks[k - 1]!.lower;
      // "the" after a connector: kept after "for", "on", "against" (the chunker joined them only
      // for a body: "Council for the Welfare of Immigrants") and after "of" ("World Organization
      // of the Scout Movement"), unless a unit of a body of its own comes before it ("Specialist
      // Group of the British Computer Society", "IV Corps of the Army of the Potomac": two names)
      if (w.lower === 'the' && k - 1 > s && NAME_CONNECTORS.has(before) && !toks[k - 1]!.cap) {
        let e = k + 1;
        while (e + 1 <= b && toks[e + 1]!.cap) e++;
        const bodyAfter = toks.slice(k + 1, e + 1).some((t) => isOrgHead(t.lower));
        const unit = UNIT_NOUNS.has(toks[k - 2]?.lower ?? '');
        if (BODY_CONNECTORS.has(before) || (before === 'of' && !(bodyAfter && unit))) continue;
        parts.push([s, k - 2]);
        s = k + 1;
        continue;
      }
      const keep =
        ORG_OPENERS.has(head) || isOrgHead(before) || isPlaceHead(before) || w.lower === '&' ||
        // (a body's opener right before "of" or "for", after a place or a modifier: "U.S. Centers for
        // Disease Control", "Africa Centres for ...")
        (/^(?:of|for)$/.test(w.lower) && ORG_OPENERS.has(before) && toks[k - 1]!.cap) ||
        // (as the chunker joined it: "Intergovernmental Panel on Climate Change", "Council on Foreign
        // Relations"; not a meeting: "the Brussels Conference on Syria")
        (/^(?:on|against|to)$/.test(w.lower) && ORG_OPENERS.has(before) && before !== 'conference' && toks[k - 1]!.cap) ||
        // (or a body's opener with its "of" further in: "International Association of Machinists and
        // Aerospace Workers")
        (w.lower === 'and' && toks.slice(s + 1, k - 1).some((t, i) => t.cap && ORG_OPENERS.has(t.lower) && ['of', 'for'].includes(toks[s + 2 + i]!.lower)) && toks.slice(k + 1, Math.min(b, k + 3) + 1).every((t) => t.cap)) ||
        // "and" that the chunker kept inside a body's name: capitalised words after it close on the head
        (w.lower === 'and' && b - k <= 3 && isOrgHead(toks[b]!.lower) && toks.slice(k + 1, b + 1).every((t) => t.cap)) ||
        // ... or on an office over two portfolios: "Work and Pensions Secretary Liz Kendall"
        (w.lower === 'and' && k - s <= 2 && toks.slice(k + 1, Math.min(b, k + 3) + 1).some((t) => PORTFOLIO_OFFICES.test(t.text)) && toks.slice(k + 1, Math.min(b, k + 3) + 1).every((t) => t.cap) && !isGivenName(toks[s]!.lower)) ||
        // a body's name that has gone on over "for the" goes on: "Council for the Welfare of Immigrants"
        (toks.slice(s, k).some((t) => !t.cap && BODY_CONNECTORS.has(t.lower)) && toks.slice(s, k).some((t) => isOrgHead(t.lower))) ||
        ['republic', 'kingdom', 'gulf', 'bay', 'sea', 'isle', 'cape', 'lake', 'city', 'state', 'people'].includes(before) ||
        NAME_PARTICLES.has(w.lower) ||
        // (a known place's name: "Jammu and Kashmir", "Isle of Wight")
        placeThrough(toks, s, k, b);
      // a person's name before "of" is no body's first words: "Hugo Marsh of Marsh & Dunne"
      const person = w.lower === 'of' && k - s === 2 && isGivenName(toks[s]!.lower) && !ORG_OPENERS.has(head);
      if (!keep || person) {
        parts.push([s, k - 1]);
        // skip the connector(s)
        let n = k + 1;
        while (n <= b && !toks[n]!.cap) n++;
        s = n;
        k = n - 1;
      }
    }
  }
  if (s <= b) parts.push([s, b]);
  return parts;
}

/**
 * "the Middle East Carla Hughes": a known place run into a person's name is two names; so is the
 * place an envoy is sent to and the envoy's name, whatever the given name ("Afghan Ambassador to
 * the United States Hamdullah Mohib").
 */
/** Words for a saint that open places' names ("San Siro", "Santa Cruz", "São Paulo", "St Albans"). */
export const SAINT_WORDS = /^(?:San|Santa|Santo|São|Sao|Sankt|Saint|St\.?|Ste\.?)$/;

export function splitLeadingPlace(ctx: Ctx, a: number, b: number): Array<[number, number]> {
  const { toks, source } = ctx;
  let s = a;
  if (toks[s]!.lower === 'the') s++;
  const to = toks[s - 1]?.lower === 'the' ? s - 2 : s - 1;
  const envoy = toks[to]?.lower === 'to' && ENVOY_HEADS.has(toks[to - 1]?.lower ?? '');
  for (let k = Math.min(s + 2, b - 2); k >= s; k--) {
    const head = textOf(toks, s, k, source);
    // (not a saint's word that opens a place's name: "San Pedro Sula", "Santa Ana Pueblo")
    // (nor a given name that a place shares, before a second given name: "Anna Karin Eneström")
    if ((isPlaceName(head) || (envoy && knownOrg(head))) && (envoy || isGivenName(toks[k + 1]!.lower)) && k + 2 <= b && !(k === s && SAINT_WORDS.test(toks[s]!.text)) && !(k === s && !envoy && isGivenName(toks[s]!.lower) && !countryOf(head))) return [[a, k], [k + 1, b]];
  }
  return [[a, b]];
}
