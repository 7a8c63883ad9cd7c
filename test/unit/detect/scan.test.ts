import { afterEach, describe, expect, it, vi } from 'vitest';
import { SURVEY_QUERIES } from '../../../lib/detect/dom';
import { SCAN_MEASURE, scanDocument } from '../../../lib/detect/scan';
import { SEARCH_BOUNDS } from '../../../lib/detect/weights';
import { kindAt, scanHtml } from './html';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('scanDocument', () => {
  it('returns the real input inside a custom element, with kind, confidence and label', () => {
    const scan = scanHtml('<div class="form-field"><span>Фамилия</span><lib-plain-input formcontrolname="lastName"><div><input id="plainInput-17"></div></lib-plain-input></div>');
    expect(scan.fields).toHaveLength(1);
    const [field] = scan.fields;
    expect(field?.element).toBe(document.getElementById('plainInput-17'));
    expect(field?.kind).toBe('lastName');
    expect(field?.label).toBe('Фамилия');
    expect(field?.confidence).toBeGreaterThan(0.9);
    expect(field?.confidence).toBeLessThanOrEqual(1);
  });

  it('finds nothing on a page without controls or page signals', () => {
    expect(scanHtml('<article><h1>Новости</h1><p>Текст новости.</p><a href="/">На главную</a></article>')).toEqual({ page: null, fields: [] });
  });

  it('survives an empty document and one without a body', () => {
    const empty = document.implementation.createHTMLDocument('');
    empty.body.remove();
    expect(scanDocument(empty)).toEqual({ page: null, fields: [] });
    const xml = document.implementation.createDocument(null, 'root', null);
    expect(scanDocument(xml)).toEqual({ page: null, fields: [] });
  });

  it('looks into open shadow roots, nested ones too', () => {
    document.body.innerHTML = '<esia-root></esia-root>';
    const app = document.querySelector('esia-root')!.attachShadow({ mode: 'open' });
    app.innerHTML = '<label for="ln">Фамилия</label><input id="ln"><lib-masked></lib-masked>';
    const inner = app.querySelector('lib-masked')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<input type="tel" placeholder="+7 (___) ___-__-__">';
    const scan = scanDocument(document);
    expect(scan.fields.map((field) => [field.element, field.kind])).toEqual([
      [app.getElementById('ln'), 'lastName'],
      [inner.querySelector('input'), 'phone'],
    ]);
  });

  describe('same-origin frames', () => {
    const withFrame = (): HTMLIFrameElement => {
      document.body.innerHTML = `<iframe srcdoc='<label for="e">Электронная почта</label><input id="e">'></iframe>`;
      return document.querySelector('iframe')!;
    };

    it('are scanned only when the caller allows the frame', () => {
      const frame = withFrame();
      expect(scanDocument(document).fields).toEqual([]);
      expect(scanDocument(document, { includeFrame: () => false }).fields).toEqual([]);
      const allowed = scanDocument(document, { includeFrame: (candidate) => candidate === frame });
      expect(allowed.fields.map((field) => [field.element, field.kind])).toEqual([[frame.contentDocument!.getElementById('e'), 'email']]);
    });

    it('a throwing guard counts as a refusal', () => {
      withFrame();
      const scan = scanDocument(document, {
        includeFrame: () => {
          throw new Error('guard failed');
        },
      });
      expect(scan.fields).toEqual([]);
    });
  });

  it('records its duration as the gu:scan measure, keeping only the latest', () => {
    performance.clearMeasures(SCAN_MEASURE);
    scanHtml('<input name="lastName">');
    scanHtml('<input name="firstName">');
    const measures = performance.getEntriesByName(SCAN_MEASURE, 'measure');
    expect(measures).toHaveLength(1);
    expect(measures[0]?.duration).toBeGreaterThanOrEqual(0);
  });

  it('scans even where user timing throws', () => {
    vi.spyOn(performance, 'mark').mockImplementation(() => {
      throw new Error('no user timing');
    });
    expect(kindAt(scanHtml('<input name="lastName">'), 'input')).toBe('lastName');
  });

  it('reads a bounded amount of page text, so a huge page costs no more than a short one', () => {
    const phrase = '<p>Выполняется проверка ваших личных данных</p>';
    expect(scanHtml(phrase).page?.kind).toBe('verification');
    const filler = `<p>${'Новости портала. '.repeat(SEARCH_BOUNDS.pageTextLength / 10)}</p>`;
    expect(scanHtml(filler + phrase).page).toBeNull();
  });

  it('scores a control again when what it says changed since the last scan', () => {
    const first = scanHtml('<input id="x" aria-label="Фамилия">');
    expect(kindAt(first, '#x')).toBe('lastName');
    expect(kindAt(scanDocument(document), '#x')).toBe('lastName');
    document.getElementById('x')!.setAttribute('aria-label', 'Имя');
    expect(kindAt(scanDocument(document), '#x')).toBe('firstName');
  });

  describe('a rescan after the page changed', () => {
    const fieldsNow = (): [string, string][] => scanDocument(document).fields.map((field) => [field.element.id, field.kind]);
    /** The survey's queries (SURVEY_QUERIES) made over the body during `action`, by name. */
    const queriesDuring = (action: () => void): string[] => {
      const query = vi.spyOn(document.body, 'querySelectorAll');
      action();
      const selectors = query.mock.calls.map(([selector]) => selector);
      query.mockRestore();
      return Object.entries(SURVEY_QUERIES).filter(([, { selector }]) => selectors.includes(selector)).map(([name]) => name);
    };
    const form = '<div id="form"><label for="ln">Фамилия</label><input id="ln"></div>';

    it('queries the page again only for what may have come, gone or changed', () => {
      scanHtml(form);
      expect(queriesDuring(() => scanDocument(document))).toEqual([]);
      const notice = document.createElement('p');
      notice.innerHTML = 'Загрузка <b>…</b>';
      document.body.append(notice);
      expect(queriesDuring(() => expect(fieldsNow()).toEqual([['ln', 'lastName']]))).toEqual([]);
      notice.remove();
      expect(queriesDuring(() => scanDocument(document))).toEqual([]);
      document.getElementById('ln')!.setAttribute('type', 'email');
      expect(queriesDuring(() => scanDocument(document))).toEqual(['controls']);
      const input = document.createElement('input');
      document.body.append(input);
      expect(queriesDuring(() => scanDocument(document))).toEqual(['controls']);
      document.getElementById('form')!.setAttribute('role', 'group');
      expect(queriesDuring(() => scanDocument(document))).toEqual(['regions']);
      document.body.append(document.createElement('nav'));
      expect(queriesDuring(() => scanDocument(document))).toEqual(['regions']);
    });

    it('finds controls added, also deep in an added subtree, and forgets removed ones', () => {
      scanHtml(form);
      const row = document.createElement('div');
      row.innerHTML = '<section><span><label for="fn">Имя</label><input id="fn"></span></section>';
      document.body.append(row);
      expect(fieldsNow()).toEqual([['ln', 'lastName'], ['fn', 'firstName']]);
      document.getElementById('form')!.remove();
      expect(fieldsNow()).toEqual([['fn', 'firstName']]);
    });

    it('forgets a control taken out of a removed subtree before the scan was told of the removal', () => {
      scanHtml(`${form}<div id="other"><input id="em" aria-label="Электронная почта"></div>`);
      const email = document.getElementById('em')!;
      document.getElementById('other')!.remove();
      // The subtree the records name no longer holds the control: its own removal is recorded too.
      email.remove();
      expect(fieldsNow()).toEqual([['ln', 'lastName']]);
    });

    it('follows a control moved into an ignored region, a region made by a role, and an input type changed', () => {
      scanHtml(`${form}<footer></footer><div id="menu"><input id="q" aria-label="Фамилия"></div>`);
      expect(fieldsNow()).toEqual([['ln', 'lastName'], ['q', 'lastName']]);
      document.querySelector('footer')!.append(document.getElementById('form')!);
      expect(fieldsNow()).toEqual([['q', 'lastName']]);
      document.getElementById('menu')!.setAttribute('role', 'navigation');
      expect(fieldsNow()).toEqual([]);
      document.getElementById('menu')!.removeAttribute('role');
      expect(fieldsNow()).toEqual([['q', 'lastName']]);
      document.getElementById('q')!.setAttribute('type', 'hidden');
      expect(fieldsNow()).toEqual([]);
    });

    it('follows controls added to an open shadow root it has surveyed before', () => {
      document.body.innerHTML = '<esia-root></esia-root>';
      const app = document.querySelector('esia-root')!.attachShadow({ mode: 'open' });
      app.innerHTML = '<p>Загрузка…</p>';
      expect(fieldsNow()).toEqual([]);
      const field = document.createElement('div');
      field.innerHTML = '<input id="snils" aria-label="СНИЛС">';
      app.append(field);
      expect(fieldsNow()).toEqual([['snils', 'snils']]);
    });
  });

  describe('on a page far larger than the portal’s', () => {
    const filler = (count: number, html: string): string => Array.from({ length: count }, () => html).join('');

    it('searches the layout around the first controls only; the labels a page ties to a control count for all', () => {
      const late = filler(SEARCH_BOUNDS.layoutSearchedControls, '<input name="other">');
      const scan = scanHtml(`
        <div><span>Фамилия</span><input id="first"></div>
        ${late}
        <div><span>Фамилия</span><input id="searched-no-more"></div>
        <label for="tied">Фамилия</label><input id="tied">
        <input id="named" aria-label="Фамилия">`);
      expect(['#first', '#searched-no-more', '#tied', '#named'].map((selector) => kindAt(scan, selector))).toEqual(['lastName', null, 'lastName', 'lastName']);
    });

    it('reads a control past the searched ones again when its attributes changed, even while it was out of the page', async () => {
      const early = filler(SEARCH_BOUNDS.layoutSearchedControls, '<input name="other">');
      scanHtml(`${early}<div id="row"><input id="late" aria-label="Фамилия"></div>`);
      const late = document.getElementById('late')!;
      expect(kindAt(scanDocument(document), '#late')).toBe('lastName');
      late.setAttribute('aria-label', 'Имя');
      expect(kindAt(scanDocument(document), '#late')).toBe('firstName');
      // Out of the page, changed once the observers were told of the removal, then put back.
      const row = document.getElementById('row')!;
      row.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      late.setAttribute('aria-label', 'Отчество');
      await new Promise((resolve) => setTimeout(resolve, 0));
      document.body.append(row);
      expect(kindAt(scanDocument(document), '#late')).toBe('middleName');
      late.removeAttribute('aria-label');
      late.setAttribute('name', 'lastName');
      expect(kindAt(scanDocument(document), '#late')).toBe('lastName');
    });

    it('reads a select again when its options changed: their text in place, or the options replaced', () => {
      scanHtml('<select id="choice"><option value="">Выберите</option><option value="M">Мужской</option><option value="F">Женский</option></select>');
      const select = document.getElementById('choice') as HTMLSelectElement;
      expect(kindAt(scanDocument(document), '#choice')).toBe('sex');
      // The texts changed in place (as a framework updates a text node), no element added or removed.
      const texts: Record<string, string> = { M: 'Паспорт гражданина РФ', F: 'Паспорт иностранного гражданина' };
      for (const option of select.options) if (option.value in texts) (option.firstChild as Text).data = texts[option.value]!;
      // No longer the sex select (these options alone name no kind for sure).
      expect(kindAt(scanDocument(document), '#choice')).toBeNull();
      select.innerHTML = '<option value="">Выберите</option><option value="M">Мужской</option><option value="F">Женский</option>';
      expect(kindAt(scanDocument(document), '#choice')).toBe('sex');
    });

    it('reads the first labels of a page only; a control past them keeps its own attributes', () => {
      const late = filler(SEARCH_BOUNDS.labels, '<label><input type="checkbox"> Согласен</label>');
      const scan = scanHtml(`
        <label for="early">Фамилия</label><input id="early">
        ${late}
        <label for="unread">Фамилия</label><input id="unread">
        <label for="own">Фамилия</label><input id="own" aria-label="Фамилия">`);
      expect(['#early', '#unread', '#own'].map((selector) => kindAt(scan, selector))).toEqual(['lastName', null, 'lastName']);
    });

    it('walks the first elements of a root only for its text, headings and shadow roots', () => {
      const late = filler(SEARCH_BOUNDS.surveyedElements, '<i></i>');
      const hostWithSurname = (): void => {
        const host = document.querySelector('esia-root')!;
        host.attachShadow({ mode: 'open' }).innerHTML = '<input name="lastName">';
      };
      document.body.innerHTML = `<esia-root></esia-root>${late}`;
      hostWithSurname();
      expect(scanDocument(document).fields.map((field) => field.kind)).toEqual(['lastName']);
      document.body.innerHTML = `${late}<esia-root></esia-root>`;
      hostWithSurname();
      expect(scanDocument(document).fields).toEqual([]);
    });

    it('still reads headings after the page text’s budget is spent', () => {
      const text = `<p>${'Новости портала. '.repeat(SEARCH_BOUNDS.pageTextLength / 10)}</p>`;
      expect(scanHtml(`${text}<h1>Регистрация</h1><button>Зарегистрироваться</button>`).page?.kind).toBe('registration');
    });
  });

  it('does not crash on odd markup', () => {
    const scan = scanHtml(`
      <label for="">?</label><input id="" aria-labelledby="missing  also-missing" maxlength="-3" autocomplete="  ">
      <table><tr><td><input><input></td></tr></table><dl><dd><select></select></dd></dl>
      <fieldset><input type="radio"><input type="radio" name=""></fieldset>
      <select><option></option></select><textarea placeholder="___"></textarea>`);
    expect(scan.fields).toEqual([]);
  });
});
