/**
 * The replica of the portal the browsers talk to. It is an HTTP proxy that both browsers are
 * configured to use for every request: a `CONNECT host:443` tunnel is answered by an in-process
 * HTTPS server with a self-signed certificate, so any host name works (the genuine portal hosts
 * and look-alikes such as `gossuslugi.ru`), URLs carry no port exactly as on the real portal,
 * nothing reaches the real network, and the proxy listens on a free port of its own (no root,
 * no clash with another test run).
 *
 * It serves `test/fixtures/**` under `/fixtures/` and bundled fixture scripts under `/built/`
 * (see FIXTURE_ROOTS) for every host, answers routes a test registers, and records every
 * request, so a test can assert the extension made none of its own.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { createSelfSignedCertificate } from './certificate';
import { BROWSER_OWN_TRAFFIC, CONTENT_TYPES, DEFAULT_PORTAL_HOST, FIXTURE_ROOTS, PROXY_HOST } from './settings';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** One HTTP request as the server received it. */
export interface RecordedRequest {
  readonly scheme: 'https' | 'http';
  readonly method: string;
  /** Host name without the port. */
  readonly host: string;
  /** Path and query string. */
  readonly path: string;
}

export interface ReplicaServer {
  /** The port of the proxy both browsers use. */
  readonly proxyPort: number;
  /** `https://<host><path>`; the host defaults to esia.gosuslugi.ru. */
  url(path: string, host?: string): string;
  /**
   * Answer `path` (without query string) on `host` (`'*'`: any host) with an HTML page or a
   * handler. Routes win over fixture files; registering the same host and path again replaces it.
   */
  route(host: string, path: string, response: string | RouteHandler): void;
  /**
   * Every HTTP request received since the start or the last `clearLog()`, in order, except the
   * browsers' own background traffic (BROWSER_OWN_TRAFFIC).
   */
  readonly requests: readonly RecordedRequest[];
  /**
   * The hosts a browser opened an HTTPS tunnel to (`CONNECT`), each once, in the order first
   * seen; same exception. A tunnel without a request in it is a contact all the same.
   */
  readonly tunnelHosts: ReadonlySet<string>;
  clearLog(): void;
  close(): Promise<void>;
}

const ANY_HOST = '*';

function hostWithoutPort(hostHeader: string): string {
  return hostHeader.replace(/:\d+$/, '').toLowerCase();
}

function contentType(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The fixture file a URL path names, or undefined when it names none inside a fixture root. */
function fixtureFile(pathname: string): string | undefined {
  for (const [prefix, root] of Object.entries(FIXTURE_ROOTS)) {
    if (!pathname.startsWith(prefix)) continue;
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return undefined; // a malformed %-escape
    }
    const file = resolve(root, relative);
    return file.startsWith(root + sep) ? file : undefined;
  }
  return undefined;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(0, PROXY_HOST, () => resolveListening((server.address() as AddressInfo).port));
  });
}

export async function startReplicaServer(): Promise<ReplicaServer> {
  const routes = new Map<string, string | RouteHandler>();
  const requests: RecordedRequest[] = [];
  const tunnelHosts = new Set<string>();
  const sockets = new Set<Socket>();
  const routeKey = (host: string, path: string): string => `${host.toLowerCase()} ${path}`;

  async function respond(scheme: RecordedRequest['scheme'], request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Through a proxy a plain-HTTP request line carries the absolute URL; in a tunnel it is a path.
    const url = new URL(request.url ?? '/', `${scheme}://${request.headers.host ?? 'unknown.invalid'}`);
    const host = hostWithoutPort(url.host);
    if (BROWSER_OWN_TRAFFIC.hosts.includes(host) || BROWSER_OWN_TRAFFIC.paths.includes(url.pathname)) {
      // Answered without an error status, so that it leaves no error in the page's console.
      response.writeHead(204).end();
      return;
    }
    requests.push({ scheme, method: request.method ?? 'GET', host, path: url.pathname + url.search });
    // Every visit must reach the server, or the request log would miss it.
    response.setHeader('Cache-Control', 'no-store');

    const routed = routes.get(routeKey(host, url.pathname)) ?? routes.get(routeKey(ANY_HOST, url.pathname));
    if (typeof routed === 'string') {
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'] }).end(routed);
      return;
    }
    if (routed) {
      await routed(request, response);
      return;
    }
    const file = fixtureFile(url.pathname);
    const body = file === undefined ? undefined : await readFile(file).catch(() => undefined);
    if (file === undefined || body === undefined) {
      response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.txt'] }).end(`replica server: nothing at ${host}${url.pathname}`);
      return;
    }
    response.writeHead(200, { 'Content-Type': contentType(file) }).end(body);
  }

  function handler(scheme: RecordedRequest['scheme']) {
    return (request: IncomingMessage, response: ServerResponse): void => {
      respond(scheme, request, response).catch((error: unknown) => {
        // A broken route handler must show in the test output, not only as a blank page.
        console.error(`replica server: ${request.method} ${request.headers.host ?? ''}${request.url ?? ''} failed:`, error);
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': CONTENT_TYPES['.txt'] });
        response.end(String(error));
      });
    };
  }

  const tlsServer = createHttpsServer(createSelfSignedCertificate(), handler('https'));
  const proxy = createHttpServer(handler('http'));
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // Browsers drop connections mid-flight when they close; that is no test failure.
    socket.on('error', () => {});
  });
  proxy.on('connect', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const host = hostWithoutPort(request.url ?? '');
    if (!BROWSER_OWN_TRAFFIC.hosts.includes(host)) tunnelHosts.add(host);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tlsServer.emit('connection', socket);
  });
  tlsServer.on('tlsClientError', () => {});

  const proxyPort = await listen(proxy);

  return {
    proxyPort,
    url: (path, host = DEFAULT_PORTAL_HOST) => `https://${host}${path}`,
    route: (host, path, response) => {
      routes.set(routeKey(host, path), response);
    },
    requests,
    tunnelHosts,
    clearLog: () => {
      requests.length = 0;
      tunnelHosts.clear();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolveClosed) => proxy.close(() => resolveClosed()));
    },
  };
}
