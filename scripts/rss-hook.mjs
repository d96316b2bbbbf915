// Preloaded by the benchmark (node --import): reports the process's peak RSS and
// CPU time (main thread and worker threads together) on stderr when it exits.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nBENCH_MAXRSS_KB=${u.maxRSS} BENCH_CPU_US=${u.userCPUTime + u.systemCPUTime}\n`);
});
