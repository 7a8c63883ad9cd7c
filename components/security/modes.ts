/** The two answers to «whose computer is this», as the first-run question and the settings show them. */
import type { MessageKey } from '../../lib/i18n';
import type { ChosenMode } from '../../lib/store/settings';

export interface ModeChoice {
  readonly mode: ChosenMode;
  readonly label: MessageKey;
  /** One sentence: what the choice means for the person's data. */
  readonly explain: MessageKey;
}

export const MODE_CHOICES: readonly ModeChoice[] = [
  { mode: 'personal', label: 'sec_mode_personal', explain: 'sec_mode_personal_explain' },
  { mode: 'public-terminal', label: 'sec_mode_public', explain: 'sec_mode_public_explain' },
];
