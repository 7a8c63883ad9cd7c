/**
 * How the helper's pages look for this person: larger type and high contrast for weak eyes.
 * A UI preference only, no personal data; stored by the helper's pages and passed to components.
 */
import { browser } from 'wxt/browser';
import type { StorageArea } from '../storage/area';
import { defineRecord, type StoredRecord } from '../storage/record';
import { z } from '../zod';

export const DisplayPrefsSchema = z.object({
  version: z.literal(1),
  largeType: z.boolean(),
  highContrast: z.boolean(),
});
export type DisplayPrefs = z.infer<typeof DisplayPrefsSchema>;

export const DEFAULT_DISPLAY_PREFS: DisplayPrefs = { version: 1, largeType: false, highContrast: false };

export const DISPLAY_PREFS_KEY = 'display-prefs';

export function displayPrefsStore(area: StorageArea = browser.storage.local): StoredRecord<DisplayPrefs> {
  return defineRecord({ area, key: DISPLAY_PREFS_KEY, schema: DisplayPrefsSchema, empty: DEFAULT_DISPLAY_PREFS });
}
