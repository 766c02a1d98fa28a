/**
 * Where the end-to-end harness finds its inputs and puts its outputs. Maven's `e2e` module sets the
 * environment; run by hand (`npm run e2e` in `frontend/`) the defaults fit a checkout built with
 * `mvn -B -DskipTests package`.
 *
 * @packageDocumentation
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientConfig } from 'pg';

const frontendDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The schema the app under test uses (`BIDHAA_E2E_SCHEMA`, default `e2e`; the browser benchmarks use
 * their own); the backend tests own `public` of the same database.
 */
export const E2E_SCHEMA = process.env['BIDHAA_E2E_SCHEMA'] ?? 'e2e';

/** The first admin the app creates in the empty schema. */
export const ADMIN = { username: 'admin', password: 'e2e-admin-secret-1' } as const;

/** The executable jar under test (`BIDHAA_JAR`). */
export function jarPath(): string {
  return process.env['BIDHAA_JAR'] ?? resolve(frontendDir, '../backend/target/bidhaa-pos.jar');
}

/** The `java` that runs the jar (`BIDHAA_JAVA`; Maven passes its own). */
export function javaPath(): string {
  return process.env['BIDHAA_JAVA'] ?? 'java';
}

/** Where logs and screenshots go (`BIDHAA_E2E_OUT`, normally `e2e/target/`). */
export function outDir(): string {
  return process.env['BIDHAA_E2E_OUT'] ?? resolve(frontendDir, '../e2e/target');
}

/**
 * JVM options of the app: C1 only, which starts faster and is enough for tests; with
 * `BIDHAA_APP_FULL_JIT=true` (benchmarks) none, so the JVM reaches its peak speed.
 */
export function appJvmOptions(): string[] {
  return process.env['BIDHAA_APP_FULL_JIT'] === 'true' ? [] : ['-XX:TieredStopAtLevel=1'];
}

/** Chromium to drive (`CHROMIUM_PATH`); Debian's package by default. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/** The test database, named as the backend tests name it. */
export interface TestDatabase {
  /** JDBC URL (`BIDHAA_TEST_DB_URL`), without the schema. */
  readonly jdbcUrl: string;
  readonly user: string;
  readonly password: string;
}

/** The test database from `BIDHAA_TEST_DB_URL`, `_USER` and `_PASSWORD` (defaults as the backend's). */
export function testDatabase(): TestDatabase {
  return {
    jdbcUrl: process.env['BIDHAA_TEST_DB_URL'] ?? 'jdbc:postgresql://127.0.0.1:5432/bidhaa_test',
    user: process.env['BIDHAA_TEST_DB_USER'] ?? 'bidhaa',
    password: process.env['BIDHAA_TEST_DB_PASSWORD'] ?? 'bidhaa',
  };
}

/** The JDBC URL that makes the app use {@link E2E_SCHEMA} (Flyway migrates it, sessions live there). */
export function appJdbcUrl(database: TestDatabase = testDatabase()): string {
  const separator = database.jdbcUrl.includes('?') ? '&' : '?';
  return `${database.jdbcUrl}${separator}currentSchema=${E2E_SCHEMA}`;
}

/**
 * Connection settings for the `pg` package from a `jdbc:postgresql://host:port/database` URL.
 *
 * @param searchPath - schema to put first on the search path, if any
 */
export function pgConfig(
  database: TestDatabase = testDatabase(),
  searchPath?: string,
): ClientConfig {
  if (!database.jdbcUrl.startsWith('jdbc:postgresql://')) {
    throw new Error(`Expected a jdbc:postgresql://host:port/database URL, got ${database.jdbcUrl}`);
  }
  const url = new URL(database.jdbcUrl.slice('jdbc:'.length));
  return {
    host: url.hostname || '127.0.0.1',
    port: url.port === '' ? 5432 : Number(url.port),
    database: decodeURIComponent(url.pathname.slice(1)),
    user: database.user,
    password: database.password,
    ...(searchPath === undefined ? {} : { options: `-c search_path=${searchPath}` }),
  };
}
