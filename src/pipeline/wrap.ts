// Hard-wrapped text (pdftotext, e-mail, plain-text feeds): lines broken at a fixed width
// inside paragraphs. There a single line break is a space; elsewhere (the development
// files separate headline, dateline and paragraphs with one newline) it is a break.

/** How far short of the wrap column a wrapped line may end. */
const NEAR = 20;

/** Whether most lines inside paragraphs end near one column, many of them mid-sentence. */
export function isHardWrapped(text: string): boolean {
  return wrapWidth(text) !== undefined;
}

/** The column a hard-wrapped text's lines are broken at, or undefined when it is not hard-wrapped. */
export function wrapWidth(text: string): number | undefined {
  const paragraphs = text.split(/\n[ \t]*\n/).map((p) => p.split('\n').map((l) => l.replace(/\s+$/, '')));
  const lengths: number[] = [];
  for (const lines of paragraphs) for (const l of lines) if (l.length > 0) lengths.push(l.length);
  if (lengths.length < 4) return undefined;
  // (the column is read off the long lines: a table or a list of short lines under the prose would
  // pull it down)
  const long = lengths.filter((n) => n >= 40);
  const sorted = (long.length >= 4 ? long : lengths).sort((a, b) => a - b);
  const width = sorted[Math.floor(0.9 * (sorted.length - 1))]!;
  if (width < 40 || width > 100) return undefined;
  // lines followed by another line of the same paragraph, in paragraphs that reach the width (a
  // results table or a list of short lines under wrapped prose is no wrapped paragraph)
  const body: string[] = [];
  for (const lines of paragraphs) {
    if (!lines.some((l) => l.length >= width - NEAR)) continue;
    for (const [i, l] of lines.entries()) if (l.length > 0 && i < lines.length - 1 && lines[i + 1]!.trim() !== '') body.push(l);
  }
  if (body.length < 3) return undefined;
  const near = body.filter((l) => l.length >= width - NEAR && l.length <= width + 2).length;
  // (a line broken mid-sentence ends in a word or a comma: not the score or the figure that ends
  // a line of a results table or a listing)
  const open = body.filter((l) => /[\p{L},-]$/u.test(l)).length;
  return near >= 0.7 * body.length && open >= 0.3 * body.length ? width : undefined;
}

/**
 * The text with each line break inside a paragraph read as a space, of the same length, so
 * that every offset into it is an offset into the text.
 */
export function unwrap(text: string, width = wrapWidth(text) ?? 0): string {
  // (a line that ends well short of the width is no wrapped line: a headline, a byline, a
  // paragraph's last line when paragraphs are not set apart by a blank line)
  return text.replace(/(?<=\S[ \t]*)\r?\n(?=[ \t]*\S)/g, (m, at: number) => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return at - lineStart >= width - NEAR ? ' '.repeat(m.length) : m;
  });
}
