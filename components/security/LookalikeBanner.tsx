import type { LookalikeWarning } from '../../lib/background/lookalike';
import { t } from '../../lib/i18n';
import { ExternalLink } from '../ExternalLink';

/** «Это не Госуслуги», why, and where the genuine portal is; announced when the popup opens. */
export function LookalikeBanner({ warning }: { warning: LookalikeWarning }) {
  return (
    <section class="sec-lookalike" role="alert">
      <h2>{t('sec_lookalike_title')}</h2>
      <p>{t('sec_lookalike_address', [warning.host])}</p>
      <p>{t(warning.reason)}</p>
      <p>
        <strong>{t('sec_lookalike_advice')}</strong>
      </p>
      <p>
        {t('sec_lookalike_genuine')} <ExternalLink href={warning.genuineUrl}>{warning.genuineUrl}</ExternalLink>
      </p>
    </section>
  );
}
