import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentSession, type ContentEnvironment, type OverlayView } from '../../../lib/content/session';
import { profileFieldValues } from '../../../lib/profile';
import type { PageObservation } from '../../../lib/stage/record';
import { completeProfile, TODAY } from '../../fixtures/profile';
import { loadFixture, type LoadedFixture } from '../../fixtures/portal/load';

const PROFILE_VALUES: Record<string, string> = { ...profileFieldValues(completeProfile()) };

interface Harness {
  readonly session: ContentSession;
  readonly fixture: LoadedFixture;
  readonly views: OverlayView[];
  readonly observations: PageObservation[];
  readonly askedValuesFor: string[][];
  lastView(): OverlayView;
  input(selector: string): HTMLInputElement;
}

const open: LoadedFixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((fixture) => fixture.close()));
});

async function startOn(file: string, overrides: Partial<ContentEnvironment> = {}): Promise<Harness> {
  const fixture = loadFixture(file);
  open.push(fixture);
  await fixture.settle();
  const views: OverlayView[] = [];
  const observations: PageObservation[] = [];
  const askedValuesFor: string[][] = [];
  const session = new ContentSession({
    document: fixture.document,
    today: () => TODAY,
    profileKinds: async (kinds) => kinds.filter((kind) => kind in PROFILE_VALUES),
    profileValues: async (kinds) => {
      askedValuesFor.push([...kinds]);
      return { ok: true, values: Object.fromEntries(kinds.flatMap((kind) => (kind in PROFILE_VALUES ? [[kind, PROFILE_VALUES[kind]!]] : []))) };
    },
    observePage: (observation) => observations.push(observation),
    includeFrame: () => false,
    render: (view) => views.push(view),
    ...overrides,
  });
  await session.refresh();
  return {
    session,
    fixture,
    views,
    observations,
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

describe('the content session on the personal-data page', () => {
  it('reports the page kind once and offers to fill', async () => {
    const { observations, lastView, session } = await startOn('personal-data-label-for.html');
    await session.refresh();
    expect(observations).toEqual([{ source: 'observed', page: 'personal-data' }]);
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
    session.start();
    typeInto(input('#f8'), '112-233-445 96');
    const hint = lastView().hints.find((placed) => placed.element === input('#f8'))?.hint;
    expect(hint?.severity).toBe('error');
    expect(hint?.lines.join(' ')).toMatch(/контрольн/i);
    typeInto(input('#f8'), '112-233-445 95');
    expect(lastView().hints.find((placed) => placed.element === input('#f8'))).toBeUndefined();
    session.stop();
  });

  it('offers the Cyrillic fix for a surname typed with Latin look-alikes and applies it', async () => {
    const { session, lastView, input } = await startOn('personal-data-label-for.html');
    session.start();
    typeInto(input('#f1'), 'Ивaнов'); // Latin "a"
    const hint = lastView().hints.find((placed) => placed.element === input('#f1'))?.hint;
    expect(hint?.fix).toBe('Иванов');
    await session.applyFix(input('#f1'), hint!.fix!);
    expect(input('#f1').value).toBe('Иванов');
    expect(lastView().hints.find((placed) => placed.element === input('#f1'))).toBeUndefined();
    session.stop();
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

describe('the content session elsewhere', () => {
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

describe('sending a form', () => {
  it('recognises the page\'s own submit button by its text and nothing else', async () => {
    const { isSubmitClick } = await import('../../../lib/content/submissions');
    const fixture = loadFixture('letter-address.html');
    open.push(fixture);
    const document = fixture.document;
    const deliver = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Доставить');
    expect(deliver).toBeDefined();
    expect(isSubmitClick('letter-address', [deliver!, document.body])).toBe(true);
    expect(isSubmitClick('personal-data', [deliver!, document.body])).toBe(false);
    const other = document.createElement('button');
    other.textContent = 'Назад';
    expect(isSubmitClick('letter-address', [other])).toBe(false);
  });

  it('reports a trusted submit of the page as a submission, and ignores a synthetic one', async () => {
    const { observations, fixture, session } = await startOn('letter-address.html');
    session.start();
    fixture.document.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(observations.filter((observation) => observation.submitted)).toEqual([]);
    session.stop();
  });
});
