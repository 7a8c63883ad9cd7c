import { FIELD_KINDS, fieldKind, isFieldKindId } from '../../../lib/fields';
import { FIELD_DETECTION } from '../../../lib/fields/detection';
import { normaliseText } from '../../../lib/text';
import en from '../../../public/_locales/en/messages.json';
import ru from '../../../public/_locales/ru/messages.json';

describe('the field kind registry', () => {
  it('has unique camelCase ids and finds each kind by id', () => {
    const ids = FIELD_KINDS.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of FIELD_KINDS) {
      expect(kind.id).toMatch(/^[a-z][a-zA-Z]*$/);
      expect(fieldKind(kind.id)).toBe(kind);
    }
    expect(isFieldKindId('snils')).toBe(true);
    expect(isFieldKindId('shoeSize')).toBe(false);
  });

  it('recognises each kind by exactly the hints the scan reads without the rules', () => {
    expect(FIELD_KINDS.map((kind) => [kind.id, kind.detection])).toEqual(FIELD_DETECTION.map((kind) => [kind.id, kind.detection]));
  });

  it('names every kind in both languages', () => {
    for (const kind of FIELD_KINDS) {
      expect(Object.keys(ru)).toContain(kind.label);
      expect(Object.keys(en)).toContain(kind.label);
    }
  });

  it('marks the things never filled from the profile as secret', () => {
    const secret = FIELD_KINDS.filter((kind) => kind.input === 'secret').map((kind) => kind.id);
    expect(secret).toEqual(['password', 'passwordRepeat', 'oneTimeCode', 'captcha']);
    for (const id of ['snils', 'passportSeries', 'passportNumber', 'passportSeriesNumber', 'inn'] as const) expect(fieldKind(id).sensitive).toBe(true);
  });

  it('stores detection texts normalised, names in lower case, masks of X and punctuation', () => {
    for (const { id, detection } of FIELD_KINDS) {
      const texts = [...(detection.labels ?? []), ...(detection.notLabels ?? []), ...Object.values(detection.choices ?? {}).flat()];
      for (const text of texts) expect({ id, text: normaliseText(text) }).toEqual({ id, text });
      for (const name of detection.names ?? []) expect({ id, name: name.toLowerCase() }).toEqual({ id, name });
      if (detection.mask !== undefined) expect(detection.mask).toMatch(/^[X0-9 +()\-.]+$/);
    }
  });

  it('tells the ambiguous words apart with specific labels and exclusions', () => {
    const labelled = (text: string) =>
      FIELD_KINDS.filter(
        ({ detection }) =>
          (detection.labels ?? []).some((label) => text === label || text.startsWith(label)) &&
          !(detection.notLabels ?? []).some((label) => text === label || text.startsWith(label)),
      ).map((kind) => kind.id);
    expect(labelled('имя')).toEqual(['firstName']);
    expect(labelled('имя пользователя')).toEqual([]);
    expect(labelled('номер')).toEqual(['passportNumber']);
    expect(labelled('номер телефона')).toEqual(['phone']);
    expect(labelled('номер квартиры')).toEqual(['flat']);
    expect(labelled('код')).toEqual(['oneTimeCode']);
    expect(labelled('код подразделения')).toEqual(['passportDepartmentCode']);
    expect(labelled('серия и номер')).toEqual(['passportSeriesNumber']);
    expect(labelled('серия')).toEqual(['passportSeries']);
    expect(labelled('пароль')).toEqual(['password']);
    expect(labelled('еще раз')).toEqual(['passwordRepeat']);
    expect(labelled('подтвердите пароль')).toEqual(['passwordRepeat']);
    expect(labelled('пол')).toEqual(['sex']);
    expect(labelled('полис омс')).toEqual([]);
    expect(labelled('дом')).toEqual(['house']);
    expect(labelled('домашний телефон')).toEqual([]);
    expect(labelled('телефон / эл. почта / снилс')).toEqual([]);
    expect(labelled('нет номера квартиры')).toEqual(['noFlat']);
    expect(labelled('у меня нет отчества')).toEqual(['noMiddleName']);
  });
});
