import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  // Sent as X-App-Version and shown on the account screen (src/sync/app-version.ts).
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: 'dist',
    // Vite's default for an outDir inside the project, spelled out: stale hashed assets must not
    // reach the precache manifest or the jar (vite.sw.config.ts then adds sw.js beside them).
    emptyOutDir: true,
    // The backend serves assets/ with long-lived caching, so file names carry a content hash.
    assetsDir: 'assets',
    target: 'es2022',
    // One small chunk and browsers new enough for ES2022: the modulepreload polyfill is dead weight.
    modulePreload: { polyfill: false },
  },
  server: {
    // `npm run dev` talks to a backend started on its default port.
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
  },
});
