/**
 * The built manifests ask for nothing beyond what the extension needs: exactly the allowed
 * permissions, content scripts on the exact portal hosts only, nothing exposed to web pages.
 */
import { describe, expect, it } from 'vitest';
import { PORTAL_MATCH_PATTERNS } from '../../lib/portal/hosts';
import { readBuiltManifest } from './support/extension-build';
import { ALLOWED_PERMISSIONS, FORBIDDEN_MANIFEST_KEYS } from './support/manifest-policy';
import { BROWSER_NAMES } from './support/settings';

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

  it('has no host permissions beyond the portal hosts', () => {
    const manifest = readBuiltManifest(browser);
    const hostPermissions = [manifest.host_permissions, manifest.optional_host_permissions].flatMap((list) => list ?? []);
    expect(hostPermissions.filter((pattern) => !PORTAL_MATCH_PATTERNS.includes(pattern))).toEqual([]);
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
