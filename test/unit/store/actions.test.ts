import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSecurityState, securityActions } from '../../../lib/store/actions';
import { profileStore } from '../../../lib/store/profile-store';
import { PROFILE, testEnv } from './support';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the security actions bound to storage', () => {
  it('carry a computer from the first-run question to a locked personal profile', async () => {
    const env = testEnv();
    const actions = securityActions(env);
    expect(await readSecurityState(env)).toMatchObject({ settings: { effective: { mode: 'unset' } }, protection: 'off', hasDiskData: false });

    expect(await actions.switchMode('personal')).toEqual({ ok: true });
    await profileStore(env).save(PROFILE);
    expect(await actions.updateMinutes({ lockAfterMinutes: 5 })).toEqual({ ok: true });
    expect(await actions.setPassphrase('синий трамвай в четверг')).toEqual({ ok: true });
    expect(await readSecurityState(env)).toMatchObject({
      settings: { effective: { mode: 'personal', lockAfterMinutes: 5 } },
      protection: 'unlocked',
      hasDiskData: true,
    });

    expect(await actions.lock()).toEqual({ ok: true });
    expect((await readSecurityState(env)).protection).toBe('locked');
    expect(await actions.changePassphrase('синий трамвай в четверг', 'зелёный автобус в среду')).toEqual({ ok: true });
    expect(await actions.removePassphrase('зелёный автобус в среду')).toEqual({ ok: true });
    expect((await readSecurityState(env)).protection).toBe('off');
  });

  it('cannot switch away from a public terminal the administrator forces', async () => {
    await fakeBrowser.storage.managed.set({ forcePublicTerminal: true });
    const env = testEnv();
    expect(await securityActions(env).switchMode('personal')).toEqual({ ok: false, message: 'sec_mode_forced' });
    expect(await readSecurityState(env)).toMatchObject({ settings: { effective: { mode: 'public-terminal', modeForced: true } } });
  });
});
