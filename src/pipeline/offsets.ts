// Offsets are UTF-16 inside the pipeline; the default output counts code points
// (what Python, jq and most annotation tools count).
import type { Extraction, Span } from '../model/types.js';

/** Map from UTF-16 index to code point index, or undefined when the text has no astral characters. */
function codepointIndex(text: string): Int32Array | undefined {
  if (!/[\uD800-\uDFFF]/.test(text)) return undefined;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // a high surrogate counts with its low one only when one follows (a lone one is a code point of its own)
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

export function toCodepointOffsets(x: Extraction, text: string): Extraction {
  const map = codepointIndex(text);
  if (!map) return x;
  const fix = <T extends Span>(m: T): T => ({ ...m, start: map[m.start]!, end: map[m.end]! });
  return {
    ...x,
    people: x.people.map((p) => ({ ...p, mentions: p.mentions.map(fix) })),
    organizations: x.organizations.map((p) => ({ ...p, mentions: p.mentions.map(fix) })),
    places: x.places.map((p) => ({ ...p, mentions: p.mentions.map(fix) })),
    dates: x.dates.map(fix),
    quantities: x.quantities.map(fix),
    ...(x.numbers ? { numbers: x.numbers.map(fix) } : {}),
    ...(x.facts
      ? {
          facts: x.facts.map((f) => ({
            ...f,
            trigger: f.trigger ? fix(f.trigger) : null,
            args: Object.fromEntries(Object.entries(f.args).map(([k, v]) => [k, Array.isArray(v) ? v.map(fix) : fix(v)])),
            ...(f.place ? { place: fix(f.place) } : {}),
            ...(f.source ? { source: fix(f.source) } : {}),
            ...(f.time?.start !== undefined ? { time: { ...f.time, start: map[f.time.start]!, end: map[f.time.end!]! } } : {}),
          })),
        }
      : {}),
  };
}
