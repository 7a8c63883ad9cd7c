import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { Memo } from '../../../components/Memo';
import { Popup } from '../../../components/Popup';
import { DEFAULT_DISPLAY_PREFS } from '../../../lib/guidance/display-prefs';
import { mount } from './mount';

/** axe's WCAG A/AA rules that need no layout (happy-dom does not lay out; contrast is held in palette.test). */
async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

describe('accessibility (axe)', () => {
  it('finds nothing wrong in the popup', async () => {
    const root = await mount(
      <Popup
        record={{ version: 1, stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: new Date(2025, 2, 2).getTime(), history: [] }}
        now={new Date(2025, 2, 5)}
        prefs={DEFAULT_DISPLAY_PREFS}
        memoHref="memo.html"
        onSetStage={async () => undefined}
        onPrefsChange={() => undefined}
      />,
    );
    root.querySelector('details')?.setAttribute('open', '');
    expect(await violations(root)).toEqual([]);
  });

  it('finds nothing wrong in the memo, personal details shown', async () => {
    const root = await mount(
      <Memo
        record={{ version: 1, stage: 'verification', verificationStartedAt: new Date(2025, 2, 3).getTime(), history: [] }}
        now={new Date(2025, 2, 5)}
        prefs={DEFAULT_DISPLAY_PREFS}
        onPrint={() => undefined}
        person={{ show: true, onShowChange: () => undefined, details: { name: 'Смирнов Дмитрий', passport: '6900 123456' } }}
      />,
    );
    expect(await violations(root)).toEqual([]);
  });
});
