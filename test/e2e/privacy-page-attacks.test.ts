/**
 * A portal page whose own scripts work against the person (an injected or compromised script)
 * gets nothing from the helper:
 * - fields hidden from the person are never filled, whichever way they are hidden. The fourteen
 *   techniques of portal/decoys.html are covered by content-fill.test.ts; here each is placed the
 *   other way round (on an ancestor instead of the field, or on the field instead of an
 *   ancestor), plus a cover from elsewhere in the page and opacities that multiply to nothing;
 * - a flood of look-alike commands through `postMessage`, and every synthetic way of clicking the
 *   panel's buttons in its open shadow root, before and well after its 500 ms settle time, start
 *   no preview and no fill, and no profile value reaches the page. A person's real clicks on the
 *   same page still work, so the silence is the guard's doing, not a broken panel.
 */
import { beforeEach, expect, it } from 'vitest';
import { PANEL_SETTLE_MS } from '../../lib/content/click-guard';
import { completeProfile } from '../fixtures/profile';
import { forEachBrowser } from './support/browsers';
import { fillFromPanel, waitFor } from './support/overlay';
import type { E2EPage } from './support/page';
import { seedProfile } from './support/profile';
import { filledControls, pageDump, profileTracesIn } from './support/traces';

const OFFER_BUTTON = 'Заполнить из профиля';

/** What test/fixtures/privacy/flood.html records of its attack. */
interface AttackRecord {
  readonly messages: number;
  readonly syntheticClicks: number;
  readonly clicksAfterSettle: number;
  readonly labelsSeen: readonly string[];
}

/** Synthetic clicks the flood page makes later than PANEL_SETTLE_MS (it counts from 1000 ms) before the test looks. */
const CLICKS_AFTER_SETTLE = 40;

function attackRecord(page: E2EPage): Promise<AttackRecord> {
  return page.evaluate(() => (window as unknown as { __attack: AttackRecord }).__attack);
}

forEachBrowser((browser) => {
  beforeEach(async () => {
    await seedProfile(browser, completeProfile());
  });

  it('fills the visible fields and none hidden by an ancestor, on the field itself, or covered from elsewhere', async () => {
    const page = await browser.open(browser.server.url('/fixtures/privacy/decoys-placement.html'));
    await fillFromPanel(page);
    expect(await filledControls(page)).toEqual({ lastName: 'Иванов', firstName: 'Иван', phone: '+7 (912) 345-67-89', email: 'ivanov@mail.ru' });
  });

  it('starts no preview and no fill for a flood of look-alike commands and synthetic clicks, and leaks nothing into the page', async () => {
    const extensionId = new URL(browser.extensionUrl('')).host;
    const page = await browser.open(`${browser.server.url('/fixtures/privacy/flood.html')}#extension=${extensionId}`);
    expect(PANEL_SETTLE_MS).toBeLessThan(1000);
    const attack = await waitFor(() => attackRecord(page), (record) => record.clicksAfterSettle >= CLICKS_AFTER_SETTLE);
    expect(attack.clicksAfterSettle).toBeGreaterThanOrEqual(CLICKS_AFTER_SETTLE);
    expect(attack.messages).toBeGreaterThan(attack.clicksAfterSettle);
    // The panel never left its first step: no preview was shown, so nothing could be confirmed.
    expect(attack.labelsSeen).toEqual([OFFER_BUTTON]);
    // No answer reached the page, not through postMessage nor through the extension's messaging.
    // The one message the page hears is WXT's announcement that the content script started
    // (it names the extension, so the page learns the helper is installed; it carries nothing else).
    const heard = await page.evaluate(() => document.getElementById('attack-received')?.textContent ?? '');
    const messages = heard.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown);
    expect(messages).toEqual(messages.map(() => ({ type: expect.stringMatching(/:content:wxt:content-script-started$/), contentScriptName: 'content', messageId: expect.any(String) })));
    expect(await filledControls(page)).toEqual({});
    expect(profileTracesIn(await pageDump(page))).toEqual([]);

    // A person's real clicks on the same page, with the flood still going, fill it.
    await fillFromPanel(page);
    expect(await filledControls(page)).toMatchObject({ f1: 'Иванов', f8: '112-233-445 95', f12: '123456' });
  });
});
