// CLI tests: spawn the built bin and check stdout, stderr and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'factx.js');
const ARTICLE = join(ROOT, 'fixtures', 'articles', 'arms-deal.txt');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'factx-1.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function run(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function valid(x: unknown): void {
  const ok = validate(x);
  expect(ok, JSON.stringify(validate.errors)).toBe(true);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factx-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Paris with Emmanuel Macron.', 'latin1'));
  writeFileSync(join(dir, 'bom.txt'), '\uFEFFPresident Joe Biden visited Kyiv.');
  writeFileSync(join(dir, 'crlf.txt'), 'President Joe Biden visited Kyiv.\r\nHe met Volodymyr Zelensky.\r\n');
  writeFileSync(join(dir, 'emoji.txt'), '🎉🎉 Angela Merkel spoke in Berlin.');
  writeFileSync(join(dir, 'docs.jsonl'), [
    JSON.stringify({ id: 'a', text: 'Russian President Vladimir Putin spoke on Tuesday.', dct: '2023-09-24' }),
    'not json',
    JSON.stringify({ id: 'c', text: 'The army fired 40 Grad rockets.', date: '2023-01-01' }),
  ].join('\n') + '\n');
  mkdirSync(join(dir, 'folder', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'folder', 'one.txt'), 'Japanese Prime Minister Fumio Kishida visited Seoul.');
  writeFileSync(join(dir, 'folder', 'sub', 'two.txt'), 'NATO met in Brussels on March 3, 2022.');
  writeFileSync(join(dir, 'folder', 'skip.bin'), Buffer.from([0, 1, 2]));
});

describe('factx extract', () => {
  it('prints one JSON array that validates against the factx/1 schema', () => {
    const r = run(['extract', ARTICLE, '--ref-date', '2023-09-24', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Array.isArray(out)).toBe(true);
    expect(out).toHaveLength(1);
    valid(out[0]);
    expect(out[0].referenceDate).toEqual({ value: '2023-09-24', source: 'option' });
    expect(out[0].people.map((p: { name: string }) => p.name)).toContain('Kyrylo Budanov');
  });

  it('defaults to JSONL when stdout is not a terminal, one line per input', () => {
    const r = run(['extract', ARTICLE, join(dir, 'folder', 'one.txt')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) valid(JSON.parse(l));
    expect(JSON.parse(lines[0]!).referenceDate.source).toBe('clock');
  });

  it('reads stdin when piped, and with -', () => {
    for (const args of [['extract'], ['extract', '-'], []]) {
      const r = run([...args, '--ref-date', '2023-09-24'].filter((a) => a), 'German Chancellor Olaf Scholz visited Kyiv on Sept. 13.');
      expect(r.code).toBe(0);
      const x = JSON.parse(r.stdout);
      expect(x.id).toBe('stdin');
      expect(x.people[0]).toMatchObject({ name: 'Olaf Scholz', title: 'Chancellor', affiliation: 'Germany' });
      expect(x.dates[0]).toMatchObject({ text: 'Sept. 13', value: '2023-09-13' });
    }
  });

  it('reports a missing file and still extracts the others (exit 1)', () => {
    const r = run(['extract', join(dir, 'nope.txt'), ARTICLE, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.txt: no such file');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ schema: 'factx/1', id: join(dir, 'nope.txt'), error: { code: 'not_found', message: 'no such file' } });
    valid(lines[1]);
  });

  it.each([
    ['empty.txt', 'empty', 'input is empty'],
    ['binary.txt', 'binary', 'looks binary'],
    ['latin1.txt', 'encoding', 'not valid UTF-8'],
  ])('names the input and the problem for %s', (file, code, message) => {
    const r = run(['extract', join(dir, file), ARTICLE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}: `);
    expect(r.stderr).toContain(message);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].error.code).toBe(code);
    expect(lines[1].people.length).toBe(7);
  });

  it('removes a BOM and keeps CRLF, with a warning on stderr and in the output', () => {
    const r = run(['extract', join(dir, 'bom.txt'), join(dir, 'crlf.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/bom\.txt: warning: .*byte order mark/);
    expect(r.stderr).toMatch(/crlf\.txt: warning: .*CRLF/);
    const [bom, crlf] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(bom.people[0].mentions[0]).toMatchObject({ text: 'Joe Biden', start: 10 });
    expect(crlf.warnings.map((w: { code: string }) => w.code)).toContain('crlf');
    const z = crlf.people.find((p: { name: string }) => p.name === 'Volodymyr Zelensky');
    const text = readFileSync(join(dir, 'crlf.txt'), 'utf8');
    expect(text.slice(z.mentions[0].start, z.mentions[0].end)).toBe('Volodymyr Zelensky');
  });

  it('expands directories recursively to their text files', () => {
    const r = run(['extract', join(dir, 'folder'), '--ref-date', '2023-09-24']);
    expect(r.code).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual([join(dir, 'folder', 'one.txt'), join(dir, 'folder', 'sub', 'two.txt')]);
  });

  it('reads JSONL inputs, with dct or date, and reports a bad line without stopping', () => {
    const r = run(['extract', join(dir, 'docs.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('docs.jsonl:2');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', `${join(dir, 'docs.jsonl')}:2`, 'c']);
    expect(lines[0].referenceDate).toEqual({ value: '2023-09-24', source: 'input' });
    expect(lines[0].dates[0]).toMatchObject({ text: 'Tuesday', value: '2023-09-19' });
    expect(lines[2].referenceDate.value).toBe('2023-01-01');
    expect(lines[2].quantities[0]).toMatchObject({ kind: 'count', value: 40, item: 'Grad rockets' });
  });

  it('counts code points by default and UTF-16 units on request', () => {
    const cp = JSON.parse(run(['extract', join(dir, 'emoji.txt')]).stdout);
    const u16 = JSON.parse(run(['extract', join(dir, 'emoji.txt'), '--offsets', 'utf16']).stdout);
    expect(cp.offsets).toBe('codepoint');
    expect(u16.offsets).toBe('utf16');
    expect(cp.people[0].mentions[0].start).toBe(3);
    expect(u16.people[0].mentions[0].start).toBe(5);
  });

  it('restricts types and explains rules', () => {
    const x = JSON.parse(run(['extract', ARTICLE, '--types', 'people,quantities', '--explain']).stdout);
    expect(x.places).toEqual([]);
    expect(x.dates).toEqual([]);
    expect(x.people[0].mentions[0].rule).toMatch(/^person\./);
    expect(x.quantities[0].rule).toBe('quantity.calibre');
    expect(x.numbers).toBeUndefined();
  });

  it('warns, on stderr and in the record, when the text is not English', () => {
    const german = 'Der französische Präsident Emmanuel Macron hat am Dienstag in Berlin mit Bundeskanzler Olaf Scholz über die Lage in der Ukraine gesprochen, teilte die Regierung mit. Beide Politiker betonten die Einigkeit Europas in dieser schwierigen Zeit.';
    const r = run(['extract', '--format', 'jsonl', '--ref-date', '2023-09-24', '-'], german);
    expect(JSON.parse(r.stdout).warnings).toEqual([expect.objectContaining({ code: 'language', message: expect.stringContaining('German') })]);
    expect(r.stderr).toContain('stdin: warning: the text looks like German');
    const english = run(['extract', ARTICLE, '--format', 'jsonl', '--ref-date', '2023-09-24']);
    expect(JSON.parse(english.stdout).warnings).toEqual([]);
  });

  it('reads an HTML page as its article: the same facts as the plain story, nothing from navigation, ads or footer', () => {
    const page = join(ROOT, 'fixtures', 'html', 'kyiv-aid.html');
    const r = run(['extract', page, '--format', 'jsonl', '--include-text']);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(validate(x)).toBe(true);
    expect(x.source).toEqual({ format: 'html', title: 'Germany pledges air defence to Ukraine', byline: 'Anna Keller', published: '2023-09-14' });
    expect(x.referenceDate).toEqual({ value: '2023-09-14', source: 'page' }); // the page's date, before the dateline
    for (const m of [...x.people, ...x.places].flatMap((e: { mentions: Array<{ text: string; start: number; end: number }> }) => e.mentions)) {
      expect([...x.text].slice(m.start, m.end).join('')).toBe(m.text); // offsets refer to the article's text
    }
    // the story as plain text gives the same people, dates and quantities
    const plain = [
      'BERLIN, Sept 14 (Wire) - German Chancellor Olaf Scholz said on Thursday that Germany would send two more Patriot air defence systems to Ukraine before the winter, after meeting Ukrainian President Volodymyr Zelenskiy in Berlin.',
      '"We will stand with Ukraine for as long as it takes," Scholz told reporters. The package, worth 2.7 billion euros, also includes 40 Leopard tanks and 122mm artillery shells.',
      'Defence Minister Boris Pistorius will travel to Kyiv on Monday, his ministry said.',
    ].join('\n\n');
    const y = JSON.parse(run(['extract', '--format', 'jsonl', '--ref-date', '2023-09-14', '-'], plain).stdout);
    const names = (v: { people: Array<{ name: string; title?: string }> }) => v.people.map((p) => `${p.name}|${p.title ?? ''}`);
    expect(names(x).filter((n: string) => !n.startsWith('Anna Keller'))).toEqual(names(y)); // the byline adds its author
    const vals = (v: { dates: Array<{ text: string; value?: string }>; quantities: Array<{ text: string; value: number }> }) => [v.dates.map((d) => `${d.text}=${d.value}`), v.quantities.map((q) => `${q.text}=${q.value}`)];
    expect(vals(x)).toEqual(vals(y));
    const all = JSON.stringify(x);
    for (const noise of ['Air France', 'Paris', 'Elon Musk', 'Taylor Swift', 'Premier League', 'Cookie']) expect(all).not.toContain(noise);
  });

  it('prints shell completion scripts made from the options, and a man page with every option', () => {
    const bash = run(['completion', 'bash']);
    expect(bash.code).toBe(0);
    const script = join(mkdtempSync(join(tmpdir(), 'factx-completion-')), 'factx.bash');
    writeFileSync(script, bash.stdout);
    const complete = (words: string[]) =>
      spawnSync('bash', ['-c', `source "${script}"; COMP_WORDS=(${words.map((w) => `"${w}"`).join(' ')}); COMP_CWORD=${words.length - 1}; _factx; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8', cwd: tmpdir() }).stdout.trim();
    expect(complete(['factx', 'extract', '--for'])).toBe('--format');
    expect(complete(['factx', 'extract', '--format', ''])).toBe('table json jsonl csv');
    expect(complete(['factx', '--color', ''])).toBe('auto always never');
    expect(run(['completion', 'zsh']).stdout).toContain('bashcompinit');
    expect(run(['completion', 'fish']).stdout).toContain('complete -c factx -n "__fish_seen_subcommand_from extract" -l include-text');
    expect(run(['completion', 'tcsh']).code).toBe(2);
    const man = readFileSync(join(ROOT, 'man', 'factx.1'), 'utf8'); // built by npm run build
    const help = run(['extract', '--help']).stdout;
    for (const flag of help.match(/--[a-z][a-z-]+/g)!) expect(man).toContain(flag.replace(/-/g, '\\-'));
  });

  it('prints table sections only for the types asked for', () => {
    const r = run(['extract', ARTICLE, '--types', 'people,quantities', '--format', 'table', '--ref-date', '2023-09-24']);
    const titles = r.stdout.split('\n').filter((l) => /^[A-Z][a-z]+ \(\d+\)$/.test(l)).map((l) => l.split(' ')[0]);
    expect(titles).toEqual(['People', 'Quantities']);
  });

  it('takes a mistyped command for a usage error with a suggestion, not for a file', () => {
    const r = run(['extrct', ARTICLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did you mean 'extract'?");
    expect(r.stdout).toBe('');
    expect(run(['shema']).stderr).toContain("did you mean 'schema'?");
  });

  it('reports bare numbers only when asked, in JSON that validates', () => {
    const x = JSON.parse(run(['extract', ARTICLE, '--types', 'quantities,numbers', '--format', 'json', '--ref-date', '2023-09-24']).stdout)[0];
    valid(x);
    expect(x.numbers.length).toBeGreaterThan(0);
    for (const n of x.numbers) expect(x.quantities.some((q: { start: number; end: number }) => n.start < q.end && q.start < n.end)).toBe(false);
  });

  it('colours tables with --color always, even into a pipe, and never with --color never', () => {
    expect(run(['extract', ARTICLE, '--format', 'table', '--color', 'always', '--ref-date', '2023-09-24']).stdout).toMatch(/\u001b\[/);
    expect(run(['extract', ARTICLE, '--format', 'table', '--color', 'never', '--ref-date', '2023-09-24'], undefined, { FORCE_COLOR: '3' }).stdout).not.toMatch(/\u001b\[/);
    expect(run(['extract', ARTICLE, '--format', 'table', '--ref-date', '2023-09-24'], undefined, { FORCE_COLOR: '1', NO_COLOR: '' }).stdout).toMatch(/\u001b\[/);
  });

  it('survives a closed pipe on help and on stderr', () => {
    const help = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract --help | head -1`], { encoding: 'utf8', cwd: ROOT });
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: factx extract/);
    const closed = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract "${join(dir, 'nope.txt')}" "${ARTICLE}" --format jsonl 2>&-`], { encoding: 'utf8', cwd: ROOT });
    expect(closed.status).toBe(1);
    expect(closed.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('prints tables in 80 columns', () => {
    const r = run(['extract', ARTICLE, '--format', 'table', '--ref-date', '2023-09-24']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/People \(7\)/);
    expect(r.stdout).toMatch(/Kyrylo Budanov/);
    expect(r.stdout).toMatch(/122mm .*calibre .*122 .*mm .*artillery shells/);
    // Every line but the id (a path of any length) keeps to 80 columns.
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(ARTICLE);
    for (const line of lines.slice(1)) expect(line.length).toBeLessThanOrEqual(80);
    // with --explain, columns fit their content: no rule name is cut
    const ex = run(['extract', ARTICLE, '--format', 'table', '--ref-date', '2023-09-24', '--explain']);
    for (const line of ex.stdout.split('\n').slice(1)) expect(line.length).toBeLessThanOrEqual(80);
    expect(ex.stdout).toMatch(/person\.family-first/);
    expect(ex.stdout).not.toMatch(/[a-z]\.[a-z-]*…/);
  });

  it('sizes table columns to their content, the widest giving way first, none below its longest word', async () => {
    const { fit } = await import('../src/format/table.js');
    expect(fit([10, 20, 5], 40)).toEqual([10, 20, 5]); // all fit: natural widths
    expect(fit([10, 30, 20], 50)).toEqual([10, 20, 20]); // the widest gives first
    expect(fit([10, 30, 20], 40, [8, 12, 18])).toEqual([10, 12, 18]); // none below its floor while another can give
    expect(fit([10, 30, 20], 30, [8, 12, 18])).toEqual([8, 11, 11]); // below the floors only when all are at them, widest first
  });

  it('ends quietly when the reader closes the pipe', () => {
    const inputs = Array.from({ length: 30 }, () => ARTICLE).join(' ');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract ${inputs} --ref-date 2023-09-24 | head -1`], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });

  it.each([
    [['extract', ARTICLE, '--types', 'people,weapons'], 'unknown type "weapons"'],
    [['extract', ARTICLE, '--ref-date', '2023-02-30'], 'not a calendar date'],
    [['extract', ARTICLE, '--format', 'xml'], 'Allowed choices'],
    [['extract', '--bogus'], 'unknown option'],
  ])('exits 2 on usage errors: %s', (args, message) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('shows help with examples and the version', () => {
    const h = run(['extract', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Examples:');
    expect(h.stdout).toContain('--ref-date');
    const v = run(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints its JSON Schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(schema);
  });
});

describe('factx eval', () => {
  it('scores a gold file and prints JSON for scripts', () => {
    const gold = join(dir, 'gold.jsonl');
    const text = 'Russian President Vladimir Putin met Xi Jinping in Moscow.';
    writeFileSync(gold, JSON.stringify({ id: 'g1', text, dct: '2023-03-21', entities: [
      { type: 'PER', start: 18, end: 32, text: 'Vladimir Putin' },
      { type: 'PER', start: 37, end: 47, text: 'Xi Jinping' },
      { type: 'LOC', start: 51, end: 57, text: 'Moscow' },
      { type: 'MISC', start: 0, end: 7, text: 'Russian' },
    ] }) + '\n');
    const r = run(['eval', gold, '--format', 'json']);
    expect(r.code).toBe(0);
    const [res] = JSON.parse(r.stdout);
    expect(res.preset).toBe('conll');
    expect(res.strict.person).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(res.strict.place).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(res.strict.micro.f1).toBe(1);
  });

  it('reports a missing gold file with exit 1', () => {
    const r = run(['eval', join(dir, 'missing.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.jsonl: no such file');
  });
});

describe('the clock', () => {
  it('says once on stderr when relative dates were resolved against today', () => {
    const r = run(['extract', '-', '--format', 'jsonl'], 'The council met on Tuesday.');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^factx: stdin: no --ref-date, dct or dateline; relative dates are resolved against today \(\d{4}-\d{2}-\d{2}\)\n$/);
    expect(run(['extract', '-', '--format', 'jsonl', '--ref-date', '2023-09-24'], 'The council met on Tuesday.').stderr).toBe('');
  });
});
