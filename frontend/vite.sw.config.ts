import { defineConfig } from 'vite';
import appConfig from './vite.config';

// The service worker is built on its own, after the app: one classic script at a fixed, unhashed
// URL, because the browser looks for a new version at the URL it registered.
export default defineConfig({
  define: {
    // The sync code it shares with the page needs the same constants (such as __APP_VERSION__).
    ...appConfig.define,
    // Workbox strips its development code only when this is replaced, and library mode leaves it.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: 'src/sw/sw.ts',
      formats: ['iife'],
      name: 'bidhaaServiceWorker',
      fileName: () => 'sw.js',
    },
  },
});
