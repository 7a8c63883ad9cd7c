/**
 * The printable memo (memo.html): reads the stage and the display preferences and renders the
 * memo; the browser's own print dialog prints it (print CSS in components/ui.css). The profile
 * is read only when the person ticks the box to print their name and document numbers.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { Memo } from '../../components/Memo';
import '../../components/ui.css';
import { displayPrefsStore, type DisplayPrefs } from '../../lib/guidance/display-prefs';
import { memoPersonDetails, type MemoPersonDetails } from '../../lib/guidance/memo-person';
import { t, uiLocale } from '../../lib/i18n';
import { readCurrentStage } from '../../lib/stage/current';
import type { StageRecord } from '../../lib/stage/record';
import { browserStoreEnv } from '../../lib/store/env';
import { profileStore } from '../../lib/store/profile-store';

const env = browserStoreEnv();

type Person = { readonly show: false } | { readonly show: true; readonly details?: MemoPersonDetails };

function MemoPage({ record, prefs }: { record: StageRecord; prefs: DisplayPrefs }) {
  const [person, setPerson] = useState<Person>({ show: false });

  const showPerson = async (show: boolean) => {
    if (!show) return setPerson({ show: false });
    const load = await profileStore(env).load();
    setPerson({ show: true, details: load.status === 'ready' ? memoPersonDetails(load.profile) : undefined });
  };

  return (
    <Memo
      record={record}
      now={new Date()}
      prefs={prefs}
      onPrint={() => window.print()}
      person={{ ...person, unavailable: person.show && person.details === undefined, onShowChange: (show) => void showPerson(show) }}
    />
  );
}

async function start(root: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLocale();
  document.title = t('ui_memo_title');
  const [stage, prefs] = await Promise.all([readCurrentStage(env).settled, displayPrefsStore().read()]);
  render(<MemoPage record={stage.read.value} prefs={prefs.value} />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
