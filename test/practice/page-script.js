/**
 * The practice portal's script, inlined by the server into each replica page it shows at a
 * portal address (never into the fixture files: the e2e tests see those as they are). It makes
 * the static page behave as the portal does at that step (see PracticeTrigger in steps.ts) and
 * shows a banner saying where the person is.
 *
 * The banner goes before the page's <body>, not into it: the helper reads the body as it reads
 * the portal's, and the banner's words and buttons must not count as the page's.
 * Moving on is a POST of the step's id only, to the page's own address: nothing typed on the
 * page is sent, the server answers with a redirect to the next step.
 *
 * @param {{ step: import('./steps').PracticeStep, number: number, total: number, startUrl: string, resetUrl: string, banner: typeof import('./steps').PRACTICE_BANNER }} config
 */
function practicePage(config) {
  const { step } = config;
  const banner = document.createElement(config.banner.tag);
  banner.setAttribute(config.banner.stepAttribute, step.id);
  let sent = false;

  function advance() {
    if (sent) return;
    sent = true;
    const form = document.createElement('form');
    form.method = 'post';
    form.action = location.pathname;
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = 'step';
    field.value = step.id;
    form.append(field);
    banner.append(form);
    form.submit();
  }

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  const style = element('style', {}, `
    ${config.banner.tag} { display: block; font: 15px/1.4 sans-serif; background: #fff3c4; border-bottom: 2px solid #e0b400; padding: 8px 16px; color: #222; }
    ${config.banner.tag} p { margin: 2px 0; }
    ${config.banner.tag} button, ${config.banner.tag} a { margin: 4px 12px 0 0; padding: 2px 8px; font: inherit; }
  `);
  const resetForm = element('form', { method: 'post', action: config.resetUrl, style: 'display:inline' }, element('button', { type: 'submit' }, 'Начать заново'));
  const actions = element('p', {}, element('a', { href: config.startUrl }, 'Все шаги'), resetForm);
  banner.append(
    style,
    element('p', {}, element('strong', {}, `Учебный портал (не настоящие Госуслуги) · шаг ${config.number} из ${config.total}: ${step.title}`)),
    element('p', {}, step.task),
  );

  const trigger = step.trigger;
  if (trigger.kind === 'form') {
    document.addEventListener('submit', (event) => {
      if (!(event.target instanceof Element) || !event.target.matches(trigger.selector)) return;
      event.preventDefault();
      advance();
    });
  } else if (trigger.kind === 'link') {
    document.addEventListener('click', (event) => {
      if (!(event.target instanceof Element) || event.target.closest(trigger.selector) === null) return;
      event.preventDefault();
      advance();
    });
  } else if (trigger.kind === 'code') {
    // As the portal's code input: the cursor moves on after each digit, a pasted code spreads
    // over the cells, and the code is sent once the last cell is filled.
    const cells = [...document.querySelectorAll(trigger.selector)];
    const sendWhenComplete = () => {
      if (cells.every((cell) => cell.value !== '')) advance();
    };
    document.addEventListener('input', (event) => {
      const index = cells.indexOf(event.target);
      if (index < 0) return;
      if (cells[index].value !== '') cells[index + 1]?.focus();
      sendWhenComplete();
    });
    document.addEventListener('paste', (event) => {
      const index = cells.indexOf(event.target);
      if (index < 0) return;
      event.preventDefault();
      const digits = (event.clipboardData?.getData('text') ?? '').replace(/\D/g, '');
      cells.slice(index).forEach((cell, offset) => {
        cell.value = digits[offset] ?? cell.value;
      });
      sendWhenComplete();
    });
  } else if (trigger.kind === 'button' || trigger.kind === 'wait') {
    const button = element('button', { type: 'button', [config.banner.nextAttribute]: '' }, trigger.label);
    button.addEventListener('click', advance);
    actions.prepend(button);
  }
  if (trigger.kind === 'wait') {
    const countdown = element('p', {}, '');
    banner.append(countdown);
    let left = trigger.seconds;
    const tick = () => {
      if (left === 0) return advance();
      countdown.textContent = `Проверка закончится через ${left} с.`;
      left -= 1;
      setTimeout(tick, 1000);
    };
    tick();
  }
  banner.append(actions);
  document.documentElement.insertBefore(banner, document.body);
}
