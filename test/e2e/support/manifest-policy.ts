/**
 * What the built manifests may ask for, checked by test/e2e/build.test.ts. Every permission
 * is a promise to the people who install the extension: adding one needs a reason here.
 */

/**
 * API permissions, the whole list. `storage`: the profile and settings, kept on this computer.
 * The portal hosts come from PORTAL_MATCH_PATTERNS (lib/portal/hosts.ts), not from here.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = ['storage'];

/** Manifest keys that would open the extension to web pages or other extensions. */
export const FORBIDDEN_MANIFEST_KEYS: readonly string[] = ['externally_connectable', 'web_accessible_resources'];
