// The command line: commander wiring, inputs, output streams, colour, exit
// codes. The only layer that touches process, the file system and the clock.
import { readFileSync, statSync } from 'node:fs';
import { Chalk } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { ALL_TYPES, type ExtractType, type OffsetUnit } from '../model/types.js';
import { isGlob, knownInputBytes, readInputs, readPathList, type InputFormat } from './inputs.js';
import { Output } from './output.js';
import { BYTES_PER_WORKER, defaultJobs, Runner } from './pool.js';
import { Progress } from './progress.js';
import { DirSink, StreamSink, type Format, type Sink } from './sinks.js';
import { errorOf, serialize, type Result, type Serialized } from './record.js';

export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2, INTERRUPTED: 130 } as const;

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function parseTypes(v: string): ExtractType[] {
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const t of list) {
    if (!ALL_TYPES.includes(t as ExtractType)) throw new InvalidArgumentError(`unknown type "${t}" (choose from ${ALL_TYPES.join(', ')})`);
  }
  return list as ExtractType[];
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError(`"${v}" is not a number of jobs from 1 to 256`);
  return n;
}

function parseDate(v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
    throw new InvalidArgumentError(`"${v}" is not a date in the form YYYY-MM-DD`);
  }
  return v;
}

/** Whether more than one document may come: several inputs, a directory, a glob, or JSONL. */
function isBatch(inputs: string[], inputFormat: InputFormat): boolean {
  if (inputs.length > 1 || inputFormat === 'jsonl') return true;
  const only = inputs[0]!;
  if (only === '-') return false;
  if (/\.(?:jsonl|ndjson)$/i.test(only) || isGlob(only)) return true;
  try {
    return statSync(only).isDirectory();
  } catch {
    return false;
  }
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface ExtractCliOptions {
  format?: Format;
  jobs?: number;
  outDir?: string;
  skipExisting?: boolean;
  filesFrom?: string;
  quiet?: boolean;
  inputFormat: InputFormat;
  refDate?: string;
  types?: ExtractType[];
  offsets: OffsetUnit;
  explain?: boolean;
  color: boolean;
}

const EXAMPLES = `
Examples:
  $ factx extract article.txt                      tables on a terminal
  $ factx extract article.txt --format json | jq '.[0].people[].name'
  $ cat article.txt | factx extract --ref-date 2023-09-24
  $ factx extract corpus.jsonl --format jsonl > out.jsonl
  $ factx extract article.txt --types people,dates --explain
  $ factx extract 'news/**/*.txt' --out-dir facts/ --skip-existing --jobs 4
  $ factx extract crawl.jsonl --format csv > mentions.csv

Exit codes: 0 all inputs done, 1 some inputs failed (the others are still printed), 2 usage error, 130 interrupted.`;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('factx')
    .description('Extract people, organizations, places, dates and quantities from news text.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  program
    .command('extract', { isDefault: true })
    .description('extract facts from text files, directories, JSONL or stdin')
    .argument('[inputs...]', 'text or .jsonl files, directories, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices(['table', 'json', 'jsonl', 'csv']))
    .addOption(new Option('--input-format <format>', 'how to read inputs; jsonl is chosen for .jsonl files').choices(['text', 'jsonl', 'auto']).default('auto'))
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative and partial dates', parseDate)
    .option('--types <list>', `comma-separated subset of ${ALL_TYPES.join(',')} (default: all but numbers)`, parseTypes)
    .addOption(new Option('--offsets <unit>', 'offset unit in the output').choices(['codepoint', 'utf16']).default('codepoint'))
    .option('--explain', 'add the rule that produced each mention')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores, fewer when the input files are small); output is identical for any n', parseJobs)
    .option('--out-dir <dir>', 'write one JSON file per input into dir (atomically) instead of stdout')
    .option('--skip-existing', 'with --out-dir: skip inputs whose output file exists (resume a run)')
    .option('--files-from <file>', 'read input paths, one per line, from file (- for stdin)')
    .option('-q, --quiet', 'no progress line on stderr')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      process.exitCode = await runExtract(program, inputs, opts);
    });

  program
    .command('eval')
    .description('score the extractor against gold JSONL files (see ../shared/corpus/README.md for the format)')
    .argument('<gold...>', 'gold JSONL files')
    .option('--preset <name>', 'gold type mapping: auto, conll, re3d, gum, factx, quantity', 'auto')
    .option('--baseline <library>', 'score a library on its own instead of factx: compromise (names, numbers) or chrono (dates)')
    .option('--map <pairs>', 'extra mapping GOLD=ours[,GOLD=ours]; ours is person, org, place, date, quantity or - to ignore')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--limit <n>', 'score only the first n documents of each file', (v) => Number.parseInt(v, 10))
    .action(async (gold: string[], opts) => {
      const { runEval } = await import('./eval.js'); // loaded only for eval: keeps extract's start-up small
      process.exitCode = await runEval(gold, opts);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the factx/1 output')
    .action(() => {
      process.stdout.write(readFileSync(new URL('../../schema/factx-1.schema.json', import.meta.url), 'utf8'));
    });
  return program;
}

async function runExtract(program: Command, inputs: string[], opts: ExtractCliOptions): Promise<number> {
  if (opts.filesFrom) {
    try {
      inputs = [...inputs, ...(await readPathList(opts.filesFrom, process.stdin))];
    } catch (e) {
      process.stderr.write(`factx: --files-from ${opts.filesFrom}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
      return EXIT.USAGE;
    }
    if (inputs.length === 0) {
      process.stderr.write(`factx: --files-from ${opts.filesFrom}: the list is empty\n`);
      return EXIT.USAGE;
    }
  }
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      // `factx` alone on a terminal: help
      process.stdout.write(program.helpInformation() + EXAMPLES + '\n');
      return EXIT.OK;
    }
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length + (opts.filesFrom === '-' ? 1 : 0) > 1) {
    process.stderr.write('factx: stdin (-) can be read only once\n');
    return EXIT.USAGE;
  }
  if (opts.skipExisting && !opts.outDir) {
    process.stderr.write('factx: --skip-existing needs --out-dir\n');
    return EXIT.USAGE;
  }
  const format: Format = opts.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
  const useColor = opts.color !== false && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && process.stdout.isTTY === true && format === 'table';
  const out = new Output(process.stdout);
  const sink: Sink = opts.outDir
    ? new DirSink(opts.outDir)
    : new StreamSink(
        out,
        format,
        format === 'table'
          ? { fn: (await import('../format/table.js')).formatTable, color: new Chalk({ level: useColor ? 2 : 0 }), explain: opts.explain ?? false, width: process.stdout.columns ?? 80 }
          : undefined,
      );
  const batch = isBatch(inputs, opts.inputFormat);
  const cores = availableParallelism();
  const jobs = opts.jobs ?? (batch && cores > 1 ? defaultJobs(cores, await knownInputBytes(inputs, cores * BYTES_PER_WORKER)) : cores);
  const runner = new Runner(jobs, batch);
  const showProgress = !opts.quiet && process.stderr.isTTY === true && batch;
  const progress = showProgress ? new Progress(process.stderr, inputs.length > 1 && inputs.every((i) => /\.(?:txt|text|md)$/i.test(i)) ? inputs.length : undefined) : undefined;
  const base = { ...(opts.refDate ? { refDate: opts.refDate } : {}), today: today(), ...(opts.types ? { types: opts.types } : {}), offsets: opts.offsets, explain: opts.explain ?? false };

  // Ctrl-C: stop taking inputs; what was written stays whole (a json array is closed)
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
  };
  process.once('SIGINT', onSigint);

  let failed = 0;
  let skipped = 0;
  let lastTurn = Date.now();
  // results in input order; at most `window` documents in flight keeps memory flat
  const window = Math.max(4, runner.jobs * 4);
  const pending: Array<Promise<Result | Serialized>> = [];
  const serialization = sink instanceof StreamSink ? sink.serialization : undefined;
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const r = await pending.shift()!;
      const e = errorOf(r);
      if (e) {
        failed++;
        // input errors were reported when read; extraction errors are reported here
        if (e.code === 'internal') process.stderr.write(`factx: ${r.id}: ${e.message}\n`);
      }
      progress?.tick(e !== undefined);
      if (!sink.closed) await sink.write(r);
    }
  };

  for await (const item of readInputs(inputs, opts.inputFormat, process.stdin)) {
    if (sink.closed || interrupted) break;
    if (item.kind === 'error') {
      process.stderr.write(`factx: ${item.id}: ${item.message}\n`);
      const rec: Result = { id: item.id, error: { code: item.code, message: item.message } };
      pending.push(Promise.resolve(serialization ? serialize(rec, serialization) : rec));
    } else {
      for (const w of item.warnings) process.stderr.write(`factx: ${item.id}: warning: ${w.message}\n`);
      if (opts.skipExisting && sink.exists(item.id)) {
        skipped++;
        continue;
      }
      pending.push(runner.run({ ...base, id: item.id, text: item.text, ...(item.dct ? { dct: item.dct } : {}), warnings: item.warnings, ...(serialization ? { serialize: serialization } : {}) }));
    }
    await flush(window);
    // buffered input can keep the loop in microtasks: let signals (Ctrl-C) through now and then
    if (Date.now() - lastTurn > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      lastTurn = Date.now();
    }
  }
  if (!interrupted) await flush(0);
  else pending.length = 0;
  await sink.close();
  await runner.close();
  progress?.end();
  process.off('SIGINT', onSigint);
  if (skipped > 0) process.stderr.write(`factx: skipped ${skipped} inputs whose output exists in ${opts.outDir}\n`);
  if (interrupted) {
    process.stderr.write('factx: interrupted; output written so far is complete\n');
    return EXIT.INTERRUPTED;
  }
  return failed > 0 ? EXIT.SOME_FAILED : EXIT.OK;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
      return;
    }
    process.stderr.write(`factx: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = EXIT.SOME_FAILED;
  }
}

await main(process.argv);
