import { describe, expect, it } from 'vitest';
import {
  draftFindings,
  draftFromProfile,
  parseProfileFile,
  pathsWithErrors,
  profileFileText,
  profileFromDraft,
  withValue,
  MAX_PROFILE_FILE_CHARS,
} from '../../../components/profile-editor/draft';
import { emptyProfile } from '../../../lib/profile';
import { completeProfile, TODAY } from '../../fixtures/profile';

describe('the editor draft', () => {
  it('shows stored values as the portal does, and reads them back to the same profile', () => {
    const draft = draftFromProfile(completeProfile());
    expect(draft.values['person.snils']).toBe('112-233-445 95');
    expect(draft.values['person.birthDate']).toBe('15.03.1990');
    expect(profileFromDraft(draft)).toEqual(profileFromDraft(draftFromProfile(profileFromDraft(draft))));
    expect(profileFromDraft(draft).person.snils).toBe('11223344595');
  });

  it('keeps a typed value exactly as typed, and finds its error', () => {
    const draft = withValue(draftFromProfile(completeProfile()), 'person.snils', '112-233-445 96');
    expect(draft.values['person.snils']).toBe('112-233-445 96');
    expect(pathsWithErrors(draftFindings(draft, TODAY))).toEqual(['person.snils']);
  });

  it('leaves out what was emptied', () => {
    const draft = withValue(draftFromProfile(completeProfile()), 'person.inn', '   ');
    expect(profileFromDraft(draft).person.inn).toBeUndefined();
  });
});

describe('profile files', () => {
  it('reads back what it writes', () => {
    expect(parseProfileFile(profileFileText(completeProfile()))).toEqual({ ok: true, profile: completeProfile() });
  });

  it('says what is wrong with a file that is not a profile', () => {
    expect(parseProfileFile('{"version": 1, "profile": ')).toEqual({ ok: false, message: 'ui_import_not_json' });
    expect(parseProfileFile('[1, 2, 3]')).toEqual({ ok: false, message: 'ui_import_not_profile' });
    expect(parseProfileFile('{"version": 1, "profile": {"person": {"snils": 112}}}')).toEqual({ ok: false, message: 'ui_import_not_profile' });
    expect(parseProfileFile('{"version": 7, "profile": {}}')).toEqual({ ok: false, message: 'ui_import_newer' });
    expect(parseProfileFile(' '.repeat(MAX_PROFILE_FILE_CHARS + 1))).toEqual({ ok: false, message: 'ui_import_too_large' });
  });

  it('accepts a half-filled profile (the editor marks what is missing)', () => {
    expect(parseProfileFile(JSON.stringify({ version: 1, profile: { person: { lastName: 'Иванов' } } }))).toEqual({
      ok: true,
      profile: { ...emptyProfile(), person: { lastName: 'Иванов' } },
    });
  });
});
