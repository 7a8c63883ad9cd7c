import type { ChecklistGroup, ChecklistState } from '../lib/guidance/documents';
import { t } from '../lib/i18n';

const STATE_TEXT = {
  done: 'ui_documents_state_done',
  missing: 'ui_documents_state_missing',
  invalid: 'ui_documents_state_invalid',
  unchecked: 'ui_documents_state_unchecked',
} as const satisfies Record<ChecklistState, string>;

/** The documents and data still needed, level by level; each item says its state in words. */
export function DocumentsChecklist({ groups }: { groups: readonly ChecklistGroup[] }) {
  return (
    <section class="documents">
      <h2>{t('ui_documents_title')}</h2>
      {groups.length === 0 && <p>{t('ui_documents_all_done')}</p>}
      {groups.map((group) => (
        <section key={group.id} class="documents__group">
          <h3>{t(group.label)}</h3>
          {group.anyOne && <p>{t('ui_documents_any_one')}</p>}
          <ul class="documents__list">
            {group.items.map((item) => (
              <li key={item.id} class={`document document--${item.state}`}>
                <span class="document__label">{t(item.label)}</span>
                <span class="document__state"> — {t(STATE_TEXT[item.state])}</span>
                {item.findings.length > 0 && (
                  <ul class="document__reasons">
                    {item.findings.map((finding, index) => (
                      <li key={index} class={`reason reason--${finding.issue.severity}`}>
                        {t(finding.issue.message, finding.issue.params)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
