import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Where `browser-results.json` goes (`BIDHAA_BENCH_OUT`); the Maven `bench` module reads it there. */
const outDir = resolve(process.env['BIDHAA_BENCH_OUT'] ?? '../bench/target');

// The end-to-end harness (e2e/support/) runs the jar and Chromium for the benchmarks too. Forced,
// not defaulted, so a benchmark never resets a schema that other runs use concurrently (public, e2e,
// faults, bench), its logs stay apart from theirs, and the JVM compiles at full speed. Set before
// the global setup and the workers load the harness, which read them.
process.env['BIDHAA_E2E_SCHEMA'] = 'bench_browser';
process.env['BIDHAA_E2E_OUT'] = resolve(outDir, 'browser');
process.env['BIDHAA_APP_FULL_JIT'] = 'true';
process.env['BIDHAA_BENCH_OUT'] = outDir;

/**
 * Browser-side benchmarks (`npm run bench`): the real jar on PostgreSQL (schema `bench_browser`),
 * the app driven in Debian's Chromium. One entry file fixes the order: each benchmark grows the
 * server's catalogue for the next.
 */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    setupFiles: ['e2e/support/setup.ts'],
    fileParallelism: false,
    // Figures only: a benchmark that fails is not retried into a better one.
    retry: 0,
    testTimeout: 15 * 60_000,
    hookTimeout: 10 * 60_000,
    teardownTimeout: 60_000,
    // A device offline logs a failed request for every sync attempt; browser.log keeps them all.
    onConsoleLog: (log) => !/console\.error: Failed to load resource/.test(log),
  },
});
