/**
 * What the figures were measured on, in the shape the server-side benchmarks use too (their
 * `java` and `postgresql` stay null here: this file describes the browser side).
 *
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';

/** The machine of a results file. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memory: string;
  readonly os: string;
  readonly java: string | null;
  readonly postgresql: string | null;
  readonly chromium: string | null;
}

/** This machine, with the version Chromium reports (`browser.version()`). */
export function describeMachine(chromium: string | null): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${osName()} (Linux ${release()})`,
    java: null,
    postgresql: null,
    chromium,
  };
}

function cpuModel(): string {
  const info = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
}

function osName(): string {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(release)?.[1] ?? process.platform;
}
