/**
 * Prints the table of figures after vitest's own summary, so it is the last thing a person sees
 * (the figures' worker writes it, test/bench/table.ts). A table left by an earlier run is removed
 * first: it must not be shown as this run's.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter } from 'vitest/reporters';
import { REPO_ROOT } from '../e2e/support/settings';
import { BENCH } from './goals';

const TABLE = join(REPO_ROOT, BENCH.output.table);

export default class FiguresTableReporter implements Reporter {
  onInit(): void {
    rmSync(TABLE, { force: true });
  }

  onTestRunEnd(): void {
    process.stdout.write(existsSync(TABLE) ? `\n${readFileSync(TABLE, 'utf8')}` : '\nbench: no table of figures was written (see the errors above)\n');
  }
}
