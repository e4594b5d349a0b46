/**
 * Preloaded (-r) into the profiled platform only. SIGUSR2 exits the process at once, so that node
 * writes the --cpu-prof file even when the platform's own SIGINT shutdown does not finish (see
 * BENCHMARKS.md: Apollo Server's termination-signal handlers and start.ts's race, and the loser's
 * stop() never returns). Nothing else of the platform changes.
 */
process.on("SIGUSR2", () => {
  process.exit(0);
});
