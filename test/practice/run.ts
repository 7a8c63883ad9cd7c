/**
 * The practice portal for a person (`npm start`, see start.mjs): the replica server with the
 * practice path, and Chromium with the built extension opened at the start page. It runs until
 * the browser is closed or the process is told to stop (Ctrl+C), then leaves nothing behind:
 * the browser's profile is a throwaway folder and the practice state lives in memory.
 */
import { launchChromium } from '../e2e/support/chromium';
import { startReplicaServer } from '../e2e/support/replica-server';
import { PROXY_HOST } from '../e2e/support/settings';
import { mountPracticePortal } from './portal';
import { PRACTICE_PAGES, practiceUrl } from './steps';

export interface PracticeOptions {
  /** A window on the screen (false: headless, for tests and CI). */
  readonly headed: boolean;
}

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function instructions(startUrl: string, proxyPort: number, headed: boolean): string {
  const window = headed
    ? ['Откроется окно Chromium с помощником и учебным порталом.', 'A Chromium window opens with the helper and the practice portal.']
    : ['Chromium запущен без окна (PRACTICE_HEADLESS).', 'Chromium runs without a window (PRACTICE_HEADLESS).'];
  return [
    '',
    'Учебный портал Госуслуг / Gosuslugi practice portal',
    `  ${window[0]}`,
    `  ${window[1]}`,
    `  Начало / start page: ${startUrl}`,
    '  Коды подходят любые, данные — выдуманные; ничего не уходит с этого компьютера.',
    '  Any code is accepted; use made-up data; nothing leaves this computer.',
    '  Начать заново: кнопка «Начать заново» на странице / to start over: the «Начать заново» button.',
    '  Выход: закройте окно браузера или нажмите Ctrl+C / to quit: close the browser window or press Ctrl+C.',
    `  Прокси / proxy: ${PROXY_HOST}:${proxyPort}`,
    '',
  ].join('\n');
}

/** Starts the practice portal and resolves once it is over and cleaned up. */
export async function runPractice(options: PracticeOptions): Promise<void> {
  // Listening from the start: Ctrl+C while the browser starts must clean up as well.
  const stopped = new Promise<void>((resolveStopped) => {
    for (const signal of STOP_SIGNALS) process.once(signal, () => resolveStopped());
  });
  const server = await startReplicaServer();
  mountPracticePortal(server);
  const session = await launchChromium(server.proxyPort, { headed: options.headed, callerHandlesSignals: true }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  try {
    if (session.raw.kind !== 'chromium') throw new Error('the practice portal runs in Chromium');
    const { context } = session.raw;
    const closedByPerson = new Promise<void>((resolveClosed) => context.once('close', () => resolveClosed()));
    const startUrl = practiceUrl(PRACTICE_PAGES.start);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(startUrl);
    console.log(instructions(startUrl, server.proxyPort, options.headed));
    await Promise.race([closedByPerson, stopped]);
    console.log('Учебный портал закрыт / practice portal closed.');
  } finally {
    await session.close();
    await server.close();
  }
}
