import { describe, expect, it } from 'vitest';
import { isFieldKindId } from '../../../lib/fields';
import { PAGE_KINDS } from '../../../lib/detect/pages';
import { pageConfidence, recognisePage, type PageView } from '../../../lib/detect/page-score';
import type { PageKind } from '../../../lib/detect/pages/types';
import { normaliseText } from '../../../lib/text';
import { scanHtml } from './html';

const emptyView: PageView = {
  path: '/',
  hasElement: () => false,
  hasId: () => false,
  names: new Set(),
  headings: [],
  actions: [],
  text: '',
  fields: new Set(),
  shortTexts: () => new Set(),
};

describe('the page kinds’ data', () => {
  it('has unique ids', () => {
    const ids = PAGE_KINDS.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PAGE_KINDS.map((kind) => [kind.id, kind] as const))('%s names existing field kinds, valid paths, normalised texts and weights in (-1, 1]', (_, kind) => {
    const fieldIds = [...Object.keys(kind.signals.fields ?? {}), ...(kind.expectedFields ?? [])];
    for (const id of fieldIds) expect(isFieldKindId(id), id).toBe(true);
    for (const source of Object.keys(kind.signals.paths ?? {})) expect(() => new RegExp(source)).not.toThrow();
    const texts = [kind.signals.headings, kind.signals.actions, kind.signals.texts].flatMap((table) => Object.keys(table ?? {}));
    for (const text of [...texts, ...Object.values(kind.levels ?? {}).flat()]) expect(normaliseText(text)).toBe(text);
    const weights = Object.values(kind.signals).flatMap((table) => Object.values(table ?? {}));
    for (const weight of weights) {
      expect(weight).toBeGreaterThan(-1);
      expect(weight).toBeLessThanOrEqual(1);
    }
  });

  it('recognises nothing on a page without signals', () => {
    expect(recognisePage(emptyView)).toBeNull();
    for (const kind of PAGE_KINDS) expect(pageConfidence(kind, emptyView)).toBe(0);
  });
});

const withIds = (...ids: string[]): PageView => ({ ...emptyView, hasId: (id) => ids.includes(id) });

describe('the generic scorer', () => {
  const kind: PageKind = {
    id: 'test',
    role: 'form',
    signals: { ids: { a: 0.5, b: 0.5, c: -0.5 }, paths: { '^/x(': 0.9 } },
  };

  it('combines positive signals as independent evidence and scales by negative ones', () => {
    expect(pageConfidence(kind, withIds('a'))).toBeCloseTo(0.5);
    expect(pageConfidence(kind, withIds('a', 'b'))).toBeCloseTo(0.75);
    expect(pageConfidence(kind, withIds('a', 'b', 'c'))).toBeCloseTo(0.375);
  });

  it('treats a broken path pattern as no match', () => {
    expect(pageConfidence(kind, { ...emptyView, path: '/x(' })).toBe(0);
  });

  it('lets an interstitial win over a more certain form page', () => {
    const form: PageKind = { id: 'form', role: 'form', signals: { ids: { a: 0.99 } } };
    const interstitial: PageKind = { id: 'wall', role: 'interstitial', signals: { ids: { b: 0.6 } } };
    const view = withIds('a', 'b');
    expect(recognisePage(view, [form, interstitial])?.match).toMatchObject({ kind: 'wall', role: 'interstitial' });
    expect(recognisePage(withIds('a'), [form, interstitial])?.match.kind).toBe('form');
  });
});

describe('page recognition on the page', () => {
  it('uses the URL path', () => {
    const withPath = (path: string): string | null => {
      history.replaceState(null, '', path);
      return scanHtml('<h2>Добро пожаловать</h2>').page?.kind ?? null;
    };
    expect(withPath('/login/registration')).toBe('registration');
    expect(withPath('/somewhere/else')).toBeNull();
  });

  it('reads the level from a badge, not from help text that names another level', () => {
    const scan = scanHtml(`
      <h1>Профиль</h1><span class="badge">Стандартная учётная запись</span>
      <p>Подтверждённая учётная запись открывает доступ ко всем услугам портала.</p>`);
    expect(scan.page).toMatchObject({ kind: 'account-level', role: 'status', level: 'AL15' });
  });

  it('does not report a level on a page that shows none', () => {
    const scan = scanHtml('<h2>Уровень учётной записи</h2><p>Чтобы получить стандартную учётную запись, заполните личные данные и дождитесь проверки.</p>');
    expect(scan.page?.kind).toBe('account-level');
    expect(scan.page?.level).toBeUndefined();
  });

  it('ignores page texts inside our own UI', () => {
    expect(scanHtml('<div data-gosuslugi-helper><h1>Регистрация</h1><button>Зарегистрироваться</button></div>').page).toBeNull();
  });
});
