// The reference date a text gives itself, in this order: a publication line
// ("Published 24 September 2023"), a dateline ("SEOUL, Sept. 23 (Yonhap) --"), or a
// full date in the first lines (Wikinews: "Friday, July 21, 2017").
import { detectDates } from '../dimensions/date/date.rules.js';
import { resolveDate } from '../dimensions/date/date.resolve.js';

const HEAD_LINES = 3;
// (two places with a slash: "CAIRO/GAZA, Jan 8 (Reuters) -")
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .'’/-]+(?:,\s*[\p{L} .]+)?,\s+(?=[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)/mu;

/** ISO date from the text's own dateline, or undefined. `today` anchors a year-less dateline. */
export function findDateline(text: string, today: string): string | undefined {
  const head = text.split('\n').slice(0, HEAD_LINES).join('\n').slice(0, 600);
  const published = /\b(?:published|updated|posted|last updated|dated)\b[:\s]*(?:on\s+)?/i.exec(head);
  const candidates = detectDates(head)
    .filter((d) => d.parts.kind === 'absolute' && d.parts.fields.month !== undefined && d.parts.fields.day !== undefined)
    .sort((a, b) => a.start - b.start);
  if (published) {
    const after = candidates.find((d) => d.start >= published.index && d.start - (published.index + published[0].length) < 3);
    if (after) return resolveDate(after.parts, { ref: today, tense: 'past' }).value;
  }
  // a dateline opens the story; a full date after it is usually one the story tells of
  const dl = DATELINE.exec(head);
  if (dl) {
    const at = dl.index + dl[0].length;
    const d = candidates.find((c) => c.start === at);
    if (d) return resolveDate(d.parts, { ref: today, tense: 'past' }).value;
  }
  const full = candidates.find((d) => d.parts.kind === 'absolute' && d.parts.fields.year !== undefined);
  if (full) return resolveDate(full.parts, { ref: today, tense: 'past' }).value;
  return undefined;
}

/**
 * A dateline's place, date and agency before a dash open a wire story ("KYIV, Ukraine (AP) --",
 * "GENEVA, March 3 (Reuters) -", "LONDON -"); the offset where the story's own words start, 0 when
 * there is no dateline.
 */
// (or the agency alone, with no place: "(Reuters) - Taking a daily aspirin ...")
const DATELINE_HEAD = /^[ \t]*(?:\p{Lu}[\p{Lu}\p{M} .'’/-]*\p{Lu}\.?(?:,[ \t]*[\p{L}\p{M}\d. ]{2,30}?){0,2}(?:[ \t]*\([^()\n]{1,40}\))?|\(\p{Lu}[^()\n]{1,30}\))[ \t]*(?:--|[-–—])\s+(?=\S)/mu;
/** (the dateline may follow a headline and a byline: it is looked for at the start of the first lines) */
const HEAD_CHARS = 600;
export function datelineEnd(text: string): number {
  const m = DATELINE_HEAD.exec(text.slice(0, HEAD_CHARS));
  return m && text.slice(0, m.index).split('\n').length <= HEAD_LINES + 4 ? m.index + m[0].length : 0;
}
