/**
 * The app under test: the real jar as a child process on PostgreSQL, in its own schema.
 * {@link ./global-setup.ts} starts one for the whole run; tests reach it through
 * {@link ./context.ts}.
 *
 * @packageDocumentation
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import pg from 'pg';
import { appJdbcUrl, pgConfig, type TestDatabase } from './env';

/** How to run the jar. */
export interface AppServerOptions {
  readonly java: string;
  readonly jar: string;
  readonly database: TestDatabase;
  /**
   * Put on the class path before the jar's own entries (Spring Boot's `loader.path`), so
   * `<classpathOverrideDir>/static/sw.js` is what the app serves as `/sw.js`, whichever resource
   * handler serves it. Files are looked up on every request: adding or removing one acts at once.
   */
  readonly classpathOverrideDir: string;
  /** The app's stdout and stderr, appended across restarts. */
  readonly logFile: string;
  readonly admin: { readonly username: string; readonly password: string };
  /** Options for the JVM, before the class path. */
  readonly jvmOptions: readonly string[];
  /** Default: a free port, kept across restarts (the browser's origin must not change). */
  readonly port?: number;
  /** How long to wait for `/actuator/health` to say UP. Default 120 s: the machine is slow under load. */
  readonly startTimeoutMs?: number;
}

const STOP_GRACE_MS = 10_000;

/** The jar as a child process; `start`, `stop`, `kill9` and `restart` keep the same port. */
export class AppServer {
  readonly #options: AppServerOptions;
  #port: number | undefined;
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();

  constructor(options: AppServerOptions) {
    this.#options = options;
    this.#port = options.port;
    process.once('exit', () => this.#child?.kill('SIGKILL'));
  }

  /** `http://127.0.0.1:<port>`; known once started. */
  get baseURL(): string {
    if (this.#port === undefined) {
      throw new Error('The app has not been started yet');
    }
    return `http://127.0.0.1:${this.#port}`;
  }

  /** Whether the process is alive (it may still be starting). */
  get running(): boolean {
    return this.#child !== undefined;
  }

  /** Starts the jar and waits until its health is UP; fails with the log's tail if it is not. */
  async start(): Promise<void> {
    if (this.#child !== undefined) {
      throw new Error(`The app is already running at ${this.baseURL}`);
    }
    this.#port ??= await freePort();
    const { java, jar, database, classpathOverrideDir, logFile, admin, jvmOptions } = this.#options;
    mkdirSync(dirname(logFile), { recursive: true });
    const log = openSync(logFile, 'a');
    writeSync(
      log,
      `\n==== e2e: starting ${jar} on port ${this.#port} at ${new Date().toISOString()}\n`,
    );
    const child = spawn(
      java,
      [
        ...jvmOptions,
        // The jar as `java -jar` runs it, but with PropertiesLauncher, which honours loader.path.
        `-Dloader.path=${classpathOverrideDir}`,
        '-cp',
        jar,
        'org.springframework.boot.loader.launch.PropertiesLauncher',
        `--server.port=${this.#port}`,
        '--server.address=127.0.0.1',
      ],
      {
        env: {
          ...process.env,
          SPRING_DATASOURCE_URL: appJdbcUrl(database),
          SPRING_DATASOURCE_USERNAME: database.user,
          SPRING_DATASOURCE_PASSWORD: database.password,
          BIDHAA_ADMIN_USERNAME: admin.username,
          BIDHAA_ADMIN_PASSWORD: admin.password,
        },
        stdio: ['ignore', log, log],
      },
    );
    closeSync(log);
    this.#child = child;
    this.#exited = new Promise((resolve) => {
      const gone = () => {
        if (this.#child === child) {
          this.#child = undefined;
        }
        resolve();
      };
      child.once('exit', gone);
      child.once('error', (error) => {
        console.error(`[e2e] cannot run ${java}: ${error.message}`);
        gone();
      });
    });
    await this.#waitUntilHealthy(child);
  }

  /** SIGTERM (graceful shutdown), then SIGKILL after 10 s. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (child === undefined) {
      return;
    }
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await this.#exited;
    clearTimeout(timer);
  }

  /** Kills the process at once, as a power cut would. */
  async kill9(): Promise<void> {
    this.#child?.kill('SIGKILL');
    await this.#exited;
  }

  /** Stops (gracefully) and starts again on the same port. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async #waitUntilHealthy(child: ChildProcess): Promise<void> {
    const timeoutMs = this.#options.startTimeoutMs ?? 120_000;
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (this.#child !== child) {
        throw new Error(
          `The app exited with ${String(child.exitCode ?? child.signalCode)} while starting.\n` +
            this.#logTail(),
        );
      }
      if (await isUp(this.baseURL)) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await this.kill9();
    throw new Error(`The app was not UP after ${timeoutMs / 1000} s.\n${this.#logTail()}`);
  }

  #logTail(lines = 60): string {
    const text = readFileSync(this.#options.logFile, 'utf8').split('\n');
    return `Last lines of ${this.#options.logFile}:\n${text.slice(-lines).join('\n')}`;
  }
}

async function isUp(baseURL: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseURL}/actuator/health`, {
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok && ((await response.json()) as { status?: string }).status === 'UP';
  } catch {
    return false;
  }
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Drops and recreates `schema` in the test database, so the app migrates it from scratch.
 * Never call it with `public`: the backend tests own that schema.
 */
export async function resetSchema(database: TestDatabase, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema) || schema === 'public') {
    throw new Error(`Refusing to reset schema ${schema}`);
  }
  const client = new pg.Client(pgConfig(database));
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `No PostgreSQL test database at ${database.jdbcUrl} (user ${database.user}): ${String(error)}\n` +
        'Start one and create the database (pg_ctlcluster 15 main start; see the README), ' +
        'or point -Dbidhaa.test.db.url / BIDHAA_TEST_DB_URL at another. .ci/run does all of this.',
      { cause: error },
    );
  }
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`CREATE SCHEMA ${schema} AUTHORIZATION CURRENT_USER`);
  } finally {
    await client.end();
  }
}
