/**
 * The options page: the profile editor over the profile store (lib/store/profile-store.ts),
 * which keeps the profile where this computer's mode says, sealed when there is a passphrase.
 * `OptionsPage`'s `slots.security` is the place for the mode and passphrase settings.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { securityClient } from '../../lib/background/client';
import { useState } from 'preact/hooks';
import { OptionsPage } from '../../components/OptionsPage';
import { SecuritySection } from '../../components/security/SecuritySection';
import { profileFileText } from '../../components/profile-editor/draft';
import '../../components/ui.css';
import { displayPrefsStore, type DisplayPrefs } from '../../lib/guidance/display-prefs';
import { t, uiLocale } from '../../lib/i18n';
import { emptyProfile, type Profile } from '../../lib/profile';
import { browserStoreEnv } from '../../lib/store/env';
import { securityActions, readSecurityState, type SecurityActions, type SecurityState } from '../../lib/store/actions';
import type { Outcome } from '../../lib/store/outcome';
import { profileStore, type ProfileLoad } from '../../lib/store/profile-store';
import { eraseEverything } from '../../lib/store/records';

const env = browserStoreEnv();
const store = profileStore(env);
const prefsStore = displayPrefsStore();
const security = securityActions(env);
const client = securityClient((message) => browser.runtime.sendMessage(message));

/** Offers `text` as a file download through a temporary link; nothing leaves the computer. */
function offerFile(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later: revoking at once may cancel the download before the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface RootProps {
  readonly initialLoad: ProfileLoad;
  readonly initialPrefs: DisplayPrefs;
  readonly initialSecurity: SecurityState;
}

function OptionsRoot({ initialLoad, initialPrefs, initialSecurity }: RootProps) {
  const [load, setLoad] = useState(initialLoad);
  const [securityState, setSecurityState] = useState(initialSecurity);
  const [prefs, setPrefs] = useState(initialPrefs);
  const [saved, setSaved] = useState<Profile>(initialLoad.status === 'ready' ? initialLoad.profile : emptyProfile());

  const saveProfile = async (profile: Profile): Promise<Outcome> => {
    const outcome = await store.save(profile);
    if (outcome.ok) setSaved(profile);
    return outcome;
  };

  const deleteAll = async (): Promise<Outcome> => {
    const outcome = await eraseEverything(env);
    if (outcome.ok) setSaved(emptyProfile());
    return outcome;
  };

  /** After any security action the profile may have moved, been sealed, unlocked or erased: read both again. */
  const afterSecurityChange = async <Result extends Outcome>(outcome: Result): Promise<Result> => {
    const [nextSecurity, nextLoad] = await Promise.all([readSecurityState(env), store.load()]);
    setSecurityState(nextSecurity);
    setLoad(nextLoad);
    if (nextLoad.status === 'ready') setSaved(nextLoad.profile);
    return outcome;
  };
  const boundActions: SecurityActions = {
    switchMode: async (mode) => afterSecurityChange(await security.switchMode(mode)),
    updateMinutes: async (patch) => afterSecurityChange(await security.updateMinutes(patch)),
    setPassphrase: async (passphrase) => afterSecurityChange(await security.setPassphrase(passphrase)),
    changePassphrase: async (current, next) => afterSecurityChange(await security.changePassphrase(current, next)),
    removePassphrase: async (passphrase) => afterSecurityChange(await security.removePassphrase(passphrase)),
    lock: async () => afterSecurityChange(await security.lock()),
  };

  return (
    <OptionsPage
      slots={{
        security: (
          <SecuritySection state={securityState} actions={boundActions} onUnlock={async (passphrase) => afterSecurityChange(await store.unlock(passphrase))} />
        ),
      }}
      prefs={prefs}
      onPrefsChange={(next) => {
        setPrefs(next);
        void prefsStore.write(next);
      }}
      load={load}
      editor={{
        today: new Date(),
        onSave: saveProfile,
        onSaveDraft: saveProfile,
        onExport: () => offerFile(profileFileText(saved), 'gosuslugi-profile.json'),
        onDeleteAll: deleteAll,
      }}
      onDeleted={() => setLoad({ status: 'empty' })}
    />
  );
}

async function start(root: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLocale();
  document.title = t('ui_editor_title');
  void client.noteActivity();
  const [load, prefs, securityState] = await Promise.all([store.load(), prefsStore.read(), readSecurityState(env)]);
  render(<OptionsRoot initialLoad={load} initialPrefs={prefs.value} initialSecurity={securityState} />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
