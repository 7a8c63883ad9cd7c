/**
 * `npm run package`: the Chrome and Firefox archives and the sources archive addons.mozilla.org's
 * reviewers ask for. Packaging twice gives byte-identical archives, each holds what it should,
 * and the sources rebuild the Firefox archive's files exactly.
 *
 * Each packaging run goes to a temporary folder of its own (EXTENSION_OUT_DIR, see
 * wxt.config.ts): the e2e tests load `.output/` at the same time, and it must not change under them.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/support/settings';

const run = promisify(execFile);

const { name, version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** The archives one packaging run makes; their names carry package.json's version. */
const ARCHIVES = {
  chrome: `${name}-${version}-chrome.zip`,
  firefox: `${name}-${version}-firefox.zip`,
  sources: `${name}-${version}-sources.zip`,
} as const;
type Archive = keyof typeof ARCHIVES;
const EXTENSION_ARCHIVES = ['chrome', 'firefox'] as const;

/** What a reviewer gets: the build's inputs and the README, by top-level name. */
const SOURCES_TOP_LEVEL = ['README.md', 'components', 'entrypoints', 'lib', 'package-lock.json', 'package.json', 'public', 'tsconfig.json', 'wxt.config.ts'];

const WXT = join(REPO_ROOT, 'node_modules/wxt/bin/wxt.mjs');

type Entries = Record<string, Uint8Array>;

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Every file under `dir`, by its path relative to `dir` with forward slashes. */
function readTree(dir: string): Entries {
  const entries: Entries = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    entries[relative(dir, path).split('\\').join('/')] = readFileSync(path);
  }
  return entries;
}

function extract(entries: Entries, dir: string): void {
  for (const [path, content] of Object.entries(entries)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

const asText = (content: Uint8Array | undefined): string => new TextDecoder().decode(content);

/** Hex digests of `entries`, for comparisons whose failure shows which file differs. */
const digests = (entries: Entries): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).map(([path, content]) => [path, createHash('sha256').update(content).digest('hex')]));

interface PackagingRun {
  readonly outDir: string;
  readonly sha256: Record<Archive, string>;
  readonly entries: Record<Archive, Entries>;
}

let scratch = '';
const runs: PackagingRun[] = [];

async function packageInto(outDir: string): Promise<PackagingRun> {
  await run('npm', ['run', 'package'], { cwd: REPO_ROOT, env: { ...process.env, EXTENSION_OUT_DIR: outDir } });
  const archive = (kind: Archive): string => join(outDir, ARCHIVES[kind]);
  const kinds = Object.keys(ARCHIVES) as Archive[];
  return {
    outDir,
    sha256: Object.fromEntries(kinds.map((kind) => [kind, sha256(archive(kind))])) as Record<Archive, string>,
    entries: Object.fromEntries(kinds.map((kind) => [kind, unzipSync(readFileSync(archive(kind)))])) as Record<Archive, Entries>,
  };
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'gh-package-'));
  // One after the other: both write WXT's generated types into the repository's .wxt/.
  for (const label of ['first', 'second']) runs.push(await packageInto(join(scratch, label)));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const first = (): PackagingRun => runs[0]!;

it('gives byte-identical archives when run twice', () => {
  expect(runs).toHaveLength(2);
  expect(runs[1]!.sha256).toEqual(first().sha256);
});

describe.each(EXTENSION_ARCHIVES)('the %s archive', (browser) => {
  const entries = (): Entries => first().entries[browser];
  const manifest = () =>
    JSON.parse(asText(entries()['manifest.json'])) as { version?: string; content_scripts?: { js?: string[]; css?: string[] }[] };

  it('holds the build file for file', () => {
    expect(digests(entries())).toEqual(digests(readTree(join(first().outDir, `${browser}-mv3`))));
  });

  it("has package.json's version in its manifest", () => {
    expect(manifest().version).toBe(version);
  });

  it('holds every content script its manifest declares', () => {
    const declared = (manifest().content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((path) => !(path in entries()))).toEqual([]);
  });

  it('has no source maps and no references to any', () => {
    const paths = Object.keys(entries());
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([]);
    expect(paths.filter((path) => asText(entries()[path]).includes('sourceMappingURL'))).toEqual([]);
  });

  it('names no folder of the machine that built it', () => {
    const folders = [REPO_ROOT, first().outDir];
    expect(Object.keys(entries()).filter((path) => folders.some((folder) => asText(entries()[path]).includes(folder)))).toEqual([]);
  });
});

describe('the sources archive', () => {
  const paths = (): string[] => Object.keys(first().entries.sources);

  it('holds the build inputs, the lock file and the README, and nothing else', () => {
    expect([...new Set(paths().map((path) => path.split('/')[0]))].sort()).toEqual(SOURCES_TOP_LEVEL);
    expect(paths()).toContain('package-lock.json');
    expect(paths().filter((path) => path.split('/').includes('node_modules'))).toEqual([]);
  });

  it("rebuilds the Firefox archive's files exactly", async () => {
    // As a reviewer would, with `npm ci` replaced by this repository's node_modules (no network in tests).
    const tree = join(scratch, 'review');
    extract(first().entries.sources, tree);
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    const outDir = join(scratch, 'review-output');
    await run(process.execPath, [WXT, 'build', '-b', 'firefox'], { cwd: tree, env: { ...process.env, EXTENSION_OUT_DIR: outDir } });
    expect(digests(readTree(join(outDir, 'firefox-mv3')))).toEqual(digests(first().entries.firefox));
  });
});
