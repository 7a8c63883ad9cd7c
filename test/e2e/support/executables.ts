/** Finds a browser on PATH, as `command -v` does, with a clear message when it is missing. */
import { execFileSync } from 'node:child_process';
import { BROWSER_COMMANDS, type BrowserName } from './settings';

export function browserExecutable(browser: BrowserName): string {
  const command = BROWSER_COMMANDS[browser];
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${command} is not installed; the e2e tests need it (see README, Prerequisites: apt-get install -y chromium firefox-esr)`);
  }
}
