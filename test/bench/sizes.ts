/**
 * Built sizes: each part of the extension (content scripts, the in-page engine, background, and
 * every HTML page — popup, options, memo) with the files it loads, as built (minified) and
 * gzipped at `BENCH.sizes.gzipLevel`. Only the content script, the core that loads on every
 * portal page, has a budget; `npm run bench` reports it and
 * test/release/content-script-budget.test.ts fails the test run beyond its tolerance. The engine
 * (lib/content/bridge.ts) is injected only into pages with recognised fields or a command from
 * the popup, and is listed as its own part.
 *
 * A page's files are its HTML, the scripts and stylesheets it names (`src`, `href`), and every
 * module those import, statically or dynamically, followed to the end. The content script is
 * every file the manifest declares under `content_scripts` and what those import statically:
 * what every portal page gets, not what may be loaded later on demand. Chunks shared by several
 * parts count in each.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ENGINE_SCRIPT } from '../../lib/content/bridge';
import { REPO_ROOT } from '../e2e/support/settings';
import { BENCH } from './goals';
import { atMost, kilobytes, withoutGoal, type Figure } from './table';

interface BuiltManifest {
  readonly content_scripts?: readonly { readonly js?: readonly string[]; readonly css?: readonly string[] }[];
  readonly background?: { readonly service_worker?: string; readonly scripts?: readonly string[] };
}

interface BuiltPart {
  readonly name: string;
  /** Paths inside the build, without a leading slash. */
  readonly files: readonly string[];
}

interface FileSize {
  readonly path: string;
  readonly minified: number;
  readonly gzipped: number;
}

const ENGINE_PART = 'in-page engine';

/** `src="…"`, `href="…"` of an HTML page. */
const HTML_REFERENCE = /\s(?:src|href)="([^"]+)"/g;
/** `from "…"`, `import "…"` of a module: loaded with it. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+)["']/g;
/** `import("…")` of a module: loaded when the code gets there, if ever. */
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["']([^"']+)["']/g;

type Loading = 'static' | 'static and dynamic';

function referencesOf(build: string, file: string, loading: Loading): string[] {
  const text = readFileSync(join(build, file), 'utf8');
  const patterns = file.endsWith('.html')
    ? [HTML_REFERENCE]
    : file.endsWith('.js')
      ? loading === 'static'
        ? [STATIC_IMPORT]
        : [STATIC_IMPORT, DYNAMIC_IMPORT]
      : [];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)]).flatMap(([, reference]) => {
    if (reference === undefined || /^[a-z]+:/i.test(reference)) return [];
    // `/chunks/x.js` is from the build's root, `./x.js` from the referring file.
    const path = reference.startsWith('/') ? reference.slice(1) : posix.join(posix.dirname(file), reference);
    return existsSync(join(build, path)) ? [posix.normalize(path)] : [];
  });
}

/** `entry` and everything it loads the `loading` way. */
function closure(build: string, entry: string, loading: Loading): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const reference of referencesOf(build, file, loading)) visit(reference);
  };
  visit(entry);
  return [...seen];
}

const CONTENT_SCRIPT = 'content script';

function builtParts(build: string): BuiltPart[] {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as BuiltManifest;
  // All declared scripts together: each of them runs on portal pages, so a page may get them all.
  const declared = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  const pages = readdirSync(build).filter((file) => file.endsWith('.html'));
  const engine = ENGINE_SCRIPT.replace(/^\//, '');
  return [
    ...(declared.length === 0 ? [] : [{ name: CONTENT_SCRIPT, files: [...new Set(declared.flatMap((file) => closure(build, file, 'static')))] }]),
    { name: ENGINE_PART, files: closure(build, engine, 'static and dynamic') },
    ...(background === undefined ? [] : [{ name: 'background', files: closure(build, background, 'static and dynamic') }]),
    ...pages.map((page) => ({ name: basename(page, '.html'), files: closure(build, page, 'static and dynamic') })),
  ];
}

function sizeOf(build: string, path: string): FileSize {
  const content = readFileSync(join(build, path));
  return { path, minified: content.length, gzipped: gzipSync(content, { level: BENCH.sizes.gzipLevel }).length };
}

function total(sizes: readonly FileSize[], pick: (size: FileSize) => number): number {
  return sizes.reduce((sum, size) => sum + pick(size), 0);
}

function describeFiles(sizes: readonly FileSize[]): string {
  return sizes.map((size) => `${size.path} ${kilobytes(size.minified)}/${kilobytes(size.gzipped)}`).join(', ');
}

/** A built part with its files' sizes and their sums. */
export interface MeasuredPart {
  /** The build's folder name: chrome-mv3, firefox-mv3. */
  readonly target: string;
  readonly name: string;
  readonly isContentScript: boolean;
  readonly minified: number;
  readonly gzipped: number;
  /** Each file as `path minified/gzipped`, for a report. */
  readonly files: string;
}

/** Every part of every build in `BENCH.sizes.builds`. */
export function measureBuilds(): MeasuredPart[] {
  return BENCH.sizes.builds.flatMap((relative) => {
    const build = join(REPO_ROOT, relative);
    if (!existsSync(join(build, 'manifest.json'))) throw new Error(`${relative} is not built (npm run build)`);
    return builtParts(build).map((part) => {
      const sizes = part.files.map((file) => sizeOf(build, file));
      return {
        target: basename(build),
        name: part.name,
        isContentScript: part.name === CONTENT_SCRIPT,
        minified: total(sizes, (size) => size.minified),
        gzipped: total(sizes, (size) => size.gzipped),
        files: describeFiles(sizes),
      };
    });
  });
}

export function sizeFigures(): Figure[] {
  const { contentScriptMinifiedBytes, contentScriptGzippedBytes, gzipLevel } = BENCH.sizes;
  return measureBuilds().flatMap((part): Figure[] => {
    const files = `files (minified/gzip ${gzipLevel}): ${part.files}`;
    const name = `Size, ${part.target} ${part.name}`;
    if (part.isContentScript) {
      return [
        atMost(`${name}, minified`, part.minified, contentScriptMinifiedBytes, kilobytes, files),
        atMost(`${name}, gzipped`, part.gzipped, contentScriptGzippedBytes, kilobytes, `gzip level ${gzipLevel} of each file`),
      ];
    }
    const loaded = part.name === ENGINE_PART ? ', loaded only on portal pages with recognised fields or a popup command' : '';
    return [withoutGoal(name, part.minified, `${kilobytes(part.minified)} (gz ${kilobytes(part.gzipped)})${loaded}`, files)];
  });
}
