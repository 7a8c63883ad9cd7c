/**
 * Service centres built into the helper. The product serves all of Russia — the portal's map
 * (PORTAL_LINKS.serviceCentres) finds the nearest centre anywhere — and ships the offices of
 * Tomsk (seeds 000, 001), where it was first used, so they can be printed without a network.
 * Names and addresses are data, in Russian as the offices write them.
 */

export interface ServiceOffice {
  readonly name: string;
  readonly address: string;
}

export interface OfficeList {
  /** The city as it appears in a heading («Томск»). */
  readonly city: string;
  /** The official list of the region's offices, for those not built in. */
  readonly listUrl: string;
  readonly offices: readonly ServiceOffice[];
}

export const TOMSK_MFC_OFFICES: OfficeList = {
  city: 'Томск',
  listUrl: 'https://mfc.tomsk.ru/current_mfc/otdely/',
  offices: [
    { name: 'Отдел ОГКУ «ТО МФЦ» по Ленинскому району г. Томска', address: 'г. Томск, пер. Дербышевский, 26б' },
    { name: 'Отдел ОГКУ «ТО МФЦ» по Кировскому району г. Томска', address: 'г. Томск, пр. Фрунзе, д. 103д' },
    { name: 'Отдел ОГКУ «ТО МФЦ» по Октябрьскому району г. Томска', address: 'г. Томск, ул. Пушкина, д. 63, стр. 5' },
    { name: 'Отдел ОГКУ «ТО МФЦ» по Советскому району г. Томска', address: 'г. Томск, ул. Тверская, 74' },
  ],
};

export const BUILT_IN_OFFICE_LISTS: readonly OfficeList[] = [TOMSK_MFC_OFFICES];
