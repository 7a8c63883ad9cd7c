/**
 * Requests to the replica server spoken as a browser speaks them through its proxy port: a
 * CONNECT tunnel and TLS for https, an absolute-URL request line for http. For tests of the
 * server itself, without a browser.
 */
import { once } from 'node:events';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { PROXY_HOST } from './settings';

export interface Reply {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The certificate's subjectAltName (https only). */
  readonly certificateNames?: string;
}

export interface RequestInit {
  readonly method?: string;
  readonly headers?: OutgoingHttpHeaders;
  readonly body?: string;
}

async function readReply(response: IncomingMessage, certificateNames?: string): Promise<Reply> {
  let body = '';
  for await (const chunk of response) body += String(chunk);
  return {
    status: response.statusCode ?? 0,
    contentType: response.headers['content-type'],
    headers: response.headers,
    body,
    ...(certificateNames === undefined ? {} : { certificateNames }),
  };
}

/** Sends one request for `url` through the proxy at `proxyPort`; redirects are not followed. */
export async function requestThroughProxy(proxyPort: number, url: string, init: RequestInit = {}): Promise<Reply> {
  const target = new URL(url);
  const { method = 'GET', headers = {}, body } = init;
  if (target.protocol === 'http:') {
    const plain = httpRequest({ host: PROXY_HOST, port: proxyPort, method, path: url, headers: { ...headers, host: target.host } }).end(body);
    const [response] = (await once(plain, 'response')) as [IncomingMessage];
    return readReply(response);
  }
  const tunnel = httpRequest({ host: PROXY_HOST, port: proxyPort, method: 'CONNECT', path: `${target.hostname}:443` }).end();
  const [, socket] = (await once(tunnel, 'connect')) as [IncomingMessage, Socket];
  const secure: TLSSocket = tlsConnect({ socket, servername: target.hostname, rejectUnauthorized: false });
  // The server closing a connection a failed test left open is no further failure.
  secure.on('error', () => {});
  await once(secure, 'secureConnect');
  const certificateNames = secure.getPeerCertificate().subjectaltname;
  const inner = httpsRequest({ host: target.hostname, method, headers, path: target.pathname + target.search, createConnection: () => secure }).end(body);
  const [response] = (await once(inner, 'response')) as [IncomingMessage];
  const reply = await readReply(response, certificateNames);
  secure.destroy();
  return reply;
}
