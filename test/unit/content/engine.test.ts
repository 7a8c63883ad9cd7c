import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentEngine, type EngineEnvironment, type OverlayView } from '../../../lib/content/engine';
import { scanDocument } from '../../../lib/detect/scan';
import { profileFieldValues } from '../../../lib/profile';
import { completeProfile, TODAY } from '../../fixtures/profile';
import { loadFixture, type LoadedFixture } from '../../fixtures/portal/load';

const PROFILE_VALUES: Record<string, string> = { ...profileFieldValues(completeProfile()) };

interface Harness {
  readonly session: ContentEngine;
  readonly fixture: LoadedFixture;
  readonly views: OverlayView[];
  readonly askedValuesFor: string[][];
  lastView(): OverlayView;
  input(selector: string): HTMLInputElement;
}

const open: LoadedFixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((fixture) => fixture.close()));
});

/** The engine as the core hands it a page: the fixture's scan (lib/content/core.ts scans; the engine does not). */
async function startOn(file: string, overrides: Partial<EngineEnvironment> = {}, beforeArrival: (document: Document) => void = () => undefined): Promise<Harness> {
  const fixture = loadFixture(file);
  open.push(fixture);
  await fixture.settle();
  beforeArrival(fixture.document);
  const views: OverlayView[] = [];
  const askedValuesFor: string[][] = [];
  const session = new ContentEngine({
    document: fixture.document,
    today: () => TODAY,
    profileKinds: async (kinds) => kinds.filter((kind) => kind in PROFILE_VALUES),
    profileValues: async (kinds) => {
      askedValuesFor.push([...kinds]);
      return { ok: true, values: Object.fromEntries(kinds.flatMap((kind) => (kind in PROFILE_VALUES ? [[kind, PROFILE_VALUES[kind]!]] : []))) };
    },
    render: (view) => views.push(view),
    ...overrides,
  });
  await session.start(scanDocument(fixture.document, { includeFrame: () => false }));
  return {
    session,
    fixture,
    views,
    askedValuesFor,
    lastView: () => views.at(-1) ?? { hints: [], marks: [], panel: null },
    input: (selector) => fixture.document.querySelector(selector) as HTMLInputElement,
  };
}

function typeInto(element: HTMLInputElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  element.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

describe('the in-page engine on the personal-data page', () => {
  it('offers to fill', async () => {
    const { lastView } = await startOn('personal-data-label-for.html');
    expect(lastView().panel).toEqual({ step: 'offer' });
  });

  it('previews field names only, asks for values only after confirmation, fills, marks and undoes', async () => {
    const { session, lastView, askedValuesFor, input } = await startOn('personal-data-label-for.html');
    await session.onPanelAction('open-preview');
    const preview = lastView().panel;
    expect(preview?.step).toBe('preview');
    const labels = preview && preview.step === 'preview' ? preview.labels : [];
    expect(labels).toEqual(expect.arrayContaining(['Фамилия', 'СНИЛС', 'Кем выдан', 'Пол']));
    expect(labels.filter((label) => label === 'Пол')).toHaveLength(1);
    expect(JSON.stringify(lastView())).not.toContain('11223344595');
    expect(askedValuesFor).toEqual([]);

    await session.onPanelAction('confirm-fill');
    expect(askedValuesFor).toHaveLength(1);
    expect(askedValuesFor[0]).toEqual(expect.arrayContaining(['lastName', 'snils', 'passportSeries', 'passportIssuedBy']));
    expect(askedValuesFor[0]).not.toContain('password');
    expect(input('#f1').value).toBe('Иванов');
    expect(input('#f8').value).toBe('112-233-445 95');
    expect(input('#f11').value).toBe('6910');
    expect(input('#f13').value).toBe('01.04.2010');
    expect(input('#f15').value).toBe('700-001');
    // A radio group is one field: the button that means the profile's value is checked.
    expect([input('#f5m').checked, input('#f5f').checked]).toEqual([true, false]);
    const result = lastView();
    expect(result.panel?.step).toBe('result');
    expect(result.marks.map((mark) => mark.element)).toContain(input('#f8'));

    await session.onPanelAction('undo');
    expect(input('#f1').value).toBe('');
    expect(input('#f8').value).toBe('');
    expect([input('#f5m').checked, input('#f5f').checked]).toEqual([false, false]);
    expect(lastView().marks).toEqual([]);
    expect(lastView().panel).toEqual({ step: 'undone' });
  });

  it('says why nothing was filled when the profile is locked, and fills nothing', async () => {
    const { session, lastView, input } = await startOn('personal-data-label-for.html', {
      profileValues: async () => ({ ok: false, reason: 'locked' }),
    });
    await session.onPanelAction('open-preview');
    await session.onPanelAction('confirm-fill');
    expect(lastView().panel).toEqual({ step: 'unavailable', reason: 'locked' });
    expect(input('#f1').value).toBe('');
  });

  it('shows a hint for a wrong SNILS when the person leaves the field, and removes it once fixed', async () => {
    const { session, lastView, input } = await startOn('personal-data-label-for.html');
    typeInto(input('#f8'), '112-233-445 96');
    const hint = lastView().hints.find((placed) => placed.element === input('#f8'))?.hint;
    expect(hint?.severity).toBe('error');
    expect(hint?.lines.join(' ')).toMatch(/контрольн/i);
    typeInto(input('#f8'), '112-233-445 95');
    expect(lastView().hints.find((placed) => placed.element === input('#f8'))).toBeUndefined();
  });

  it('catches up with what the person typed and left before it arrived, and lets the field being typed in be', async () => {
    const { lastView, input } = await startOn('personal-data-label-for.html', {}, (document) => {
      for (const [selector, value] of [['#f8', '112-233-445 96'], ['#f1', 'Ивaнов']] as const) document.querySelector<HTMLInputElement>(selector)!.value = value;
      document.querySelector<HTMLInputElement>('#f1')!.focus();
    });
    const hinted = lastView().hints.map((placed) => placed.element);
    expect(hinted).toContain(input('#f8'));
    expect(hinted).not.toContain(input('#f1'));
  });

  it('offers the Cyrillic fix for a surname typed with Latin look-alikes and applies it', async () => {
    const { session, lastView, input } = await startOn('personal-data-label-for.html');
    typeInto(input('#f1'), 'Ивaнов'); // Latin "a"
    const hint = lastView().hints.find((placed) => placed.element === input('#f1'))?.hint;
    expect(hint?.fix).toBe('Иванов');
    await session.applyFix(input('#f1'), hint!.fix!);
    expect(input('#f1').value).toBe('Иванов');
    expect(lastView().hints.find((placed) => placed.element === input('#f1'))).toBeUndefined();
  });

  it('lists the recognised fields for the popup and takes typed values back into canonical form', async () => {
    const { session, input } = await startOn('personal-data-label-for.html');
    typeInto(input('#f8'), '112 233 445 95');
    typeInto(input('#f15'), '700001');
    const listed = session.listFields();
    expect(listed.page).toBe('personal-data');
    expect(listed.fields.map((field) => field.kind)).toEqual(expect.arrayContaining(['lastName', 'snils', 'passportDepartmentCode']));
    expect(session.takeFromPage()).toMatchObject({ snils: '11223344595', passportDepartmentCode: '700001' });
  });

  it('clears every mark and hint when the public-terminal session ends', async () => {
    const { session, lastView } = await startOn('personal-data-label-for.html');
    await session.fill(PROFILE_VALUES);
    expect(lastView().marks.length).toBeGreaterThan(5);
    session.clearPage();
    expect(lastView().marks).toEqual([]);
    expect(lastView().hints).toEqual([]);
  });
});

describe('the in-page engine elsewhere', () => {
  it('offers nothing on the password page: passwords are never filled', async () => {
    const profileKinds = vi.fn(async (kinds: readonly string[]) => [...kinds]);
    const { lastView, session } = await startOn('password.html', { profileKinds });
    expect(lastView().panel).toBeNull();
    expect(session.listFields().fields).toEqual([]);
  });

  it('never asks for values on an interstitial', async () => {
    const { lastView } = await startOn('captcha.html');
    expect(lastView().panel).toBeNull();
  });
});

describe('commands from the helper\'s own pages', () => {
  it('answers the ones that parse, and nothing else', async () => {
    const { session, input } = await startOn('personal-data-label-for.html');
    expect(await session.answer({ type: 'list-fields' })).toMatchObject({ page: 'personal-data' });
    expect(await session.answer({ type: 'fill', values: { lastName: 'Иванов' } })).toEqual({ outcomes: [{ kind: 'lastName', status: 'filled' }] });
    expect(input('#f1').value).toBe('Иванов');
    expect(await session.answer({ type: 'undo' })).toEqual({ undone: true });
    expect(await session.answer({ type: 'clear-page' })).toEqual({ cleared: true });
    for (const junk of [null, 'fill', { type: 'fill', values: 'Иванов' }, { type: 'eval', code: '1' }]) expect(await session.answer(junk)).toBeUndefined();
    expect(input('#f1').value).toBe('');
  });
});
