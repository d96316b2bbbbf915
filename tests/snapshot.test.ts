// The start-up snapshot (dist/snapshot/factx.blob, made by `npm run build`) and the plain
// module path it stands in for: the same command gives the same bytes either way, and what
// depends on the environment (the clock, colour, NO_COLOR, the worker's file) is read when the
// command runs, not frozen when the blob was made.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// the built module: it finds the blob next to itself, in dist/
import { BUNDLE, usableBlob } from '../dist/cli/blob.js';
import { today } from '../src/pipeline/options.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'factx.js');
const ARTICLE = join(ROOT, 'fixtures', 'articles', 'arms-deal.txt');

function run(args: string[], snapshot: boolean, env: Record<string, string> = {}, input?: string) {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    env: { ...base, ...env, FACTX_SNAPSHOT: snapshot ? '1' : '0' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('start-up snapshot', () => {
  it('is built by npm run build for this Node, and refused for another Node or with FACTX_SNAPSHOT=0', () => {
    expect(usableBlob({})).toBeDefined();
    expect(usableBlob({ FACTX_SNAPSHOT: '0' })).toBeUndefined();
    expect(usableBlob({}, { version: 'v0.0.1', arch: process.arch, platform: process.platform })).toBeUndefined();
    // node flags of the user's own would make V8 refuse the blob: the plain modules heed them
    expect(usableBlob({ NODE_OPTIONS: '--max-old-space-size=300' })).toBeUndefined();
    // nothing in the bundle that has no loader once restored
    const code = readFileSync(BUNDLE, 'utf8');
    expect(code).not.toMatch(/\bimport_meta\d*\b/);
  });

  it('gives the same output as the plain modules, for one file, a batch with two workers, tables and eval', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factx-snap-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'Kim Jong Un met Vladimir Putin in Vladivostok on Sept. 13, 2023.');
    writeFileSync(join(dir, 'in', 'b.txt'), readFileSync(ARTICLE, 'utf8'));
    writeFileSync(join(dir, 'in', 'c.txt'), '\u0000\u0001 binary');
    const commands = [
      ['extract', ARTICLE, '--ref-date', '2023-09-24', '--format', 'json', '--explain'],
      ['extract', join(dir, 'in'), '--jobs', '2', '--format', 'jsonl', '--ref-date', '2023-09-24', '--quiet'],
      ['extract', ARTICLE, '--format', 'table', '--color', 'always', '--ref-date', '2023-09-24'],
      ['extract', ARTICLE, '--format', 'csv', '--types', 'people,facts', '--ref-date', '2023-09-24'],
      ['eval', join(ROOT, 'fixtures', 'gold', 'tiny-dates.jsonl')],
      ['extract', '--nope'],
    ];
    for (const args of commands) {
      const plain = run(args, false);
      const snap = run(args, true);
      expect(snap.code, args.join(' ')).toBe(plain.code);
      // (times differ: eval's "0.1 s")
      const untimed = (t: string) => t.replace(/\d+(?:\.\d+)? s\b/g, 'T');
      expect(untimed(snap.stdout), args.join(' ')).toBe(untimed(plain.stdout));
      expect(untimed(snap.stderr), args.join(' ')).toBe(untimed(plain.stderr));
    }
  }, 60_000);

  it('runs with NODE_OPTIONS and node flags of the user\'s own, from the plain modules', () => {
    const want = run(['extract', ARTICLE, '--format', 'jsonl', '--ref-date', '2023-09-24'], false).stdout;
    expect(run(['extract', ARTICLE, '--format', 'jsonl', '--ref-date', '2023-09-24'], true, { NODE_OPTIONS: '--max-old-space-size=300' }).stdout).toBe(want);
    const flagged = spawnSync(process.execPath, ['--max-old-space-size=300', BIN, 'extract', ARTICLE, '--format', 'jsonl', '--ref-date', '2023-09-24'], { cwd: ROOT, encoding: 'utf8' });
    expect(flagged.stdout).toBe(want);
  });

  it('reads the clock and the colour settings when it runs', () => {
    const r = run(['extract', '--format', 'jsonl'], true, {}, 'The talks ended on Friday.');
    expect(JSON.parse(r.stdout).referenceDate).toEqual({ value: today(), source: 'clock' });
    const table = (env: Record<string, string>) => run(['extract', ARTICLE, '--format', 'table', '--ref-date', '2023-09-24'], true, env).stdout;
    // stdout is a pipe here: no colour unless asked for or forced
    expect(table({})).not.toContain('\u001b[');
    expect(run(['extract', ARTICLE, '--format', 'table', '--color', 'always', '--ref-date', '2023-09-24'], true).stdout).toContain('\u001b[');
    expect(table({ FORCE_COLOR: '1' })).toBe(run(['extract', ARTICLE, '--format', 'table', '--ref-date', '2023-09-24'], false, { FORCE_COLOR: '1' }).stdout);
  });
});
