/**
 * What a phone downloads, as the app server serves it: the JavaScript `index.html` loads before
 * anything shows, and everything the service worker precaches plus the worker itself. Sizes are
 * gzip at level 9 of each file on its own, as a server compressing its answers would send them.
 *
 * @packageDocumentation
 */
import { gzipSync } from 'node:zlib';

/** Files and their total sizes in bytes. */
export interface Download {
  readonly files: readonly string[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** The initial JavaScript and the whole precache (with `sw.js`) served at `baseURL`. */
export async function shellDownloads(
  baseURL: string,
): Promise<{ initialJs: Download; precache: Download }> {
  const html = await text(baseURL, '/index.html');
  const scripts = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1] as string);
  if (scripts.length === 0) {
    throw new Error('index.html loads no script');
  }
  const precached = precacheManifest(await text(baseURL, '/sw.js')).map((url) => `/${url}`);
  for (const script of scripts) {
    if (!precached.includes(script)) {
      throw new Error(`${script} is loaded by index.html but not precached`);
    }
  }
  return {
    initialJs: await download(baseURL, scripts),
    precache: await download(baseURL, [...precached, '/sw.js']),
  };
}

/** The URLs of the Workbox precache manifest that `workbox injectManifest` wrote into sw.js (workbox-config.cjs). */
function precacheManifest(serviceWorker: string): string[] {
  const manifest = /\[\{"(?:revision|url)":[^\]]*\]/.exec(serviceWorker)?.[0];
  if (manifest === undefined) {
    throw new Error('No precache manifest in sw.js');
  }
  return (JSON.parse(manifest) as { url: string }[]).map((entry) => entry.url);
}

async function download(baseURL: string, paths: readonly string[]): Promise<Download> {
  let bytes = 0;
  let gzipBytes = 0;
  for (const path of paths) {
    const body = Buffer.from(await (await get(baseURL, path)).arrayBuffer());
    bytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files: paths, bytes, gzipBytes };
}

async function text(baseURL: string, path: string): Promise<string> {
  return (await get(baseURL, path)).text();
}

async function get(baseURL: string, path: string): Promise<Response> {
  const response = await fetch(new URL(path, baseURL));
  if (!response.ok) {
    throw new Error(`GET ${path} answered ${response.status}`);
  }
  return response;
}
