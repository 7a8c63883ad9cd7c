/**
 * The part of the in-page code that runs on every portal page, kept small because it loads on
 * every one: follow what the page is and which fields it has (the throttled watcher), report the
 * page kinds and the sent forms for stage tracking, and bring in the engine (lib/content/engine.ts)
 * only where it has work: once the page has recognised fields, or when the helper's own pages
 * send a command. Everything that touches the browser's extension APIs is passed in
 * (`CoreEnvironment`), so this runs in tests against plain documents.
 */
import { scanDocument, type ScanResult } from '../detect/scan';
import { watchDocument } from '../detect/watch';
import type { ContentToBackground } from '../messages';
import type { PageObservation } from '../stage/record';
import type { CoreHandle, EngineHandle } from './bridge';
import { isSubmitClick } from './submissions';

export interface CoreEnvironment {
  readonly document: Document;
  /** A question to the background; `{ type: 'load-engine' }` settles once the engine has run or was refused. */
  readonly ask: (message: ContentToBackground) => Promise<unknown>;
  /** Same-origin frames are searched only where this allows (the URL guard). */
  readonly includeFrame: (frame: HTMLIFrameElement) => boolean;
}

const NOTHING: ScanResult = { page: null, fields: [] };

export class ContentCore implements CoreHandle {
  private scan: ScanResult = NOTHING;
  private readonly scanListeners = new Set<(scan: ScanResult) => void>();
  private engine: EngineHandle | null = null;
  /** The one request for the engine in this document, whatever it brought. */
  private engineLoad: Promise<EngineHandle | null> | null = null;
  private lastObservation = '';
  private stopWatching: (() => void) | null = null;
  private readonly listeners: readonly [string, (event: Event) => void][] = [
    ['click', (event) => this.onClicked(event)],
    ['submit', (event) => event.isTrusted && this.reportSubmitted()],
  ];

  constructor(private readonly env: CoreEnvironment) {}

  start(): void {
    this.stopWatching = watchDocument(this.env.document, (scan) => this.receiveScan(scan), { includeFrame: this.env.includeFrame });
    for (const [type, listener] of this.listeners) this.env.document.addEventListener(type, listener, { capture: true, passive: true });
  }

  stop(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    for (const [type, listener] of this.listeners) this.env.document.removeEventListener(type, listener, { capture: true });
  }

  /** Rescans at once (the watcher does this by itself on changes). */
  refresh(): void {
    this.receiveScan(scanDocument(this.env.document, { includeFrame: this.env.includeFrame }));
  }

  latestScan(): ScanResult {
    return this.scan;
  }

  onScan(listener: (scan: ScanResult) => void): () => void {
    this.scanListeners.add(listener);
    return () => void this.scanListeners.delete(listener);
  }

  ask(message: ContentToBackground): Promise<unknown> {
    return this.env.ask(message);
  }

  registerEngine(engine: EngineHandle): void {
    this.engine ??= engine;
  }

  hasEngine(): boolean {
    return this.engine !== null;
  }

  /** A command from the helper's own pages (the caller checked the sender): the engine answers it, brought in first if need be. */
  async command(raw: unknown): Promise<unknown> {
    const engine = await this.loadEngine();
    return engine?.answer(raw);
  }

  /**
   * The background injects the engine, which registers before the injection settles, so the
   * engine is here once the answer is (or the background refused, and it never will be).
   */
  private loadEngine(): Promise<EngineHandle | null> {
    if (this.engine) return Promise.resolve(this.engine);
    this.engineLoad ??= this.env.ask({ type: 'load-engine' }).then(() => this.engine);
    return this.engineLoad;
  }

  private receiveScan(scan: ScanResult): void {
    this.scan = scan;
    this.observe(scan);
    for (const listener of this.scanListeners) listener(scan);
    if (scan.fields.length > 0) void this.loadEngine();
  }

  /** Stage tracking: each page kind (and level) is reported once while it stays on screen. */
  private observe(scan: ScanResult): void {
    const page = scan.page;
    const key = page ? `${page.kind}:${page.level ?? ''}` : '';
    if (key === this.lastObservation) return;
    this.lastObservation = key;
    if (page) this.observePage({ source: 'observed', page: page.kind, ...(page.level ? { level: page.level } : {}) });
  }

  private onClicked(event: Event): void {
    const page = this.scan.page;
    if (event.isTrusted && page && isSubmitClick(page.kind, event.composedPath())) this.reportSubmitted();
  }

  /** The person sent the page's form (stage tracking: e.g. the letter is ordered now). */
  private reportSubmitted(): void {
    const page = this.scan.page;
    if (page) this.observePage({ source: 'observed', page: page.kind, submitted: true });
  }

  private observePage(observation: PageObservation): void {
    void this.env.ask({ type: 'page-observed', observation });
  }
}
