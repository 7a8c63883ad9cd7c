/** The framework replica pages load scripts bundled from npm libraries; this builds them once per test file. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from './settings';

export function buildFrameworkFixtures(): void {
  const built = spawnSync(process.execPath, [join(REPO_ROOT, 'test/fixtures/frameworks/build.mjs')], { encoding: 'utf8' });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
}
