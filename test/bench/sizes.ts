/**
 * Built sizes: each part of the extension (content scripts, the in-page engine, background, and
 * every HTML page — popup, options, memo) with the files it loads, as built (minified) and
 * gzipped at `BENCH.sizes.gzipLevel`. Only the content script, the core that loads on every
 * portal page, has a budget; the engine (lib/content/bridge.ts) is injected only into pages with
 * recognised fields or a command from the popup, and is listed as its own part.
 *
 * A page's files are its HTML, the scripts and stylesheets it names (`src`, `href`), and every
 * module those import, statically or dynamically, followed to the end. Chunks shared by several
 * pages count in each.
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

/** `src="…"`, `href="…"` of an HTML page; `from "…"`, `import "…"`, `import("…")` of a module. */
const HTML_REFERENCE = /\s(?:src|href)="([^"]+)"/g;
const MODULE_REFERENCE = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g;

function referencesOf(build: string, file: string): string[] {
  const text = readFileSync(join(build, file), 'utf8');
  const pattern = file.endsWith('.html') ? HTML_REFERENCE : file.endsWith('.js') ? MODULE_REFERENCE : null;
  if (pattern === null) return [];
  return [...text.matchAll(pattern)].flatMap(([, reference]) => {
    if (reference === undefined || /^[a-z]+:/i.test(reference)) return [];
    // `/chunks/x.js` is from the build's root, `./x.js` from the referring file.
    const path = reference.startsWith('/') ? reference.slice(1) : posix.join(posix.dirname(file), reference);
    return existsSync(join(build, path)) ? [posix.normalize(path)] : [];
  });
}

/** `entry` and everything it loads. */
function closure(build: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const reference of referencesOf(build, file)) visit(reference);
  };
  visit(entry);
  return [...seen];
}

function builtParts(build: string): BuiltPart[] {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as BuiltManifest;
  const contentScripts = (manifest.content_scripts ?? []).map((script, index, all) => ({
    name: all.length === 1 ? 'content script' : `content script ${index + 1}`,
    files: [...(script.js ?? []), ...(script.css ?? [])],
  }));
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  const pages = readdirSync(build).filter((file) => file.endsWith('.html'));
  const engine = ENGINE_SCRIPT.replace(/^\//, '');
  return [
    ...contentScripts.map((part) => ({ ...part, files: part.files.flatMap((file) => closure(build, file)) })),
    { name: ENGINE_PART, files: closure(build, engine) },
    ...(background === undefined ? [] : [{ name: 'background', files: closure(build, background) }]),
    ...pages.map((page) => ({ name: basename(page, '.html'), files: closure(build, page) })),
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

export function sizeFigures(): Figure[] {
  const { builds, contentScriptMinifiedBytes, contentScriptGzippedBytes, gzipLevel } = BENCH.sizes;
  return builds.flatMap((relative) => {
    const build = join(REPO_ROOT, relative);
    if (!existsSync(join(build, 'manifest.json'))) throw new Error(`${relative} is not built (npm run build)`);
    const target = basename(build);
    return builtParts(build).flatMap((part): Figure[] => {
      const sizes = part.files.map((file) => sizeOf(build, file));
      const minified = total(sizes, (size) => size.minified);
      const gzipped = total(sizes, (size) => size.gzipped);
      const files = `files (minified/gzip ${gzipLevel}): ${describeFiles(sizes)}`;
      if (part.name.startsWith('content script')) {
        return [
          atMost(`Size, ${target} ${part.name}, minified`, minified, contentScriptMinifiedBytes, kilobytes, files),
          atMost(`Size, ${target} ${part.name}, gzipped`, gzipped, contentScriptGzippedBytes, kilobytes, `gzip level ${gzipLevel} of each file`),
        ];
      }
      const loaded = part.name === ENGINE_PART ? ', loaded only on portal pages with recognised fields or a popup command' : '';
      return [withoutGoal(`Size, ${target} ${part.name}`, minified, `${kilobytes(minified)} (gz ${kilobytes(gzipped)})${loaded}`, files)];
    });
  });
}
