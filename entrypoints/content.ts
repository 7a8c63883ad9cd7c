import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCH_PATTERNS } from '../lib/portal/hosts';

export default defineContentScript({
  matches: [...PORTAL_MATCH_PATTERNS],
  runAt: 'document_idle',
  main() {},
});
