// Installing factx as a user would: from a clean clone with `npm install -g .`, and from the
// tarball `npm pack` makes. Slow (it installs from the registry), so it runs when
// FACTX_INSTALL_TEST=1 (as .ci/run sets) and is skipped otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const on = process.env.FACTX_INSTALL_TEST === '1';
const sh = (cmd: string, cwd: string, env: Record<string, string> = {}) => spawnSync('sh', ['-c', cmd], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });

function works(prefix: string) {
  const r = sh(`echo "Chancellor Olaf Scholz met Emmanuel Macron in Paris on Tuesday." | "${join(prefix, 'bin', 'factx')}" extract --ref-date 2023-09-14 --format jsonl -`, tmpdir());
  expect(r.status, r.stderr).toBe(0);
  const x = JSON.parse(r.stdout);
  expect(x.people.map((p: { name: string }) => p.name)).toEqual(['Olaf Scholz', 'Emmanuel Macron']);
  // `man factx` finds the page: npm links package.json's "man" into the prefix
  expect(existsSync(join(prefix, 'share', 'man', 'man1', 'factx.1'))).toBe(true);
  expect(sh(`"${join(prefix, 'bin', 'factx')}" completion bash`, tmpdir()).stdout).toContain('complete -o filenames -F _factx factx');
  const chrono = sh(`"${join(prefix, 'bin', 'factx')}" eval "${join(ROOT, 'fixtures', 'gold', 'tiny-dates.jsonl')}" --baseline chrono`, tmpdir());
  // an optional baseline that is not installed says how to add it, without a stack trace
  if (chrono.status !== 0) expect(chrono.stderr).toContain('npm install chrono-node');
}

describe.skipIf(!on)('install', () => {
  it('from a clean clone with npm install -g .', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factx-install-'));
    expect(sh(`git clone -q "${ROOT}" clone`, dir).status).toBe(0);
    const r = sh('npm install -g . --no-audit --no-fund', join(dir, 'clone'), { NPM_CONFIG_PREFIX: join(dir, 'prefix') });
    expect(r.status, r.stderr).toBe(0);
    works(join(dir, 'prefix'));
  }, 600_000);

  it('from the tarball of npm pack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factx-pack-'));
    expect(sh(`git clone -q "${ROOT}" clone`, dir).status).toBe(0);
    const p = sh(`npm pack --silent --pack-destination "${dir}"`, join(dir, 'clone'));
    expect(p.status, p.stderr).toBe(0);
    const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const r = sh(`npm install -g "./${tgz}" --no-audit --no-fund`, dir, { NPM_CONFIG_PREFIX: join(dir, 'prefix') });
    expect(r.status, r.stderr).toBe(0);
    works(join(dir, 'prefix'));
  }, 600_000);
});
