/**
 * The printable memo (memo.html): reads the stage and the display preferences and renders the
 * memo; the browser's own print dialog prints it (print CSS in components/ui.css).
 */
import { render } from 'preact';
import { Memo } from '../../components/Memo';
import '../../components/ui.css';
import { displayPrefsStore } from '../../lib/guidance/display-prefs';
import { t, uiLocale } from '../../lib/i18n';
import { stageRecordStore } from '../../lib/stage/store';

async function start(root: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLocale();
  document.title = t('ui_memo_title');
  const [stage, prefs] = await Promise.all([stageRecordStore().read(), displayPrefsStore().read()]);
  render(<Memo record={stage.value} now={new Date()} prefs={prefs.value} onPrint={() => window.print()} />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
