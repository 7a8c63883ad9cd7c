/**
 * The portal pages the helper sends people to (seeds 000–004, DOMAIN.md), with the words on
 * the link. Plain links opened in a new tab; the helper itself never contacts these hosts.
 */
import type { MessageKey } from '../i18n';

export interface PortalLink {
  readonly url: string;
  readonly label: MessageKey;
}

export const PORTAL_LINKS = {
  registration: { url: 'https://esia.gosuslugi.ru/login/registration', label: 'ui_link_registration' },
  profile: { url: 'https://lk.gosuslugi.ru/profile/personal', label: 'ui_link_profile' },
  serviceCentres: { url: 'https://esia.gosuslugi.ru/public/ra/', label: 'ui_link_service_centres' },
  help: { url: 'https://www.gosuslugi.ru/help/faq/c-1/1/', label: 'ui_link_help' },
} as const satisfies Record<string, PortalLink>;

export type PortalLinkId = keyof typeof PORTAL_LINKS;
