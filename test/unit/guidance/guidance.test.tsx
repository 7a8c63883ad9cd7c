import { describe, expect, it } from 'vitest';
import { Guidance } from '../../../components/Guidance';
import { PORTAL_LINKS } from '../../../lib/guidance/links';
import { CONFIRMATION_METHODS, WHAT_TO_BRING } from '../../../lib/guidance/methods';
import { BUILT_IN_OFFICE_LISTS, TOMSK_MFC_OFFICES } from '../../../lib/guidance/offices';
import { STAGES } from '../../../lib/stage/stages';
import ru from '../../../public/_locales/ru/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { mount } from '../components/mount';

describe('guidance data', () => {
  it('has every way to confirm identity, each with where, what it needs and how long', () => {
    expect(CONFIRMATION_METHODS.map((method) => method.id)).toEqual(['in-person', 'letter', 'e-signature', 'bank']);
    expect(ru[CONFIRMATION_METHODS[1]!.duration].message).toBe('Около двух недель; новый код — не раньше чем через 30 дней');
    expect(ru[CONFIRMATION_METHODS[0]!.needs].message).toBe('Паспорт и СНИЛС');
  });

  it('names every text it shows in both catalogues', () => {
    const keys = [
      ...CONFIRMATION_METHODS.flatMap((method) => [method.title, method.where, method.needs, method.duration]),
      ...STAGES.flatMap((stage) => [stage.label, stage.hint]),
      ...Object.values(PORTAL_LINKS).map((link) => link.label),
      ...WHAT_TO_BRING,
    ];
    const catalogues: Record<string, unknown>[] = [ru, en];
    for (const catalogue of catalogues) expect(keys.filter((key) => !(key in catalogue))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('builds in the four Tomsk МФЦ district offices of seed 000', () => {
    expect(BUILT_IN_OFFICE_LISTS).toContain(TOMSK_MFC_OFFICES);
    expect(TOMSK_MFC_OFFICES.offices.map((office) => office.address)).toEqual([
      'г. Томск, пер. Дербышевский, 26б',
      'г. Томск, пр. Фрунзе, д. 103д',
      'г. Томск, ул. Пушкина, д. 63, стр. 5',
      'г. Томск, ул. Тверская, 74',
    ]);
    expect(TOMSK_MFC_OFFICES.offices.every((office) => office.name.startsWith('Отдел ОГКУ «ТО МФЦ» по '))).toBe(true);
  });

  it('links only the portal pages of the seeds, over https', () => {
    expect(Object.values(PORTAL_LINKS).map((link) => link.url)).toEqual([
      'https://esia.gosuslugi.ru/login/registration',
      'https://lk.gosuslugi.ru/profile/personal',
      'https://esia.gosuslugi.ru/public/ra/',
      'https://www.gosuslugi.ru/help/faq/c-1/1/',
    ]);
  });
});

describe('the guidance view', () => {
  it('shows each method under its own heading with its facts', async () => {
    const root = await mount(<Guidance officeLists={BUILT_IN_OFFICE_LISTS} />);
    expect([...root.querySelectorAll('.method h3')].map((heading) => heading.textContent)).toEqual([
      'Лично в центре обслуживания',
      'Код письмом по Почте России',
      'Квалифицированная электронная подпись',
      'Через интернет-банк',
    ]);
    const letterFacts = [...root.querySelectorAll('.method')][1]?.querySelectorAll('dt, dd');
    expect([...(letterFacts ?? [])].map((element) => element.textContent)).toEqual([
      'Где',
      'Заказать в профиле на Госуслугах; код придёт заказным письмом',
      'Что нужно',
      'Почтовый адрес с индексом',
      'Сколько ждать',
      'Около двух недель; новый код — не раньше чем через 30 дней',
    ]);
  });

  it('lists the Tomsk offices with addresses, the office list, the map and the help', async () => {
    const root = await mount(<Guidance officeLists={BUILT_IN_OFFICE_LISTS} />);
    expect(root.querySelector('.offices h3')?.textContent).toBe('МФЦ «Мои документы»: Томск');
    expect(root.querySelectorAll('.office')).toHaveLength(4);
    expect(root.querySelector('.office')?.textContent).toContain('пер. Дербышевский, 26б');
    const hrefs = [...root.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['https://esia.gosuslugi.ru/public/ra/', 'https://mfc.tomsk.ru/current_mfc/otdely/', 'https://www.gosuslugi.ru/help/faq/c-1/1/']);
  });
});
