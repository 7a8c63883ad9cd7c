/**
 * The replica server on its own, spoken to as a browser would through its proxy port: any host,
 * fixtures and routes, the request log, and nothing served from outside the fixture folders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requestThroughProxy as get } from './support/proxy-client';
import { type ReplicaServer, startReplicaServer } from './support/replica-server';
import { FIXTURE_ROOTS } from './support/settings';

describe('the replica server', () => {
  let server: ReplicaServer;
  const builtDir = FIXTURE_ROOTS['/built/'] ?? '';
  const builtProbe = `replica-server-probe-${process.pid}.js`;

  beforeAll(async () => {
    server = await startReplicaServer();
    mkdirSync(builtDir, { recursive: true });
    writeFileSync(join(builtDir, builtProbe), 'window.probe = 1;\n');
  });
  afterAll(async () => {
    rmSync(join(builtDir, builtProbe), { force: true });
    await server.close();
  });

  it('serves a fixture over HTTPS on any host, with a certificate for the portal names', async () => {
    for (const host of ['esia.gosuslugi.ru', 'gossuslugi.ru', 'xn--c1aaygn6b.xn--p1ai']) {
      const reply = await get(server.proxyPort, `https://${host}/fixtures/portal/hello.html`);
      expect(reply.status).toBe(200);
      expect(reply.contentType).toBe('text/html; charset=utf-8');
      expect(reply.body).toContain('Реплика портала Госуслуг');
      expect(reply.certificateNames).toBe('DNS:gosuslugi.ru, DNS:*.gosuslugi.ru');
    }
  });

  it('serves bundled fixture scripts under /built/', async () => {
    const reply = await get(server.proxyPort, server.url(`/built/${builtProbe}`));
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('text/javascript; charset=utf-8');
    expect(reply.body).toBe('window.probe = 1;\n');
  });

  it('serves nothing outside the fixture folders', async () => {
    for (const path of ['/package.json', '/fixtures/..%2f..%2fpackage.json', '/fixtures/%2e%2e/%2e%2e/package.json', '/fixtures/%E0%A4%A', '/fixtures/portal/missing.html']) {
      expect((await get(server.proxyPort, server.url(path))).status).toBe(404);
    }
  });

  it('answers a route for its host before a route for any host', async () => {
    server.route('*', '/page', '<p>any host</p>');
    server.route('lk.gosuslugi.ru', '/page', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('lk only');
    });
    expect((await get(server.proxyPort, server.url('/page', 'lk.gosuslugi.ru'))).body).toBe('lk only');
    expect((await get(server.proxyPort, server.url('/page'))).body).toBe('<p>any host</p>');
  });

  it('logs each request and tunnel, except the browsers\' own background traffic', async () => {
    server.clearLog();
    await get(server.proxyPort, 'https://70.gosuslugi.ru/fixtures/portal/hello.html?x=1');
    await get(server.proxyPort, 'http://gosuslugi.ru/start');
    await get(server.proxyPort, 'https://accounts.google.com/ListAccounts');
    await get(server.proxyPort, 'https://esia.gosuslugi.ru/favicon.ico');
    expect(server.requests).toEqual([
      { scheme: 'https', method: 'GET', host: '70.gosuslugi.ru', path: '/fixtures/portal/hello.html?x=1' },
      { scheme: 'http', method: 'GET', host: 'gosuslugi.ru', path: '/start' },
    ]);
    expect([...server.tunnelHosts]).toEqual(['70.gosuslugi.ru', 'esia.gosuslugi.ru']);
  });
});
