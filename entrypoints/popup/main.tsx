/**
 * The popup: reads the stage record (where this computer's mode keeps it) and the display
 * preferences, all in parallel, and renders at once. What needs the profile or the portal tab
 * (the documents checklist, «Заполнить») is in separate chunks loaded after that first render.
 *
 * The places the popup leaves for other features are `Popup`'s `slots`: the look-alike warning,
 * «Заполнить» for the current portal tab, the documents checklist and «Завершить сеанс».
 */
import { render, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import '../../components/ui.css';
import { displayPrefsStore, type DisplayPrefs } from '../../lib/guidance/display-prefs';
import { uiLocale, type MessageKey } from '../../lib/i18n';
import { POPUP_STAGE_SHOWN_MARK } from '../../lib/popup/first-render';
import { readCurrentStage, type CurrentStage } from '../../lib/stage/current';
import type { ManualObservation, StageRecord } from '../../lib/stage/record';
import { recordObservation } from '../../lib/stage/store';
import type { StoredRecord } from '../../lib/storage/record';
import { browserStoreEnv } from '../../lib/store/env';
import type { DocumentsView } from './documents';
import type { SecurityParts } from './security';

const env = browserStoreEnv();
const prefsStore = displayPrefsStore();

interface PageProps {
  readonly first: CurrentStage;
  /** The same once the administrator's policy is read (lib/stage/current.ts). */
  readonly settled: Promise<CurrentStage>;
  readonly initialPrefs: DisplayPrefs;
}

/** The parts loaded after the first render: the documents checklist, «Заполнить», the security parts. */
const LAZY_PARTS = 3;

function readProblem(stage: CurrentStage): MessageKey | undefined {
  const { read } = stage;
  return read.status === 'recovered' || read.status === 'unreadable' ? read.message : undefined;
}

function PopupPage({ first, settled, initialPrefs }: PageProps) {
  const [stageStore, setStageStore] = useState<StoredRecord<StageRecord>>(first.store);
  const [record, setRecord] = useState(first.read.value);
  const [notice, setNotice] = useState(readProblem(first));
  const [prefs, setPrefs] = useState(initialPrefs);
  const [documents, setDocuments] = useState<DocumentsView | undefined>(undefined);
  const [fillAction, setFillAction] = useState<ComponentChild>(undefined);
  const [security, setSecurity] = useState<SecurityParts>({});
  const [partsPending, setPartsPending] = useState(LAZY_PARTS);
  const now = new Date();

  // Again after «Взять с этой страницы» saved the profile: the checklist follows what it holds now.
  const loadDocuments = (): Promise<void> =>
    import('./documents').then((module) => module.loadDocumentsView(env)).then((view) => setDocuments(() => view));

  useEffect(() => {
    void settled.then((stage) => {
      // Same place: the first read was right, and a stage set since then must not be undone.
      if (stage.onDisk === first.onDisk) return;
      setStageStore(stage.store);
      setRecord(stage.read.value);
      setNotice(readProblem(stage));
    });
    const loaded = () => setPartsPending((count) => count - 1);
    void loadDocuments().finally(loaded);
    void import('./fill')
      .then((module) => module.loadFillSection(env, () => void loadDocuments()))
      .then(setFillAction)
      .finally(loaded);
    // After a first-run answer, an unlock or the end of a session the profile and the stage may have moved or gone: start afresh.
    void import('./security')
      .then((module) => module.loadSecurityParts(env, () => location.reload()))
      .then(setSecurity)
      .finally(loaded);
  }, []);

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
      now={now}
      prefs={prefs}
      notice={notice}
      memoHref={browser.runtime.getURL('/memo.html')}
      onSetStage={setStage}
      onPrefsChange={changePrefs}
      loading={partsPending > 0}
      slots={{ lookAlikeWarning: security.top, fillAction, documents: documents?.(record, now), endSession: security.endSession }}
    />
  );
}

async function start(root: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLocale();
  const stage = readCurrentStage(env);
  const [first, prefs] = await Promise.all([stage.first, prefsStore.read()]);
  render(<PopupPage first={first} settled={stage.settled} initialPrefs={prefs.value} />, root);
  // Preact renders synchronously: the stage is in the page now.
  performance.mark(POPUP_STAGE_SHOWN_MARK);
}

const root = document.getElementById('app');
if (root) void start(root);
