/**
 * Where each profile value lives and which field kind it is: the one map from the stored shape
 * to the field rules. Both addresses share the address kinds.
 */
import type { FieldKindId } from '../fields';

const ADDRESS = {
  postalIndex: 'postalIndex',
  region: 'region',
  city: 'city',
  street: 'street',
  house: 'house',
  building: 'building',
  block: 'block',
  flat: 'flat',
  noFlat: 'noFlat',
} as const;

export const PROFILE_FIELDS = {
  contacts: { phone: 'phone', email: 'email' },
  person: {
    lastName: 'lastName',
    firstName: 'firstName',
    middleName: 'middleName',
    noMiddleName: 'noMiddleName',
    sex: 'sex',
    birthDate: 'birthDate',
    birthPlace: 'birthPlace',
    citizenship: 'citizenship',
    snils: 'snils',
    inn: 'inn',
  },
  /** An RF passport uses series … departmentCode; a foreign document uses foreignNumber and issueDate. */
  document: {
    docType: 'docType',
    series: 'passportSeries',
    number: 'passportNumber',
    issueDate: 'passportIssueDate',
    issuedBy: 'passportIssuedBy',
    departmentCode: 'passportDepartmentCode',
    foreignNumber: 'foreignDocumentNumber',
  },
  registrationAddress: ADDRESS,
  actualAddress: ADDRESS,
} as const satisfies Readonly<Record<string, Readonly<Record<string, FieldKindId>>>>;

export type ProfileGroup = keyof typeof PROFILE_FIELDS;
const ADDRESS_GROUPS = ['registrationAddress', 'actualAddress'] as const;
export type AddressGroup = (typeof ADDRESS_GROUPS)[number];

export function isAddressGroup(group: ProfileGroup): group is AddressGroup {
  return ADDRESS_GROUPS.some((address) => address === group);
}

/** 'person.snils', 'registrationAddress.flat', …: how findings name the value they are about. */
export type ProfilePath = {
  [Group in ProfileGroup]: `${Group}.${Extract<keyof (typeof PROFILE_FIELDS)[Group], string>}`;
}[ProfileGroup];

export interface ProfileEntry {
  readonly group: ProfileGroup;
  readonly key: string;
  readonly path: ProfilePath;
  readonly kindId: FieldKindId;
}

function entriesOf(group: ProfileGroup): ProfileEntry[] {
  const fields: Readonly<Record<string, FieldKindId>> = PROFILE_FIELDS[group];
  // The template type of `path` is exactly what the table spells; TypeScript cannot follow it through Object.entries.
  return Object.entries(fields).map(([key, kindId]) => ({ group, key, path: `${group}.${key}` as ProfilePath, kindId }));
}

/** Every profile value, in the table's order. */
function isProfileGroup(name: string): name is ProfileGroup {
  return name in PROFILE_FIELDS;
}

export const PROFILE_ENTRIES: readonly ProfileEntry[] = Object.keys(PROFILE_FIELDS).filter(isProfileGroup).flatMap(entriesOf);

const ENTRY_BY_PATH: ReadonlyMap<string, ProfileEntry> = new Map(PROFILE_ENTRIES.map((entry) => [entry.path, entry]));

export function profileEntry(path: ProfilePath): ProfileEntry {
  const entry = ENTRY_BY_PATH.get(path);
  if (!entry) throw new Error(`Unknown profile path: ${path}`);
  return entry;
}
