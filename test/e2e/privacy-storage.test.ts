/**
 * Storage faults, met through the real options page: the profile was saved twice (so the store
 * holds the last copy and the one before it as its backup), then the last copy in `storage.local`
 * is damaged the ways a disk, a crash or a newer build damage it. The options page opens without
 * an error, shows the last good profile (the backup) and says in Russian what happened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { crc32Hex } from '../../lib/storage/checksum';
import { PROFILE_KEY } from '../../lib/store/records';
import { completeProfile } from '../fixtures/profile';
import { forEachBrowser } from './support/browsers';
import type { E2EPage } from './support/page';
import { seedProfileSaves } from './support/profile';
import { REPO_ROOT } from './support/settings';

const RUSSIAN_MESSAGES = JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales/ru/messages.json'), 'utf8')) as Record<string, { message: string }>;

function russian(key: string): string {
  const text = RUSSIAN_MESSAGES[key]?.message;
  if (text === undefined) throw new Error(`no Russian message ${key}`);
  return text;
}

/** The last good profile, kept as the backup once the newer one is saved over it. */
const LAST_GOOD = completeProfile();
/** Saved last; its copy is the one damaged. */
const NEWER = { ...completeProfile(), contacts: { ...completeProfile().contacts, email: 'ivanov@yandex.ru' } };

/** What the editor shows, by the label the person reads. */
const SHOWN_LABELS = ['Электронная почта', 'Фамилия', 'Номер паспорта'] as const;

/**
 * Ways the stored copy (`<checksum><json>`, lib/storage/record.ts) gets damaged, each from the
 * copy as stored, and the message the page must show for it.
 */
const DAMAGES: readonly { readonly name: string; readonly damage: (stored: string) => unknown; readonly message: string }[] = [
  { name: 'truncated JSON', damage: (stored) => stored.slice(0, Math.floor(stored.length / 2)), message: 'privacy_storage_recovered_damaged' },
  {
    name: 'a flipped byte',
    // One bit of one digit of the passport number: still valid JSON, still a valid profile; only the checksum tells.
    damage: (stored) => stored.replace('"123456"', `"12345${String.fromCharCode('6'.charCodeAt(0) ^ 1)}"`),
    message: 'privacy_storage_recovered_damaged',
  },
  {
    name: 'a future version',
    damage: () => {
      const json = JSON.stringify({ version: 2, profile: NEWER, addedLater: true });
      return crc32Hex(json) + json;
    },
    message: 'privacy_storage_recovered_future',
  },
  { name: 'an empty object', damage: () => ({}), message: 'privacy_storage_recovered_damaged' },
];

/** The editor's value for each label (the control the label's `for` names). */
function shownValues(page: E2EPage): Promise<Record<string, string>> {
  return page.evaluate(
    (labels) =>
      Object.fromEntries(
        labels.map((text) => {
          const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === text);
          const control = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
          return [text, control instanceof HTMLInputElement ? control.value : '(no field)'];
        }),
      ),
    [...SHOWN_LABELS],
  );
}

function alerts(page: E2EPage): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent?.trim() ?? ''));
}

forEachBrowser((browser) => {
  afterEach(async () => {
    await browser.evaluateInExtension((api) => Promise.all([api.storage.local.clear(), api.storage.session.clear()]));
  });

  it.each(DAMAGES)('shows the last good profile and says so when the stored copy has $name', async ({ damage, message }) => {
    await seedProfileSaves(browser, [LAST_GOOD, NEWER]);
    const stored = (await browser.readStorage())[PROFILE_KEY];
    if (typeof stored !== 'string') throw new Error(`the store kept no framed copy under ${PROFILE_KEY}`);
    const damaged = damage(stored);
    expect(damaged).not.toEqual(stored);
    await browser.evaluateInExtension((api, items) => api.storage.local.set(items), { [PROFILE_KEY]: damaged });

    const page = await browser.openExtensionPage('options.html');
    await page.waitForSelector('.editor__actions button[type="submit"]');
    expect(await shownValues(page)).toEqual({ 'Электронная почта': LAST_GOOD.contacts.email, Фамилия: LAST_GOOD.person.lastName, 'Номер паспорта': LAST_GOOD.document.number });
    expect(await alerts(page)).toContain(russian(message));
    expect(page.log.filter((entry) => entry.startsWith('uncaught'))).toEqual([]);
  });
});
