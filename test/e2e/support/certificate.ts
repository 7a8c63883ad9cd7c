/**
 * A self-signed certificate made at test time with the openssl CLI, so no key is ever
 * committed. It is valid for the portal's names; browsers are told to accept it (and any other
 * host the replica server answers for).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CERTIFICATE_NAMES, CERTIFICATE_SUBJECT } from './settings';

export interface Certificate {
  readonly key: string;
  readonly cert: string;
}

export function createSelfSignedCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'gh-e2e-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    const altNames = CERTIFICATE_NAMES.map((name) => `DNS:${name}`).join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', CERTIFICATE_SUBJECT,
        '-addext', `subjectAltName=${altNames}`, '-keyout', keyPath, '-out', certPath],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
