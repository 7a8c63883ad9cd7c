import { describe, expect, it } from 'vitest';
import { nextAction } from '../../../lib/stage/next-action';
import { renderPhrase } from '../../../lib/stage/phrase';
import type { StageRecord } from '../../../lib/stage/record';
import { STAGE_IDS } from '../../../lib/stage/stages';
import { PORTAL_LINKS } from '../../../lib/guidance/links';
import { setTestLocale } from '../../support/fake-i18n';

const day = (iso: string) => new Date(`${iso}T12:00:00`);
const record = (fields: Partial<StageRecord>): StageRecord => ({ version: 1, stage: 'not-registered', history: [], ...fields });
const sentence = (fields: Partial<StageRecord>, now: Date) => renderPhrase(nextAction(record(fields), now).phrase);

describe('nextAction', () => {
  it('sends each early stage to the right portal page', () => {
    expect(nextAction(record({ stage: 'not-registered' }), day('2025-03-01')).link).toBe('registration');
    expect(nextAction(record({ stage: 'registration-started' }), day('2025-03-01')).link).toBe('registration');
    expect(nextAction(record({ stage: 'simplified' }), day('2025-03-01')).link).toBe('profile');
    expect(nextAction(record({ stage: 'standard' }), day('2025-03-01')).link).toBe('serviceCentres');
    expect(PORTAL_LINKS.registration.url).toBe('https://esia.gosuslugi.ru/login/registration');
  });

  it('gives one sentence for every stage', () => {
    for (const stage of STAGE_IDS) {
      const text = sentence({ stage }, day('2025-03-01'));
      expect(text).not.toMatch(/^ui_|\$\d/);
      expect(text.length).toBeGreaterThan(20);
    }
  });

  it('counts the verification days with Russian plurals', () => {
    const startedAt = new Date('2025-03-01T23:30:00').getTime();
    expect(sentence({ stage: 'verification', verificationStartedAt: startedAt }, day('2025-03-01'))).toMatch(/^Проверка личных данных началась сегодня/);
    expect(sentence({ stage: 'verification', verificationStartedAt: startedAt }, day('2025-03-02'))).toMatch(/^Проверка личных данных началась 1 день назад: обычно .* до 5 суток/);
    expect(sentence({ stage: 'verification', verificationStartedAt: startedAt }, day('2025-03-03'))).toMatch(/началась 2 дня назад/);
    expect(sentence({ stage: 'verification', verificationStartedAt: startedAt }, day('2025-03-06'))).toMatch(/началась 5 дней назад: обычно/);
  });

  it('says when the verification takes longer than 5 days', () => {
    const startedAt = day('2025-03-01').getTime();
    const late = nextAction(record({ stage: 'verification', verificationStartedAt: startedAt }), day('2025-03-22'));
    expect(late.phrase.key).toBe('ui_next_verification_overdue');
    expect(renderPhrase(late.phrase)).toMatch(/^Проверка началась 21 день назад — дольше обычных 5 суток/);
  });

  it('speaks English plurals in English', () => {
    setTestLocale('en');
    const startedAt = day('2025-03-01').getTime();
    expect(sentence({ stage: 'verification', verificationStartedAt: startedAt }, day('2025-03-02'))).toMatch(/started 1 day ago/);
    expect(sentence({ stage: 'verification', verificationStartedAt: startedAt }, day('2025-03-03'))).toMatch(/started 2 days ago/);
  });

  describe('a letter with the code', () => {
    const letter = (orderedAt: number | undefined): Partial<StageRecord> => ({ stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: orderedAt });
    const ordered = day('2025-03-02').getTime();

    it('asks to order the letter while none is ordered', () => {
      expect(nextAction(record(letter(undefined)), day('2025-03-02')).phrase.key).toBe('ui_next_letter_order');
    });

    it('gives the expected date and the earliest date for a new code while waiting', () => {
      const action = nextAction(record(letter(ordered)), day('2025-03-10'));
      expect(action.phrase.key).toBe('ui_next_letter_wait');
      expect(renderPhrase(action.phrase)).toBe(
        'Письмо с кодом заказано 2 марта 2025 г.: ждите его примерно к 16 марта 2025 г., затем введите код в профиле. Не раньше 1 апреля 2025 г. можно заказать новый код.',
      );
    });

    it('says the letter is late from the expected day and a new code may be ordered from day 30', () => {
      expect(nextAction(record(letter(ordered)), day('2025-03-15')).phrase.key).toBe('ui_next_letter_wait');
      expect(nextAction(record(letter(ordered)), day('2025-03-16')).phrase.key).toBe('ui_next_letter_late');
      expect(nextAction(record(letter(ordered)), day('2025-03-31')).phrase.key).toBe('ui_next_letter_late');
      const resend = nextAction(record(letter(ordered)), day('2025-04-01'));
      expect(resend.phrase.key).toBe('ui_next_letter_resend');
      expect(renderPhrase(resend.phrase)).toMatch(/^Письмо так и не пришло\? С 1 апреля 2025 г\. можно заказать новый код/);
    });
  });

  it('follows the chosen method of confirmation', () => {
    const chosen = (method: StageRecord['method']) => nextAction(record({ stage: 'confirmation-chosen', method }), day('2025-03-01'));
    expect(chosen('in-person')).toEqual({ phrase: { key: 'ui_next_visit_centre', params: [] }, link: 'serviceCentres' });
    expect(chosen('e-signature').phrase.key).toBe('ui_next_signature');
    expect(chosen('bank').phrase.key).toBe('ui_next_bank');
    expect(chosen(undefined).phrase.key).toBe('ui_next_confirm_identity');
  });
});
