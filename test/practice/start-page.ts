/**
 * The practice portal's own page: what it is, the steps with the current one marked, and the
 * buttons to go on or to start over. The step list is a `<nav>`, which the helper does not read
 * as page content: the step names («Регистрация», «Код из СМС»…) must not make this page look
 * like one of the portal's to it.
 */
import { currentStep, type PracticeState } from './state';
import { PRACTICE_PAGES, PRACTICE_STEPS, practiceUrl, type PracticeStep } from './steps';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function stepItem(step: PracticeStep, index: number, state: PracticeState): string {
  const name = escapeHtml(step.title);
  const task = escapeHtml(step.task);
  if (index > state.step) return `<li><span class="later">${name}</span><br><small>${task}</small></li>`;
  const here = index === state.step ? ' <strong>← вы здесь</strong>' : '';
  return `<li><a href="${escapeHtml(practiceUrl(step))}">${name}</a>${here}<br><small>${task}</small></li>`;
}

export function startPageHtml(state: PracticeState): string {
  const current = currentStep(state);
  const items = PRACTICE_STEPS.map((step, index) => stepItem(step, index, state)).join('\n');
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Учебный портал — помощник Госуслуг</title>
<style>
  body { font: 16px/1.5 sans-serif; max-width: 760px; margin: 24px auto; padding: 0 16px; }
  .note { background: #fff3c4; border: 1px solid #e0b400; padding: 8px 12px; }
  li { margin: 8px 0; }
  .later { color: #666; }
  .actions a, .actions button { font: inherit; margin-right: 16px; }
</style>
</head>
<body>
<main>
  <h1>Учебный портал</h1>
  <p class="note">Это учебная копия страниц Госуслуг на этом компьютере, а не настоящий портал. Сюда можно вводить
  выдуманные данные: коды подходят любые, ничего никуда не отправляется.</p>
  <p>Пройдите путь от создания учётной записи до подтверждённой. Помощник работает здесь так же, как на настоящем
  портале: подсказывает, заполняет формы из профиля и следит за этапом (значок расширения на панели браузера).</p>
  <div class="actions">
    <a href="${escapeHtml(practiceUrl(current))}">${state.step === 0 ? 'Начать' : `Продолжить: ${escapeHtml(current.title)}`}</a>
    <form method="post" action="${escapeHtml(practiceUrl(PRACTICE_PAGES.reset))}" style="display:inline"><button type="submit">Начать заново</button></form>
  </div>
  <p>После «Начать заново» помощник помнит пройденный этап; чтобы и он начал сначала, откройте его окно и выберите
  «Указать этап вручную».</p>
</main>
<nav aria-label="Шаги">
  <ol>
${items}
  </ol>
</nav>
</body>
</html>
`;
}
