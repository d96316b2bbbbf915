// The start-up snapshot's entry, bundled with the rest of dist/ into one CommonJS file by
// scripts/build-snapshot.mjs (the plain module path never loads it). At build time it loads
// the whole CLI and warms compromise and factx's own tables with extractions of a made-up
// story; the restored process then runs the command line. Nothing that depends on the
// environment is read here: the clock, colour support, terminal width and process.env are
// read by the CLI when it runs, after the snapshot is restored.
import { dirname, join } from 'node:path';
import { startupSnapshot } from 'node:v8';
import { run } from './main.js';
import { extract } from '../index.js';

const WARM = [
  'SEOUL, Sept. 23 (Yonhap) -- South Korean Foreign Minister Park Jin met U.S. Secretary of State',
  'Antony Blinken in New York on Friday, the ministry said. "We agreed to respond firmly," Park told',
  'reporters. North Korea supplied 122mm and 152mm artillery shells and 2,000 rifles worth $5 million',
  'to Russia last month, according to Kyrylo Budanov, who said shipments would resume by Oct. 4.',
  "Toyota Motor Corp shares rose 2.1% to 2,500 yen. The automaker's president, Koji Sato, spoke.",
  'Arsenal beat Chelsea 3-1 at the Emirates Stadium; temperatures hit 35C and 12 km of road closed.',
].join('\n');

for (const types of [undefined, ['people', 'organizations', 'places', 'dates', 'quantities', 'facts', 'numbers'] as const]) {
  extract(WARM, { refDate: '2023-09-24', ...(types ? { types: [...types] } : {}) });
}

startupSnapshot.setDeserializeMainFunction(() => {
  // argv: node, the launcher's path, then the user's arguments (see bin/factx.js); the files
  // factx reads at run time (the worker's module, the schema) are found from the launcher's
  // place, in case the folder moved after the blob was made
  const launcher = process.argv[1];
  if (launcher) (globalThis as { __FACTX_DIST__?: string }).__FACTX_DIST__ = join(dirname(launcher), '..', 'dist');
  void run(process.argv);
});
