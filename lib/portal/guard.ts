/**
 * Which URLs are the genuine portal. Everything is decided on the parsed URL (`new URL`),
 * never on the raw string: the URL parser is what the browser uses to decide where a page
 * really comes from, so `gosuslugi.ru@evil.test`, `%2e`, fullwidth dots, backslashes and
 * stray whitespace end up exactly where the browser would take them.
 */
import { PORTAL_DOMAIN, PORTAL_HOSTS } from './hosts';
import { portalNameResemblance, type LookalikeReason } from './lookalike';

/** Why a URL names a genuine portal host but is still not the portal (and is never filled). */
export type UnsafePortalUrlReason =
  | 'http' // no TLS: anyone on the network could have served the page
  | 'port' // the portal serves only on 443; another port is another server
  | 'credentials' // user:pass@ — the portal never uses them; a classic way to disguise a link
  | 'trailing-dot'; // esia.gosuslugi.ru. — a different origin to the browser, not the portal's pages

/**
 * What a URL is, for filling and for warnings:
 * - `genuine`: the portal; the only verdict that allows filling.
 * - `unsafe-portal-url`: a portal host name, but not the way the portal is served (see the reasons).
 * - `third-party`: another site under gosuslugi.ru (schools, companies, `perspectiva70.gosuslugi.ru`):
 *   not the portal, not phishing either — the domain's owner delegated it.
 * - `lookalike`: a host that imitates the portal's name: warn the user.
 * - `unrelated`: anything else, including URLs that are not http(s) or do not parse.
 *
 * `госуслуги.рф` counts as a look-alike: whoever holds that name, the portal never shows its
 * forms there, so a form asking for passport data on it is not the portal.
 */
export type PortalVerdict =
  | { readonly kind: 'genuine' }
  | { readonly kind: 'unsafe-portal-url'; readonly reason: UnsafePortalUrlReason }
  | { readonly kind: 'third-party' }
  | { readonly kind: 'lookalike'; readonly reason: LookalikeReason }
  | { readonly kind: 'unrelated' };

/** The frame of a message as the browser reports it (`runtime.MessageSender`). */
export interface PortalMessageSender {
  readonly url?: string;
  readonly frameId?: number;
}

const PORTAL_DOMAIN_LABELS = PORTAL_DOMAIN.split('.');
const TOP_FRAME_ID = 0;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The URL parser already normalises an explicit :443 on https to the empty port. */
function isGenuine(parsed: URL): boolean {
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.port === '' && PORTAL_HOSTS.has(parsed.hostname);
}

/** True only for https URLs on an exact portal host, default port, no credentials. */
export function isGenuinePortalUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && isGenuine(parsed);
}

/**
 * For the background: trust a message only when the browser says it comes from the top frame
 * of a genuine portal page. A portal page may embed frames from elsewhere; the sender's URL
 * is the frame's own, reported by the browser, so a page cannot fake it.
 */
export function isGenuinePortalSender(sender: PortalMessageSender): boolean {
  return sender.frameId === TOP_FRAME_ID && sender.url !== undefined && isGenuinePortalUrl(sender.url);
}

function unsafeReason(parsed: URL, trailingDot: boolean): UnsafePortalUrlReason {
  if (trailingDot) return 'trailing-dot';
  if (parsed.protocol !== 'https:') return 'http';
  if (parsed.username !== '' || parsed.password !== '') return 'credentials';
  return 'port';
}

/** Labels end with gosuslugi, ru: a name the portal's owner controls. */
function isUnderPortalDomain(labels: readonly string[]): boolean {
  const tail = labels.slice(-PORTAL_DOMAIN_LABELS.length);
  return labels.length > PORTAL_DOMAIN_LABELS.length && tail.every((label, index) => label === PORTAL_DOMAIN_LABELS[index]);
}

/**
 * The verdict on a URL. Besides the host, the user name is looked at: in
 * `https://gosuslugi.ru@evil.test/` the portal's name is only a disguise for evil.test.
 */
export function lookalikeVerdict(url: string): PortalVerdict {
  const parsed = parse(url);
  if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return { kind: 'unrelated' };
  if (isGenuine(parsed)) return { kind: 'genuine' };
  const labels = parsed.hostname.split('.');
  // One trailing dot names the same DNS host (the fully qualified form); judge the name without it.
  const trailingDot = labels.length > 1 && labels.at(-1) === '';
  if (trailingDot) labels.pop();
  if (PORTAL_HOSTS.has(labels.join('.'))) return { kind: 'unsafe-portal-url', reason: unsafeReason(parsed, trailingDot) };
  if (isUnderPortalDomain(labels)) return { kind: 'third-party' };
  const reason = portalNameResemblance(labels) ?? portalNameResemblance(parsed.username.split('.'));
  return reason === undefined ? { kind: 'unrelated' } : { kind: 'lookalike', reason };
}
