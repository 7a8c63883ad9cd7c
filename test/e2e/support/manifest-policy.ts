/**
 * What the built manifests may ask for, checked by test/e2e/build.test.ts. The API permissions
 * are the one list in lib/manifest-permissions.ts (each with its reason), which wxt.config.ts
 * builds the manifest from; the portal hosts (content-script matches and host permissions alike)
 * come from PORTAL_MATCH_PATTERNS.
 */
export { MANIFEST_HOST_PERMISSIONS as ALLOWED_HOST_PERMISSIONS, MANIFEST_PERMISSIONS as ALLOWED_PERMISSIONS } from '../../../lib/manifest-permissions';

/** Manifest keys that would open the extension to web pages or other extensions. */
export const FORBIDDEN_MANIFEST_KEYS: readonly string[] = ['externally_connectable', 'web_accessible_resources'];
