// Writes the precache manifest into dist/sw.js in place of self.__WB_MANIFEST. The last step of
// `npm run build`, after the app and the service worker are built into dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const serviceWorker = `${dist}sw.js`;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

// The service worker answers every navigation with the precached index.html and fails to start
// without it.
if (!existsSync(`${dist}index.html`) || !existsSync(serviceWorker)) {
  throw new Error(`Build the app and the service worker into ${dist} first.`);
}

const { count, size, warnings } = await injectManifest({
  swSrc: serviceWorker,
  swDest: serviceWorker,
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,webmanifest,png,svg,ico}'],
  globIgnores: ['sw.js'],
  // Vite puts a content hash in every name under assets/: no revision needed, no cache-busting.
  dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8,}\.\w+$/,
  maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
});

// Workbox only warns about a file it leaves out (too big, for one); an app shell missing a file
// breaks offline, so that fails the build.
if (warnings.length > 0) {
  throw new Error(`Precache manifest incomplete:\n${warnings.join('\n')}`);
}
if (count === 0) {
  throw new Error(`Precache manifest is empty: nothing in ${dist} matched.`);
}
console.log(`Precache: ${count} files, ${(size / 1024).toFixed(1)} KiB (uncompressed).`);
