/**
 * The built manifests ask for nothing beyond what the extension needs: exactly the allowed
 * permissions, content scripts and host permissions on the exact portal hosts only, nothing
 * exposed to web pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_SCRIPT } from '../../lib/content/bridge';
import { PORTAL_MATCH_PATTERNS } from '../../lib/portal/hosts';
import { readBuiltManifest } from './support/extension-build';
import { ALLOWED_HOST_PERMISSIONS, ALLOWED_PERMISSIONS, FORBIDDEN_MANIFEST_KEYS } from './support/manifest-policy';
import { BROWSER_NAMES, EXTENSION_BUILDS } from './support/settings';

const sorted = (values: readonly string[]): string[] => [...values].sort();

describe.each(BROWSER_NAMES)('the %s build', (browser) => {
  it('is a Manifest V3 extension', () => {
    expect(readBuiltManifest(browser).manifest_version).toBe(3);
  });

  it('asks for exactly the allowed permissions', () => {
    expect(sorted(readBuiltManifest(browser).permissions ?? [])).toEqual(sorted(ALLOWED_PERMISSIONS));
  });

  it('runs content scripts on exactly the portal hosts, with no wildcard host', () => {
    const matches = (readBuiltManifest(browser).content_scripts ?? []).flatMap((script) => script.matches);
    expect(sorted(matches)).toEqual(sorted(PORTAL_MATCH_PATTERNS));
    expect(matches.filter((pattern) => pattern.includes('*.'))).toEqual([]);
  });

  it('has host permissions for exactly the portal hosts, where the content script already runs', () => {
    const manifest = readBuiltManifest(browser);
    expect(sorted(manifest.host_permissions ?? [])).toEqual(sorted(ALLOWED_HOST_PERMISSIONS));
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('injects the in-page engine from its own package, and declares it nowhere a page could load it', () => {
    const manifest = readBuiltManifest(browser);
    expect(existsSync(join(EXTENSION_BUILDS[browser], ENGINE_SCRIPT))).toBe(true);
    expect((manifest.content_scripts ?? []).flatMap((script) => script.js ?? [])).not.toContain(ENGINE_SCRIPT.slice(1));
  });

  it('exposes nothing to web pages or other extensions', () => {
    expect(FORBIDDEN_MANIFEST_KEYS.filter((key) => key in readBuiltManifest(browser))).toEqual([]);
  });
});

describe('the Firefox build', () => {
  const gecko = () => readBuiltManifest('firefox').browser_specific_settings?.gecko;

  it('has an add-on id', () => {
    expect(gecko()?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  });

  it('needs Firefox 140 or newer', () => {
    expect(gecko()?.strict_min_version).toBe('140.0');
  });

  it('declares that it collects no data', () => {
    expect(gecko()?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
