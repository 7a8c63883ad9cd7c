import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../../lib/detect/pages';
import type { PageFieldsReply } from '../../../lib/messages';
import { fillPreview, outcomeRows, pageLabel } from '../../../lib/popup/fill';
import { emptyProfile } from '../../../lib/profile';
import type { ProfileLoad } from '../../../lib/store/profile-store';
import { completeProfile } from '../../fixtures/profile';

const READY: ProfileLoad = { status: 'ready', profile: completeProfile() };

function listing(kinds: readonly string[], page: string | null = 'personal-data'): PageFieldsReply {
  return { page, fields: kinds.map((kind) => ({ kind, label: kind })) };
}

describe('fillPreview', () => {
  it('plans values for exactly the kinds the page listed, in the page order, each once', () => {
    const preview = fillPreview(listing(['snils', 'lastName', 'passportSeries', 'lastName', 'noSuchKind']), READY);
    expect(preview.plan).toEqual({ ok: true, values: { snils: '11223344595', lastName: 'Иванов', passportSeries: '6910' } });
    expect(preview.rows.map((row) => row.kind)).toEqual(['snils', 'lastName', 'passportSeries']);
  });

  it('shows values as the portal does, sensitive ones partly hidden', () => {
    const rows = fillPreview(listing(['lastName', 'birthDate', 'snils', 'passportSeries', 'passportNumber', 'sex']), READY).rows;
    expect(rows.map((row) => [row.label, row.shown])).toEqual([
      ['Фамилия', 'Иванов'],
      ['Дата рождения', '15.03.1990'],
      ['СНИЛС', '•••-•••-••5 95'],
      ['Серия паспорта', '••10'],
      ['Номер паспорта', '•••456'],
      ['Пол', 'Мужской'],
    ]);
  });

  it('shows a tick box only when the profile ticks it', () => {
    const unticked = fillPreview(listing(['middleName', 'noMiddleName']), READY);
    expect(unticked.rows.map((row) => row.kind)).toEqual(['middleName']);
    const profile = { ...completeProfile(), person: { ...completeProfile().person, middleName: undefined, noMiddleName: 'true' } };
    const ticked = fillPreview(listing(['middleName', 'noMiddleName']), { status: 'ready', profile });
    expect(ticked.rows).toEqual([
      { kind: 'middleName', label: 'Отчество' },
      { kind: 'noMiddleName', label: 'Нет отчества', shown: 'отмечено' },
    ]);
    expect(ticked.plan).toEqual({ ok: true, values: { noMiddleName: 'true' } });
  });

  it('marks a field the profile has no value for, and leaves it out of the plan', () => {
    const profile = { ...completeProfile(), person: { ...completeProfile().person, middleName: undefined } };
    const preview = fillPreview(listing(['lastName', 'middleName']), { status: 'ready', profile });
    expect(preview.rows.find((row) => row.kind === 'middleName')?.shown).toBeUndefined();
    expect(preview.plan).toEqual({ ok: true, values: { lastName: 'Иванов' } });
  });

  it('says why nothing can be filled: locked, damaged, or nothing for this page', () => {
    expect(fillPreview(listing(['lastName']), { status: 'locked' }).plan).toEqual({ ok: false, reason: 'locked' });
    expect(fillPreview(listing(['lastName']), { status: 'damaged', message: 'privacy_storage_unreadable_damaged' }).plan).toEqual({ ok: false, reason: 'damaged' });
    expect(fillPreview(listing(['lastName']), { status: 'empty' }).plan).toEqual({ ok: false, reason: 'empty' });
    expect(fillPreview(listing(['inn']), { status: 'ready', profile: emptyProfile() }).plan).toEqual({ ok: false, reason: 'empty' });
  });

  it('names the page, and nothing for a page it does not know', () => {
    expect(fillPreview(listing(['lastName'], 'registration'), READY).page).toBe('popup_page_registration');
    expect(fillPreview(listing(['lastName'], null), READY).page).toBeUndefined();
    expect(fillPreview(listing(['lastName'], 'elsewhere'), READY).page).toBeUndefined();
  });

  it('has a name for every page kind detection knows', () => {
    expect(PAGE_KINDS.filter((kind) => pageLabel(kind.id) === undefined).map((kind) => kind.id)).toEqual([]);
  });
});

describe('outcomeRows', () => {
  it('names each field and keeps the content script’s sentence', () => {
    expect(
      outcomeRows({
        outcomes: [
          { kind: 'lastName', status: 'filled' },
          { kind: 'snils', status: 'mismatch', detail: 'СНИЛС: на странице другое значение' },
          { kind: 'passportSeries', status: 'refused', detail: 'поле скрыто' },
          { kind: 'noSuchKind', status: 'filled' },
        ],
      }),
    ).toEqual([
      { label: 'Фамилия', status: 'filled' },
      { label: 'СНИЛС', status: 'mismatch', detail: 'СНИЛС: на странице другое значение' },
      { label: 'Серия паспорта', status: 'refused', detail: 'поле скрыто' },
    ]);
  });
});
