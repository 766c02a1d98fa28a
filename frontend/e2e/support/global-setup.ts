/**
 * Vitest global setup: one app server for the whole run. Resets the `e2e` schema, starts the jar,
 * opens a control endpoint on 127.0.0.1 so tests (in workers) can stop and restart it, and
 * `provide`s an {@link E2eContext}. Tears it all down at the end.
 *
 * @packageDocumentation
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { E2eContext } from './context';
import { ADMIN, E2E_SCHEMA, appJvmOptions, jarPath, javaPath, outDir, testDatabase } from './env';
import { AppServer, resetSchema } from './server';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const jar = jarPath();
  if (!existsSync(jar)) {
    throw new Error(`No jar at ${jar}: build it first (mvn -B -DskipTests package)`);
  }
  const database = testDatabase();
  const classpathOverrideDir = mkdtempSync(join(tmpdir(), 'bidhaa-e2e-classpath-'));
  const staticDir = join(classpathOverrideDir, 'static');
  mkdirSync(staticDir);
  // A fresh app.log, browser.log and screenshots/ per run.
  for (const old of ['app.log', 'browser.log', 'screenshots']) {
    rmSync(join(outDir(), old), { recursive: true, force: true });
  }
  const logFile = join(outDir(), 'app.log');
  await resetSchema(database, E2E_SCHEMA);
  const app = new AppServer({
    java: javaPath(),
    jar,
    database,
    classpathOverrideDir,
    logFile,
    admin: ADMIN,
    jvmOptions: appJvmOptions(),
  });
  const started = Date.now();
  try {
    await app.start();
  } catch (error) {
    rmSync(classpathOverrideDir, { recursive: true, force: true });
    throw error;
  }
  console.log(
    `[e2e] app UP at ${app.baseURL} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(schema ${E2E_SCHEMA}, log ${logFile})`,
  );
  const control = await controlEndpoint(app);
  const e2e: E2eContext = { baseURL: app.baseURL, staticDir, controlURL: control.url };
  project.provide('e2e', e2e);

  return async () => {
    await new Promise((resolve) => control.server.close(resolve));
    await app.stop();
    rmSync(classpathOverrideDir, { recursive: true, force: true });
  };
}

/** `POST /<action>` runs one {@link AppServer} operation and answers when it is done. */
async function controlEndpoint(app: AppServer): Promise<{ server: Server; url: string }> {
  const actions: Record<string, () => Promise<void>> = {
    '/stop': () => app.stop(),
    '/kill9': () => app.kill9(),
    '/start': () => app.start(),
    '/restart': () => app.restart(),
    '/ensure-running': () => (app.running ? Promise.resolve() : app.start()),
  };
  // One operation at a time, in the order asked.
  let queue: Promise<unknown> = Promise.resolve();
  const server = createServer((request, response) => {
    const action = request.method === 'POST' ? actions[request.url ?? ''] : undefined;
    if (action === undefined) {
      response.writeHead(404).end();
      return;
    }
    queue = queue.then(action).then(
      () => response.writeHead(204).end(),
      (error: unknown) =>
        response
          .writeHead(500, { 'Content-Type': 'text/plain' })
          .end(error instanceof Error ? error.message : String(error)),
    );
  });
  server.requestTimeout = 0; // a start may take minutes
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) {
    throw new Error('The control endpoint has no port');
  }
  return { server, url: `http://127.0.0.1:${address.port}` };
}
