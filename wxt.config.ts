import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { MANIFEST_HOST_PERMISSIONS, MANIFEST_PERMISSIONS } from './lib/manifest-permissions';

const FIREFOX_ADDON_ID = 'gosuslugi-helper@gosuslugi-helper.local';

/** WXT's own `browser`: the browser's native API (`browser` in Firefox, `chrome` in Chrome), no polyfill. */
const NATIVE_BROWSER_MODULE = createRequire(import.meta.url).resolve('wxt/browser');

/**
 * The in-page code goes without webextension-polyfill (10 KB): the core on every portal page
 * (entrypoints/content.ts, 50 KB budget) uses only runtime messaging, which both browsers provide
 * natively with promises under Manifest V3, and answers through `sendResponse`, which both
 * browsers' own onMessage take; the engine (entrypoints/content-engine.ts) uses only the
 * synchronous i18n. The extension's own pages and the background keep the polyfill.
 */
const UNPOLYFILLED_ENTRYPOINTS: ReadonlySet<string> = new Set(['content', 'content-engine']);

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    permissions: [...MANIFEST_PERMISSIONS],
    host_permissions: [...MANIFEST_HOST_PERMISSIONS],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              strict_min_version: '140.0',
              // Nothing is collected or sent anywhere: the profile never leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // The administrator's policy (public terminal). Firefox reads its 3rdparty policy without a schema and does not know this key.
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  vite: () => ({
    build: { sourcemap: false },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => UNPOLYFILLED_ENTRYPOINTS.has(entrypoint.name))) return;
      // Ahead of the polyfill module's alias: the first matching alias wins.
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER_MODULE }, ...aliasList(config.resolve?.alias)] };
    },
  },
});


type AliasOption = NonNullable<NonNullable<import('vite').InlineConfig['resolve']>['alias']>;

function aliasList(alias: AliasOption | undefined): { find: string | RegExp; replacement: string }[] {
  if (alias === undefined) return [];
  return Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}
