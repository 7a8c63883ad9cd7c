/**
 * «Это не Госуслуги»: the warning for a tab whose address imitates the portal, in the toolbar
 * badge and in the popup's banner.
 *
 * How the address is seen — a privacy decision. Two ways were open:
 * (a) `activeTab`: when the person opens the popup, the browser lets the extension see the
 *     address of that one tab; the popup checks it and marks that tab's badge;
 * (b) `tabs` + `tabs.onUpdated`: every address of every tab, as the person browses — the same
 *     reach as their browsing history, for a warning.
 * This is (a). A helper that keeps passports and SNILS numbers must not also watch where its
 * user goes. What (a) gives up: the badge lights only once the popup was opened on the tab, not
 * on arrival. The content script runs on the genuine hosts only, so it cannot warn on a
 * look-alike either way; and look-alike pages are caught where it matters, at the fill: profile
 * values go only to genuine portal pages (lib/portal/guard.ts).
 *
 * The mark is cleared when the popup is opened on a genuine page, and when the content script
 * of a genuine portal page in that tab speaks to the background (Chrome keeps a tab's badge
 * across navigations; Firefox resets it by itself).
 */
import { t, type MessageKey } from '../i18n';
import { lookalikeVerdict, type UnsafePortalUrlReason } from '../portal/guard';
import type { LookalikeReason } from '../portal/lookalike';
import type { BadgeApi, TabsApi } from './env';

export interface LookalikeWarning {
  /** The host as the browser parsed it (a homoglyph shows as `xn--…`). */
  readonly host: string;
  /** Why it is not the portal, one sentence. */
  readonly reason: MessageKey;
  /** Where the genuine portal is. */
  readonly genuineUrl: string;
}

const PORTAL_HOME = 'https://www.gosuslugi.ru/';

/** The error red of the helper's palette (components/palette.ts); the browser draws the «!» white on it. */
const BADGE_COLOR = '#a4261d';

const LOOKALIKE_REASONS: Readonly<Record<LookalikeReason, MessageKey>> = {
  'similar-name': 'sec_lookalike_similar_name',
  homoglyph: 'sec_lookalike_homoglyph',
  'cyrillic-name': 'sec_lookalike_cyrillic_name',
};

const UNSAFE_REASONS: Readonly<Record<UnsafePortalUrlReason, MessageKey>> = {
  http: 'sec_unsafe_http',
  port: 'sec_unsafe_port',
  credentials: 'sec_unsafe_credentials',
  'trailing-dot': 'sec_unsafe_trailing_dot',
};

/** The warning for an address, or null: genuine, another site under gosuslugi.ru, or unrelated. */
export function lookalikeWarning(url: string): LookalikeWarning | null {
  const verdict = lookalikeVerdict(url);
  if (verdict.kind !== 'lookalike' && verdict.kind !== 'unsafe-portal-url') return null;
  const host = new URL(url).hostname;
  if (verdict.kind === 'lookalike') return { host, reason: LOOKALIKE_REASONS[verdict.reason], genuineUrl: PORTAL_HOME };
  // A portal host served the wrong way: the same host the right way.
  return { host, reason: UNSAFE_REASONS[verdict.reason], genuineUrl: `https://${host.replace(/\.$/, '')}/` };
}

/** Red «!» with «Это не Госуслуги» on that tab, or the tab's badge back to normal. */
export async function markTab(badge: BadgeApi, tabId: number, warning: LookalikeWarning | null): Promise<void> {
  if (warning) {
    await badge.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await badge.setBadgeText({ tabId, text: '!' });
    await badge.setTitle({ tabId, title: t('sec_lookalike_title') });
  } else {
    await badge.setBadgeText({ tabId, text: '' });
    await badge.setTitle({ tabId, title: t('extName') });
  }
}

/**
 * For the popup, when it opens: the warning for the tab it was opened on (the only address
 * `activeTab` shows), and that tab's badge set to match. Null when the address is not visible.
 */
export async function checkActiveTab(tabs: Pick<TabsApi, 'query'>, badge: BadgeApi): Promise<LookalikeWarning | null> {
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || tab.url === undefined) return null;
  const warning = lookalikeWarning(tab.url);
  await markTab(badge, tab.id, warning);
  return warning;
}
