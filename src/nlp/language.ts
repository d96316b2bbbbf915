// Which language a text is in, so that factx can say when it is given text it cannot read: its
// rules and vocabularies are English. franc-min (trigram profiles of 82 languages) on the first
// 2,000 characters, only when there are at least 200 letters to judge by.
import { franc } from 'franc-min';

const NAMES: Record<string, string> = {
  deu: 'German', fra: 'French', spa: 'Spanish', ita: 'Italian', por: 'Portuguese', nld: 'Dutch', pol: 'Polish',
  rus: 'Russian', ukr: 'Ukrainian', tur: 'Turkish', cmn: 'Chinese', jpn: 'Japanese', arb: 'Arabic', swe: 'Swedish',
  ron: 'Romanian', ces: 'Czech', hun: 'Hungarian', ind: 'Indonesian', vie: 'Vietnamese', kor: 'Korean', hin: 'Hindi',
};

/** The text's language when it is surely not English (an ISO 639-3 code and its name), else undefined. */
export function notEnglish(text: string): { code: string; name: string } | undefined {
  const sample = text.slice(0, 2000);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < 200) return undefined;
  const code = franc(sample, { minLength: 200 });
  if (code === 'eng' || code === 'und' || code === 'sco') return undefined;
  return { code, name: NAMES[code] ?? code };
}
