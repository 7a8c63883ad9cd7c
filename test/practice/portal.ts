/**
 * The practice portal on the replica server: the registration path of steps.ts at the portal's
 * addresses, one account per practice session. A session is a cookie for the whole portal
 * domain (the path crosses from esia. to lk.); its state lives in this process's memory only and
 * holds nothing but the step reached: nothing typed on the pages reaches the server.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PORTAL_DOMAIN } from '../../lib/portal/hosts';
import type { ReplicaServer } from '../e2e/support/replica-server';
import { CONTENT_TYPES, FIXTURE_ROOTS } from '../e2e/support/settings';
import { answerFor, currentStep, PRACTICE_START, type PracticeState, stepAddresses, submitStep } from './state';
import { startPageHtml } from './start-page';
import { PRACTICE_BANNER, PRACTICE_PAGES, PRACTICE_STEPS, practiceUrl, type PracticeStep } from './steps';

const SESSION_COOKIE = 'practice_session';
/** The practice script inlined into every step page (see page-script.js). */
const PAGE_SCRIPT = readFileSync(new URL('./page-script.js', import.meta.url), 'utf8');
const FIXTURES_DIR = fixturesDir();
/** Form bodies hold a step id; anything longer is not the practice script's. */
const BODY_LIMIT = 1024;

/** The folder the step pages are in: the one the replica serves under /fixtures/, so both show the same files. */
function fixturesDir(): string {
  const dir = FIXTURE_ROOTS['/fixtures/'];
  if (dir === undefined) throw new Error('practice portal: FIXTURE_ROOTS has no /fixtures/ folder to serve the step pages from');
  return dir;
}

function sessionIdOf(request: IncomingMessage): string | undefined {
  const cookies = request.headers.cookie?.split(';') ?? [];
  for (const cookie of cookies) {
    const [name, value] = cookie.trim().split('=');
    if (name === SESSION_COOKIE && value) return value;
  }
  return undefined;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > BODY_LIMIT) break;
  }
  return new URLSearchParams(body.slice(0, BODY_LIMIT));
}

function redirect(response: ServerResponse, url: string): void {
  // 303: the browser follows with a GET, and reloading the next page sends no form again.
  response.writeHead(303, { Location: url }).end();
}

function sendHtml(response: ServerResponse, html: string): void {
  response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'] }).end(html);
}

/** A script element running the practice script for `step`; JSON with `<` escaped cannot end the element early. */
function practiceScript(step: PracticeStep): string {
  const config = {
    step,
    number: PRACTICE_STEPS.indexOf(step) + 1,
    total: PRACTICE_STEPS.length,
    startUrl: practiceUrl(PRACTICE_PAGES.start),
    resetUrl: practiceUrl(PRACTICE_PAGES.reset),
    banner: PRACTICE_BANNER,
  };
  return `<script>\n${PAGE_SCRIPT}\npracticePage(${JSON.stringify(config).replace(/</g, '\\u003c')});\n</script>\n`;
}

async function stepPage(step: PracticeStep): Promise<string> {
  const html = await readFile(join(FIXTURES_DIR, step.fixture), 'utf8');
  if (!html.includes('</body>')) throw new Error(`practice portal: ${step.fixture} has no </body> to put the practice script before`);
  return html.replace('</body>', `${practiceScript(step)}</body>`);
}

/** Adds the practice portal's routes to `server`. */
export function mountPracticePortal(server: ReplicaServer): void {
  const sessions = new Map<string, PracticeState>();

  /** The request's session, started (and its cookie set) when it has none the server knows. */
  function session(request: IncomingMessage, response: ServerResponse): { readonly state: PracticeState; save(next: PracticeState): void } {
    let id = sessionIdOf(request);
    if (id === undefined || !sessions.has(id)) {
      id = randomUUID();
      sessions.set(id, PRACTICE_START);
      response.setHeader('Set-Cookie', `${SESSION_COOKIE}=${id}; Domain=${PORTAL_DOMAIN}; Path=/; Secure; HttpOnly; SameSite=Lax`);
    }
    const known = id;
    return { state: sessions.get(known) ?? PRACTICE_START, save: (next) => sessions.set(known, next) };
  }

  for (const { host, path } of stepAddresses()) {
    server.route(host, path, async (request, response) => {
      const { state, save } = session(request, response);
      if (request.method === 'POST') {
        const next = submitStep(state, (await readForm(request)).get('step') ?? '');
        save(next);
        redirect(response, practiceUrl(currentStep(next)));
        return;
      }
      const answer = answerFor(state, host, path);
      if (answer === undefined) throw new Error(`practice portal: no step at ${host}${path}`);
      if ('redirectTo' in answer) redirect(response, practiceUrl(answer.redirectTo));
      else sendHtml(response, await stepPage(answer.show));
    });
  }

  server.route(PRACTICE_PAGES.start.host, PRACTICE_PAGES.start.path, (request, response) => {
    sendHtml(response, startPageHtml(session(request, response).state));
  });

  server.route(PRACTICE_PAGES.reset.host, PRACTICE_PAGES.reset.path, (request, response) => {
    session(request, response).save(PRACTICE_START);
    redirect(response, practiceUrl(PRACTICE_PAGES.start));
  });
}
