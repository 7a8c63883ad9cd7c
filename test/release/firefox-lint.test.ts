/**
 * `npm run lint:firefox` (addons-linter, what addons.mozilla.org and `web-ext lint` run) on the
 * Firefox build: no errors, no notices, and no warnings but the explained ones, which the
 * README's «Firefox lint warnings» lists as well.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { EXTENSION_BUILDS, REPO_ROOT } from '../e2e/support/settings';

interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

interface LintReport {
  readonly errors: readonly LintMessage[];
  readonly notices: readonly LintMessage[];
  readonly warnings: readonly LintMessage[];
}

/**
 * Warnings that stay, each recognised by its code and the built code it points at.
 * Preact's renderer sets `innerHTML` from a component's `dangerouslySetInnerHTML` prop
 * (`dom.innerHTML = props.dangerouslySetInnerHTML.__html`); no component of ours passes it
 * (checked below), so the statement never runs. It is in every bundle that renders Preact.
 */
const EXPLAINED_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', statement: /\.innerHTML=\w+\.__html\b/ }] as const;

/** Ways to turn a string into markup; none belongs in our code, so Preact's path above stays unused. */
const MARKUP_FROM_STRINGS = /dangerouslySetInnerHTML|\.(?:inner|outer)HTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment/;
const OWN_CODE = ['entrypoints', 'components', 'lib'];

/** Characters either side of a warning's column searched for its statement. */
const STATEMENT_REACH = 60;

let report: LintReport;

beforeAll(async () => {
  // The script's own command, with JSON out; `--silent` keeps npm's banner out of it. The exit
  // status is 1 when there are errors, and the report says which.
  const lint = await promisify(execFile)('npm', ['run', '--silent', 'lint:firefox', '--', '--output', 'json'], { cwd: REPO_ROOT }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  report = JSON.parse(lint.stdout) as LintReport;
});

function builtCodeAround(warning: LintMessage): string {
  const line = readFileSync(join(EXTENSION_BUILDS.firefox, warning.file ?? ''), 'utf8').split('\n')[(warning.line ?? 1) - 1] ?? '';
  const column = warning.column ?? 0;
  return line.slice(Math.max(0, column - STATEMENT_REACH), column + STATEMENT_REACH);
}

it('reports no errors', () => {
  expect(report.errors).toEqual([]);
});

it('reports no notices', () => {
  expect(report.notices).toEqual([]);
});

it('reports no warnings but the explained ones', () => {
  const unexplained = report.warnings.filter(
    (warning) => !EXPLAINED_WARNINGS.some((explained) => explained.code === warning.code && explained.statement.test(builtCodeAround(warning))),
  );
  expect(unexplained).toEqual([]);
});

it('explains only warnings that still occur, each in the README', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Firefox lint warnings'));
  for (const { code } of EXPLAINED_WARNINGS) {
    expect(report.warnings.map((warning) => warning.code)).toContain(code);
    expect(section).toContain(code);
  }
});

it('our own code makes no markup from strings', () => {
  const offending = OWN_CODE.flatMap((dir) =>
    readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.(?:ts|tsx)$/.test(path))
      .filter((path) => MARKUP_FROM_STRINGS.test(readFileSync(join(REPO_ROOT, dir, path), 'utf8')))
      .map((path) => `${dir}/${path}`),
  );
  expect(offending).toEqual([]);
});
