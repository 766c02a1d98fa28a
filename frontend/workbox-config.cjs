// The service worker's precache manifest: `workbox injectManifest workbox-config.cjs`, the last step of
// `npm run build`, writes the list of files in dist/ into dist/sw.js in place of self.__WB_MANIFEST.
// CommonJS because workbox-cli loads its configuration with require() and this package is an ES module.
const { join } = require('node:path');

const dist = join(__dirname, 'dist');
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Fails the build where Workbox would only warn: an app shell missing a file breaks offline, and the
 * service worker answers every navigation with the precached index.html.
 */
function requireCompleteAppShell(manifest) {
  const tooBig = manifest.filter((entry) => entry.size > MAX_FILE_BYTES).map((entry) => entry.url);
  if (tooBig.length > 0) {
    throw new Error(
      `Precache manifest incomplete: over ${MAX_FILE_BYTES} bytes: ${tooBig.join(', ')}`,
    );
  }
  if (!manifest.some((entry) => entry.url === 'index.html')) {
    throw new Error(`Precache manifest has no index.html: build the app into ${dist} first.`);
  }
  return { manifest, warnings: [] };
}

module.exports = {
  swSrc: join(dist, 'sw.js'),
  swDest: join(dist, 'sw.js'),
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,webmanifest,png,svg,ico}'],
  globIgnores: ['sw.js'],
  // Vite puts a content hash in every name under assets/: no revision needed, no cache-busting.
  dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8,}\.\w+$/,
  // Workbox leaves a bigger file out with only a warning; requireCompleteAppShell refuses it instead.
  maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
  manifestTransforms: [requireCompleteAppShell],
};
