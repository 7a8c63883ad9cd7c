/**
 * What the helper draws on a portal page, inside its own shadow root: hints beside fields,
 * frames around filled fields, and the fill panel. It never shows a profile value: the preview
 * names the fields only, and a hint repeats nothing but what the person typed on this page.
 * Positions come in as viewport boxes; nothing here takes part in the page's layout.
 */
import type { JSX } from 'preact';
import type { FieldHint } from '../../lib/content/hints';
import type { MarkState, PanelAction, PanelView } from '../../lib/content/engine';
import { plural, t, type MessageKey } from '../../lib/i18n';
import type { ProfileUnavailable } from '../../lib/messages';

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedHint {
  readonly key: number;
  readonly box: Box;
  readonly hint: FieldHint;
}

export interface PlacedMark {
  readonly key: number;
  readonly box: Box;
  readonly state: MarkState;
}

export interface PageOverlayProps {
  readonly hints: readonly PlacedHint[];
  readonly marks: readonly PlacedMark[];
  readonly panel: PanelView | null;
  readonly viewportWidth: number;
  readonly onAction: (action: PanelAction, event: MouseEvent) => void;
  readonly onApplyFix: (key: number, event: MouseEvent) => void;
}

/** Room a hint needs to the right of its field; with less, it goes above the field. */
const HINT_WIDTH = 280;
const GAP = 8;

const UNAVAILABLE_MESSAGES: Record<ProfileUnavailable, MessageKey> = {
  locked: 'page_unavailable_locked',
  empty: 'page_unavailable_empty',
  'not-portal': 'page_unavailable_not_portal',
  damaged: 'page_unavailable_damaged',
};

export function PageOverlay(props: PageOverlayProps): JSX.Element {
  return (
    <div class="overlay">
      {props.marks.map((mark) => (
        <div key={`mark-${mark.key}`} class={`mark mark-${mark.state}`} style={boxStyle(mark.box, 3)} aria-hidden="true" />
      ))}
      {props.hints.map((placed) => (
        <HintBubble key={`hint-${placed.key}`} placed={placed} viewportWidth={props.viewportWidth} onApplyFix={props.onApplyFix} />
      ))}
      {props.panel && <FillPanel panel={props.panel} onAction={props.onAction} />}
    </div>
  );
}

function HintBubble({ placed, viewportWidth, onApplyFix }: { placed: PlacedHint; viewportWidth: number; onApplyFix: PageOverlayProps['onApplyFix'] }) {
  const { box, hint } = placed;
  const fitsRight = box.left + box.width + GAP + HINT_WIDTH <= viewportWidth;
  const position = fitsRight
    ? { top: `${box.top}px`, left: `${box.left + box.width + GAP}px` }
    : { top: `${box.top - GAP}px`, left: `${Math.max(GAP, box.left)}px`, transform: 'translateY(-100%)' };
  return (
    <div class={`hint hint-${hint.severity}`} style={position} role="status">
      <span class="hint-title">{t(hint.severity === 'error' ? 'page_hint_error' : 'page_hint_warning')}</span>
      {hint.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {hint.fix !== undefined && (
        <button type="button" onClick={(event) => onApplyFix(placed.key, event)}>
          {t('page_hint_apply_fix', [hint.fix])}
        </button>
      )}
    </div>
  );
}

function FillPanel({ panel, onAction }: { panel: PanelView; onAction: PageOverlayProps['onAction'] }) {
  const button = (action: PanelAction, label: MessageKey, primary = false) => (
    <button type="button" class={primary ? 'primary' : undefined} onClick={(event) => onAction(action, event)}>
      {t(label)}
    </button>
  );
  return (
    <section class="panel" aria-label={t('page_panel_title')}>
      <h2>{t('page_panel_title')}</h2>
      {panel.step === 'offer' && button('open-preview', 'page_fill_from_profile', true)}
      {panel.step === 'preview' && (
        <>
          <p>{t('page_preview_intro')}</p>
          <ul>
            {panel.labels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
          <div class="actions">
            {button('confirm-fill', 'page_confirm_fill', true)}
            {button('cancel', 'page_cancel')}
          </div>
        </>
      )}
      {panel.step === 'busy' && <p role="status">{t('page_busy')}</p>}
      {panel.step === 'result' && (
        <>
          <p role="status">{plural(panel.filled, { one: 'page_result_filled_one', few: 'page_result_filled_few', many: 'page_result_filled_many' })}</p>
          {panel.problems.length > 0 && (
            <ul class="problems">
              {panel.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          <div class="actions">
            {button('undo', 'page_undo', true)}
            {button('close', 'page_close')}
          </div>
        </>
      )}
      {panel.step === 'undone' && (
        <>
          <p role="status">{t('page_undone')}</p>
          {button('close', 'page_close')}
        </>
      )}
      {panel.step === 'unavailable' && (
        <>
          <p role="alert">{t(UNAVAILABLE_MESSAGES[panel.reason])}</p>
          {button('close', 'page_close')}
        </>
      )}
    </section>
  );
}

function boxStyle(box: Box, outset: number): Record<string, string> {
  return {
    top: `${box.top - outset}px`,
    left: `${box.left - outset}px`,
    width: `${box.width + 2 * outset}px`,
    height: `${box.height + 2 * outset}px`,
  };
}
