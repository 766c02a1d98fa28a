/**
 * What the environment may change about a benchmark run (the Maven `bench` module sets these).
 *
 * @packageDocumentation
 */

/** Where `browser-results.json` goes (`BIDHAA_BENCH_OUT`, resolved by vitest.bench.config.ts). */
export function benchOutDir(): string {
  return process.env['BIDHAA_BENCH_OUT'] ?? '../bench/target';
}

/**
 * How many rounds the backlog and pull benchmarks run (`BIDHAA_BENCH_ROUNDS`, default 3): each
 * round is minutes long, so 1 makes a quick check that everything still works.
 */
export function benchRounds(): number {
  const rounds = Number(process.env['BIDHAA_BENCH_ROUNDS'] ?? 3);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`BIDHAA_BENCH_ROUNDS must be a whole number above 0, not ${rounds}`);
  }
  return rounds;
}
