/**
 * Brings the in-page engine (entrypoints/content-engine.ts) into a portal page whose content
 * script asked for it. The router has already checked that the browser reports the sender as the
 * top frame of a genuine portal page; the engine goes into exactly that tab and frame, from the
 * extension's own package (no request leaves the machine, nothing is exposed to web pages).
 *
 * Once per document: Chrome names the sending document, and a document already served is not
 * served again. This memory dies with the worker and Firefox names no document; the engine
 * itself also refuses to start twice in one page (entrypoints/content-engine.ts).
 */
import { ENGINE_SCRIPT } from '../content/bridge';
import type { ScriptingApi } from './env';
import type { Sender } from './index';

/** Documents remembered; the oldest is forgotten beyond this (a worker lives minutes, a document is a page). */
const REMEMBERED_DOCUMENTS = 100;

export function engineLoader(scripting: ScriptingApi) {
  const served = new Set<string>();

  return {
    /** Settles once the engine has run in the sender's frame, or the injection failed (the page went away). */
    async load(sender: Sender): Promise<undefined> {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return undefined;
      if (sender.documentId !== undefined) {
        if (served.has(sender.documentId)) return undefined;
        served.add(sender.documentId);
        const [oldest] = served;
        if (served.size > REMEMBERED_DOCUMENTS && oldest !== undefined) served.delete(oldest);
      }
      await scripting.executeScript({ target: { tabId, frameIds: [sender.frameId] }, files: [ENGINE_SCRIPT] }).catch(() => undefined);
      return undefined;
    },
  };
}
