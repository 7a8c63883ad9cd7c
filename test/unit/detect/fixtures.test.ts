/**
 * The replica pages against their labels (test/fixtures/portal/labels.ts): every page recognised
 * as its kind, every labelled control classified as labelled, every control labelled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../../lib/detect/pages';
import { scanDocument, type ScanResult } from '../../../lib/detect/scan';
import { SEARCH_BOUNDS } from '../../../lib/detect/weights';
import { PORTAL_FIXTURES } from '../../fixtures/portal/labels';
import { loadFixture, queryFixture, type LoadedFixture } from '../../fixtures/portal/load';
import { evaluateFixtures } from '../../bench/precision-recall';

const CONTROLS = 'input:not([type="hidden"], [type="submit"], [type="button"], [type="file"], [type="image"], [type="reset"]), select, textarea';

/** How many times larger than a replica page a portal page may be before a bound of the scan bites. */
const PORTAL_MARGIN = 5;

function shadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot, ...shadowRoots(element.shadowRoot)] : []));
}

/** Every control a person could fill, through open shadow roots, found without the scanner's code. */
function allControls(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    ...(element.matches(CONTROLS) ? [element] : []),
    ...(element.shadowRoot ? allControls(element.shadowRoot) : []),
  ]);
}

describe.each(Object.entries(PORTAL_FIXTURES))('%s', (file, labels) => {
  let fixture: LoadedFixture;
  let scan: ScanResult;
  beforeAll(async () => {
    fixture = loadFixture(file);
    await fixture.settle();
    scan = scanDocument(fixture.document);
  });
  afterAll(() => fixture.close());

  it(`is recognised as ${labels.page ?? 'no page kind'}${labels.level ? ` showing ${labels.level}` : ''}`, () => {
    expect(scan.page?.kind ?? null).toBe(labels.page);
    expect(scan.page?.level).toBe(labels.level);
    if (scan.page !== null) expect(scan.page.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each(labels.fields.map((field) => [field.selector, field.expected] as const))('%s is %s', (selector, expected) => {
    const element = queryFixture(fixture.document, selector);
    expect(element, `${selector} exists`).not.toBeNull();
    const detected = scan.fields.find((field) => field.element === element);
    expect(detected?.kind ?? null).toBe(expected);
  });

  it('is far within the bounds a scan keeps on a large page, so none of them changes its result', () => {
    const roots = [fixture.document, ...shadowRoots(fixture.document)];
    expect(allControls(fixture.document).length * PORTAL_MARGIN).toBeLessThanOrEqual(SEARCH_BOUNDS.layoutSearchedControls);
    for (const root of roots) expect(root.querySelectorAll('*').length * PORTAL_MARGIN).toBeLessThanOrEqual(SEARCH_BOUNDS.surveyedElements);
  });

  it('has every control labelled, and every detected field is one of them', () => {
    const labelled = labels.fields.map((field) => queryFixture(fixture.document, field.selector));
    expect(new Set(allControls(fixture.document))).toEqual(new Set(labelled));
    for (const field of scan.fields) expect(labelled).toContain(field.element);
  });
});

describe('the fixture set', () => {
  it('shows every page kind, interstitials as interstitials', () => {
    const shown = new Set(Object.values(PORTAL_FIXTURES).map((fixture) => fixture.page));
    for (const kind of PAGE_KINDS) expect(shown, kind.id).toContain(kind.id);
    expect(PAGE_KINDS.filter((kind) => kind.role === 'interstitial').map((kind) => kind.id)).toEqual(['captcha', 'promo']);
  });

  it('labels at least 150 controls, decoys and controls to leave alone among them', () => {
    const fields = Object.values(PORTAL_FIXTURES).flatMap((fixture) => fixture.fields);
    expect(fields.length).toBeGreaterThanOrEqual(150);
    expect(fields.filter((field) => field.decoy).length).toBeGreaterThanOrEqual(10);
    expect(fields.filter((field) => field.expected === null).length).toBeGreaterThanOrEqual(15);
  });

  it('is classified with full precision and at least 98% recall', async () => {
    const figures = await evaluateFixtures();
    expect(figures.falsePositives).toEqual([]);
    expect(figures.precision).toBe(1);
    expect(figures.recall).toBeGreaterThanOrEqual(0.98);
  });
});
