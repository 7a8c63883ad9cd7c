/**
 * Nothing leaves the computer: a whole registration is walked on the practice portal (the replica
 * pages at the portal's addresses, test/practice) with the helper at work (hints while typing,
 * fills from its panel, the stage followed page by page, its popup and options page opened at
 * the end), and the replica server, which is every request's proxy, heard of nothing but the
 * pages themselves and the portal's answers to the forms sent. The replica pages have no
 * subresources of their own, so any other request, to any host or path, would be the
 * extension's. The browsers' own background traffic is left out of the log by the harness
 * (BROWSER_OWN_TRAFFIC).
 */
import { expect, it } from 'vitest';
import { stageRecordStore } from '../../lib/stage/store';
import { completeProfile } from '../fixtures/profile';
import { mountPracticePortal } from '../practice/portal';
import { currentStep, PRACTICE_START } from '../practice/state';
import { PRACTICE_HOSTS, practiceUrl } from '../practice/steps';
import { forEachBrowser } from './support/browsers';
import { waitFor } from './support/overlay';
import { practiceWalkRequests, walkPracticePath } from './support/practice-walk';
import { seedProfile } from './support/profile';
import { extensionStorage } from './support/storage';

forEachBrowser(
  (browser) => {
    it('walks a whole registration with the helper at work, and the network hears of nothing but the portal pages', async () => {
      await seedProfile(browser, completeProfile());
      browser.server.clearLog();

      const page = await browser.open(practiceUrl(currentStep(PRACTICE_START)));
      await walkPracticePath(page);
      const popup = await browser.openExtensionPage('popup.html');
      await popup.waitForSelector('main.popup');
      const options = await browser.openExtensionPage('options.html');
      await options.waitForSelector('.editor__actions button[type="submit"]');

      // The helper was at work: it followed the pages up to the confirmed account.
      const stage = await waitFor(() => stageRecordStore(extensionStorage(browser, 'local')).read(), (read) => read.value.stage === 'confirmed');
      expect(stage).toMatchObject({ status: 'stored', value: { stage: 'confirmed' } });
      expect(browser.server.requests).toEqual(practiceWalkRequests());
      expect([...browser.server.tunnelHosts]).toEqual([PRACTICE_HOSTS.esia, PRACTICE_HOSTS.cabinet]);
    });
  },
  { prepareServer: mountPracticePortal },
);
