// Reliability: what a hostile batch found, each as a test of the mechanism (no timings here:
// `npm run bench` reports times).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../src/index.js';
import { analyze, PIECE_CHARS, pieceEnd } from '../src/nlp/compromise.js';
import { formatCsvRows } from '../src/format/csv.js';
import { factSpans, runPipeline } from '../src/pipeline/extract.js';
import { checkOptions } from '../src/pipeline/options.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'factx.js');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'factx-1.schema.json'), 'utf8')));

/** Every mention and fact span with its text, in the output's offset unit. */
function spans(x: Extraction) {
  return [...x.people, ...x.organizations, ...x.places].flatMap((e) => e.mentions).concat(x.dates, x.quantities, x.numbers ?? [], factSpans(x));
}

describe('offsets', () => {
  it('count a lone surrogate as one code point', () => {
    const x = extract('\ud800Angela Merkel met Emmanuel Macron.', { refDate: '2023-09-24', types: ['people'] });
    expect(x.people.map((p) => [p.mentions[0]!.start, p.mentions[0]!.end])).toEqual([[1, 14], [19, 34]]);
  });
  it('never begin or end a mention with whitespace', () => {
    const x = extract('Ukraine received 40 Shahed drones, $2.5 billion in aid.', { refDate: '2023-09-24', types: ['quantities'] });
    expect(x.quantities.map((q) => q.text)).toEqual(['40', '$2.5 billion']);
  });
  it('hold for any mix of news tokens and Unicode, in both units, in output that validates', () => {
    const token = fc.oneof(
      fc.constantFrom('Mr.', 'Dr', 'said', 'on', 'Sept. 13', 'Tuesday', '$2.5 billion', '122mm', '5%', '40 drones', 'New York', 'Kim Jong Un', '"', '“', '”', ',', '.', '\n', 'U.S.', 'met', 'visited', 'the', 'and', '2023', 'ago', 'a month-and-a-half'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const offsets of ['codepoint', 'utf16'] as const) {
          const x = extract(text, { refDate: '2023-09-24', offsets });
          expect(validate(x), JSON.stringify(validate.errors)).toBe(true);
          const units = offsets === 'codepoint' ? [...text] : text.split('');
          for (const m of spans(x)) expect(units.slice(m.start, m.end).join('')).toBe(m.text);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('bounded work', () => {
  it('parses a long text in pieces cut at a line break, a sentence end or a space', () => {
    const para = 'The minister spoke in Kyiv on Tuesday. '.repeat(60) + '\n';
    const text = para.repeat(20);
    const cut = pieceEnd(text, 0);
    expect(cut).toBeLessThanOrEqual(PIECE_CHARS);
    expect(text.charAt(cut - 1)).toBe('\n');
    const words = 'Mr. '.repeat(10000);
    const c2 = pieceEnd(words, 0);
    expect(c2).toBeLessThanOrEqual(PIECE_CHARS);
    expect(words.charAt(c2 - 1)).toBe(' ');
    // every token's offsets hold across pieces
    const a = analyze(text);
    for (const s of a.sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('extracts a long text section by section, with one entity per name across sections and offsets that hold', () => {
    const story = (n: number) =>
      `German Chancellor Olaf Scholz met Emmanuel Macron in Paris on Tuesday, officials said. Scholz said ${n} tanks would arrive next month.\n\n`;
    const text = [1, 2, 3, 4, 5, 6].map(story).join('');
    const o = checkOptions(text, { refDate: '2023-09-14' }, '2023-09-14');
    const whole = runPipeline(text, o);
    const cut = runPipeline(text, o, 300); // two stories a section
    expect(cut.people.map((p) => p.name)).toEqual(whole.people.map((p) => p.name));
    const scholz = cut.people.find((p) => p.name === 'Olaf Scholz')!;
    expect(scholz.mentions.length).toBe(12); // mentions from every section, in one entity
    expect(scholz.title).toBe('Chancellor');
    expect(cut.dates.length).toBe(whole.dates.length);
    for (const m of spans(cut)) expect(text.slice(m.start, m.end)).toBe(m.text);
    // every fact's reference names an entity of the merged output
    const ids = new Set([...cut.people, ...cut.organizations, ...cut.places].map((e) => e.id));
    for (const sp of factSpans(cut)) if (sp.id) expect(ids.has(sp.id)).toBe(true);
    expect(cut.facts!.length).toBe(whole.facts!.length);
  });

  it('reads no run of capitalised words longer than twelve as one name', () => {
    const x = extract('Mr '.repeat(3000), { refDate: '2023-09-24', types: ['people', 'organizations', 'places'] });
    for (const e of [...x.people, ...x.organizations, ...x.places]) for (const m of e.mentions) expect(m.text.split(/\s+/).length).toBeLessThanOrEqual(12);
  });
});

describe('CSV', () => {
  it('neutralises cells that a spreadsheet would run as formulas, and keeps negative numbers', () => {
    const out = formatCsvRows({ schema: 'factx/1', id: '=HYPERLINK("x")', error: { code: 'internal', message: '-bad' } });
    expect(out).toBe(`"'=HYPERLINK(""x"")",error,'-bad,,,internal,,\n`);
    const x = extract('It fell to -40 degrees.', { refDate: '2023-09-24', types: ['quantities'] });
    expect(formatCsvRows(x)).toContain(',-40,');
  });
});

describe('limits', () => {
  it('refuses a document over --max-size as a too_large record, and goes on with the others', () => {
    const r = spawnSync(process.execPath, [BIN, 'extract', '--input-format', 'jsonl', '--max-size', '100'], {
      input: `${JSON.stringify({ id: 'big', text: 'x '.repeat(100) })}\n${JSON.stringify({ id: 'ok', text: 'Olaf Scholz spoke.' })}\n`,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ id: 'big', error: { code: 'too_large' } });
    expect(lines[1].id).toBe('ok');
    expect(r.stderr).toContain('big: input is larger than the limit of 100 bytes');
  });
  it('refuses a device without reading it to the end', () => {
    const r = spawnSync(process.execPath, [BIN, 'extract', '/dev/zero', '--max-size', '1M'], { encoding: 'utf8', timeout: 20000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/dev/zero: input is larger than the limit of 1048576 bytes');
  });
});

describe('inputs as they come', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factx-inputs-'));
  const run = (args: string[], input = '') => spawnSync(process.execPath, [BIN, 'extract', ...args, '--format', 'jsonl'], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  it('reads UTF-16 with a byte order mark as text', () => {
    const f = join(dir, 'utf16.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Olaf Scholz visited Kyiv.', 'utf16le')]));
    const r = run([f]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).people[0].name).toBe('Olaf Scholz');
    expect(r.stderr).toContain('UTF-16 LE');
  });
  it('splits JSONL at line feeds only, and reports a line of invalid UTF-8 alone', () => {
    const f = join(dir, 'mixed.jsonl');
    writeFileSync(f, Buffer.concat([
      Buffer.from(`${JSON.stringify({ id: 'a', text: 'Olaf Scholz spoke.' })}\r\n`),
      Buffer.from('{"id": "b", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n'),
      Buffer.from(`{"id":\r"c", "text": "Emmanuel Macron spoke."}\n`),
    ]));
    const r = run([f]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', `${f}:2`, 'c']);
    expect(lines[1].error.code).toBe('encoding');
    expect(r.status).toBe(1);
  });
  it('walks a directory without hidden folders or node_modules, follows linked files, and no loop', () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'news'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, 'news', 'a.txt'), 'Olaf Scholz spoke.');
    writeFileSync(join(root, 'node_modules', 'x', 'readme.md'), 'Not news.');
    writeFileSync(join(root, '.git', 'notes.txt'), 'Not news.');
    writeFileSync(join(dir, 'outside.txt'), 'Emmanuel Macron spoke.');
    symlinkSync(join(dir, 'outside.txt'), join(root, 'news', 'linked.txt'));
    symlinkSync(root, join(root, 'news', 'loop'));
    const r = run([root, '--jobs', '1']);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual([join(root, 'news', 'a.txt'), join(root, 'news', 'linked.txt')]);
  });
});
