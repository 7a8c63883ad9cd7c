/**
 * The popup: reads the stage record and the display preferences (two small reads, in
 * parallel) and renders at once. Its bundle is Preact, zod/mini and the stage logic only.
 *
 * The places the popup leaves for other features are `Popup`'s `slots`: the look-alike warning,
 * «Заполнить» for the current portal tab, the documents checklist and «Завершить сеанс».
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import '../../components/ui.css';
import { displayPrefsStore, type DisplayPrefs } from '../../lib/guidance/display-prefs';
import { uiLocale, type MessageKey } from '../../lib/i18n';
import type { ManualObservation, StageRecord } from '../../lib/stage/record';
import { recordObservation, stageRecordStore } from '../../lib/stage/store';

const stageStore = stageRecordStore();
const prefsStore = displayPrefsStore();

interface PageProps {
  readonly initialRecord: StageRecord;
  readonly initialPrefs: DisplayPrefs;
  readonly notice?: MessageKey;
}

function PopupPage({ initialRecord, initialPrefs, notice }: PageProps) {
  const [record, setRecord] = useState(initialRecord);
  const [prefs, setPrefs] = useState(initialPrefs);

  const setStage = async (observation: ManualObservation): Promise<void> => {
    const outcome = await recordObservation(stageStore, observation, new Date());
    setRecord(outcome.record);
    if (outcome.status === 'failed') throw new Error(outcome.message);
  };

  const changePrefs = (next: DisplayPrefs): void => {
    setPrefs(next);
    void prefsStore.write(next);
  };

  return (
    <Popup
      record={record}
      now={new Date()}
      prefs={prefs}
      notice={notice}
      memoHref={browser.runtime.getURL('/memo.html')}
      onSetStage={setStage}
      onPrefsChange={changePrefs}
    />
  );
}

async function start(root: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLocale();
  const [stage, prefs] = await Promise.all([stageStore.read(), prefsStore.read()]);
  const notice = stage.status === 'recovered' || stage.status === 'unreadable' ? stage.message : undefined;
  render(<PopupPage initialRecord={stage.value} initialPrefs={prefs.value} notice={notice} />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
