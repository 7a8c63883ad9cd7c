import { describe, expect, it } from 'vitest';
import { SecuritySettings } from '../../../../components/security/SecuritySettings';
import type { SecurityActions } from '../../../../lib/store/actions';
import type { Outcome } from '../../../../lib/store/outcome';
import type { Protection } from '../../../../lib/store/profile-store';
import { DEFAULT_SETTINGS, effectiveSettings, MINUTES_RANGE, type Mode, type Policy } from '../../../../lib/store/settings';
import { byLabel, choose, mount, user } from '../mount';
import { button, description, settle, violations } from './support';

type Call = [keyof SecurityActions, ...unknown[]];

function actions(outcome: Outcome = { ok: true }) {
  const calls: Call[] = [];
  const record =
    (name: keyof SecurityActions) =>
    async (...args: unknown[]): Promise<Outcome> => {
      calls.push([name, ...args]);
      return outcome;
    };
  const bound: SecurityActions = {
    switchMode: record('switchMode'),
    updateMinutes: record('updateMinutes'),
    setPassphrase: record('setPassphrase'),
    changePassphrase: record('changePassphrase'),
    removePassphrase: record('removePassphrase'),
    lock: record('lock'),
  };
  return { calls, bound };
}

interface Options {
  readonly mode: Mode;
  readonly policy?: Policy;
  readonly protection?: Protection;
  readonly hasDiskData?: boolean;
  readonly outcome?: Outcome;
}

async function settings({ mode, policy = { forcePublicTerminal: false }, protection = 'off', hasDiskData = false, outcome }: Options) {
  const { calls, bound } = actions(outcome);
  const root = await mount(
    <SecuritySettings settings={effectiveSettings({ ...DEFAULT_SETTINGS, mode }, policy)} protection={protection} hasDiskData={hasDiskData} actions={bound} />,
  );
  return { root, calls };
}

const PERSONAL = 'Это мой компьютер';
const PUBLIC = 'Общественный компьютер (библиотека, МФЦ)';

describe('SecuritySettings: the mode', () => {
  it('asks before switching to a public terminal, saying the stored data will be erased', async () => {
    const { root, calls } = await settings({ mode: 'personal', hasDiskData: true });
    expect(byLabel<HTMLInputElement>(root, PERSONAL).checked).toBe(true);
    await user(() => byLabel<HTMLInputElement>(root, PUBLIC).click());
    expect(root.textContent).toContain('они будут стёрты');
    expect(calls).toEqual([]);
    await user(() => button(root, 'Переключить').click());
    await settle();
    expect(calls).toEqual([['switchMode', 'public-terminal']]);
  });

  it('says switching to personal ends the session without moving it to disk; «Отмена» keeps the mode', async () => {
    const { root, calls } = await settings({ mode: 'public-terminal' });
    await user(() => byLabel<HTMLInputElement>(root, PERSONAL).click());
    expect(root.textContent).toContain('на диск они не переносятся');
    await user(() => button(root, 'Отмена').click());
    expect(byLabel<HTMLInputElement>(root, PUBLIC).checked).toBe(true);
    expect(calls).toEqual([]);
  });

  it('cannot be switched when the administrator forces the public terminal, and says so', async () => {
    const { root } = await settings({ mode: 'personal', policy: { forcePublicTerminal: true, publicIdleMinutes: 5 } });
    const radios = [byLabel<HTMLInputElement>(root, PERSONAL), byLabel<HTMLInputElement>(root, PUBLIC)];
    expect(radios.map((radio) => radio.disabled)).toEqual([true, true]);
    expect(radios[1]?.checked).toBe(true);
    expect(description(root.querySelector('fieldset') ?? root)).toContain('задан администратором');
    const minutes = byLabel<HTMLInputElement>(root, 'Стирать данные после бездействия, минут');
    expect(minutes.disabled).toBe(true);
    expect(minutes.value).toBe('5');
    expect(description(minutes)).toContain('задано администратором');
    expect(root.querySelector('form.sec-minutes button')).toBeNull();
  });
});

describe('SecuritySettings: minutes', () => {
  it('saves the public idle minutes within the field’s limits, and shows why the store refused', async () => {
    const { root, calls } = await settings({ mode: 'public-terminal', outcome: { ok: false, message: 'privacy_storage_write_failed' } });
    const minutes = byLabel<HTMLInputElement>(root, 'Стирать данные после бездействия, минут');
    expect(minutes.value).toBe('10');
    expect([minutes.min, minutes.max]).toEqual([String(MINUTES_RANGE.min), String(MINUTES_RANGE.max)]);
    await choose(minutes, '0');
    await user(() => button(root, 'Сохранить').click());
    await settle();
    expect(calls).toEqual([]);
    await choose(minutes, '20');
    await user(() => button(root, 'Сохранить').click());
    await settle();
    expect(calls).toEqual([['updateMinutes', { publicIdleMinutes: 20 }]]);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('браузер не смог записать данные');
  });

  it('shows the lock delay only when a passphrase protects the profile', async () => {
    expect((await settings({ mode: 'personal' })).root.textContent).not.toContain('Блокировать профиль');
    const { root, calls } = await settings({ mode: 'personal', protection: 'locked' });
    await choose(byLabel<HTMLInputElement>(root, 'Блокировать профиль после бездействия, минут'), '30');
    await user(() => button(root, 'Сохранить').click());
    await settle();
    expect(calls).toEqual([['updateMinutes', { lockAfterMinutes: 30 }]]);
  });
});

describe('SecuritySettings: the passphrase', () => {
  it('is not offered on a public terminal', async () => {
    const { root } = await settings({ mode: 'public-terminal' });
    expect(root.querySelector('input[type="password"]')).toBeNull();
  });

  it('is set when typed twice alike; a mismatch changes nothing and says so', async () => {
    const { root, calls } = await settings({ mode: 'personal' });
    await choose(byLabel<HTMLInputElement>(root, 'Новая парольная фраза'), 'синий трамвай');
    await choose(byLabel<HTMLInputElement>(root, 'Повторите парольную фразу'), 'синий травмай');
    await user(() => button(root, 'Защитить профиль').click());
    await settle();
    expect(calls).toEqual([]);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Парольные фразы не совпадают. Ничего не изменено.');

    await choose(byLabel<HTMLInputElement>(root, 'Новая парольная фраза'), 'синий трамвай');
    await choose(byLabel<HTMLInputElement>(root, 'Повторите парольную фразу'), 'синий трамвай');
    await user(() => button(root, 'Защитить профиль').click());
    await settle();
    expect(calls).toEqual([['setPassphrase', 'синий трамвай']]);
    expect(byLabel<HTMLInputElement>(root, 'Новая парольная фраза').value).toBe('');
  });

  it('can be changed, removed, and the unlocked profile locked at once', async () => {
    const { root, calls } = await settings({ mode: 'personal', protection: 'unlocked' });
    await user(() => button(root, 'Заблокировать сейчас').click());
    await settle();
    const [change, remove] = [...root.querySelectorAll<HTMLFormElement>('form.sec-passphrase')];
    if (!change || !remove) throw new Error('forms missing');
    await choose(byLabel<HTMLInputElement>(change, 'Текущая парольная фраза'), 'старая фраза');
    await choose(byLabel<HTMLInputElement>(change, 'Новая парольная фраза'), 'новая фраза');
    await choose(byLabel<HTMLInputElement>(change, 'Повторите парольную фразу'), 'новая фраза');
    await user(() => button(change, 'Сменить парольную фразу').click());
    await settle();
    await choose(byLabel<HTMLInputElement>(remove, 'Текущая парольная фраза'), 'новая фраза');
    await user(() => button(remove, 'Снять защиту').click());
    await settle();
    expect(calls).toEqual([['lock'], ['changePassphrase', 'старая фраза', 'новая фраза'], ['removePassphrase', 'новая фраза']]);
  });

  it('says beside the fields that a wrong passphrase changed nothing', async () => {
    const { root } = await settings({ mode: 'personal', protection: 'locked', outcome: { ok: false, message: 'privacy_vault_wrong_passphrase' } });
    const remove = [...root.querySelectorAll<HTMLFormElement>('form.sec-passphrase')][1];
    if (!remove) throw new Error('form missing');
    const field = byLabel<HTMLInputElement>(remove, 'Текущая парольная фраза');
    await choose(field, 'не та');
    await user(() => button(remove, 'Снять защиту').click());
    await settle();
    expect(description(field)).toBe('Неверная парольная фраза. Ничего не изменено.');
  });
});

describe('accessibility (axe)', () => {
  it.each<Options>([
    { mode: 'unset' },
    { mode: 'personal', protection: 'off' },
    { mode: 'personal', protection: 'unlocked', hasDiskData: true },
    { mode: 'personal', policy: { forcePublicTerminal: true, publicIdleMinutes: 5 } },
  ])('finds nothing wrong in the settings (%o)', async (options) => {
    const { root } = await settings(options);
    const other = root.querySelector<HTMLInputElement>('input[type="radio"]:not(:checked):not(:disabled)');
    if (other) await user(() => other.click());
    expect(await violations(root)).toEqual([]);
  });
});
