/**
 * What the profile holds towards each account level, for a checklist: per level the items it
 * adds, each done, missing or invalid (with the findings that make it so).
 *
 * - Упрощённая (AL10): surname, first name, a mobile phone or an e-mail.
 * - Стандартная (AL15): + patronymic or «none», sex, birth date and place, citizenship, SNILS and
 *   the identity document (an RF passport unless the document type says foreign).
 * - Подтверждённая (AL20): the passport is what a service centre asks for, already required above;
 *   the address for a letter with the code is needed for that method only, so it does not block.
 */
import { fieldKind } from '../fields';
import type { MessageKey } from '../i18n';
import { profileEntry } from './fields';
import type { ProfilePath } from './fields';
import { profileIssues } from './issues';
import type { ProfileFinding } from './issues';
import type { Profile } from './schema';
import { isFilled, letterAddressGroup, valueAt } from './values';

export type AccountLevel = 'simplified' | 'standard' | 'confirmed';
export type ItemState = 'done' | 'missing' | 'invalid';

export interface ReadinessItem {
  readonly id: string;
  readonly label: MessageKey;
  /** False for what only one way of reaching the level needs. */
  readonly required: boolean;
  readonly state: ItemState;
  /** The errors and warnings about the item's values. */
  readonly findings: readonly ProfileFinding[];
}

export interface LevelReadiness {
  readonly level: AccountLevel;
  readonly code: 'AL10' | 'AL15' | 'AL20';
  readonly label: MessageKey;
  readonly items: readonly ReadinessItem[];
  /** Every required item of this level and the ones below it is done. */
  readonly ready: boolean;
}

/** Each inner list is satisfied by any one of its paths being filled. */
type Needs = readonly (readonly ProfilePath[])[];

interface ItemSpec {
  readonly id: string;
  readonly label: MessageKey;
  readonly required: boolean;
  readonly needs: (profile: Profile) => Needs;
}

/** An item that is one profile value, named as its field. */
function single(path: ProfilePath): ItemSpec {
  const entry = profileEntry(path);
  return { id: entry.kindId, label: fieldKind(entry.kindId).label, required: true, needs: () => [[path]] };
}

function documentNeeds(profile: Profile): Needs {
  return profile.document.docType === 'foreign'
    ? [['document.foreignNumber'], ['document.issueDate']]
    : [['document.series'], ['document.number'], ['document.issueDate'], ['document.issuedBy'], ['document.departmentCode']];
}

function letterAddressNeeds(profile: Profile): Needs {
  const group = letterAddressGroup(profile);
  return [[`${group}.postalIndex`], [`${group}.region`], [`${group}.city`], [`${group}.house`], [`${group}.flat`, `${group}.noFlat`]];
}

const LEVELS: readonly { readonly level: AccountLevel; readonly code: LevelReadiness['code']; readonly label: MessageKey; readonly items: readonly ItemSpec[] }[] = [
  {
    level: 'simplified',
    code: 'AL10',
    label: 'profile_level_simplified',
    items: [
      single('person.lastName'),
      single('person.firstName'),
      { id: 'contact', label: 'profile_item_contact', required: true, needs: () => [['contacts.phone', 'contacts.email']] },
    ],
  },
  {
    level: 'standard',
    code: 'AL15',
    label: 'profile_level_standard',
    items: [
      { id: 'middleName', label: 'profile_item_middle_name', required: true, needs: () => [['person.middleName', 'person.noMiddleName']] },
      single('person.sex'),
      single('person.birthDate'),
      single('person.birthPlace'),
      single('person.citizenship'),
      single('person.snils'),
      { id: 'document', label: 'profile_item_document', required: true, needs: documentNeeds },
    ],
  },
  {
    level: 'confirmed',
    code: 'AL20',
    label: 'profile_level_confirmed',
    items: [{ id: 'letterAddress', label: 'profile_item_letter_address', required: false, needs: letterAddressNeeds }],
  },
];

function itemReadiness(spec: ItemSpec, profile: Profile, findings: readonly ProfileFinding[]): ReadinessItem {
  const needs = spec.needs(profile);
  const paths = new Set(needs.flat());
  const own = findings.filter((finding) => paths.has(finding.path));
  const complete = needs.every((anyOf) => anyOf.some((path) => isFilled(valueAt(profile, path))));
  const state: ItemState = own.some((finding) => finding.issue.severity === 'error') ? 'invalid' : complete ? 'done' : 'missing';
  return { id: spec.id, label: spec.label, required: spec.required, state, findings: own };
}

export function readiness(profile: Profile, today: Date): LevelReadiness[] {
  const findings = profileIssues(profile, today);
  let readySoFar = true;
  return LEVELS.map(({ level, code, label, items: specs }) => {
    const items = specs.map((spec) => itemReadiness(spec, profile, findings));
    readySoFar = readySoFar && items.every((item) => !item.required || item.state === 'done');
    return { level, code, label, items, ready: readySoFar };
  });
}
