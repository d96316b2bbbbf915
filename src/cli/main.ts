// The command line: commander wiring, inputs, output streams, colour, signals and exit
// codes. The only layer that touches process, the file system and the clock.
// Importing it does nothing; bin/factx.js calls run(process.argv).
import { readFileSync, statSync } from 'node:fs';
import { Chalk } from 'chalk';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { ALL_TYPES, type ExtractOptions, type ExtractType, type Extraction, type OffsetUnit } from '../model/types.js';
import { isIsoDate, today } from '../pipeline/options.js';
import { FORMATS, FORMAT_NAMES, type FormatName } from '../format/index.js';
import { countDocuments, DEFAULT_MAX_BYTES, isGlob, knownInputBytes, readInputs, readPathList, setEncoding, setMaxBytes, type InputFormat } from './inputs.js';
import { Output } from './output.js';
import { BYTES_PER_WORKER, effectiveJobs, MAX_CHARS_IN_FLIGHT, Runner } from '../batch/pool.js';
import { Progress } from './progress.js';
import { Halt } from './halt.js';
import { DirSink, StreamSink, type Sink } from './sinks.js';
import { errorOf, errorRecord, notesOf, serialize, type Result, type Serialized } from '../batch/record.js';
import { colorLevel, type ColorWhen } from './color.js';
import { completionScript, SHELLS, type Shell } from './shell.js';

/** Exit codes, as the README and --help document them. */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2, OUTPUT: 3, INTERRUPTED: 130, TERMINATED: 143 } as const;

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function parseTypes(v: string): ExtractType[] {
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) throw new InvalidArgumentError(`give at least one type (${ALL_TYPES.join(', ')})`);
  for (const t of list) {
    if (!ALL_TYPES.includes(t as ExtractType)) throw new InvalidArgumentError(`unknown type "${t}" (choose from ${ALL_TYPES.join(', ')})`);
  }
  return list as ExtractType[];
}

function parseJobs(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`"${v}" is not a number of jobs from 1 to 256`);
  const n = Number(v);
  if (n < 1 || n > 256) throw new InvalidArgumentError(`"${v}" is not a number of jobs from 1 to 256`);
  return n;
}

function parseDate(v: string): string {
  if (!isIsoDate(v)) throw new InvalidArgumentError(`"${v}" is not a calendar date in the form YYYY-MM-DD`);
  return v;
}

function parseSize(v: string): number {
  const m = /^(\d+)([kKmMgG]?)$/.exec(v);
  if (!m || Number(m[1]) < 1) throw new InvalidArgumentError(`"${v}" is not a size in bytes (a number, with k, M or G)`);
  return Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
}

function parseDir(v: string): string {
  if (v.trim() === '') throw new InvalidArgumentError('the directory name is empty');
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

/** What commander hands the extract command: the library's options plus the CLI's own. */
interface ExtractCliOptions extends Pick<ExtractOptions, 'refDate' | 'types' | 'explain'> {
  offsets: OffsetUnit;
  format?: FormatName;
  jobs?: number;
  outDir?: string;
  skipExisting?: boolean;
  filesFrom?: string;
  quiet?: boolean;
  inputFormat: InputFormat;
  includeText?: boolean;
  encoding?: string;
  maxSize?: number;
  /** --color <when>, or false for --no-color */
  color: ColorWhen | boolean;
}

export const EXAMPLES = `
Examples:
  $ factx extract article.txt                      tables on a terminal
  $ factx extract article.txt --format json | jq '.[0].people[].name'
  $ cat article.txt | factx extract --ref-date 2023-09-24
  $ factx extract corpus.jsonl --format jsonl > out.jsonl
  $ factx extract article.txt --types people,dates --explain
  $ factx extract page.html --format json --include-text
  $ factx extract 'news/**/*.txt' --out-dir facts/ --skip-existing --jobs 4
  $ factx extract crawl.jsonl --format csv > mentions.csv

Exit codes: 0 all inputs done, 1 some inputs failed (the others are still printed), 2 usage error,
3 the output could not be written (a full disk), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).`;

/** An encoding name that the WHATWG TextDecoder knows. */
function parseEncoding(v: string): string {
  try {
    return new TextDecoder(v).encoding;
  } catch {
    throw new InvalidArgumentError(`"${v}" is no encoding this Node.js can decode (e.g. utf-8, latin1, windows-1252, shift_jis)`);
  }
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('factx')
    .description('Extract people, organizations, places, dates and quantities from news text.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => void process.stderr.write(s), writeOut: (s) => void process.stdout.write(s) });

  program
    .command('extract', { isDefault: true })
    .description('extract facts from text files, directories, JSONL or stdin')
    .argument('[inputs...]', 'text or .jsonl files, directories, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices(FORMAT_NAMES))
    .addOption(new Option('--input-format <format>', 'how to read inputs; jsonl is chosen for .jsonl files, html for .html and .htm (the article, found with Readability)').choices(['text', 'jsonl', 'html', 'auto']).default('auto'))
    .option('--encoding <name>', 'read text and HTML inputs in this encoding (latin1, windows-1252, shift_jis, ...; default UTF-8); offsets count the decoded characters', parseEncoding)
    .option('--include-text', 'add the text the offsets refer to to each record ("text"; for HTML, the article\'s text)')
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative and partial dates', parseDate)
    .option('--types <list>', `comma-separated subset of ${ALL_TYPES.join(',')} (default: all but numbers)`, parseTypes)
    .addOption(new Option('--offsets <unit>', 'offset unit in the output').choices(['codepoint', 'utf16']).default('codepoint'))
    .option('--explain', 'add the rule that produced each mention')
    .option('-j, --jobs <n>', 'threads that extract: the main one and up to n-1 workers, started only for a batch that repays them (default: the number of cores, fewer when the input files are small); output is identical for any n', parseJobs)
    .option('--out-dir <dir>', 'write one JSON file per input into dir (atomically) instead of stdout', parseDir)
    .option('--skip-existing', 'with --out-dir: skip inputs whose output file exists (resume a run)')
    .option('--files-from <file>', 'read input paths, one per line, from file (- for stdin)')
    .option('-q, --quiet', 'no progress line on stderr')
    .option('--max-size <bytes>', `largest document read, in bytes (default ${DEFAULT_MAX_BYTES}, 10 MiB); a larger one is an error record (too_large)`, parseSize)
    .addOption(new Option('--color <when>', 'colour in tables: auto (a terminal, honouring NO_COLOR, FORCE_COLOR and TERM=dumb), always or never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-color', 'the same as --color never')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      process.exitCode = await runExtract(program, inputs, opts);
    });

  program
    .command('completion')
    .description('print a shell completion script: bash, zsh or fish (e.g. factx completion bash > /etc/bash_completion.d/factx)')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action((shell: Shell) => {
      process.stdout.write(completionScript(program, shell));
    });

  program
    .command('eval')
    .description('score the extractor against gold JSONL files: entity spans and values, or people rosters with titles and affiliations (see ../shared/corpus/README.md)')
    .argument('<gold...>', 'gold JSONL files')
    .option('--preset <name>', 'gold type mapping: auto, conll, re3d, gum, factx, quantity', 'auto')
    .option('--baseline <library>', 'score a library on its own instead of factx: compromise (names, numbers) or chrono (dates)')
    .option('--map <pairs>', 'extra mapping GOLD=ours[,GOLD=ours]; ours is person, org, place, date, quantity or - to ignore')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--errors', 'list each document\'s misses, spurious predictions and wrong values or titles')
    .option('--limit <n>', 'score only the first n documents of each file', (v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError(`"${v}" is not a positive whole number`);
      return Number(v);
    })
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

/** Stop taking inputs on SIGINT or SIGTERM; a second signal ends the process at once. */
function watchSignals(onStop: (signal: 'SIGINT' | 'SIGTERM') => void): () => void {
  let stopped: 'SIGINT' | 'SIGTERM' | undefined;
  const handler = (signal: 'SIGINT' | 'SIGTERM') => {
    if (stopped) {
      process.stderr.write('factx: stopped at once\n');
      process.exit(signal === 'SIGINT' ? EXIT.INTERRUPTED : EXIT.TERMINATED);
    }
    stopped = signal;
    onStop(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
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
  if (opts.outDir) {
    if (opts.format) {
      process.stderr.write('factx: --format does not apply with --out-dir, which writes one JSON file per input\n');
      return EXIT.USAGE;
    }
    try {
      if (!statSync(opts.outDir).isDirectory()) {
        process.stderr.write(`factx: --out-dir ${opts.outDir}: exists and is not a directory\n`);
        return EXIT.USAGE;
      }
    } catch {
      // made when the first record is written
    }
  }
  setMaxBytes(opts.maxSize ?? DEFAULT_MAX_BYTES);
  setEncoding(opts.encoding);
  const formatName: FormatName = opts.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
  if (opts.explain && formatName === 'csv') process.stderr.write('factx: warning: --explain has no column in CSV; use --format jsonl to see the rules\n');
  const when: ColorWhen = opts.color === false ? 'never' : opts.color === true ? 'auto' : opts.color;
  const level = colorLevel({ when, env: process.env, isTTY: process.stdout.isTTY === true, format: formatName });
  const out = new Output(process.stdout);
  const streamSink = opts.outDir
    ? undefined
    : new StreamSink(out, FORMATS[formatName], { color: new Chalk({ level }), explain: opts.explain ?? false, width: process.stdout.columns ?? 80, ...(opts.types ? { types: new Set<string>(opts.types) } : {}) });
  const sink: Sink = streamSink ?? new DirSink(opts.outDir!);
  const batch = isBatch(inputs, opts.inputFormat);
  const cores = availableParallelism();
  // --jobs is a ceiling: a known small input gets no more workers than repay their start-up
  const wanted = opts.jobs ?? cores;
  const jobs = batch && wanted > 1 ? effectiveJobs(wanted, cores, await knownInputBytes(inputs, wanted * BYTES_PER_WORKER)) : wanted;
  const runner = new Runner(jobs, batch);
  const showProgress = !opts.quiet && process.stderr.isTTY === true && batch;
  const progress = showProgress ? new Progress(process.stderr, undefined) : undefined;
  // the total is counted alongside the first documents (a directory or glob is walked once more)
  if (progress) void countDocuments(inputs, opts.inputFormat).then((n) => progress.setTotal(n), () => {});
  const day = today();
  const options: ExtractOptions & { today: string } = {
    ...(opts.refDate ? { refDate: opts.refDate } : {}),
    today: day,
    ...(opts.types ? { types: opts.types } : {}),
    offsets: opts.offsets,
    explain: opts.explain ?? false,
  };

  // Ctrl-C or SIGTERM: stop taking inputs; what was written stays whole (a json array is closed)
  let stopped: 'SIGINT' | 'SIGTERM' | undefined;
  // waiting on a document in flight ends at once on a signal; the runner's workers are then stopped
  // (one waiter per document, dropped when it settles: see halt.ts)
  const waits = new Halt();
  const halt = () => waits.halt();
  const unwatch = batch
    ? watchSignals((s) => {
        stopped = s;
        sink.abort();
        halt();
      })
    : () => {};

  let failed = 0;
  let skipped = 0;
  let clockNoted = false;
  let lastTurn = Date.now();
  // results in input order; at most the runner's window of documents (and MAX_CHARS_IN_FLIGHT of
  // text) in flight keeps memory flat
  const window = runner.window;
  const pending: Array<Promise<Result | Serialized>> = [];
  const pendingChars: number[] = [];
  let charsInFlight = 0;
  const serialization = streamSink?.serialization as FormatName | undefined;
  const flush = async (keep: number) => {
    while ((pending.length > keep || (keep > 0 && charsInFlight > MAX_CHARS_IN_FLIGHT)) && !stopped) {
      charsInFlight -= pendingChars.shift() ?? 0;
      const r = await waits.wait(pending.shift()!);
      if (!r) break;
      let e = errorOf(r);
      // every error is reported in input order, with the document's id
      if (e) process.stderr.write(`factx: ${safe(r.id)}: ${e.message}\n`);
      for (const note of 'serialized' in r ? (r.notes ?? []) : notesOf(r)) process.stderr.write(`factx: ${safe(r.id)}: warning: ${note}\n`);
      if (!sink.closed) {
        const w = await sink.write(r);
        if (w) {
          e = w.error;
          process.stderr.write(`factx: ${safe(w.id)}: ${w.error.message}\n`);
        }
      }
      if (e) failed++;
      // say once when relative dates were resolved against today: the output would change tomorrow
      const clock = 'serialized' in r ? r.clock === true : !e && (r as Extraction).referenceDate.source === 'clock';
      if (clock && !clockNoted) {
        clockNoted = true;
        process.stderr.write(`factx: ${safe(r.id)}: no --ref-date, dct or dateline; relative dates are resolved against today (${day})\n`);
      }
      progress?.tick(e !== undefined);
    }
  };

  for await (const item of readInputs(inputs, opts.inputFormat, process.stdin)) {
    if (sink.closed || stopped) break;
    if (item.kind === 'error') {
      const rec = errorRecord(item.id, item.code, item.message);
      pending.push(Promise.resolve(serialization ? serialize(rec, serialization) : rec));
      pendingChars.push(0);
    } else {
      for (const w of item.warnings) process.stderr.write(`factx: ${safe(item.id)}: warning: ${w.message}\n`);
      if (opts.skipExisting && sink.exists(item.id)) {
        skipped++;
        continue;
      }
      pendingChars.push(item.text.length);
      charsInFlight += item.text.length;
      pending.push(
        runner.run({
          text: item.text,
          options: { ...options, id: item.id, ...(item.dct ? { dct: item.dct } : {}), ...(item.source?.published ? { pageDate: item.source.published } : {}) },
          warnings: item.warnings,
          ...(serialization ? { serialize: serialization } : {}),
          ...(item.source ? { source: item.source } : {}),
          ...(opts.includeText ? { includeText: true } : {}),
        }),
      );
    }
    await flush(window);
    // buffered input can keep the loop in microtasks: let signals through now and then
    if (Date.now() - lastTurn > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      lastTurn = Date.now();
    }
  }
  if (!stopped) await flush(0);
  pending.length = 0;
  pendingChars.length = 0;
  await sink.close();
  await runner.close();
  progress?.end();
  unwatch();
  if (skipped > 0) process.stderr.write(`factx: skipped ${skipped} inputs whose output exists in ${opts.outDir}\n`);
  if (out.failure) {
    process.stderr.write(`factx: cannot write the output: ${out.failure.code ?? ''} ${out.failure.message}\n`);
    return EXIT.OUTPUT;
  }
  if (stopped) {
    process.stderr.write(`factx: ${stopped === 'SIGINT' ? 'interrupted' : 'terminated'}; output written so far is complete\n`);
    return stopped === 'SIGINT' ? EXIT.INTERRUPTED : EXIT.TERMINATED;
  }
  return failed > 0 ? EXIT.SOME_FAILED : EXIT.OK;
}

/** An id or file name as it may reach a terminal: control characters escaped. */
export function safe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The command `word` was probably meant to be: at most two edits from one, and no existing path. */
export function misspeltCommand(word: string | undefined, commands: string[]): string | undefined {
  if (!word || word.startsWith('-') || word.includes('/') || word.includes('.') || commands.includes(word)) return undefined;
  const close = commands.find((c) => editDistance(word.toLowerCase(), c) <= Math.min(2, c.length - 2));
  if (!close) return undefined;
  try {
    statSync(word);
    return undefined; // a file of that name: read it
  } catch {
    return close;
  }
}

/** Levenshtein distance, with a transposition counted as one edit. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** Run the command line; sets process.exitCode and never throws. */
export async function run(argv: string[]): Promise<void> {
  // a closed pipe on either stream (`factx --help | head -1`, `2>&-`) is a normal end, never a crash
  for (const s of [process.stdout, process.stderr]) {
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED' && s === process.stderr) process.exitCode = EXIT.OUTPUT;
    });
  }
  const program = buildProgram();
  // `extract` is the default command, so a mistyped command would be read as a file: a first
  // argument that names no file and is close to a command is a usage error with a suggestion
  const typo = misspeltCommand(argv[2], program.commands.map((c) => c.name()));
  if (typo) {
    process.stderr.write(`factx: unknown command '${safe(argv[2]!)}' (no such file either); did you mean '${typo}'?\n(run with --help for usage)\n`);
    process.exitCode = EXIT.USAGE;
    return;
  }
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
