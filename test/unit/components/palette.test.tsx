import { describe, expect, it } from 'vitest';
import { DisplayPrefsControls } from '../../../components/DisplayPrefsControls';
import { ThemeRoot } from '../../../components/ThemeRoot';
import { DEFAULT_DISPLAY_PREFS, DisplayPrefsSchema, type DisplayPrefs } from '../../../lib/guidance/display-prefs';
import { HIGH_CONTRAST_PALETTE, STANDARD_PALETTE, type Palette } from '../../../components/palette';
import { byLabel, mount, user } from './mount';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [red, green, blue] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Every text colour on every background it is drawn on (components/ui.css). */
function textPairs(palette: Palette): [string, string, string][] {
  return [
    ['text', palette.text, palette.background],
    ['muted', palette.muted, palette.background],
    ['link', palette.link, palette.background],
    ['done', palette.done, palette.background],
    ['error', palette.error, palette.background],
    ['text on panel', palette.text, palette.panel],
    ['muted on panel', palette.muted, palette.panel],
    ['link on panel', palette.link, palette.panel],
    ['current step', palette.accentText, palette.accentBackground],
  ];
}

describe('colours', () => {
  it('the arithmetic is right: black on white is 21:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(textPairs(STANDARD_PALETTE))('standard: %s reaches 4.5:1', (_, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(textPairs(HIGH_CONTRAST_PALETTE))('high contrast: %s reaches 7:1', (_, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(7);
  });

  it('borders and the focus ring stand out from the background (3:1)', () => {
    for (const palette of [STANDARD_PALETTE, HIGH_CONTRAST_PALETTE]) {
      expect(contrast(palette.border, palette.background)).toBeGreaterThanOrEqual(3);
      expect(contrast(palette.focus, palette.background)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('display preferences', () => {
  it('switches large type and high contrast through labelled checkboxes', async () => {
    const changes: DisplayPrefs[] = [];
    const root = await mount(<DisplayPrefsControls prefs={DEFAULT_DISPLAY_PREFS} onChange={(prefs) => changes.push(prefs)} />);
    await user(() => byLabel<HTMLInputElement>(root, 'Крупный шрифт').click());
    await user(() => byLabel<HTMLInputElement>(root, 'Высокий контраст').click());
    expect(changes).toEqual([
      { version: 1, largeType: true, highContrast: false },
      { version: 1, largeType: false, highContrast: true },
    ]);
    expect(root.querySelector('legend')?.textContent).toBe('Удобство чтения');
  });

  it('applies the palette and the type size to the page root', async () => {
    const root = await mount(
      <ThemeRoot prefs={{ version: 1, largeType: true, highContrast: true }}>
        <p>text</p>
      </ThemeRoot>,
    );
    const app = root.querySelector<HTMLElement>('.app');
    expect(app?.classList.contains('app--large')).toBe(true);
    expect(app?.style.getPropertyValue('--color-background')).toBe(HIGH_CONTRAST_PALETTE.background);
    expect(app?.style.getPropertyValue('--color-text')).toBe(HIGH_CONTRAST_PALETTE.text);
  });

  it('stores nothing but the two switches', () => {
    expect(DisplayPrefsSchema.safeParse({ version: 1, largeType: true, highContrast: false }).success).toBe(true);
    expect(DisplayPrefsSchema.safeParse({ version: 1, largeType: 'yes', highContrast: false }).success).toBe(false);
  });
});
