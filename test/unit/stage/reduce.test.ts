import { describe, expect, it } from 'vitest';
import { applyObservation } from '../../../lib/stage/reduce';
import { HISTORY_LIMIT, INITIAL_STAGE_RECORD, ObservationSchema, StageRecordSchema, type Observation, type StageRecord } from '../../../lib/stage/record';
import { letterDates } from '../../../lib/stage/timing';
import { PAGE_KINDS } from '../../../lib/detect/pages/index';

const at = (iso: string) => new Date(iso);
const seen = (page: string, extra: Partial<Extract<Observation, { source: 'observed' }>> = {}): Observation => ({ source: 'observed', page, ...extra });

function replay(steps: readonly [Observation, string][], start: StageRecord = INITIAL_STAGE_RECORD): StageRecord {
  return steps.reduce((record, [observation, when]) => applyObservation(record, observation, at(when)), start);
}

describe('applyObservation: pages move the stage forward', () => {
  it('walks the whole registration from observed pages', () => {
    const record = replay([
      [seen('registration', { submitted: true }), '2025-03-01T10:00:00'],
      [seen('code'), '2025-03-01T10:01:00'],
      [seen('password', { submitted: true }), '2025-03-01T10:02:00'],
      [seen('personal-data'), '2025-03-01T10:05:00'],
      [seen('verification'), '2025-03-01T10:10:00'],
      [seen('confirmation-methods'), '2025-03-02T09:00:00'],
      [seen('letter-address', { submitted: true }), '2025-03-02T09:05:00'],
      [seen('account-level', { level: 'AL20' }), '2025-03-20T12:00:00'],
    ]);
    expect(record.stage).toBe('confirmed');
    expect(record.history.map((event) => event.stage)).toEqual([
      'registration-started',
      'simplified',
      'verification',
      'standard',
      'confirmation-chosen',
      'confirmed',
    ]);
    expect(record.history.every((event) => event.source === 'observed')).toBe(true);
    expect(record.history[2]).toEqual({ at: at('2025-03-01T10:10:00').getTime(), source: 'observed', stage: 'verification', page: 'verification' });
  });

  it('takes the stage from the level the account page shows', () => {
    expect(applyObservation(INITIAL_STAGE_RECORD, seen('account-level', { level: 'AL10' }), at('2025-03-01')).stage).toBe('simplified');
    expect(applyObservation(INITIAL_STAGE_RECORD, seen('account-level', { level: 'AL15' }), at('2025-03-01')).stage).toBe('standard');
    expect(applyObservation(INITIAL_STAGE_RECORD, seen('account-level', { level: 'AL30' }), at('2025-03-01')).stage).toBe('confirmed');
  });

  it('learns nothing from pages anyone can see, and returns the same record', () => {
    for (const observation of [seen('login'), seen('registration'), seen('captcha'), seen('promo'), seen('account-level'), seen('toString'), seen('')]) {
      expect(applyObservation(INITIAL_STAGE_RECORD, observation, at('2025-03-01'))).toBe(INITIAL_STAGE_RECORD);
    }
  });

  it('knows every page kind lib/detect recognises that proves a stage', () => {
    const provers = PAGE_KINDS.map((kind) => kind.id).filter(
      (id) => applyObservation(INITIAL_STAGE_RECORD, seen(id, { submitted: true }), at('2025-03-01')) !== INITIAL_STAGE_RECORD,
    );
    expect(provers.sort()).toEqual(['code', 'confirmation-methods', 'letter-address', 'letter-code', 'password', 'personal-data', 'registration', 'verification']);
  });
});

describe('applyObservation: never backwards by accident', () => {
  const confirmed = replay([[seen('account-level', { level: 'AL20' }), '2025-03-01T10:00:00']]);

  it('keeps a confirmed account confirmed whatever page is seen later', () => {
    for (const page of ['registration', 'code', 'password', 'personal-data', 'verification', 'confirmation-methods', 'letter-address', 'letter-code']) {
      expect(applyObservation(confirmed, seen(page, { submitted: true }), at('2025-04-01'))).toBe(confirmed);
    }
    expect(applyObservation(confirmed, seen('account-level', { level: 'AL10' }), at('2025-04-01'))).toBe(confirmed);
  });

  it('does not restart the verification clock when the verification page is seen again', () => {
    const first = replay([[seen('verification'), '2025-03-01T10:00:00']]);
    const again = applyObservation(first, seen('verification'), at('2025-03-03T10:00:00'));
    expect(again).toBe(first);
    expect(again.verificationStartedAt).toBe(at('2025-03-01T10:00:00').getTime());
  });

  it('lets a later observation move forward from a manual setting', () => {
    const manual = replay([[{ source: 'manual', stage: 'simplified' }, '2025-03-01T10:00:00']]);
    expect(applyObservation(manual, seen('verification'), at('2025-03-02')).stage).toBe('verification');
  });
});

describe('applyObservation: a manual setting wins at its time', () => {
  const confirmed = replay([[seen('account-level', { level: 'AL20' }), '2025-03-01T10:00:00']]);

  it('sets the stage backwards when the person says so', () => {
    const record = applyObservation(confirmed, { source: 'manual', stage: 'standard' }, at('2025-03-05T10:00:00'));
    expect(record.stage).toBe('standard');
    expect(record.history.at(-1)).toEqual({ at: at('2025-03-05T10:00:00').getTime(), source: 'manual', stage: 'standard' });
  });

  it('keeps the chosen method and the letter date the person gave', () => {
    const ordered = at('2025-02-20T00:00:00').getTime();
    const record = applyObservation(INITIAL_STAGE_RECORD, { source: 'manual', stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: ordered }, at('2025-03-01'));
    expect(record).toMatchObject({ stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: ordered });
  });

  it('drops a letter date given with another method', () => {
    const record = applyObservation(INITIAL_STAGE_RECORD, { source: 'manual', stage: 'confirmation-chosen', method: 'in-person', letterOrderedAt: 5 }, at('2025-03-01'));
    expect(record.method).toBe('in-person');
    expect(record.letterOrderedAt).toBeUndefined();
  });

  it('starts the verification clock when set to verification by hand', () => {
    const record = applyObservation(INITIAL_STAGE_RECORD, { source: 'manual', stage: 'verification' }, at('2025-03-01T08:00:00'));
    expect(record.verificationStartedAt).toBe(at('2025-03-01T08:00:00').getTime());
  });

  it('changes nothing when the same stage is saved again', () => {
    const record = replay([[{ source: 'manual', stage: 'verification' }, '2025-03-01T08:00:00']]);
    expect(applyObservation(record, { source: 'manual', stage: 'verification' }, at('2025-03-02T08:00:00'))).toBe(record);
  });
});

describe('applyObservation: the letter', () => {
  it('dates the letter from the submitted address form: expected +14 days, a new code from +30 days', () => {
    const record = replay([[seen('letter-address', { submitted: true }), '2025-03-02T09:05:00']]);
    expect(record).toMatchObject({ stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: at('2025-03-02T09:05:00').getTime() });
    const dates = letterDates(record.letterOrderedAt ?? 0);
    expect(new Date(dates.expected)).toEqual(at('2025-03-16T09:05:00'));
    expect(new Date(dates.resendFrom)).toEqual(at('2025-04-01T09:05:00'));
  });

  it('counts calendar days across the end of a month and a leap day', () => {
    const dates = letterDates(at('2024-02-20T12:00:00').getTime());
    expect(new Date(dates.expected)).toEqual(at('2024-03-05T12:00:00'));
    expect(new Date(dates.resendFrom)).toEqual(at('2024-03-21T12:00:00'));
  });

  it('keeps the order date when the code page is visited later', () => {
    const ordered = replay([[seen('letter-address', { submitted: true }), '2025-03-02T09:05:00']]);
    expect(applyObservation(ordered, seen('letter-code'), at('2025-03-15T18:00:00'))).toBe(ordered);
  });

  it('takes the first sight of the code page as the order date when the order was not seen', () => {
    const record = replay([[seen('letter-code'), '2025-03-03T11:00:00']]);
    expect(record).toMatchObject({ stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: at('2025-03-03T11:00:00').getTime() });
  });

  it('restarts the dates when a new letter is ordered', () => {
    const record = replay([
      [seen('letter-address', { submitted: true }), '2025-03-02T09:00:00'],
      [seen('letter-address', { submitted: true }), '2025-04-05T09:00:00'],
    ]);
    expect(record.letterOrderedAt).toBe(at('2025-04-05T09:00:00').getTime());
  });

  it('switches to the letter when the person chose to visit but then orders a letter', () => {
    const record = replay([
      [{ source: 'manual', stage: 'confirmation-chosen', method: 'in-person' }, '2025-03-01T09:00:00'],
      [seen('letter-address'), '2025-03-02T09:00:00'],
    ]);
    expect(record).toMatchObject({ stage: 'confirmation-chosen', method: 'letter' });
    expect(record.letterOrderedAt).toBeUndefined();
  });
});

describe('the record and observation schemas', () => {
  it('accepts every record the reducer produces, and keeps the history short', () => {
    let record = INITIAL_STAGE_RECORD;
    for (let day = 1; day <= HISTORY_LIMIT + 10; day += 1) {
      const stage = day % 2 === 0 ? 'simplified' : 'standard';
      record = applyObservation(record, { source: 'manual', stage }, new Date(2025, 0, day));
      expect(StageRecordSchema.safeParse(record).success).toBe(true);
    }
    expect(record.history).toHaveLength(HISTORY_LIMIT);
    expect(record.history.at(-1)?.at).toBe(new Date(2025, 0, HISTORY_LIMIT + 10).getTime());
  });

  it('rejects malformed observations instead of acting on them', () => {
    expect(ObservationSchema.safeParse({ source: 'observed' }).success).toBe(false);
    expect(ObservationSchema.safeParse({ source: 'manual', stage: 'gold' }).success).toBe(false);
    expect(ObservationSchema.safeParse({ source: 'observed', page: 'account-level', level: 'AL99' }).success).toBe(false);
    expect(ObservationSchema.safeParse({ source: 'observed', page: 'x'.repeat(65) }).success).toBe(false);
    expect(ObservationSchema.safeParse({ source: 'manual', stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: -1 }).success).toBe(false);
  });

  it('ignores an invalid time instead of storing it', () => {
    expect(applyObservation(INITIAL_STAGE_RECORD, seen('verification'), new Date(Number.NaN))).toBe(INITIAL_STAGE_RECORD);
  });
});
