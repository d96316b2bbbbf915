// Reading inputs: files, directories, stdin, JSONL streams. Turns every
// problem into a named error for that input so that the others go on.
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { createRequire } from 'node:module';

export interface Doc {
  kind: 'doc';
  id: string;
  text: string;
  dct?: string;
  warnings: Array<{ code: string; message: string }>;
  /** An HTML page's article: where the text came from, and the page's date. */
  source?: { format: 'html'; title?: string; byline?: string; published?: string };
}

export interface InputError {
  kind: 'error';
  id: string;
  code: string;
  message: string;
}

export type InputItem = Doc | InputError;

export type InputFormat = 'text' | 'jsonl' | 'html' | 'auto';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.jsonl', '.ndjson', '.html', '.htm']);

/** Largest document read, in bytes (a file, stdin, or a JSONL record's text); larger ones are a too_large error. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
let maxBytes = DEFAULT_MAX_BYTES;
export function setMaxBytes(n: number): void {
  maxBytes = n;
}
const tooLarge = (id: string, size?: number) =>
  err(id, 'too_large', `${size === undefined ? 'input is larger than' : `input is ${size} bytes, over`} the limit of ${maxBytes} bytes (--max-size)`);
const BINARY_PROBE = 8000;

function err(id: string, code: string, message: string): InputError {
  return { kind: 'error', id, code, message };
}

/** The encoding of text inputs (--encoding), when it is not UTF-8. */
let encoding: string | undefined;
export function setEncoding(name: string | undefined): void {
  encoding = name && !/^utf-?8$/i.test(name) ? name : undefined;
}

/** Decode bytes as UTF-8 text (or the --encoding given), or say precisely why not. */
export function decode(id: string, buf: Buffer): Doc | InputError {
  if (buf.length === 0) return err(id, 'empty', 'input is empty');
  if (encoding) {
    const text = new TextDecoder(encoding).decode(buf);
    if (text.trim().length === 0) return err(id, 'empty', 'input has no text (only whitespace)');
    return { kind: 'doc', id, text, warnings: text.includes('\r\n') ? [{ code: 'crlf', message: 'input has CRLF line ends; they are kept, so offsets count each \\r' }] : [] };
  }
  // UTF-16 with a byte order mark (Windows editors): text, not binary
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    const le = buf[0] === 0xff;
    const even = buf.subarray(2, 2 + ((buf.length - 2) & ~1));
    const body = le ? even : Buffer.from(even).swap16();
    const doc = decodeUtf16(id, body);
    if (doc.kind === 'doc') doc.warnings.unshift({ code: 'utf16', message: `input is UTF-16 ${le ? 'LE' : 'BE'}; it was read as such, and offsets count its characters` });
    return doc;
  }
  const probe = buf.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) return err(id, 'binary', 'input looks binary (it contains NUL bytes); factx reads UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    // loaded only when needed: encoding detection is for the error message
    const guess = (createRequire(import.meta.url)('chardet') as typeof import('chardet')).detect(buf);
    const at = firstInvalidUtf8(buf);
    return err(
      id,
      'encoding',
      `input is not valid UTF-8 (first bad byte at offset ${at}${guess && guess !== 'UTF-8' ? `; it looks like ${guess}` : ''}); read it with --encoding ${guess && guess !== 'UTF-8' ? guess : 'latin1'}, or convert it first (iconv -f ${guess && guess !== 'UTF-8' ? guess : 'LATIN1'} -t UTF-8)`,
    );
  }
  const warnings: Doc['warnings'] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push({ code: 'bom', message: 'input starts with a byte order mark; it was removed and offsets count from the character after it' });
  }
  if (text.trim().length === 0) return err(id, 'empty', 'input has no text (only whitespace)');
  if (text.includes('\r\n')) {
    warnings.push({ code: 'crlf', message: 'input has CRLF line ends; they are kept, so offsets count each \\r' });
  }
  return { kind: 'doc', id, text, warnings };
}

function decodeUtf16(id: string, le: Buffer): Doc | InputError {
  const text = new TextDecoder('utf-16le').decode(le.length % 2 ? le.subarray(0, -1) : le);
  if (text.trim().length === 0) return err(id, 'empty', 'input has no text (only whitespace)');
  return { kind: 'doc', id, text, warnings: [] };
}

function firstInvalidUtf8(buf: Buffer): number {
  // binary search for the longest valid prefix
  let lo = 0;
  let hi = buf.length;
  const dec = new TextDecoder('utf-8', { fatal: true });
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      dec.decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/** One JSONL line -> Doc or error. Accepts {"id", "text", "dct"|"date"}. */
export function jsonlRecord(source: string, lineNo: number, line: string): Doc | InputError | undefined {
  if (line.trim() === '') return undefined;
  const fallbackId = `${source}:${lineNo}`;
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return err(fallbackId, 'bad_json', `line ${lineNo} is not JSON: ${(e as Error).message}`);
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return err(fallbackId, 'bad_record', `line ${lineNo} is not a JSON object`);
  const r = rec as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : fallbackId;
  if (typeof r.text !== 'string') return err(id, 'bad_record', `line ${lineNo} has no "text" string`);
  if (r.text.length > maxBytes) return tooLarge(id);
  if (r.text.trim() === '') return err(id, 'empty', `line ${lineNo} has an empty "text"`);
  const dct = typeof r.dct === 'string' ? r.dct : typeof r.date === 'string' ? r.date : undefined;
  const warnings: Doc['warnings'] = [];
  if (dct !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(dct)) {
    warnings.push({ code: 'bad_dct', message: `"dct" ${JSON.stringify(dct)} is not YYYY-MM-DD; ignored` });
  }
  return { kind: 'doc', id, text: r.text, ...(dct && /^\d{4}-\d{2}-\d{2}/.test(dct) ? { dct: dct.slice(0, 10) } : {}), warnings };
}

/**
 * JSONL records of a stream: lines end at "\n" only ("\r\n" too; a bare "\r" inside a line is
 * text, as JSON allows), each decoded as strict UTF-8 (an invalid line is an encoding error for
 * that line), and a line longer than the size limit is refused without being kept whole.
 */
async function* jsonlStream(source: string, stream: Readable): AsyncGenerator<InputItem> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let n = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const line = (buf: Buffer): InputItem | undefined => {
    n++;
    let text: string;
    try {
      text = utf8.decode(buf[buf.length - 1] === 0x0d ? buf.subarray(0, -1) : buf);
    } catch {
      return err(`${source}:${n}`, 'encoding', `line ${n} is not valid UTF-8`);
    }
    return jsonlRecord(source, n, n === 1 ? text.replace(/^\uFEFF/, '') : text);
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, nl);
      from = nl + 1;
      if (skipping) {
        n++;
        yield tooLarge(`${source}:${n}`);
        skipping = false;
        parts = [];
        size = 0;
        continue;
      }
      const item = line(parts.length ? Buffer.concat([...parts, piece]) : piece);
      parts = [];
      size = 0;
      if (item) yield item;
    }
    if (from < chunk.length && !skipping) {
      parts.push(chunk.subarray(from));
      size += chunk.length - from;
      // a line past the limit is not kept: it is reported when it ends
      if (size > maxBytes * 2) {
        skipping = true;
        parts = [];
      }
    }
  }
  if (skipping) yield tooLarge(`${source}:${n + 1}`);
  else if (parts.length) {
    const item = line(Buffer.concat(parts));
    if (item) yield item;
  }
}

/** The whole stream, or undefined as soon as it passes `limit` bytes (a device or a runaway stream is refused early). */
async function readAll(stream: Readable, limit = Infinity): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of stream) {
    chunks.push(c as Buffer);
    n += (c as Buffer).length;
    if (n > limit) {
      stream.destroy();
      return undefined;
    }
  }
  return Buffer.concat(chunks);
}

/** Expand a directory into its text files, recursively, in sorted order. */
/** The rules of one .gitignore file and the directory it is in. */
interface GitIgnore {
  base: string;
  ig: { ignores(path: string): boolean };
}

/**
 * Expand a directory into its text files, recursively, in sorted order: hidden entries,
 * node_modules and what a .gitignore on the way names are skipped, a symlinked file is read, a
 * symlinked directory is followed once (a loop is not).
 */
async function* walk(dir: string, seen = new Set<string>(), rules: GitIgnore[] = []): AsyncGenerator<string> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  // a .gitignore applies to its directory and below, as git reads it
  if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
    const { default: ignore } = await import('ignore');
    rules = [...rules, { base: dir, ig: ignore().add(await readFile(join(dir, '.gitignore'), 'utf8')) }];
  }
  const ignored = (p: string, isDir: boolean) => rules.some((r) => r.ig.ignores(relative(r.base, p).split(sep).join('/') + (isDir ? '/' : '')));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (ignored(p, isDir)) continue;
    if (isDir) yield* walk(p, seen, rules);
    else if (isFile && TEXT_EXTENSIONS.has(extname(e.name).toLowerCase())) yield p;
  }
}

/**
 * How many documents the inputs hold, counted before they are read (for progress): a file is one,
 * a directory or a glob its files; undefined when it cannot be known up front (stdin, JSONL,
 * whose lines are documents) or passes `limit`.
 */
export async function countDocuments(inputs: string[], format: InputFormat, limit = 1_000_000): Promise<number | undefined> {
  const isJsonl = (p: string) => format === 'jsonl' || (format === 'auto' && /\.(?:jsonl|ndjson)$/i.test(p));
  let n = 0;
  for (const input of inputs) {
    if (input === '-' || isJsonl(input)) return undefined;
    const files: string[] = [];
    try {
      if (isGlob(input)) {
        const { glob } = await import('tinyglobby');
        files.push(...(await glob([input], { onlyFiles: true, absolute: isAbsolute(input) })));
      } else if ((await stat(input)).isDirectory()) {
        for await (const f of walk(input)) {
          files.push(f);
          if (n + files.length > limit) return undefined;
        }
      } else files.push(input);
    } catch {
      files.push(input); // a missing or unreadable input is one error record
    }
    if (files.some(isJsonl)) return undefined;
    n += Math.max(1, files.length);
    if (n > limit) return undefined;
  }
  return n;
}

function errnoMessage(e: NodeJS.ErrnoException): [string, string] {
  switch (e.code) {
    case 'ENOENT':
      return ['not_found', 'no such file'];
    case 'EACCES':
    case 'EPERM':
      return ['unreadable', 'permission denied'];
    case 'EISDIR':
      return ['is_directory', 'is a directory'];
    default:
      return ['io', e.message];
  }
}

/** A quoted glob ("news/*.txt"), not a file whose name has a bracket in it. */
export function isGlob(input: string): boolean {
  return /[*?[\]{}]/.test(input) && !existsSync(input);
}

/** Every document of every input, in order; problems become InputError items. */
export async function* readInputs(inputs: string[], format: InputFormat, stdin: Readable): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      if (format === 'jsonl') yield* jsonlStream('stdin', stdin);
      else {
        const buf = await readAll(stdin, maxBytes);
        yield buf ? await asHtml(decode('stdin', buf), format === 'html') : tooLarge('stdin');
      }
      continue;
    }
    let st;
    if (isGlob(input)) {
      // a quoted glob: "articles/**/*.txt"
      const { glob } = await import('tinyglobby'); // only for patterns
      const files = (await glob([input], { onlyFiles: true, absolute: isAbsolute(input) })).sort();
      if (files.length === 0) yield err(input, 'not_found', 'no files match this pattern');
      for (const f of files) yield* readFileInput(f, format);
      continue;
    }
    try {
      st = await stat(input);
    } catch (e) {
      const [code, message] = errnoMessage(e as NodeJS.ErrnoException);
      yield err(input, code, message);
      continue;
    }
    if (st.isDirectory()) {
      let any = false;
      try {
        for await (const f of walk(input)) {
          any = true;
          yield* readFileInput(f, format);
        }
      } catch (e) {
        const [code, message] = errnoMessage(e as NodeJS.ErrnoException);
        yield err(input, code, message);
        continue;
      }
      if (!any) yield err(input, 'empty_directory', `directory has no text files (${[...TEXT_EXTENSIONS].join(' ')})`);
      continue;
    }
    yield* readFileInput(input, format);
  }
}

/** A decoded page read as its article when `html`: the article's text, its title, byline and date. */
async function asHtml(item: Doc | InputError, html: boolean): Promise<Doc | InputError> {
  if (!html || item.kind === 'error') return item;
  let article;
  try {
    // loaded only for HTML: linkedom alone takes a quarter of a second to load
    const { readHtml } = await import('./html.js');
    article = readHtml(item.text);
  } catch (e) {
    return err(item.id, 'bad_html', `the page could not be read as HTML: ${(e as Error).message}`);
  }
  if (!article) return err(item.id, 'no_article', 'the page has no article text that Readability can find');
  const { text, ...meta } = article;
  return { ...item, text, source: { format: 'html', ...meta } };
}

async function* readFileInput(path: string, format: InputFormat): AsyncGenerator<InputItem> {
  const isJsonl = format === 'jsonl' || (format === 'auto' && /\.(?:jsonl|ndjson)$/i.test(path));
  try {
    if (isJsonl) {
      yield* jsonlStream(path, createReadStream(path));
    } else {
      // a file's size is known: refuse it before reading; a device (/dev/zero) is read up to the limit
      const st = await stat(path);
      if (st.isFile() && st.size > maxBytes) yield tooLarge(path, st.size);
      else {
        const buf = st.isFile() ? await readFile(path) : await readAll(createReadStream(path), maxBytes);
        yield buf ? await asHtml(decode(path, buf), format === 'html' || (format === 'auto' && /\.html?$/i.test(path))) : tooLarge(path);
      }
    }
  } catch (e) {
    const [code, message] = errnoMessage(e as NodeJS.ErrnoException);
    yield err(path, code, message);
  }
}

/**
 * The total size in bytes of inputs that are plain files, counted until `enough`;
 * undefined when the size cannot be known up front (stdin, a directory, a glob).
 */
export async function knownInputBytes(inputs: string[], enough: number): Promise<number | undefined> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-' || isGlob(input)) return undefined;
    try {
      const st = await stat(input);
      if (st.isDirectory()) return undefined;
      total += st.size;
    } catch {
      // a missing or unreadable file is reported when it is read; it adds no work
    }
    if (total >= enough) break;
  }
  return total;
}

/** Paths listed one per line in a file or on stdin (--files-from); blank lines and # comments skipped. */
export async function readPathList(source: string, stdin: Readable): Promise<string[]> {
  const text = source === '-' ? (await readAll(stdin))!.toString('utf8') : await readFile(source, 'utf8');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
