// Which language a text is in, so that factx can say when it is given text it cannot read: its
// rules and vocabularies are English. franc-min (trigram profiles of 82 languages) on the first
// 1,000 characters, only when there are at least 200 letters to judge by and English function
// words are rare in them.
import { franc } from 'franc-min';

const NAMES: Record<string, string> = {
  deu: 'German', fra: 'French', spa: 'Spanish', ita: 'Italian', por: 'Portuguese', nld: 'Dutch', pol: 'Polish',
  rus: 'Russian', ukr: 'Ukrainian', tur: 'Turkish', cmn: 'Chinese', jpn: 'Japanese', arb: 'Arabic', swe: 'Swedish',
  ron: 'Romanian', ces: 'Czech', hun: 'Hungarian', ind: 'Indonesian', vie: 'Vietnamese', kor: 'Korean', hin: 'Hindi',
};

/** English function words: in English news about a quarter of the words, in other languages few. */
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'as', 'by', 'he', 'it', 'at', 'from', 'his', 'an', 'were', 'are', 'which', 'be', 'has', 'have', 'had', 'not', 'but', 'this', 'they', 'will', 'who', 'their']);

/** The text's language when it is surely not English (an ISO 639-3 code and its name), else undefined. */
export function notEnglish(text: string): { code: string; name: string } | undefined {
  const sample = text.slice(0, 1000);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < 200) return undefined;
  // plainly English: no need to ask franc (which costs a few milliseconds a document)
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.filter((w) => ENGLISH.has(w)).length >= 0.15 * words.length) return undefined;
  const code = franc(sample, { minLength: 200 });
  if (code === 'eng' || code === 'und' || code === 'sco') return undefined;
  return { code, name: NAMES[code] ?? code };
}
