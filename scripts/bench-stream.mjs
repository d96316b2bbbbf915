// npm run bench:stream [-- MEGABYTES [JOBS]]
// Memory under a long JSONL stream: writes MEGABYTES of JSONL into `factx extract -`
// (stdin) without ever holding it, and reports the peak RSS of the factx processes (the
// launcher and the process restored from the snapshot, all threads) with the RSS sampled
// along the way, so that growth would show.
// Each line is one short news sentence plus an ignored metadata field of ~1 KB, so the
// stream's bytes are mostly reading, ordering and writing rather than parsing (a 1 GB
// stream of real articles takes hours at compromise's speed).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = Number(process.argv[2] ?? 1024);
const JOBS = process.argv[3] ?? '2';
const sentences = [
  'Russia is already receiving 122mm and 152mm artillery shells from North Korea, Kyrylo Budanov said on Sept. 13.',
  'The Iraqi government said U.S. forces struck near Mosul on Tuesday, killing 12 fighters.',
  'Temperatures in Seville reached 44 degrees Celsius as the council spent $2.5 billion on cooling.',
  'Foreign Minister Park Jin met his U.S. counterpart, Antony Blinken, in New York last week.',
];
const pad = 'x'.repeat(1000);

const child = spawn(process.execPath, [join(ROOT, 'bin', 'factx.js'), 'extract', '-', '--input-format', 'jsonl', '--jobs', JOBS, '--quiet'], {
  cwd: ROOT,
  stdio: ['pipe', 'pipe', 'pipe'],
});
let outBytes = 0;
let records = 0;
child.stdout.on('data', (d) => {
  outBytes += d.length;
  for (const b of d) if (b === 10) records++;
});
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));

// sample the RSS of the child's process tree from /proc while it runs: bin/factx.js restores the
// start-up snapshot in a process of its own, whose memory is the one that counts
const { readFileSync } = await import('node:fs');
const tree = (pid) => {
  let kids = [];
  try {
    kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    /* ended */
  }
  return [pid, ...kids.flatMap(tree)];
};
const samples = [];
const timer = setInterval(() => {
  let kb = 0;
  for (const pid of tree(child.pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* the process has ended */
    }
  }
  if (kb) samples.push(kb / 1024);
}, 1000);

const t0 = Date.now();
let written = 0;
let n = 0;
const target = MB * 1024 * 1024;
async function feed() {
  while (written < target) {
    const line = JSON.stringify({ id: `d${n}`, text: sentences[n % sentences.length], dct: '2023-09-24', meta: pad }) + '\n';
    n++;
    written += Buffer.byteLength(line);
    if (!child.stdin.write(line)) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
}
await feed();
const code = await new Promise((r) => child.on('close', r));
clearInterval(timer);
// the tree's largest sample (no preload hook: node flags of its own would make bin/factx.js skip the snapshot)
const peak = Math.max(...samples);
const q = (p) => samples.length ? [...samples].sort((a, b) => a - b)[Math.floor(p * (samples.length - 1))] : NaN;
const tenth = Math.max(1, Math.floor(samples.length / 10));
const first = samples.slice(0, tenth);
const last = samples.slice(-tenth);
const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`factx extract - --jobs ${JOBS}: ${(written / 1048576).toFixed(0)} MB of JSONL in, ${n.toLocaleString('en-US')} documents, ${records.toLocaleString('en-US')} records and ${(outBytes / 1048576).toFixed(0)} MB out, exit ${code}, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`peak RSS (sampled each second, all factx processes) ${peak.toFixed(0)} MB; RSS sampled each second: median ${q(0.5).toFixed(0)} MB, mean of the first tenth ${avg(first).toFixed(0)} MB, of the last tenth ${avg(last).toFixed(0)} MB`);
if (process.env.BENCH_SAMPLES) console.log(samples.map((x) => x.toFixed(0)).join(" "));
if (code !== 0 || records !== n) process.exitCode = 1;
