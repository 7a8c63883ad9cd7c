import { t } from '../lib/i18n';
import type { NextAction } from '../lib/stage/next-action';
import { renderPhrase } from '../lib/stage/phrase';
import { PortalLink } from './ExternalLink';

/** The one next thing to do, in one sentence, and the portal page where it is done. */
export function NextActionCard({ action }: { action: NextAction }) {
  return (
    <section class="next-action">
      <h2>{t('ui_next_title')}</h2>
      <p class="next-action__text">{renderPhrase(action.phrase)}</p>
      <p class="next-action__link">
        <PortalLink id={action.link} />
      </p>
    </section>
  );
}
