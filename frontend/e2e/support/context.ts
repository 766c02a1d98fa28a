/**
 * The shared app server as tests see it. {@link ./global-setup.ts} runs the jar in vitest's main
 * process and `provide`s where it is; tests run in a worker, so stopping or restarting it goes
 * through a small control endpoint of the global setup.
 *
 * @example
 * ```ts
 * await server.kill9(); // the shop server loses power
 * // ... the device keeps selling offline ...
 * await server.start(); // same port, same data
 * ```
 *
 * @packageDocumentation
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';

/** What the global setup hands to every test file. */
export interface E2eContext {
  /** `http://127.0.0.1:<port>` of the app; the same across restarts. */
  readonly baseURL: string;
  /** Files here replace the jar's `static/` files (see {@link ServerHandle.overrideStatic}). */
  readonly staticDir: string;
  /** The global setup's control endpoint (stop, start, kill9, restart). */
  readonly controlURL: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/** The shared app server: where it is, and how to take it down and up again. */
export interface ServerHandle {
  readonly baseURL: string;
  readonly staticDir: string;
  /** Graceful stop (SIGTERM, SIGKILL after 10 s). */
  stop(): Promise<void>;
  /** Kills the process at once (SIGKILL), as a power cut would. */
  kill9(): Promise<void>;
  /** Starts it again on the same port and waits for health UP. */
  start(): Promise<void>;
  /** Graceful stop, then start. */
  restart(): Promise<void>;
  /** Starts it when a test left it down; the harness calls this after every test file. */
  ensureRunning(): Promise<void>;
  /**
   * Makes the app serve `content` at `/<path>` instead of the built file, at once, as a new
   * release would (e.g. a changed `sw.js` to simulate a deploy). Works for every static path,
   * `/assets/**` included; response headers stay those of the real file's handler.
   */
  overrideStatic(path: string, content: string | Uint8Array): void;
  /** Removes every override: the app serves the jar's files again. */
  clearStaticOverrides(): void;
}

function context(): E2eContext {
  return inject('e2e');
}

async function control(action: string): Promise<void> {
  const response = await fetch(`${context().controlURL}/${action}`, { method: 'POST' });
  if (!response.ok) {
    throw new Error(`Server ${action} failed: ${await response.text()}`);
  }
}

/** The shared app server. */
export const server: ServerHandle = {
  get baseURL() {
    return context().baseURL;
  },
  get staticDir() {
    return context().staticDir;
  },
  stop: () => control('stop'),
  kill9: () => control('kill9'),
  start: () => control('start'),
  restart: () => control('restart'),
  ensureRunning: () => control('ensure-running'),
  overrideStatic(path, content) {
    const file = join(context().staticDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  },
  clearStaticOverrides() {
    const dir = context().staticDir;
    for (const entry of readdirSync(dir)) {
      rmSync(join(dir, entry), { recursive: true, force: true });
    }
  },
};
