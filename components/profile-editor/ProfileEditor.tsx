import { useRef, useState } from 'preact/hooks';
import { fieldKind, type FieldIssue } from '../../lib/fields';
import { t, type MessageKey } from '../../lib/i18n';
import type { Outcome } from '../../lib/store/outcome';
import { emptyProfile, PROFILE_ENTRIES, type Profile, type ProfileEntry, type ProfileGroup, type ProfilePath } from '../../lib/profile';
import { DeleteAllData } from './DeleteAllData';
import { draftFindings, draftFromProfile, pathsWithErrors, profileFromDraft, typedValue, withValue, type Draft } from './draft';
import { ProfileFile } from './ProfileFile';
import { ProfileField } from './ProfileField';

export interface ProfileEditorProps {
  /** The profile as stored (it may be a draft saved with errors). */
  readonly saved: Profile;
  readonly today: Date;
  /** Called only with a profile the rules find no error in. */
  readonly onSave: (profile: Profile) => Promise<Outcome>;
  /** The person chose to store the profile as typed, errors and all («Сохранить черновик»). */
  readonly onSaveDraft: (profile: Profile) => Promise<Outcome>;
  /** Offers the saved profile as a file. */
  readonly onExport: () => void;
  readonly onDeleteAll: () => Promise<Outcome>;
}

/** The portal's grouping: contacts, personal data, the document, the addresses. */
const GROUP_LEGENDS: readonly { readonly group: ProfileGroup; readonly legend: MessageKey }[] = [
  { group: 'contacts', legend: 'ui_editor_group_contacts' },
  { group: 'person', legend: 'ui_editor_group_person' },
  { group: 'document', legend: 'ui_editor_group_document' },
  { group: 'registrationAddress', legend: 'ui_editor_group_registration_address' },
  { group: 'actualAddress', legend: 'ui_editor_group_actual_address' },
];

/** The document's fields for each document type; the hidden ones keep their values. */
const DOCUMENT_KEYS: Readonly<Record<'rfPassport' | 'foreign', readonly string[]>> = {
  rfPassport: ['docType', 'series', 'number', 'issueDate', 'issuedBy', 'departmentCode'],
  foreign: ['docType', 'foreignNumber', 'issueDate'],
};

type Status = { readonly kind: 'idle' } | { readonly kind: 'done'; readonly message: MessageKey } | { readonly kind: 'failed'; readonly message: MessageKey };

function fieldId(entry: ProfileEntry): string {
  return `profile-${entry.group}-${entry.key}`;
}

function visibleEntries(group: ProfileGroup, draft: Draft): ProfileEntry[] {
  const entries = PROFILE_ENTRIES.filter((entry) => entry.group === group);
  if (group !== 'document') return entries;
  const foreign = fieldKind('docType').normalize(typedValue(draft, 'document.docType')) === 'foreign';
  const keys = DOCUMENT_KEYS[foreign ? 'foreign' : 'rfPassport'];
  return entries.filter((entry) => keys.includes(entry.key));
}

/**
 * The profile editor. What is typed stays in the form exactly as typed; «Сохранить» stores it
 * only when the profile's rules find no error, and otherwise marks the fields and keeps the
 * last valid profile. «Сохранить черновик» stores it as it is, errors marked, because the
 * person asked for exactly that.
 */
export function ProfileEditor({ saved, today, onSave, onSaveDraft, onExport, onDeleteAll }: ProfileEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => draftFromProfile(saved));
  const [left, setLeft] = useState<ReadonlySet<ProfilePath>>(new Set());
  // A draft saved with errors shows its marks at once.
  const [showAll, setShowAll] = useState(() => pathsWithErrors(draftFindings(draftFromProfile(saved), today)).length > 0);
  const [status, setStatus] = useState<Status>(() => (showAll ? { kind: 'done', message: 'ui_editor_draft_loaded' } : { kind: 'idle' }));
  const formRef = useRef<HTMLFormElement>(null);

  const findings = draftFindings(draft, today);
  const errorCount = showAll ? pathsWithErrors(findings).length : 0;
  const issuesAt = (path: ProfilePath): readonly FieldIssue[] => (showAll || left.has(path) ? findings.get(path) ?? [] : []);

  const change = (path: ProfilePath, value: string) => {
    setDraft((current) => withValue(current, path, value));
    setStatus({ kind: 'idle' });
  };

  const save = async (candidate: Draft) => {
    setShowAll(true);
    const errors = pathsWithErrors(draftFindings(candidate, today));
    if (errors.length > 0) {
      setStatus({ kind: 'idle' });
      const first = PROFILE_ENTRIES.find((entry) => errors.includes(entry.path));
      if (first) formRef.current?.querySelector<HTMLElement>(`#${fieldId(first)}`)?.focus();
      return;
    }
    const profile = profileFromDraft(candidate);
    const outcome = await onSave(profile);
    if (outcome.ok) {
      setDraft(draftFromProfile(profile));
      setStatus({ kind: 'done', message: 'ui_editor_saved' });
    } else {
      setStatus({ kind: 'failed', message: outcome.message });
    }
  };

  const saveDraft = async () => {
    // Nothing to keep as a draft: it is simply the profile.
    if (pathsWithErrors(findings).length === 0) return save(draft);
    setShowAll(true);
    const outcome = await onSaveDraft(profileFromDraft(draft));
    setStatus(outcome.ok ? { kind: 'done', message: 'ui_editor_draft_saved' } : { kind: 'failed', message: outcome.message });
  };

  const replaceWith = (profile: Profile) => {
    const imported = draftFromProfile(profile);
    setDraft(imported);
    void save(imported);
  };

  const deleted = () => {
    setDraft(draftFromProfile(emptyProfile()));
    setLeft(new Set());
    setShowAll(false);
  };

  return (
    <div class="editor">
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(draft);
        }}
      >
        {GROUP_LEGENDS.filter(({ group }) => group !== 'actualAddress' || !draft.actualSameAsRegistration).map(({ group, legend }) => (
          <fieldset key={group} class="editor__group">
            <legend>{t(legend)}</legend>
            {visibleEntries(group, draft).map((entry) => (
              <ProfileField
                key={entry.path}
                id={fieldId(entry)}
                kind={fieldKind(entry.kindId)}
                value={typedValue(draft, entry.path)}
                issues={issuesAt(entry.path)}
                onChange={(value) => change(entry.path, value)}
                onLeave={() => setLeft((current) => new Set(current).add(entry.path))}
              />
            ))}
            {group === 'registrationAddress' && (
              <div class="check">
                <input
                  type="checkbox"
                  id="profile-actual-same"
                  checked={draft.actualSameAsRegistration}
                  onChange={(event) => {
                    const same = event.currentTarget.checked;
                    setDraft((current) => ({ ...current, actualSameAsRegistration: same }));
                  }}
                />
                <label for="profile-actual-same">{t('ui_editor_same_address')}</label>
              </div>
            )}
          </fieldset>
        ))}
        <p role="alert" class="editor__errors">
          {errorCount > 0 ? t('ui_editor_not_saved_errors', [errorCount]) : ''}
        </p>
        <div class="editor__actions">
          <button type="submit">{t('ui_editor_save')}</button>
          <button type="button" onClick={() => void saveDraft()}>
            {t('ui_editor_save_draft')}
          </button>
        </div>
        <p role="status" class={status.kind === 'failed' ? 'status status--failed' : 'status'}>
          {status.kind === 'idle' ? '' : t(status.message)}
        </p>
      </form>
      <ProfileFile onExport={onExport} onImport={replaceWith} />
      <DeleteAllData onDeleteAll={onDeleteAll} onDeleted={deleted} />
    </div>
  );
}
