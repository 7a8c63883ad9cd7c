/**
 * The in-page engine (lib/content/engine.ts): hints, the fill panel, fill and undo. Not listed in
 * the manifest: the background injects it (`load-engine`) into a portal page whose core
 * (entrypoints/content.ts) found work for it, and it reaches the page through that core.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findCore } from '../lib/content/bridge';
import { ContentEngine } from '../lib/content/engine';
import { createOverlay } from '../lib/content/overlay';
import { ProfileKindsReplySchema, ProfileValuesReplySchema, parseMessage } from '../lib/messages';

export default defineUnlistedScript(() => {
  const core = findCore(globalThis);
  // Without the core this is no portal page of ours; with an engine already there, a second injection.
  if (!core || core.hasEngine()) return;

  const overlay = createOverlay(document, {
    onAction: (action) => void engine.onPanelAction(action),
    onApplyFix: (element, fix) => void engine.applyFix(element, fix),
  });
  const engine = new ContentEngine({
    document,
    today: () => new Date(),
    profileKinds: async (kinds) => parseMessage(ProfileKindsReplySchema, await core.ask({ type: 'profile-kinds', kinds: [...kinds] }))?.kinds ?? [],
    profileValues: async (kinds) =>
      parseMessage(ProfileValuesReplySchema, await core.ask({ type: 'profile-values', kinds: [...kinds] })) ?? { ok: false, reason: 'damaged' },
    render: (view) => overlay.update(view),
  });
  core.onScan((scan) => void engine.onScan(scan));
  void engine.start(core.latestScan());
  core.registerEngine(engine);
});
