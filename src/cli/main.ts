// The command line: commander wiring, inputs, output streams, colour, exit
// codes. The only layer that touches process, the file system and the clock.
import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { extract } from '../index.js';
import { ALL_TYPES, type ExtractType, type Extraction, type OffsetUnit } from '../model/types.js';
import { formatJsonl, jsonArray, type ErrorRecord } from '../format/json.js';
import { readInputs, type InputFormat } from './inputs.js';
import { Output } from './output.js';

export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2 } as const;

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function parseTypes(v: string): ExtractType[] {
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const t of list) {
    if (!ALL_TYPES.includes(t as ExtractType)) throw new InvalidArgumentError(`unknown type "${t}" (choose from ${ALL_TYPES.join(', ')})`);
  }
  return list as ExtractType[];
}

function parseDate(v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
    throw new InvalidArgumentError(`"${v}" is not a date in the form YYYY-MM-DD`);
  }
  return v;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface ExtractCliOptions {
  format?: 'table' | 'json' | 'jsonl';
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

Exit codes: 0 all inputs done, 1 some inputs failed (the others are still printed), 2 usage error.`;

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
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices(['table', 'json', 'jsonl']))
    .addOption(new Option('--input-format <format>', 'how to read inputs; jsonl is chosen for .jsonl files').choices(['text', 'jsonl', 'auto']).default('auto'))
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative and partial dates', parseDate)
    .option('--types <list>', `comma-separated subset of ${ALL_TYPES.join(',')}`, parseTypes)
    .addOption(new Option('--offsets <unit>', 'offset unit in the output').choices(['codepoint', 'utf16']).default('codepoint'))
    .option('--explain', 'add the rule that produced each mention')
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
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      // `factx` alone on a terminal: help
      process.stdout.write(program.helpInformation() + EXAMPLES + '\n');
      return EXIT.OK;
    }
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) {
    process.stderr.write('factx: stdin (-) can be read only once\n');
    return EXIT.USAGE;
  }
  const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
  const useColor = opts.color !== false && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && process.stdout.isTTY === true && format === 'table';
  const color = new Chalk({ level: useColor ? 2 : 0 });
  const out = new Output(process.stdout);
  const formatTable = format === 'table' ? (await import('../format/table.js')).formatTable : undefined;
  const clock = today();
  let failed = 0;
  let count = 0;
  if (format === 'json') await out.write(jsonArray.open());

  for await (const item of readInputs(inputs, opts.inputFormat, process.stdin)) {
    if (out.closed) break;
    let record: Extraction | ErrorRecord;
    if (item.kind === 'error') {
      failed++;
      process.stderr.write(`factx: ${item.id}: ${item.message}\n`);
      record = { id: item.id, error: { code: item.code, message: item.message } };
      if (format === 'table') continue;
    } else {
      for (const w of item.warnings) process.stderr.write(`factx: ${item.id}: warning: ${w.message}\n`);
      try {
        const x = extract(item.text, {
          id: item.id,
          ...(opts.refDate ? { refDate: opts.refDate } : {}),
          ...(item.dct ? { dct: item.dct } : {}),
          today: clock,
          ...(opts.types ? { types: opts.types } : {}),
          offsets: opts.offsets,
          explain: opts.explain ?? false,
        });
        x.warnings.unshift(...item.warnings);
        record = x;
      } catch (e) {
        failed++;
        const message = `extraction failed: ${(e as Error).message}`;
        process.stderr.write(`factx: ${item.id}: ${message}\n`);
        record = { id: item.id, error: { code: 'internal', message } };
        if (format === 'table') continue;
      }
    }
    if (format === 'table') {
      await out.write((count > 0 ? '\n' : '') + formatTable!(record as Extraction, { color, explain: opts.explain ?? false, width: process.stdout.columns ?? 80 }));
    } else if (format === 'json') {
      await out.write(jsonArray.item(record, count));
    } else {
      await out.write(formatJsonl(record));
    }
    count++;
  }
  if (format === 'json') await out.write(jsonArray.close(count));
  await out.end();
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
