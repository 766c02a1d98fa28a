import { defineConfig } from 'vitest/config';

/** Where logs, screenshots and the JUnit report go (see e2e/support/env.ts). */
const outDir = process.env['BIDHAA_E2E_OUT'] ?? '../e2e/target';

/**
 * End-to-end tests: the real jar on PostgreSQL, driven through Chromium (`npm run e2e`; Maven's
 * `e2e` module runs it in `integration-test`). Files run one after another: they share one server.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    setupFiles: ['e2e/support/setup.ts'],
    fileParallelism: false,
    // The machine is slow under load; a scenario may restart the server (up to 2 minutes).
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    reporters: ['default', ['junit', { outputFile: `${outDir}/junit.xml` }]],
  },
});
