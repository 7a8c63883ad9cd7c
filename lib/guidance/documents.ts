/**
 * What is still needed to reach the next levels, from where the account stands and what the
 * profile holds. The rules are the profile's (`readiness`); this module only chooses which of
 * its items matter now, and for identity confirmation what the chosen method asks for.
 */
import type { MessageKey } from '../i18n';
import { readiness, type AccountLevel, type ItemState, type LevelReadiness, type Profile, type ProfileFinding, type ReadinessItem } from '../profile';
import type { StageRecord } from '../stage/record';
import type { ConfirmationMethod, StageId } from '../stage/stages';

/** `unchecked`: something the profile does not hold (an e-signature), for the person to check. */
export type ChecklistState = ItemState | 'unchecked';

export interface ChecklistItem {
  readonly id: string;
  readonly label: MessageKey;
  readonly state: ChecklistState;
  /** Why an item is invalid, and warnings about it. */
  readonly findings: readonly ProfileFinding[];
}

export interface ChecklistGroup {
  readonly id: AccountLevel;
  readonly label: MessageKey;
  /** Any one of the items is enough (the ways to confirm identity, before one is chosen). */
  readonly anyOne: boolean;
  readonly items: readonly ChecklistItem[];
}

/** The levels still ahead of each stage. While the data are checked they may still need fixing. */
const LEVELS_AHEAD: Readonly<Record<StageId, readonly AccountLevel[]>> = {
  'not-registered': ['simplified', 'standard', 'confirmed'],
  'registration-started': ['simplified', 'standard', 'confirmed'],
  simplified: ['standard', 'confirmed'],
  verification: ['standard', 'confirmed'],
  standard: ['confirmed'],
  'confirmation-chosen': ['confirmed'],
  confirmed: [],
};

const UNCHECKED_ITEMS: Readonly<Record<'e-signature' | 'bank', ChecklistItem>> = {
  'e-signature': { id: 'e-signature', label: 'ui_documents_e_signature', state: 'unchecked', findings: [] },
  bank: { id: 'bank', label: 'ui_documents_bank', state: 'unchecked', findings: [] },
};

function isForeign(profile: Profile): boolean {
  return profile.document.docType === 'foreign';
}

/** The readiness item names the RF passport's parts; a foreign citizen is shown their own document. */
function asShown(item: ReadinessItem, profile: Profile): ChecklistItem {
  const { id, label, state, findings } = item;
  return id === 'document' && isForeign(profile) ? { id, label: 'ui_documents_foreign_document', state, findings } : { id, label, state, findings };
}

function itemOf(levels: readonly LevelReadiness[], id: string): ReadinessItem | undefined {
  return levels.flatMap((level) => level.items).find((item) => item.id === id);
}

function confirmationItems(levels: readonly LevelReadiness[], profile: Profile, method: ConfirmationMethod | undefined): ChecklistItem[] {
  const document = itemOf(levels, 'document');
  const letterAddress = itemOf(levels, 'letterAddress');
  const inPerson: ChecklistItem[] = document
    ? [{ ...asShown(document, profile), id: 'document-in-person', label: isForeign(profile) ? 'ui_documents_foreign_in_person' : 'ui_documents_passport_in_person' }]
    : [];
  const letter: ChecklistItem[] = letterAddress ? [asShown(letterAddress, profile)] : [];
  switch (method) {
    case undefined:
      return [...inPerson, ...letter, UNCHECKED_ITEMS['e-signature']];
    case 'in-person':
      return inPerson;
    case 'letter':
      return letter;
    default:
      return [UNCHECKED_ITEMS[method]];
  }
}

export function documentsChecklist(record: StageRecord, profile: Profile, today: Date): ChecklistGroup[] {
  const levels = readiness(profile, today);
  const ahead = LEVELS_AHEAD[record.stage];
  return levels
    .filter((level) => ahead.includes(level.level))
    .map((level) =>
      level.level === 'confirmed'
        ? { id: level.level, label: 'ui_documents_for_confirmation', anyOne: record.method === undefined, items: confirmationItems(levels, profile, record.method) }
        : { id: level.level, label: level.label, anyOne: false, items: level.items.map((item) => asShown(item, profile)) },
    );
}
