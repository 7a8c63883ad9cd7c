import { describe, expect, it } from 'vitest';
import { EndSessionButton } from '../../../../components/security/EndSessionButton';
import { FirstRunChoice } from '../../../../components/security/FirstRunChoice';
import { LookalikeBanner } from '../../../../components/security/LookalikeBanner';
import { UnlockForm } from '../../../../components/security/UnlockForm';
import { lookalikeWarning } from '../../../../lib/background/lookalike';
import type { ChosenMode } from '../../../../lib/store/settings';
import { byLabel, choose, mount, user } from '../mount';
import { button, description, recorder, settle, violations } from './support';

describe('FirstRunChoice', () => {
  it('offers two big buttons, each saying what it means, and reports the choice', async () => {
    const { calls, callback } = recorder<[ChosenMode]>();
    const root = await mount(<FirstRunChoice onChoose={callback} />);
    const mine = button(root, 'Это мой компьютер');
    const shared = button(root, 'Общественный компьютер (библиотека, МФЦ)');
    expect(description(mine)).toContain('парольной фразой');
    expect(description(shared)).toContain('На диск ничего не записывается');
    await user(() => shared.click());
    await settle();
    expect(calls).toEqual([['public-terminal']]);
  });

  it('says why the choice was not stored', async () => {
    const { callback } = recorder<[ChosenMode]>({ ok: false, message: 'privacy_storage_write_failed' });
    const root = await mount(<FirstRunChoice onChoose={callback} />);
    await user(() => button(root, 'Это мой компьютер').click());
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('браузер не смог записать данные');
  });
});

describe('EndSessionButton', () => {
  it('asks once, moves the focus to the answer, and erases only on «Да, стереть»', async () => {
    const { calls, callback } = recorder<[]>();
    const root = await mount(<EndSessionButton onEndSession={callback} />);
    await user(() => button(root, 'Завершить сеанс — стереть данные').click());
    expect(root.textContent).toContain('Вернуть их будет нельзя');
    expect(document.activeElement).toBe(button(root, 'Да, стереть'));

    await user(() => button(root, 'Отмена').click());
    expect(calls).toEqual([]);
    expect(document.activeElement).toBe(button(root, 'Завершить сеанс — стереть данные'));

    await user(() => button(root, 'Завершить сеанс — стереть данные').click());
    await user(() => button(root, 'Да, стереть').click());
    await settle();
    expect(calls).toEqual([[]]);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Данные стёрты');
  });

  it('says when not everything was erased, and can be pressed again', async () => {
    const { calls, callback } = recorder<[]>({ ok: false, message: 'sec_end_session_failed' });
    const root = await mount(<EndSessionButton onEndSession={callback} />);
    await user(() => button(root, 'Завершить сеанс — стереть данные').click());
    await user(() => button(root, 'Да, стереть').click());
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Стереть удалось не всё');
    expect(button(root, 'Завершить сеанс — стереть данные').disabled).toBe(false);
    expect(calls).toHaveLength(1);
  });
});

describe('UnlockForm', () => {
  it('has a labelled passphrase field; a wrong passphrase is said beside it', async () => {
    const { calls, callback } = recorder<[string]>({ ok: false, message: 'privacy_vault_wrong_passphrase' });
    const root = await mount(<UnlockForm onUnlock={callback} />);
    const field = byLabel<HTMLInputElement>(root, 'Парольная фраза');
    expect(field.type).toBe('password');
    await choose(field, 'не та фраза');
    await user(() => button(root, 'Разблокировать').click());
    await settle();
    expect(calls).toEqual([['не та фраза']]);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(description(field)).toBe('Неверная парольная фраза. Ничего не изменено.');
    expect(field.value).toBe('');
  });

  it('shows why an earlier unlock no longer holds', async () => {
    const root = await mount(<UnlockForm onUnlock={recorder<[string]>().callback} notice="privacy_vault_session_key_invalid" />);
    expect(root.textContent).toContain('Разблокировка больше не действует');
  });
});

describe('LookalikeBanner', () => {
  it('says «Это не Госуслуги», shows the address and links the genuine portal', async () => {
    const warning = lookalikeWarning('https://gosuslugi-16.ru/login');
    if (!warning) throw new Error('no warning');
    const root = await mount(<LookalikeBanner warning={warning} />);
    const banner = root.querySelector('[role="alert"]');
    expect(banner?.querySelector('h2')?.textContent).toBe('Это не Госуслуги');
    expect(banner?.textContent).toContain('Адрес этой вкладки: gosuslugi-16.ru');
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('https://www.gosuslugi.ru/');
  });
});

describe('accessibility (axe)', () => {
  it('finds nothing wrong in the session components', async () => {
    const warning = lookalikeWarning('http://esia.gosuslugi.ru/');
    if (!warning) throw new Error('no warning');
    const root = await mount(
      <main>
        <h1>Помощник Госуслуг</h1>
        <LookalikeBanner warning={warning} />
        <FirstRunChoice onChoose={recorder<[ChosenMode]>().callback} />
        <UnlockForm onUnlock={recorder<[string]>({ ok: false, message: 'privacy_vault_wrong_passphrase' }).callback} />
        <EndSessionButton onEndSession={recorder<[]>().callback} />
      </main>,
    );
    await user(() => button(root, 'Завершить сеанс — стереть данные').click());
    await user(() => button(root, 'Разблокировать').click());
    await settle();
    expect(await violations(root)).toEqual([]);
  });
});
