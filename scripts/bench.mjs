// npm run bench [-- FILE.jsonl|FILE.txt ...]
// Measures, in one run on the same documents: compromise's bare parse (the
// baseline), factx's full extraction in-process, the `factx extract` command
// with --jobs 1 and --jobs N (N = cores), and the cold start of one
// `factx extract` against a bare node process that only imports compromise, and
// the machine's ceiling for parallel parsing (bare parses in N processes at once).
// Each figure is the median of several runs in fresh processes; ratios are printed.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const inputs = process.argv.slice(2);
if (inputs.length === 0) inputs.push(join(ROOT, 'fixtures', 'articles', 'arms-deal.txt'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function child(mode, file) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-child.mjs'), mode, file], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

function wall(args, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const JOBS = availableParallelism();

/**
 * `factx extract FILE --jobs n` as a user runs it: wall time, peak RSS and CPU time. bin/factx.js
 * restores the start-up snapshot in a child process, so the figures come from GNU time (CPU of
 * the whole process tree; peak RSS of its largest process) when /usr/bin/time is there, else
 * from a preload hook in the plain module path (FACTX_SNAPSHOT=0).
 */
const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
function cli(file, jobs, env = {}) {
  const args = [join(ROOT, 'bin', 'factx.js'), 'extract', file, '--jobs', String(jobs), '--format', 'jsonl', '--quiet'];
  const t0 = process.hrtime.bigint();
  const r = GNU_TIME
    ? spawnSync('/usr/bin/time', ['-f', 'BENCH_TIME %M %U %S', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } })
    : spawnSync(process.execPath, ['--import', join(ROOT, 'scripts', 'rss-hook.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, FACTX_SNAPSHOT: '0', ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const t = /BENCH_TIME (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  const rss = t ? Number(t[1]) / 1024 : Number(/BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  const cpu = t ? (Number(t[2]) + Number(t[3])) * 1000 : Number(/BENCH_CPU_US=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000;
  return { ms, rss, cpu };
}

/**
 * The machine's own ceiling for parallel work: the same work (`mode`: compromise's bare
 * parse, or factx's whole extraction) in N separate processes at once, each doing all of
 * it, against one alone. Nothing is shared or coordinated, so --jobs N cannot scale better.
 */
async function ceiling(file, n, mode) {
  const one = () =>
    new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [join(ROOT, 'scripts', 'bench-child.mjs'), mode, file], { cwd: ROOT });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('error', reject);
      p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out).ms) : reject(new Error(`bench-child exited ${code}`))));
    });
  const ratios = [];
  for (let i = 0; i < RUNS; i++) {
    const alone = await one();
    const all = await Promise.all(Array.from({ length: n }, one));
    // n times the work in the time of the slowest of n, against one alone, run back to back
    ratios.push((n * alone) / Math.max(...all));
  }
  return median(ratios);
}

const rows = [];
for (const file of inputs) {
  const res = { compromise: [], factx: [], 'factx-nofacts': [] };
  let meta;
  for (let i = 0; i < RUNS; i++) {
    for (const mode of ['compromise', 'factx', 'factx-nofacts']) {
      const r = child(mode, file);
      meta = r;
      res[mode].push(r);
    }
  }
  const stat = (mode) => {
    const ms = median(res[mode].map((r) => r.ms));
    return { ms, wps: (meta.words / ms) * 1000, dps: (meta.docs / ms) * 1000, rss: median(res[mode].map((r) => r.maxRssMB)), cores: median(res[mode].map((r) => r.cpuMs / r.ms)) };
  };
  // --jobs 1 and --jobs N back to back in each round, so that a shared machine's
  // load, which drifts over minutes, weighs on both; the speed-up is the median of
  // the rounds' ratios
  // and, in the same rounds, a bare node process that imports compromise and parses the same documents
  const pairs = Array.from({ length: RUNS }, () => [cli(file, 1), cli(file, JOBS), wall([join(ROOT, 'scripts', 'bench-child.mjs'), 'compromise', file])]);
  const cliStat = (runs) => {
    const ms = median(runs.map((r) => r.ms));
    return { ms, wps: (meta.words / ms) * 1000, dps: (meta.docs / ms) * 1000, rss: median(runs.map((r) => r.rss)), cpu: median(runs.map((r) => r.cpu)) };
  };
  const speedup = median(pairs.map(([a, b]) => a.ms / b.ms));
  const vsProcess = median(pairs.map(([a, , c]) => c / a.ms));
  rows.push({ file, docs: meta.docs, words: meta.words, compromise: stat('compromise'), factx: stat('factx'), nofacts: stat('factx-nofacts'), j1: cliStat(pairs.map((p) => p[0])), jn: cliStat(pairs.map((p) => p[1])), speedup, vsProcess, ceiling: await ceiling(file, JOBS, 'compromise'), ceilingFactx: await ceiling(file, JOBS, 'factx') });
}

const article = join(ROOT, 'fixtures', 'articles', 'arms-deal.txt');
// cold start, alternating: bare node, node importing compromise and parsing one word, factx
// from its start-up snapshot (the default), factx from its plain modules (FACTX_SNAPSHOT=0)
const cold = { bare: [], node: [], factx: [], plain: [] };
for (let i = 0; i < RUNS + 2; i++) {
  cold.bare.push(wall(['-e', '0']));
  cold.node.push(wall(['-e', "(await import('compromise')).default('word')", '--input-type=module']));
  cold.factx.push(wall([join(ROOT, 'bin', 'factx.js'), 'extract', article, '--format', 'json']));
  cold.plain.push(wall([join(ROOT, 'bin', 'factx.js'), 'extract', article, '--format', 'json'], { FACTX_SNAPSHOT: '0' }));
}

const f = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(`factx bench: median of ${RUNS} runs, node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
console.log('In-process extraction against compromise\'s bare parse (the baseline), after warm-up:\n');
console.log('| documents | words | compromise parse words/s | factx words/s | ratio | without facts words/s | facts cost | peak RSS compromise / factx | cores busy compromise / factx |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.file.replace(ROOT, '')} (${r.docs}) | ${f(r.words)} | ${f(r.compromise.wps)} | ${f(r.factx.wps)} | ${f(r.factx.wps / r.compromise.wps, 2)}x | ${f(r.nofacts.wps)} | ${f((r.factx.ms / r.nofacts.ms - 1) * 100)}% | ${f(r.compromise.rss)} MB / ${f(r.factx.rss)} MB | ${f(r.compromise.cores, 2)} / ${f(r.factx.cores, 2)} |`);
}
console.log('\n(cores busy: CPU time of the whole process over wall time while one thread parses or extracts; above 1, V8\'s own helper threads, concurrent GC and background compilation, use a second core.)');
console.log(`\nThe command, start-up included: factx extract FILE --format jsonl with --jobs 1 and --jobs ${JOBS}:\n`);
console.log(`| documents | --jobs 1 words/s | docs/s | peak RSS | CPU s | against a compromise process | --jobs ${JOBS} words/s | docs/s | peak RSS | CPU s | speed-up | ceiling: parse / extraction |`);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.file.replace(ROOT, '')} (${r.docs}) | ${f(r.j1.wps)} | ${f(r.j1.dps, 1)} | ${f(r.j1.rss)} MB | ${f(r.j1.cpu / 1000, 1)} | ${f(r.vsProcess, 2)}x | ${f(r.jn.wps)} | ${f(r.jn.dps, 1)} | ${f(r.jn.rss)} MB | ${f(r.jn.cpu / 1000, 1)} | ${f(r.speedup, 2)}x | ${f(r.ceiling, 2)}x / ${f(r.ceilingFactx, 2)}x |`);
}
console.log(`\n(against a compromise process: the time of a bare node process that imports compromise and parses the same documents over the time of --jobs 1, both whole processes, median over rounds.\nCPU s: user + system time of the whole process, all threads. speed-up: median over rounds of --jobs 1 time / --jobs ${JOBS} time, run back to back.`);
console.log(`ceiling: ${JOBS} times the work in ${JOBS} separate processes at once, each doing all of it (compromise's bare parse; factx's extraction), against one process alone, back to back, median over rounds)`);
const cn = median(cold.node);
const cf = median(cold.factx);
const cp = median(cold.plain);
console.log(`\ncold start (median of ${RUNS + 2}): bare node ${f(median(cold.bare))} ms; node importing compromise and parsing one word ${f(cn)} ms;`);
console.log(`factx extract on the sample article from the snapshot ${f(cf)} ms (${f(cf / cn, 2)}x), from its modules ${f(cp)} ms (${f(cp / cn, 2)}x)`);

// Hostile inputs (the reliability findings): 100 kB of patterns that once took minutes or
// overflowed the stack, and prose at 100 kB and 1 MB to show time grows linearly. Whole
// processes, start-up included, median of the runs; peak RSS of the process.
const { writeFileSync, mkdtempSync, readFileSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const dir = mkdtempSync(join(tmpdir(), 'factx-bench-'));
const prose = readFileSync(article, 'utf8').replace(/\n/g, '\n\n');
const hostile = [
  ['100 kB of "$1 "', '$1 '.repeat(34000)],
  ['100 kB of "5% "', '5% '.repeat(34000)],
  ['100 kB of "Mr. "', 'Mr. '.repeat(25000)],
  ['27 kB of "Mr " (9,000 times)', 'Mr '.repeat(9000)],
  ['100 kB of market report lines', 'Brent crude rose 1.2% to $84.50 a barrel, WTI fell 0.4% to $80.10; gold +0.3% at $1,920.40 an ounce.\n'.repeat(1000)],
  ['100 kB of prose', prose.repeat(Math.ceil(100000 / prose.length)).slice(0, 100000)],
  ['1 MB of prose', prose.repeat(Math.ceil(1000000 / prose.length)).slice(0, 1000000)],
];
console.log('\nHostile inputs, factx extract FILE --jobs 1 (start-up included):\n');
console.log('| input | seconds | peak RSS |');
console.log('|---|---|---|');
const secs = {};
for (const [name, text] of hostile) {
  const file = join(dir, 'input.txt');
  writeFileSync(file, text);
  const runs = Array.from({ length: Math.max(1, Math.min(RUNS, 3)) }, () => cli(file, 1));
  secs[name] = median(runs.map((r) => r.ms)) / 1000;
  console.log(`| ${name} | ${f(secs[name], 2)} | ${f(median(runs.map((r) => r.rss)))} MB |`);
}
console.log(`\n1 MB of prose took ${f(secs['1 MB of prose'] / secs['100 kB of prose'], 1)}x the time of 100 kB (10x is linear; start-up weighs on the shorter).`);
