/**
 * The hosts that are the genuine portal. `*.gosuslugi.ru` is not a trust boundary: other
 * subdomains host third-party sites (schools, companies), so only these exact names count.
 * This list feeds both the manifest's content-script matches and the runtime URL guard.
 */

/** The federal portal: ESIA (login, registration), the personal cabinet, the portal itself. */
export const FEDERAL_PORTAL_HOSTS = ['esia.gosuslugi.ru', 'lk.gosuslugi.ru', 'www.gosuslugi.ru', 'gosuslugi.ru'] as const;

/**
 * Regional portals live at `<region code>.gosuslugi.ru` (Tomsk: 70). Two-digit codes are the
 * subjects of the federation; the three-digit ones are the additional codes some regions use.
 */
export const REGIONAL_PORTAL_CODES: readonly string[] = [
  ...Array.from({ length: 99 }, (_, index) => String(index + 1).padStart(2, '0')),
  ...['102', '113', '116', '121', '122', '123', '124', '125', '126', '134', '136', '138', '142', '147', '150', '152',
    '154', '156', '159', '161', '163', '164', '173', '174', '177', '178', '186', '190', '193', '196', '197', '199',
    '277', '299', '702', '716', '725', '750', '761', '763', '774', '777', '790', '797', '799', '977'],
];

export const PORTAL_DOMAIN = 'gosuslugi.ru';

export const REGIONAL_PORTAL_HOSTS: readonly string[] = REGIONAL_PORTAL_CODES.map((code) => `${code}.${PORTAL_DOMAIN}`);

export const PORTAL_HOSTS: ReadonlySet<string> = new Set<string>([...FEDERAL_PORTAL_HOSTS, ...REGIONAL_PORTAL_HOSTS]);

/** Match patterns for the manifest: https only, exact hosts. */
export const PORTAL_MATCH_PATTERNS: readonly string[] = [...PORTAL_HOSTS].map((host) => `https://${host}/*`);
