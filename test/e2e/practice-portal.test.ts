/**
 * The practice portal (`npm start`, test/practice): its server on its own, the whole path walked
 * in both browsers with the helper at work, and `npm start` itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { stageRecordStore } from '../../lib/stage/store';
import type { StageId } from '../../lib/stage/stages';
import { completeProfile } from '../fixtures/profile';
import { mountPracticePortal } from '../practice/portal';
import { currentStep, PRACTICE_START } from '../practice/state';
import { PRACTICE_BANNER, PRACTICE_PAGES, PRACTICE_STEPS, practiceUrl, type PracticeStep } from '../practice/steps';
import { forEachBrowser } from './support/browsers';
import { waitFor } from './support/overlay';
import { bannerOf, walkPracticePath } from './support/practice-walk';
import { seedProfile } from './support/profile';
import { requestThroughProxy } from './support/proxy-client';
import { type ReplicaServer, startReplicaServer } from './support/replica-server';
import { extensionStorage } from './support/storage';

const START_SCRIPT = fileURLToPath(new URL('../practice/start.mjs', import.meta.url));
const START_PAGE = practiceUrl(PRACTICE_PAGES.start);
const RESET = practiceUrl(PRACTICE_PAGES.reset);

function step(id: string): PracticeStep {
  const found = PRACTICE_STEPS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no practice step ${id}`);
  return found;
}

/**
 * The stage the helper's popup shows once the person has seen each step's page (the form they
 * send on it proves more only after it is sent). Seeing the registration form proves nothing.
 */
const STAGE_SHOWN: Readonly<Record<string, StageId>> = {
  code: 'registration-started',
  password: 'registration-started',
  'account-simplified': 'simplified',
  'personal-data': 'simplified',
  verification: 'verification',
  'account-standard': 'standard',
  'confirmation-methods': 'standard',
  'letter-address': 'confirmation-chosen',
  'letter-code': 'confirmation-chosen',
  'account-confirmed': 'confirmed',
};

describe('the practice portal over HTTP', () => {
  let server: ReplicaServer;
  /** One practice session: the cookie the portal set on the first request. */
  let cookie = '';

  async function request(url: string, method = 'GET', body?: string) {
    const reply = await requestThroughProxy(server.proxyPort, url, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) },
      ...(body === undefined ? {} : { body }),
    });
    const setCookie = reply.headers['set-cookie']?.[0];
    if (setCookie !== undefined) cookie = setCookie.split(';')[0] ?? '';
    return reply;
  }
  const send = (target: PracticeStep, body = `step=${target.id}`) => request(practiceUrl(target), 'POST', body);

  beforeAll(async () => {
    server = await startReplicaServer();
    mountPracticePortal(server);
  });
  afterAll(() => server.close());

  it('starts a session for the whole portal domain at the first visit, at the registration form', async () => {
    const reply = await request(START_PAGE);
    expect(reply.status).toBe(200);
    expect(reply.headers['set-cookie']?.[0]).toMatch(/^practice_session=[\w-]+; Domain=gosuslugi\.ru; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    expect(reply.body).toContain(`href="${practiceUrl(step('registration'))}">Начать</a>`);
  });

  it('serves the replica page of the current step with the practice script, and leads a page not reached to it', async () => {
    const page = await request(practiceUrl(step('registration')));
    expect(page.status).toBe(200);
    expect(page.body).toContain('<esia-registration>');
    expect(page.body).toContain('practicePage({"step":{"id":"registration"');
    const ahead = await request(practiceUrl(step('letter-code')));
    expect(ahead.status).toBe(303);
    expect(ahead.headers.location).toBe(practiceUrl(step('registration')));
  });

  it('moves on when the current step is sent, whatever code is typed, and ignores a step sent out of turn', async () => {
    expect((await send(step('registration'))).headers.location).toBe(practiceUrl(step('code')));
    const code = await send(step('code'), 'step=code&code=000000');
    expect(code.status).toBe(303);
    expect(code.headers.location).toBe(practiceUrl(step('password')));
    // Sent again from an old tab: nothing changes, the person is led to where they are.
    expect((await send(step('registration'))).headers.location).toBe(practiceUrl(step('password')));
    expect((await send(step('password'))).headers.location).toBe(practiceUrl(step('account-simplified')));
    expect((await request(practiceUrl(step('account-simplified')))).body).toContain('<strong>Упрощённая</strong>');
  });

  it('starts over on the reset route', async () => {
    const reset = await request(RESET, 'POST');
    expect(reset.status).toBe(303);
    expect(reset.headers.location).toBe(START_PAGE);
    expect((await request(practiceUrl(step('password')))).headers.location).toBe(practiceUrl(currentStep(PRACTICE_START)));
  });
});

forEachBrowser(
  (browser) => {
    it('goes from the start page through every step to the confirmed account, and the helper follows each stage', async () => {
      await seedProfile(browser, completeProfile());
      const page = await browser.open(START_PAGE);
      await page.click('.actions a');
      const readStage = () => stageRecordStore(extensionStorage(browser, 'local')).read();
      await walkPracticePath(page, async (reached) => {
        expect(await page.url()).toBe(practiceUrl(reached));
        const expected = STAGE_SHOWN[reached.id];
        // As a person does, the walk goes on only once the helper has taken the page in.
        if (expected !== undefined) expect((await waitFor(readStage, (read) => read.value.stage === expected)).value.stage, reached.id).toBe(expected);
      });
      expect(await readStage()).toMatchObject({ status: 'stored', value: { stage: 'confirmed' } });
    });

    it('starts over from the banner: back to the start page, and the portal at the registration form again', async () => {
      const page = await browser.open(practiceUrl(step('account-confirmed')));
      await page.waitForSelector(bannerOf(step('account-confirmed')));
      await page.click(`${PRACTICE_BANNER.tag} form button`);
      await page.waitForSelector('.actions a');
      expect(await page.url()).toBe(START_PAGE);
      await page.goto(practiceUrl(step('account-confirmed')));
      await page.waitForSelector(bannerOf(step('registration')));
      expect(await page.url()).toBe(practiceUrl(step('registration')));
    });
  },
  { prepareServer: mountPracticePortal },
);

describe('npm start', () => {
  /** Runs the start script as `npm start` does, with `env` in place of the display and headless settings. */
  function start(env: Record<string, string>) {
    const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, PRACTICE_HEADLESS: _headless, ...rest } = process.env;
    const child = spawn(process.execPath, [START_SCRIPT], { env: { ...rest, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk) => (output.stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (output.stderr += String(chunk)));
    return { child, output, exited: once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]> };
  }

  it('says there is no display, in Russian and English, and exits with 2 instead of waiting', async () => {
    const { output, exited } = start({});
    const [code] = await exited;
    expect(code).toBe(2);
    expect(output.stderr).toContain('Нет экрана');
    expect(output.stderr).toContain('No display');
    expect(output.stderr).toContain('PRACTICE_HEADLESS=1 npm start');
  });

  it('with PRACTICE_HEADLESS=1 serves the practice portal through its proxy until Ctrl+C, then closes', async () => {
    const { child, output, exited } = start({ PRACTICE_HEADLESS: '1' });
    const proxyPort = await waitFor(
      async () => Number(/proxy: [\d.]+:(\d+)/.exec(output.stdout)?.[1] ?? 0),
      (port) => port > 0 || child.exitCode !== null,
      600,
    );
    expect(proxyPort, output.stdout + output.stderr).toBeGreaterThan(0);
    expect(output.stdout).toContain(`start page: ${START_PAGE}`);
    const startPage = await requestThroughProxy(proxyPort, START_PAGE);
    expect(startPage.status).toBe(200);
    expect(startPage.body).toContain('Учебный портал');

    child.kill('SIGINT');
    const [code] = await exited;
    expect(code, output.stderr).toBe(0);
    expect(output.stdout).toContain('practice portal closed');
  });
});
