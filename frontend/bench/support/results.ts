/**
 * The benchmark figures in the format shared with the server-side benchmarks (`bench/` module):
 * rows grouped, each with every run, median, min and max, and the name of the row of its group it
 * is measured against (null for that baseline row itself).
 *
 * @packageDocumentation
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine';

/** One figure: what was measured, in which unit, and every run. */
export interface ResultRow {
  readonly group: string;
  readonly name: string;
  readonly unit: string;
  readonly higher_is_better: boolean;
  readonly runs: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly baseline: string | null;
}

/** What a row is, before its runs are known. */
export interface RowSpec {
  readonly group: string;
  readonly name: string;
  readonly unit: string;
  readonly higherIsBetter: boolean;
  /** The `name` of the baseline row of the same group; omit for a baseline row. */
  readonly baseline?: RowSpec;
}

/** The whole results file. */
export interface Results {
  readonly title: string;
  readonly machine: Machine;
  readonly notes: readonly string[];
  readonly rows: readonly ResultRow[];
}

/** The median (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A row of `spec` with its runs summarised; runs are rounded to 4 significant digits. */
export function resultRow(spec: RowSpec, runs: readonly number[]): ResultRow {
  if (runs.length === 0) {
    throw new Error(`No runs for "${spec.name}"`);
  }
  const rounded = runs.map(round);
  return {
    group: spec.group,
    name: spec.name,
    unit: spec.unit,
    higher_is_better: spec.higherIsBetter,
    runs: rounded,
    median: round(median(runs)),
    min: Math.min(...rounded),
    max: Math.max(...rounded),
    baseline: spec.baseline?.name ?? null,
  };
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}

/** Rows and notes gathered while the benchmarks run, written once at the end. */
export class ResultsCollector {
  readonly #rows: ResultRow[] = [];
  readonly #notes: string[] = [];

  /** Adds a row (its baseline row should be added too, by the same benchmark). */
  add(spec: RowSpec, runs: readonly number[]): void {
    this.#rows.push(resultRow(spec, runs));
  }

  /** Adds a line of free text for the report. */
  note(line: string): void {
    this.#notes.push(line);
  }

  /** Writes `browser-results.json` into `dir` and answers its path. */
  write(dir: string, machine: Machine): string {
    const results: Results = {
      title: 'Browser',
      machine,
      notes: this.#notes,
      rows: this.#rows,
    };
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'browser-results.json');
    writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
    return path;
  }

  /** The rows as a plain-text table with each row's ratio to its baseline. */
  table(): string {
    const header = ['group', 'benchmark', 'median', 'min', 'max', 'unit', 'vs baseline'];
    const lines = this.#rows.map((row) => [
      row.group,
      row.name,
      String(row.median),
      String(row.min),
      String(row.max),
      row.unit,
      ratio(row, this.#rows),
    ]);
    const widths = header.map((title, column) =>
      Math.max(title.length, ...lines.map((line) => (line[column] as string).length)),
    );
    const format = (cells: readonly string[]) =>
      cells.map((cell, column) => cell.padEnd(widths[column] as number)).join('  ');
    return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)]
      .concat(this.#notes.map((line) => `* ${line}`))
      .join('\n');
  }
}

/** The row's median as a multiple of its baseline's (`0.42×`), or `baseline`. */
function ratio(row: ResultRow, rows: readonly ResultRow[]): string {
  if (row.baseline === null) {
    return 'baseline';
  }
  const base = rows.find((other) => other.group === row.group && other.name === row.baseline);
  return base === undefined || base.median === 0
    ? '?'
    : `${(row.median / base.median).toPrecision(3)}×`;
}
