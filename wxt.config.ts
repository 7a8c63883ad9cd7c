import { defineConfig } from 'wxt';
import { MANIFEST_PERMISSIONS } from './lib/manifest-permissions';

const FIREFOX_ADDON_ID = 'gosuslugi-helper@gosuslugi-helper.local';

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
});

