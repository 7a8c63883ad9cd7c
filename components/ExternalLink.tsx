import type { ComponentChildren } from 'preact';
import { PORTAL_LINKS, type PortalLinkId } from '../lib/guidance/links';
import { t } from '../lib/i18n';

/** A plain link to another site, opened in a new tab; screen readers are told so. */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener">
      {children}
      <span class="visually-hidden"> {t('ui_link_new_tab')}</span>
    </a>
  );
}

export function PortalLink({ id }: { id: PortalLinkId }) {
  const link = PORTAL_LINKS[id];
  return <ExternalLink href={link.url}>{t(link.label)}</ExternalLink>;
}
