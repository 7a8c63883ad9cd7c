/**
 * «Заполнить» for the portal page in the current tab, loaded after the popup's first render:
 * it asks the tab's content script what the page is and reads the profile (which may have to
 * be decrypted); the stage must not wait for either.
 */
import type { ComponentChild } from 'preact';
import { browser } from 'wxt/browser';
import { PopupFill } from '../../components/popup-fill/PopupFill';
import { openPortalPage } from '../../lib/popup/tab-channel';
import type { StoreEnv } from '../../lib/store/env';
import { profileStore } from '../../lib/store/profile-store';

/** Nothing when the current tab is not a portal page with fields the content script recognised. */
export async function loadFillSection(env: StoreEnv, onProfileSaved: () => void): Promise<ComponentChild | undefined> {
  const page = await openPortalPage(browser.tabs, location.search);
  if (page === undefined) return undefined;
  const store = profileStore(env);
  return (
    <PopupFill
      listing={page.listing}
      load={await store.load()}
      today={new Date()}
      optionsHref={browser.runtime.getURL('/options.html')}
      onFill={page.channel.fill}
      onUndo={page.channel.undo}
      onTake={page.channel.take}
      onSave={async (profile) => {
        const outcome = await store.save(profile);
        if (outcome.ok) onProfileSaved();
        return outcome;
      }}
    />
  );
}
