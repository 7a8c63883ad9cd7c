import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../../lib/background';
import { securityClient } from '../../../lib/background/client';
import type { PageToBackground } from '../../../lib/messages';
import { profileStore } from '../../../lib/store/profile-store';
import { PROFILE, holdsPersonalData, testEnv, useMode } from '../store/support';
import { POPUP, harness } from './support';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the pages asking the background', () => {
  it('end the session through the background', async () => {
    await useMode('public-terminal');
    await profileStore(testEnv()).save(PROFILE);
    const background = createBackground(harness().env);
    const client = securityClient(async (message: PageToBackground) => background.onMessage(message, POPUP));
    expect(await client.endSession()).toEqual({ ok: true });
    expect(await holdsPersonalData('session')).toBe(false);
  });

  it.each([
    ['no background', () => Promise.reject(new Error('Could not establish connection'))],
    ['no answer', () => Promise.resolve(undefined)],
    ['a malformed answer', () => Promise.resolve({ ok: 'yes' })],
    ['a refusal', () => Promise.resolve({ ok: false })],
  ])('say it failed on %s', async (_, send) => {
    const client = securityClient(send);
    expect(await client.endSession()).toEqual({ ok: false, message: 'sec_end_session_failed' });
  });
});
