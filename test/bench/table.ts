/**
 * The figures `npm run bench` reports: each with its goal and whether it is met, printed as one
 * table and kept as JSON (`BENCH.output`) for later use. test/bench/run.mjs prints the table
 * file after everything else, so it is the last thing a person sees.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../e2e/support/settings';
import { BENCH } from './goals';
import type { Summary } from './statistics';

export interface Figure {
  readonly name: string;
  /** The number compared with the goal (its unit is in `shown`); null when it could not be measured. */
  readonly value: number | null;
  /** The number as printed, with its unit. */
  readonly shown: string;
  /** The goal as printed; null for figures without one. */
  readonly goal: string | null;
  /** null: no goal, or not measured. */
  readonly met: boolean | null;
  /** How it was measured and the raw numbers behind it. */
  readonly detail: string;
}

export type Unit = (value: number) => string;

export const milliseconds: Unit = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const kilobytes: Unit = (value) => `${(value / 1024).toFixed(1)} KB`;
export const times: Unit = (value) => `${value.toFixed(2)}×`;
export const percent: Unit = (value) => `${(value * 100).toFixed(2)} %`;

/** A figure whose goal is an upper limit. */
export function atMost(name: string, value: number, limit: number, unit: Unit, detail: string): Figure {
  return { name, value, shown: unit(value), goal: `≤ ${unit(limit)}`, met: value <= limit, detail };
}

/** A figure shown for information; `shown` is the number as printed (with more than one unit if need be). */
export function withoutGoal(name: string, value: number, shown: string, detail: string): Figure {
  return { name, value, shown, goal: null, met: null, detail };
}

export function notMeasured(name: string, goal: string | null, error: unknown): Figure {
  const reason = error instanceof Error ? error.message : String(error);
  return { name, value: null, shown: 'not measured', goal, met: null, detail: reason.split('\n')[0] ?? reason };
}

/** `median (of n; min–max)` for a detail column. */
export function describeSamples(summary: Summary, unit: Unit): string {
  return `median of ${summary.count}; min ${unit(summary.min)}, max ${unit(summary.max)}`;
}

const COLUMNS = ['Figure', 'Measured', 'Goal', 'Met', 'How'] as const;
/** The «How» column is wrapped at this width, so that a row fits a terminal. */
const HOW_WIDTH = 90;

function cells(figure: Figure): readonly string[] {
  const met = figure.met === null ? '—' : figure.met ? 'yes' : 'NO';
  return [figure.name, figure.shown, figure.goal ?? '—', met, figure.detail];
}

/**
 * Greedy wrap that breaks after a comma or semicolon where it can (so «min 75.8 ms» stays on one
 * line), and between words only inside a clause longer than `width`.
 */
function wrap(text: string, width: number): string[] {
  const pieces = text.split(/(?<=[,;]) /).flatMap((clause) => (clause.length <= width ? [clause] : clause.split(' ')));
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + piece.length <= width) lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(piece);
  }
  return lines;
}

export function formatTable(figures: readonly Figure[], heading: string): string {
  const rows = figures.map(cells);
  const widths = COLUMNS.map((name, column) => Math.max(name.length, ...rows.map((row) => (column === COLUMNS.length - 1 ? HOW_WIDTH : row[column]!.length))));
  const line = (row: readonly string[]): string => row.map((cell, column) => cell.padEnd(widths[column]!)).join(' │ ').trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─');
  const body = rows.flatMap((row) => {
    const [first = '', ...rest] = wrap(row[COLUMNS.length - 1]!, HOW_WIDTH);
    const blank = row.slice(0, -1).map(() => '');
    return [line([...row.slice(0, -1), first]), ...rest.map((more) => line([...blank, more]))];
  });
  return [heading, line(COLUMNS), rule, ...body].join('\n') + '\n';
}

/** Writes the JSON and the printed table (BENCH.output); returns the table. */
export function writeReport(figures: readonly Figure[], environment: Readonly<Record<string, string>>): string {
  const heading = `npm run bench — ${Object.entries(environment).map(([key, value]) => `${key}: ${value}`).join('; ')}`;
  const table = formatTable(figures, heading);
  const json = join(REPO_ROOT, BENCH.output.json);
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, JSON.stringify({ environment, figures }, null, 2) + '\n');
  writeFileSync(join(REPO_ROOT, BENCH.output.table), table);
  return table;
}
