// Batch processing: worker threads, output directories, CSV, path lists, globs,
// interruption, and the GNU parallel recipe from the README.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'factx.js');
const ARTICLE = readFileSync(join(ROOT, 'fixtures', 'articles', 'arms-deal.txt'), 'utf8');

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SENTENCES = [
  'German Chancellor Olaf Scholz visited Kyiv on Tuesday.',
  'The army fired 40 Grad rockets at Kharkiv, officials said.',
  'NATO ministers met in Brussels on March 3, 2022.',
  'Japanese Prime Minister Fumio Kishida said the $2.5 billion package would arrive next year.',
];

let dir: string;
let stream: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factx-batch-'));
  const lines: string[] = [];
  for (let i = 0; i < 60; i++) lines.push(JSON.stringify({ id: `doc-${i}`, text: `${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]}`, dct: '2023-09-24' }));
  lines.splice(7, 0, '{"id": "broken"'); // one bad line in the stream
  stream = join(dir, 'stream.jsonl');
  writeFileSync(stream, lines.join('\n') + '\n');
  mkdirSync(join(dir, 'news', 'a'), { recursive: true });
  writeFileSync(join(dir, 'news', 'a', 'one.txt'), SENTENCES[0]!);
  writeFileSync(join(dir, 'news', 'two.txt'), SENTENCES[1]!);
  writeFileSync(join(dir, 'news', 'three.md'), SENTENCES[2]!);
});

describe('batch', () => {
  // on stdin the size is unknown up front, so --jobs 2 starts workers (a known small file would not repay them)
  it('gives the same output, in input order, with --jobs 1 and --jobs 2', () => {
    const input = readFileSync(stream, 'utf8');
    const one = run(['extract', '-', '--input-format', 'jsonl', '--jobs', '1'], input);
    const two = run(['extract', '-', '--input-format', 'jsonl', '--jobs', '2'], input);
    expect(one.code).toBe(1); // the broken line
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const ids = one.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toHaveLength(61);
    expect(ids[0]).toBe('doc-0');
    expect(ids[7]).toBe('stdin:8');
    expect(ids[60]).toBe('doc-59');
    expect(run(['extract', stream, '--jobs', '2']).stdout).toBe(one.stdout.replace('"stdin:8"', JSON.stringify(`${stream}:8`)));
  });

  it('keeps JSON arrays whole with workers', () => {
    const r = run(['extract', '-', '--input-format', 'jsonl', '--jobs', '2', '--format', 'json'], readFileSync(stream, 'utf8'));
    const arr = JSON.parse(r.stdout);
    expect(arr).toHaveLength(61);
    expect(arr[7].error.code).toBe('bad_json');
  });

  it('writes one JSON file per input into --out-dir and resumes with --skip-existing', () => {
    const out = join(dir, 'out');
    const r = run(['extract', join(dir, 'news'), '--out-dir', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(3);
    expect(files.every((f) => f.endsWith('.json') && !f.includes('.tmp-'))).toBe(true);
    const one = files.find((f) => /one\.txt~[0-9a-f]{12}\.json$/.test(f))!;
    expect(JSON.parse(readFileSync(join(out, one), 'utf8')).people[0].name).toBe('Olaf Scholz');
    const before = statSync(join(out, one)).mtimeMs;
    const again = run(['extract', join(dir, 'news'), '--out-dir', out, '--skip-existing']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('skipped 3 inputs');
    expect(statSync(join(out, one)).mtimeMs).toBe(before);
  });

  it('prints CSV with one header and a row per mention and fact argument, with the fields of the JSON', () => {
    const r = run(['extract', join(dir, 'news', 'two.txt'), '--format', 'csv']);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toBe('id,kind,text,start,end,value,unit,entity,entity_id,title,affiliation,max,per,modifier,point,anchor,fact,fact_type,role');
    const width = rows[0]!.split(',').length;
    expect(rows).toContain(`${join(dir, 'news', 'two.txt')},quantity:count,40,15,17,40,,Grad rockets${','.repeat(width - 8)}`);
    expect(rows.some((l) => /,place,Kharkiv,\d+,\d+,,,Kharkiv,l1,/.test(l))).toBe(true);
    const titled = run(['extract', '--format', 'csv', '--ref-date', '2023-09-24', '-'], 'German Chancellor Olaf Scholz said rates rose 2-3% a year.');
    expect(titled.stdout).toContain(',person,Olaf Scholz,18,29,,,Olaf Scholz,p1,Chancellor,Germany,');
    expect(titled.stdout).toMatch(/,quantity:percent,2-3%,\d+,\d+,2,%\/a?,[^,]*,,,,3,/);
    expect(titled.stdout).toMatch(/,fact:statement:speaker,Olaf Scholz,18,29,1,,p1,p1,,,,,,[\d-]+,,1,statement,speaker/);
  });

  it('reads paths from --files-from and expands quoted globs', () => {
    const list = join(dir, 'list.txt');
    writeFileSync(list, `# two inputs\n${join(dir, 'news', 'two.txt')}\n\n${join(dir, 'news', 'three.md')}\n`);
    const a = run(['extract', '--files-from', list]);
    expect(a.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([join(dir, 'news', 'two.txt'), join(dir, 'news', 'three.md')]);
    const b = run(['extract', '--files-from', '-'], `${join(dir, 'news', 'two.txt')}\n`);
    expect(JSON.parse(b.stdout).id).toBe(join(dir, 'news', 'two.txt'));
    const g = run(['extract', `${dir}/news/**/*.txt`]);
    expect(g.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([join(dir, 'news', 'a', 'one.txt'), join(dir, 'news', 'two.txt')]);
    const none = run(['extract', `${dir}/nothing/*.txt`]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no files match');
  });

  it('stops cleanly on Ctrl-C: exit 130 and only whole records', async () => {
    const big = join(dir, 'big.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) lines.push(JSON.stringify({ id: `a${i}`, text: ARTICLE }));
    writeFileSync(big, lines.join('\n') + '\n');
    const child = spawn(process.execPath, [BIN, 'extract', big, '--jobs', '1', '--format', 'json'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      if (stdout.length > 20000 && !child.killed) child.kill('SIGINT');
    });
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    const arr = JSON.parse(stdout); // a whole, closed array
    expect(arr.length).toBeGreaterThan(0);
    expect(arr.length).toBeLessThan(400);
  });

  it('hears Ctrl-C during a long document with --jobs 1: the document in flight is dropped, not awaited', async () => {
    const long = join(dir, 'long.jsonl');
    const doc = (id: string, text: string) => JSON.stringify({ id, text, dct: '2023-09-14' });
    // about 600 kB: several seconds of work, sent to a worker (LONG_DOCUMENT_CHARS) so the main thread stays free
    writeFileSync(long, [doc('s1', SENTENCES[0]!), doc('long', `${ARTICLE}\n\n`.repeat(300)), doc('s2', SENTENCES[1]!)].join('\n') + '\n');
    const child = spawn(process.execPath, [BIN, 'extract', long, '--jobs', '1', '--format', 'jsonl'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      if (stdout.includes('\n') && !child.killed) setTimeout(() => child.kill('SIGINT'), 300);
    });
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    // had the signal waited for the long document, its record would have been written before the stop
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['s1']);
  });

  const hasDask = existsSync('/usr/bin/dask-scheduler') && spawnSync('/usr/bin/python3', ['-c', 'import dask.bag, distributed'], { encoding: 'utf8' }).status === 0;
  if (!hasDask) console.warn('Dask distributed is not installed (Debian: python3-dask python3-distributed): the Dask recipe test is skipped');
  it.skipIf(!hasDask)('runs the Dask recipe on a local cluster (a scheduler and two workers) with the same records in the same order', async () => {
    const procs: ReturnType<typeof spawn>[] = [];
    try {
      const scheduler = spawn('/usr/bin/dask-scheduler', ['--host', '127.0.0.1', '--port', '0', '--dashboard-address', ':0']);
      procs.push(scheduler);
      const address = await new Promise<string>((resolve, reject) => {
        let log = '';
        const timer = setTimeout(() => reject(new Error(`no scheduler address in: ${log}`)), 60_000);
        scheduler.stderr!.on('data', (d) => {
          log += d;
          const m = /Scheduler at:\s+(tcp:\/\/127\.0\.0\.1:\d+)/.exec(log);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
      });
      for (let i = 0; i < 2; i++) procs.push(spawn('/usr/bin/dask-worker', [address, '--nthreads', '1', '--host', '127.0.0.1', '--dashboard-address', ':0']));
      const recipe = join(ROOT, 'recipes', 'dask_factx.py');
      const r = spawnSync('/usr/bin/python3', [recipe, address, stream, '--partitions', '4', '--factx', `"${process.execPath}" "${BIN}"`], { encoding: 'utf8', timeout: 180_000 });
      expect(r.status, r.stderr).toBe(0);
      const direct = run(['extract', stream, '--jobs', '1', '--format', 'jsonl']);
      const strip = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l)).map((x) => (x.error ? x.error.code : JSON.stringify(x)));
      // the same records in the same order (a bad line's error names its line number within its partition)
      expect(strip(r.stdout)).toEqual(strip(direct.stdout));
    } finally {
      for (const p of procs) p.kill('SIGTERM');
    }
  }, 240_000);

  it.skipIf(!existsSync('/usr/bin/parallel'))('runs as a streaming mapper under GNU parallel --pipe', () => {
    const recipe = `parallel --pipe --keep-order -N 10 "${process.execPath}" "${BIN}" extract --input-format jsonl --jobs 1 < "${stream}"`;
    const r = spawnSync('sh', ['-c', recipe], { cwd: ROOT, encoding: 'utf8' });
    const direct = run(['extract', stream, '--jobs', '1']);
    const strip = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l)).map((x) => (x.error ? x.error.code : x.id));
    // the same documents in the same order (line-numbered ids of the bad line differ per chunk)
    expect(strip(r.stdout)).toEqual(strip(direct.stdout));
  });
});

describe('progress', () => {
  it('shows an ETA only once the rate has settled, and ends on a summary', async () => {
    const { Progress } = await import('../src/cli/progress.js');
    let t = 0;
    const written: string[] = [];
    const p = new Progress({ write: (s: string) => (written.push(s), true) }, undefined, () => t);
    p.setTotal(100);
    t = 500;
    p.tick(false);
    expect(p.line(t)).toBe('factx: 1/100 documents, 2.0 docs/s'); // no ETA from one document in half a second
    for (let i = 0; i < 9; i++) {
      t += 400;
      p.tick(i === 3);
    }
    expect(p.line(t)).toBe('factx: 10/100 documents, 2.4 docs/s, 1 failed, ETA 0:37');
    p.end();
    expect(written.at(-1)).toBe('\rfactx: 10 documents (1 failed) in 4.1 s, 2.4 docs/s\u001b[K\n');
  });

  it('counts the documents of files, directories and globs up front, not of stdin or JSONL', async () => {
    const { countDocuments } = await import('../src/cli/inputs.js');
    expect(await countDocuments([join(dir, 'news')], 'auto')).toBe(3);
    expect(await countDocuments([join(dir, 'news', '*.txt'), join(dir, 'news', 'three.md')], 'auto')).toBe(2);
    expect(await countDocuments([join(dir, 'news', 'two.txt'), join(dir, 'missing.txt')], 'auto')).toBe(2);
    expect(await countDocuments([join(dir, 'news', 'two.txt'), '-'], 'auto')).toBeUndefined();
    expect(await countDocuments([stream], 'auto')).toBeUndefined();
    expect(await countDocuments([join(dir, 'news')], 'auto', 2)).toBeUndefined();
  });
});

describe('default number of jobs', () => {
  it('uses every core for a large or unknown input, fewer for small files', async () => {
    const { effectiveJobs, BYTES_PER_WORKER } = await import('../src/batch/pool.js');
    expect(effectiveJobs(undefined, 4, undefined)).toBe(4); // stdin, a directory or a glob: size unknown
    expect(effectiveJobs(undefined, 4, 10_000)).toBe(1); // a few articles: a worker costs more than it saves
    expect(effectiveJobs(undefined, 4, 2 * BYTES_PER_WORKER)).toBe(2);
    expect(effectiveJobs(undefined, 4, 100 * BYTES_PER_WORKER)).toBe(4);
    expect(effectiveJobs(undefined, 1, 100 * BYTES_PER_WORKER)).toBe(1);
  });

  it('takes --jobs as a ceiling: a known small input gets no more workers than repay their start-up', async () => {
    const { effectiveJobs, BYTES_PER_WORKER } = await import('../src/batch/pool.js');
    expect(effectiveJobs(2, 2, 470_000)).toBe(1); // 145 short documents: one thread, never slower than --jobs 1
    expect(effectiveJobs(2, 2, 1_009_321)).toBe(1); // 205 documents, 1 MB: a worker was 0.94x (npm run bench)
    expect(effectiveJobs(2, 2, 1_639_251)).toBe(2); // 1,671 documents, 1.6 MB: 1.19x
    expect(effectiveJobs(64, 2, 3 * BYTES_PER_WORKER)).toBe(3); // more than the cores if asked, no more than the input repays
    expect(effectiveJobs(8, 2, undefined)).toBe(8); // unknown size: as asked
    expect(effectiveJobs(2, 8, 100 * BYTES_PER_WORKER)).toBe(2);
  });

  it('knows the size of plain files only, and stops counting at enough', async () => {
    const { knownInputBytes } = await import('../src/cli/inputs.js');
    const a = join(dir, 'news', 'two.txt');
    const b = join(dir, 'news', 'three.md');
    const size = (p: string) => statSync(p).size;
    expect(await knownInputBytes([a, b], 1 << 30)).toBe(size(a) + size(b));
    expect(await knownInputBytes([a, b], 1)).toBe(size(a)); // enough after the first
    expect(await knownInputBytes([a, join(dir, 'missing.txt')], 1 << 30)).toBe(size(a));
    expect(await knownInputBytes([a, '-'], 1 << 30)).toBeUndefined();
    expect(await knownInputBytes([join(dir, 'news')], 1 << 30)).toBeUndefined();
    expect(await knownInputBytes([join(dir, 'news', '*.txt')], 1 << 30)).toBeUndefined();
  });
});
