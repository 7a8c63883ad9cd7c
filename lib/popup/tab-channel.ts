/**
 * The portal tab the popup works on, and the popup's messages to its content script.
 *
 * The tab is the active one of the popup's window. `?tab=<id>` in the popup's own address names
 * another one, for a popup opened in a tab of its own (then the popup itself is the active tab):
 * the end-to-end tests open it so. Only the tab's top frame is asked, where the content script
 * runs; a tab without it rejects, and the popup then shows nothing of this.
 *
 * Where the browser shows the tab's URL, it must be a genuine portal URL. Chromium hides the URL
 * of a tab the extension holds no host permission for, and content-script matches are not one
 * (Firefox shows it; so does `activeTab` once the person opened the popup). There the content
 * script is the check: it runs only on genuine portal pages (the manifest's exact hosts, then
 * isGenuinePortalUrl before it starts), so any other page leaves every message unanswered.
 */
import {
  FillReplySchema,
  PageFieldsReplySchema,
  parseMessage,
  TakeFromPageReplySchema,
  UndoReplySchema,
  type FieldValues,
  type FillReply,
  type PageFieldsReply,
  type PopupToContent,
} from '../messages';
import { isGenuinePortalUrl } from '../portal/guard';
import { z } from '../zod';

/** The part of `tabs.Tab` used here. */
export interface TabInfo {
  readonly id?: number;
  readonly url?: string;
}

/** The part of the browser's `tabs` API used here (the entrypoint hands in `browser.tabs`). */
export interface TabsApi {
  query(queryInfo: { active: boolean; currentWindow: boolean }): Promise<TabInfo[]>;
  get(tabId: number): Promise<TabInfo>;
  sendMessage(tabId: number, message: PopupToContent, options: { frameId: number }): Promise<unknown>;
}

const TOP_FRAME_ID = 0;

/** The content script's answer to `undo` (entrypoints/content.ts). */

/** The tab id of `?tab=<id>` in the popup's address, if it names one. */
export function requestedTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : undefined;
}

/** The tab's id, unless the browser shows a URL that is not the genuine portal. */
function askableTabId(tab: TabInfo | undefined): number | undefined {
  return tab?.id !== undefined && (tab.url === undefined || isGenuinePortalUrl(tab.url)) ? tab.id : undefined;
}

/** The requested tab unless it shows another site, else the active tab on the same terms, else none. */
export async function findPortalTab(tabs: TabsApi, requested: number | undefined): Promise<number | undefined> {
  const named = requested === undefined ? undefined : askableTabId(await tabs.get(requested).catch(() => undefined));
  if (named !== undefined) return named;
  const [active] = await tabs.query({ active: true, currentWindow: true }).catch((): TabInfo[] => []);
  return askableTabId(active);
}

export interface PortalTabChannel {
  /** The page kind and the recognised fields; null when the tab does not answer. */
  listFields(): Promise<PageFieldsReply | null>;
  fill(values: FieldValues): Promise<FillReply | null>;
  /** True when there was a fill to undo and it was undone. */
  undo(): Promise<boolean>;
  /** The values typed into recognised fields (canonical, by kind). */
  take(): Promise<FieldValues | null>;
}

export function portalTabChannel(tabs: TabsApi, tabId: number): PortalTabChannel {
  const ask = <Schema extends z.ZodMiniType>(schema: Schema, message: PopupToContent): Promise<z.infer<Schema> | null> =>
    tabs.sendMessage(tabId, message, { frameId: TOP_FRAME_ID }).then(
      (reply) => parseMessage(schema, reply),
      () => null,
    );
  return {
    listFields: () => ask(PageFieldsReplySchema, { type: 'list-fields' }),
    fill: (values) => ask(FillReplySchema, { type: 'fill', values }),
    undo: async () => (await ask(UndoReplySchema, { type: 'undo' }))?.undone === true,
    take: async () => (await ask(TakeFromPageReplySchema, { type: 'take-from-page' }))?.values ?? null,
  };
}

/** The portal page the popup works on and what it recognised; undefined when there is none with fields. */
export async function openPortalPage(tabs: TabsApi, search: string): Promise<{ channel: PortalTabChannel; listing: PageFieldsReply } | undefined> {
  const tabId = await findPortalTab(tabs, requestedTabId(search));
  if (tabId === undefined) return undefined;
  const channel = portalTabChannel(tabs, tabId);
  const listing = await channel.listFields();
  return listing === null || listing.fields.length === 0 ? undefined : { channel, listing };
}
