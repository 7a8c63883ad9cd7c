#!/usr/bin/env node
/**
 * The README's test command: builds the extension for both browsers (the e2e tests load the
 * build), runs every vitest project (unit and real-browser e2e), and ends with the one line CI
 * reads: `tests: N passed, M failed`. Extra arguments go to vitest (e.g. `--project e2e`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const report = '.cache/vitest-report.json';
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
/**
 * A safety net only: every test, hook and browser close has a limit of its own. Should vitest
 * still hang, it gets SIGTERM, on which it stops its workers; their browsers die with them.
 */
const RUN_LIMIT_MS = 30 * 60 * 1000;

mkdirSync('.cache', { recursive: true });
// A report left by an earlier run must not be read as this run's.
rmSync(report, { force: true });

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', timeout: RUN_LIMIT_MS, killSignal: 'SIGTERM' },
);
if (run.error?.code === 'ETIMEDOUT') console.log(`vitest was stopped after ${RUN_LIMIT_MS / 60_000} minutes`);

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  // A file that failed has failures of its own, or none when it failed to load or a hook
  // failed: then its tests were skipped (the team writes no skipped tests), and count as failed.
  failed =
    results.numFailedTests +
    results.testResults
      .filter((file) => file.status === 'failed')
      .reduce((sum, file) => {
        const skipped = file.assertionResults.filter((test) => test.status === 'skipped' || test.status === 'pending').length;
        return sum + (file.assertionResults.length === 0 ? 1 : skipped);
      }, 0);
} catch {
  failed = 1;
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && run.status === 0 ? 0 : 1);
