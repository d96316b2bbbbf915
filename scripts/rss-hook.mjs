// Preloaded by the benchmark (node --import): reports the process's peak RSS
// (main thread and worker threads together) on stderr when it exits.
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
