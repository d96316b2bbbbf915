#!/usr/bin/env node
// factx starts from its start-up snapshot (dist/snapshot/factx.blob: compromise and factx's
// tables already loaded and warmed) when one made by this Node is there: a second node process
// restored from the blob, with this one passing signals and its exit status on. Otherwise, or
// with FACTX_SNAPSHOT=0, NODE_OPTIONS or node flags of the user's own, it runs from its modules in
// this process.
import { BLOB_FLAGS, usableBlob } from '../dist/cli/blob.js';

// (node flags given to this process, `node --inspect bin/factx.js`, are heeded in this process)
const blob = process.execArgv.length === 0 ? usableBlob() : undefined;
if (blob) {
  const { spawn } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const child = spawn(process.execPath, [...BLOB_FLAGS, '--snapshot-blob', blob, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C at a terminal reaches the whole process group, the child too: passing it on would
  // make it a second Ctrl-C (stop at once); a signal sent to this process alone is passed on
  const interactive = process.stdin.isTTY || process.stderr.isTTY;
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];
  const pass = (s) => {
    if (!(s === 'SIGINT' && interactive)) child.kill(s);
  };
  for (const s of signals) process.on(s, pass);
  child.on('error', (e) => {
    process.stderr.write(`factx: could not start node (${e.message})\n`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, pass);
    if (signal) process.kill(process.pid, signal); // end the way the child ended
    else process.exitCode = code ?? 1;
  });
} else {
  const { run } = await import('../dist/cli/main.js');
  await run(process.argv);
}
