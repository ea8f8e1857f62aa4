// Preloaded into the guifan binary by the streaming test: prints the peak resident set size at exit.
process.on('exit', () => process.stderr.write(`\nguifan-maxrss-kb=${process.resourceUsage().maxRSS}\n`));
