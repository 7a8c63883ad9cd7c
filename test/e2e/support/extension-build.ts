/**
 * The built extension as the browsers load it. Each launch loads a private copy of the build
 * with one addition, an empty harness page (HARNESS_PAGE), where tests evaluate code with the
 * extension's privileges without running the popup's or the options page's scripts.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserName, EXTENSION_BUILDS, HARNESS_PAGE, HARNESS_PAGE_HTML } from './settings';

/** The parts of a built manifest the harness and the build test read. */
export interface BuiltManifest {
  readonly manifest_version: number;
  readonly permissions?: readonly string[];
  readonly host_permissions?: readonly string[];
  readonly optional_host_permissions?: readonly string[];
  readonly content_scripts?: readonly { readonly matches: readonly string[]; readonly js?: readonly string[] }[];
  readonly browser_specific_settings?: {
    readonly gecko?: {
      readonly id?: string;
      readonly strict_min_version?: string;
      readonly data_collection_permissions?: { readonly required?: readonly string[]; readonly optional?: readonly string[] };
    };
  };
  readonly [key: string]: unknown;
}

export function readBuiltManifest(browser: BrowserName): BuiltManifest {
  const path = join(EXTENSION_BUILDS[browser], 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build the extension first (npm run build, or npm test which builds)`);
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}

/** Copies the build into `dir` and adds the harness page; returns `dir`. */
export function stageExtension(browser: BrowserName, dir: string): string {
  readBuiltManifest(browser); // fails with a clear message when there is no build
  cpSync(EXTENSION_BUILDS[browser], dir, { recursive: true });
  writeFileSync(join(dir, HARNESS_PAGE), HARNESS_PAGE_HTML);
  return dir;
}
