/**
 * The documents checklist, loaded after the popup's first render: it needs the profile (which
 * may have to be decrypted) and the field rules, and the stage must not wait for either.
 */
import type { ComponentChild } from 'preact';
import { DocumentsChecklist } from '../../components/DocumentsChecklist';
import { documentsChecklist } from '../../lib/guidance/documents';
import { emptyProfile } from '../../lib/profile';
import type { StageRecord } from '../../lib/stage/record';
import type { StoreEnv } from '../../lib/store/env';
import { profileStore } from '../../lib/store/profile-store';

export type DocumentsView = (record: StageRecord, now: Date) => ComponentChild;

/** An empty profile counts (everything is still needed); a locked or damaged one shows no checklist. */
export async function loadDocumentsView(env: StoreEnv): Promise<DocumentsView | undefined> {
  const load = await profileStore(env).load();
  const profile = load.status === 'ready' ? load.profile : load.status === 'empty' ? emptyProfile() : undefined;
  if (profile === undefined) return undefined;
  return (record, now) => <DocumentsChecklist groups={documentsChecklist(record, profile, now)} />;
}
