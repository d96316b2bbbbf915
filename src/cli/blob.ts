// Where the start-up snapshot lies, whether the running Node can use it, and how it is made.
// A V8 startup blob works only with the Node binary that made it, so a note next to it
// records that Node (and when dist/ was compiled); bin/factx.js uses the blob only when the
// note matches: another Node, or a `tsc` since the build, means the plain modules. Run as a script
// (`node dist/cli/blob.js`, on install) it makes the blob from the bundle when it is missing
// or made by another Node. Only node: modules here: bin/factx.js loads this before anything else.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = new URL('../snapshot/', import.meta.url);
export const BUNDLE = fileURLToPath(new URL('bundle.cjs', DIR));
export const BLOB = fileURLToPath(new URL('factx.blob', DIR));
const NOTE = fileURLToPath(new URL('factx.blob.json', DIR));
/** A compiled module whose time says when dist/ was last compiled: a blob older than it is stale (`tsc` after a build). */
const COMPILED = fileURLToPath(new URL('../index.js', import.meta.url));

const compiledAt = (): number | undefined => {
  try {
    return Math.floor(statSync(COMPILED).mtimeMs);
  } catch {
    return undefined;
  }
};

/**
 * V8 flags the blob is made and restored with (V8 refuses a blob made with other flags): a bound
 * on the main thread's heap, as workers have theirs (WORKER_HEAP_MB), so that a long stream of
 * documents, which the main thread extracts too, keeps its memory flat instead of letting V8 grow
 * the heap. Long documents in a batch go to workers; a single document is cut in sections.
 */
export const BLOB_FLAGS: readonly string[] = ['--max-old-space-size=192', '--max-semi-space-size=8'];

export interface NodeId {
  version: string;
  arch: string;
  platform: string;
}

interface Note extends NodeId {
  /** When dist/ was compiled, as the blob was made from it. */
  compiled?: number;
  /** The V8 flags it was made with (BLOB_FLAGS then). */
  flags?: string[];
}

const running = (): NodeId => ({ version: process.version, arch: process.arch, platform: process.platform });

/** The blob, when it is there and was made by a Node like the running one; else undefined. */
export function usableBlob(env: NodeJS.ProcessEnv = process.env, self: NodeId = running()): string | undefined {
  // node flags of the user's own (NODE_OPTIONS) would make V8 refuse the blob or go unheeded: the plain modules heed them
  if (env.FACTX_SNAPSHOT === '0' || (env.NODE_OPTIONS ?? '').trim() !== '' || !existsSync(BLOB)) return undefined;
  try {
    const made = JSON.parse(readFileSync(NOTE, 'utf8')) as Partial<Note>;
    const fits = made.version === self.version && made.arch === self.arch && made.platform === self.platform;
    return fits && made.compiled === compiledAt() && JSON.stringify(made.flags ?? []) === JSON.stringify(BLOB_FLAGS) ? BLOB : undefined;
  } catch {
    return undefined;
  }
}

/** Make the blob from the bundle with the running Node; false (and the reason) when it cannot. */
export function makeBlob(): { ok: true } | { ok: false; reason: string } {
  rmSync(BLOB, { force: true });
  rmSync(NOTE, { force: true });
  if (!existsSync(BUNDLE)) return { ok: false, reason: `no bundle at ${BUNDLE}` };
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [...BLOB_FLAGS, '--snapshot-blob', BLOB, '--build-snapshot', BUNDLE], { encoding: 'utf8', env });
  if (r.status !== 0) {
    rmSync(BLOB, { force: true });
    return { ok: false, reason: (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(-3).join('\n') };
  }
  const note: Note = { ...running(), ...(compiledAt() !== undefined ? { compiled: compiledAt()! } : {}), flags: [...BLOB_FLAGS] };
  writeFileSync(NOTE, JSON.stringify(note) + '\n');
  return { ok: true };
}

// `node dist/cli/blob.js`: (re)make the blob unless the one there fits this Node
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!usableBlob({})) {
    const made = makeBlob();
    if (!made.ok) process.stderr.write(`factx: no start-up snapshot for this Node (${process.version}); factx starts from its modules, slower. ${made.reason}\n`);
  }
}
