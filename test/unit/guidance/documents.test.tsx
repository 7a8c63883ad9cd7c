import { describe, expect, it } from 'vitest';
import { DocumentsChecklist } from '../../../components/DocumentsChecklist';
import { documentsChecklist } from '../../../lib/guidance/documents';
import { t } from '../../../lib/i18n';
import { emptyProfile, type Profile } from '../../../lib/profile';
import type { StageRecord } from '../../../lib/stage/record';
import { completeProfile, TODAY } from '../../fixtures/profile';
import { mount } from '../components/mount';

const at = (stage: StageRecord['stage'], fields: Partial<StageRecord> = {}): StageRecord => ({ version: 1, stage, history: [], ...fields });
const states = (groups: ReturnType<typeof documentsChecklist>) => groups.map((group) => [group.id, group.items.map((item) => `${item.id}:${item.state}`)]);

describe('documentsChecklist', () => {
  it('lists every level ahead for someone not yet registered, nothing filled', () => {
    const groups = documentsChecklist(at('not-registered'), emptyProfile(), TODAY);
    expect(groups.map((group) => group.id)).toEqual(['simplified', 'standard', 'confirmed']);
    expect(groups[0]?.items.map((item) => item.state)).toEqual(['missing', 'missing', 'missing']);
  });

  it('after the simplified level, asks for the personal data and the ways to confirm', () => {
    expect(states(documentsChecklist(at('simplified'), completeProfile(), TODAY))).toEqual([
      ['standard', ['middleName:done', 'sex:done', 'birthDate:done', 'birthPlace:done', 'citizenship:done', 'snils:done', 'document:done']],
      ['confirmed', ['document-in-person:done', 'letterAddress:done', 'e-signature:unchecked']],
    ]);
    expect(documentsChecklist(at('simplified'), completeProfile(), TODAY)[1]?.anyOne).toBe(true);
  });

  it('marks an invalid SNILS with the reason', () => {
    const profile: Profile = { ...completeProfile(), person: { ...completeProfile().person, snils: '11223344596' } };
    const snils = documentsChecklist(at('simplified'), profile, TODAY)[0]?.items.find((item) => item.id === 'snils');
    expect(snils?.state).toBe('invalid');
    expect(snils?.findings.some((finding) => finding.issue.severity === 'error')).toBe(true);
  });

  it('shows a foreign citizen their own document', () => {
    const profile: Profile = { ...completeProfile(), document: { docType: 'foreign', foreignNumber: 'AB1234567', issueDate: '2020-01-10' } };
    const groups = documentsChecklist(at('simplified'), profile, TODAY);
    expect(groups[0]?.items.find((item) => item.id === 'document')?.label).toBe('ui_documents_foreign_document');
    expect(groups[1]?.items[0]?.label).toBe('ui_documents_foreign_in_person');
  });

  it('asks only for what the chosen method needs', () => {
    const noAddress: Profile = { ...completeProfile(), registrationAddress: {} };
    expect(states(documentsChecklist(at('confirmation-chosen', { method: 'letter' }), noAddress, TODAY))).toEqual([['confirmed', ['letterAddress:missing']]]);
    expect(states(documentsChecklist(at('confirmation-chosen', { method: 'in-person' }), noAddress, TODAY))).toEqual([['confirmed', ['document-in-person:done']]]);
    expect(states(documentsChecklist(at('confirmation-chosen', { method: 'e-signature' }), noAddress, TODAY))).toEqual([['confirmed', ['e-signature:unchecked']]]);
    expect(documentsChecklist(at('confirmation-chosen', { method: 'letter' }), noAddress, TODAY)[0]?.anyOne).toBe(false);
  });

  it('needs nothing more once confirmed', () => {
    expect(documentsChecklist(at('confirmed'), emptyProfile(), TODAY)).toEqual([]);
  });
});

describe('the checklist view', () => {
  it('says each state in words and gives the reason of an error', async () => {
    const profile: Profile = { ...completeProfile(), person: { ...completeProfile().person, snils: '11223344596' }, registrationAddress: {} };
    const root = await mount(<DocumentsChecklist groups={documentsChecklist(at('simplified'), profile, TODAY)} />);
    expect(root.querySelector('h2')?.textContent).toBe('Что ещё нужно');
    const snils = [...root.querySelectorAll('.document')].find((item) => item.querySelector('.document__label')?.textContent === 'СНИЛС');
    expect(snils?.querySelector('.document__state')?.textContent).toBe(' — есть ошибка');
    expect(snils?.querySelector('.reason--error')?.textContent).toBe(t('field_error_snils_checksum'));
    const letter = root.querySelector('.document--missing');
    expect(letter?.textContent).toContain('не заполнено');
    expect(root.textContent).toContain('Достаточно одного из этих способов.');
    expect(root.textContent).toContain('Паспорт — взять с собой в центр обслуживания — готово');
  });

  it('says when nothing more is needed', async () => {
    const root = await mount(<DocumentsChecklist groups={[]} />);
    expect(root.textContent).toContain('Всё нужное для подтверждённой учётной записи уже есть.');
  });
});
