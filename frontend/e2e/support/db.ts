/**
 * Direct reads of what the app stored in the `e2e` schema, for checks the API does not show
 * (e.g. exactly one stock movement per sale line). The pool opens on first use and is closed
 * after each test file by {@link ./setup.ts}.
 *
 * @example
 * ```ts
 * expect(await db.count('stock_movements', 'product_id = $1', [sugar.id])).toBe(2);
 * ```
 *
 * @packageDocumentation
 */
import pg from 'pg';
import { E2E_SCHEMA, pgConfig } from './env';

let pool: pg.Pool | undefined;

function connection(): pg.Pool {
  pool ??= new pg.Pool({ ...pgConfig(undefined, E2E_SCHEMA), max: 2 });
  return pool;
}

/** Queries of the app's schema. */
export const db = {
  /** Rows of any query; `$1`, `$2`... take `params`. */
  async query<Row extends Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
  ): Promise<Row[]> {
    return (await connection().query<Row>(sql, params)).rows;
  },

  /** `SELECT count(*) FROM <table> [WHERE <where>]`. */
  async count(table: string, where?: string, params: unknown[] = []): Promise<number> {
    if (!/^[a-z_][a-z0-9_]*$/.test(table)) {
      throw new Error(`Not a table name: ${table}`);
    }
    const sql = `SELECT count(*) AS n FROM ${table}${where === undefined ? '' : ` WHERE ${where}`}`;
    const [row] = await db.query<{ n: string }>(sql, params);
    return Number(row?.n);
  },
};

/** Closes the pool (it opens again on next use). */
export async function closeDb(): Promise<void> {
  const open = pool;
  pool = undefined;
  await open?.end();
}
