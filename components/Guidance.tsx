import { CONFIRMATION_METHODS } from '../lib/guidance/methods';
import type { OfficeList } from '../lib/guidance/offices';
import { t } from '../lib/i18n';
import { ExternalLink, PortalLink } from './ExternalLink';

function Offices({ list }: { list: OfficeList }) {
  return (
    <section class="offices">
      <h3>{t('ui_offices_title', [list.city])}</h3>
      <ul class="offices__list">
        {list.offices.map((office) => (
          <li key={office.address} class="office">
            <span class="office__name">{office.name}</span>
            <span class="office__address">{office.address}</span>
          </li>
        ))}
      </ul>
      <p>
        <ExternalLink href={list.listUrl}>{t('ui_offices_list_link')}</ExternalLink>
      </p>
    </section>
  );
}

/** The ways to confirm identity, the built-in service centres and where to find the others. */
export function Guidance({ officeLists }: { officeLists: readonly OfficeList[] }) {
  return (
    <section class="guidance">
      <h2>{t('ui_guidance_title')}</h2>
      <ul class="methods">
        {CONFIRMATION_METHODS.map((method) => (
          <li key={method.id} class="method">
            <h3>{t(method.title)}</h3>
            <dl class="method__facts">
              <dt>{t('ui_guidance_where')}</dt>
              <dd>{t(method.where)}</dd>
              <dt>{t('ui_guidance_needs')}</dt>
              <dd>{t(method.needs)}</dd>
              <dt>{t('ui_guidance_duration')}</dt>
              <dd>{t(method.duration)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <p>
        <PortalLink id="serviceCentres" />
      </p>
      {officeLists.map((list) => (
        <Offices key={list.city} list={list} />
      ))}
      <p>
        <PortalLink id="help" />
      </p>
    </section>
  );
}
