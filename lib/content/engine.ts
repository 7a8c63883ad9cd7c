/**
 * The in-page engine, injected only into portal pages where it has work (lib/content/core.ts
 * brings it in): say beside a field what is wrong with what was typed, offer to fill from the
 * profile, fill when the person asks, and answer the helper's own pages. The page and its fields
 * come from the core's scans (`onScan`). Everything that touches the browser's extension APIs is
 * passed in (`EngineEnvironment`), so this runs in tests against plain documents.
 *
 * Profile values arrive only in `fill()` (from the popup) or as the reply to the in-page
 * confirmation, only for the kinds on the page, and are not kept after the fill.
 */
import { fieldKind, isFieldKindId } from '../fields';
import type { FieldKind } from '../fields/types';
import type { DetectedField, ScanResult } from '../detect/scan';
import { describeOutcome, fillAll, fillField, radioGroup, spreadPastedCode, type FillOutcome, type FillRun } from '../fill';
import {
  parseMessage,
  PopupToContentSchema,
  type FieldValues,
  type FillReply,
  type PageFieldsReply,
  type PopupToContent,
  type ProfileUnavailable,
  type ProfileValuesReply,
} from '../messages';
import { t } from '../i18n';
import type { EngineHandle } from './bridge';
import { hintFor, type FieldHint } from './hints';

export interface EngineEnvironment {
  readonly document: Document;
  readonly today: () => Date;
  /** Which of these kinds the profile can fill (no values). */
  readonly profileKinds: (kinds: readonly string[]) => Promise<readonly string[]>;
  /** The values for these kinds, asked only after the person confirmed the in-page fill. */
  readonly profileValues: (kinds: readonly string[]) => Promise<ProfileValuesReply>;
  /** Called whenever what the overlay shows changes. */
  readonly render: (view: OverlayView) => void;
}

/** The in-page panel's steps. */
export type PanelView =
  | { readonly step: 'offer' }
  | { readonly step: 'preview'; readonly labels: readonly string[] }
  | { readonly step: 'busy' }
  | { readonly step: 'result'; readonly filled: number; readonly problems: readonly string[] }
  | { readonly step: 'undone' }
  | { readonly step: 'unavailable'; readonly reason: ProfileUnavailable };

export type MarkState = 'filled' | 'mismatch';

export interface OverlayView {
  readonly hints: readonly { readonly element: HTMLElement; readonly hint: FieldHint }[];
  readonly marks: readonly { readonly element: HTMLElement; readonly state: MarkState }[];
  readonly panel: PanelView | null;
}

export type PanelAction = 'open-preview' | 'confirm-fill' | 'cancel' | 'undo' | 'close';

export class ContentEngine implements EngineHandle {
  private scan: ScanResult = { page: null, fields: [] };
  private byElement = new Map<Element, DetectedField>();
  /** Kinds on the page the profile can fill, as last answered by the background. */
  private fillableKinds: ReadonlySet<string> = new Set();
  private hints = new Map<HTMLElement, FieldHint>();
  private marks = new Map<HTMLElement, MarkState>();
  private panel: PanelView | null = null;
  private lastRun: FillRun | null = null;
  /** While a fill runs, its own events update no hint: the fill refreshes every hint it touched when done. */
  private filling = false;
  private readonly listeners: readonly [string, (event: Event) => void][] = [
    ['input', (event) => this.onTyped(event, false)],
    ['focusout', (event) => this.onTyped(event, true)],
    ['paste', (event) => void this.onPaste(event as ClipboardEvent)],
  ];

  constructor(private readonly env: EngineEnvironment) {}

  /** Takes the page as the core's scan has it, and listens to the person from now on. */
  async start(scan: ScanResult): Promise<void> {
    for (const [type, listener] of this.listeners) this.env.document.addEventListener(type, listener, { capture: true, passive: true });
    await this.onScan(scan);
    // The engine arrives a moment after the page: what the person typed and left by then gets its hint now, as on leaving.
    for (const { element } of this.scan.fields) if (element !== this.env.document.activeElement && typedIn(element)) this.refreshHint(element, true);
    this.publish();
  }

  /** A command from the helper's own pages (the core checked the sender); one that does not parse gets no answer. */
  async answer(raw: unknown): Promise<unknown> {
    const message = parseMessage(PopupToContentSchema, raw);
    return message ? this.answerCommand(message) : undefined;
  }

  /** What the popup shows before it fills: the page and the recognised fields, without values. */
  listFields(): PageFieldsReply {
    return {
      page: this.scan.page?.kind ?? null,
      fields: this.fillableFields().map((field) => ({ kind: field.kind, label: fieldLabel(field.kind) })),
    };
  }

  /** Fills the page's fields with `values` (by kind); the outcome of each field is reported. */
  async fill(values: FieldValues): Promise<FillReply> {
    const plan = this.fillableFields().flatMap((field) => {
      const kind = knownKind(field.kind);
      const canonical = values[field.kind];
      return kind && canonical !== undefined ? [{ element: field.element, kind, canonical }] : [];
    });
    this.filling = true;
    try {
      this.lastRun = await fillAll(plan);
    } finally {
      this.filling = false;
    }
    this.marks = new Map(
      this.lastRun.outcomes.flatMap((outcome): [HTMLElement, MarkState][] =>
        outcome.status === 'refused' ? [] : [[outcome.element, outcome.status === 'filled' ? 'filled' : 'mismatch']],
      ),
    );
    for (const outcome of this.lastRun.outcomes) this.refreshHint(outcome.element, true);
    this.panel = { step: 'result', filled: countFilled(this.lastRun.outcomes), problems: problemsOf(this.lastRun.outcomes) };
    this.publish();
    return {
      outcomes: this.lastRun.outcomes.map((outcome) => {
        const detail = describeOutcome(outcome);
        return { kind: outcome.kind.id, status: outcome.status, ...(detail === undefined ? {} : { detail }) };
      }),
    };
  }

  async undo(): Promise<boolean> {
    const run = this.lastRun;
    if (!run) return false;
    this.lastRun = null;
    await run.undo();
    this.marks.clear();
    for (const outcome of run.outcomes) this.refreshHint(outcome.element, false);
    this.panel = { step: 'undone' };
    this.publish();
    return true;
  }

  /** The values the person typed into recognised fields, canonical, for «Взять с этой страницы». */
  takeFromPage(): FieldValues {
    return canonicalValues(this.fillableFields());
  }

  /**
   * Public terminal: the session ended; nothing of ours stays on the page: no marks, no hints,
   * and not the values we filled in either, or the next person at the terminal would find them.
   */
  clearPage(): void {
    const run = this.lastRun;
    this.forgetOwnTraces();
    // The undo's own input events bring hints back on the emptied fields: they go as well.
    if (run) void run.undo().catch(() => undefined).then(() => this.forgetOwnTraces());
  }

  /** The person accepted a hint's corrected value: it goes in the way a fill does. */
  async applyFix(element: HTMLElement, fix: string): Promise<void> {
    const field = this.byElement.get(element);
    const kind = field && knownKind(field.kind);
    if (!kind) return;
    await fillField(element, kind, kind.normalize(fix));
    this.refreshHint(element, true);
    this.publish();
  }

  /** A button of the in-page panel, already checked to be a real click on a visible panel. */
  async onPanelAction(action: PanelAction): Promise<void> {
    switch (action) {
      case 'open-preview':
        this.panel = { step: 'preview', labels: this.plannedFields().map((field) => fieldLabel(field.kind)) };
        break;
      case 'confirm-fill': {
        const kinds = [...new Set(this.plannedFields().map((field) => field.kind))];
        this.panel = { step: 'busy' };
        this.publish();
        const reply = await this.env.profileValues(kinds);
        if (!reply.ok) {
          this.panel = { step: 'unavailable', reason: reply.reason };
          break;
        }
        await this.fill(reply.values);
        return;
      }
      case 'undo':
        await this.undo();
        return;
      case 'cancel':
        this.panel = { step: 'offer' };
        break;
      case 'close':
        this.panel = null;
        break;
    }
    this.publish();
  }

  private forgetOwnTraces(): void {
    this.lastRun = null;
    this.marks.clear();
    this.hints.clear();
    this.panel = this.panel === null ? null : { step: 'offer' };
    this.publish();
  }

  /** The core's latest scan: the page and its fields as they are now. */
  async onScan(scan: ScanResult): Promise<void> {
    this.scan = scan;
    this.byElement = new Map(scan.fields.map((field) => [field.element, field]));
    for (const element of [...this.hints.keys()]) if (!this.byElement.has(element)) this.hints.delete(element);
    for (const element of [...this.marks.keys()]) if (!element.isConnected) this.marks.delete(element);
    const candidates = [...new Set(this.fillableFields().map((field) => field.kind))];
    this.fillableKinds = new Set(candidates.length === 0 ? [] : await this.env.profileKinds(candidates));
    const offer = this.plannedFields().length > 0 && this.scan.page?.role !== 'interstitial';
    if (!offer) this.panel = null;
    else if (this.panel === null) this.panel = { step: 'offer' };
    this.publish();
  }

  private async answerCommand(message: PopupToContent): Promise<unknown> {
    switch (message.type) {
      case 'list-fields':
        return this.listFields();
      case 'fill':
        return this.fill(message.values);
      case 'undo':
        return { undone: await this.undo() };
      case 'take-from-page':
        return { values: this.takeFromPage() };
      case 'clear-page':
        this.clearPage();
        return { cleared: true };
    }
  }

  private onTyped(event: Event, leaving: boolean): void {
    if (this.filling) return;
    const element = event.composedPath()[0];
    if (!(element instanceof HTMLElement) || !this.byElement.has(element)) return;
    // While typing, only a hint already shown follows the value; a new one waits for the person to leave the field.
    this.refreshHint(element, leaving || this.hints.has(element));
    this.publish();
  }

  private async onPaste(event: ClipboardEvent): Promise<void> {
    const target = event.composedPath()[0];
    const field = target instanceof HTMLElement ? this.byElement.get(target) : undefined;
    const text = event.clipboardData?.getData('text') ?? '';
    if (!field || knownKind(field.kind)?.id !== 'oneTimeCode') return;
    const cells = this.scan.fields.filter((other) => other.kind === field.kind).map((other) => other.element);
    if (cells.length > 1 && cells.every((cell): cell is HTMLInputElement => cell instanceof HTMLInputElement)) await spreadPastedCode(cells, text);
  }

  private refreshHint(element: HTMLElement, show: boolean): void {
    const field = this.byElement.get(element);
    const kind = field && knownKind(field.kind);
    const hint = kind && show ? hintFor(kind, readShown(element), this.relatedValues(), this.env.today()) : null;
    if (hint) this.hints.set(element, hint);
    else this.hints.delete(element);
  }

  /** The canonical values of every recognised field, so rules can compare fields with each other. */
  private relatedValues(): Record<string, string> {
    return canonicalValues(this.scan.fields);
  }

  /**
   * Recognised fields of kinds that may ever be filled (not passwords, codes or captchas). A
   * radio group is one field: its first button stands for it, and the engine picks the button.
   */
  private fillableFields(): DetectedField[] {
    return this.scan.fields.filter((field) => {
      const kind = knownKind(field.kind);
      const standsForGroup = !(field.element instanceof HTMLInputElement && field.element.type === 'radio') || radioGroup(field.element)[0] === field.element;
      return kind !== undefined && kind.input !== 'secret' && standsForGroup;
    });
  }

  /** The fields an in-page fill would touch: fillable, and the profile has a value. */
  private plannedFields(): DetectedField[] {
    return this.fillableFields().filter((field) => this.fillableKinds.has(field.kind));
  }

  private publish(): void {
    this.env.render({
      hints: [...this.hints].map(([element, hint]) => ({ element, hint })),
      marks: [...this.marks].map(([element, state]) => ({ element, state })),
      panel: this.panel,
    });
  }
}

/** What the person sees in each of these fields that holds something, canonical, by kind. */
function canonicalValues(fields: readonly DetectedField[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const kind = knownKind(field.kind);
    const shown = kind ? readShown(field.element) : '';
    if (kind && shown !== '') values[kind.id] = kind.normalize(shown);
  }
  return values;
}

function knownKind(id: string): FieldKind | undefined {
  return isFieldKindId(id) ? fieldKind(id) : undefined;
}

/** Our name of the field («СНИЛС»): the page's own label may be empty or a placeholder. */
function fieldLabel(id: string): string {
  const kind = knownKind(id);
  return kind ? t(kind.label) : id;
}

/** What a control shows: the text of an input, the chosen option of a select, 'true'/'false' for a tick box. */
function readShown(element: HTMLElement): string {
  if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) return String(element.checked);
  if (element instanceof HTMLSelectElement) return element.selectedOptions[0]?.textContent ?? '';
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value;
  return element.textContent ?? '';
}

/** A text field whose value is no longer the one the page came with. */
function typedIn(element: HTMLElement): boolean {
  if (element instanceof HTMLTextAreaElement) return element.value !== element.defaultValue;
  return element instanceof HTMLInputElement && element.type !== 'checkbox' && element.type !== 'radio' && element.value !== element.defaultValue;
}

function countFilled(outcomes: readonly FillOutcome[]): number {
  return outcomes.filter((outcome) => outcome.status === 'filled').length;
}

function problemsOf(outcomes: readonly FillOutcome[]): string[] {
  return outcomes.flatMap((outcome) => {
    const problem = describeOutcome(outcome);
    return problem === undefined ? [] : [problem];
  });
}
