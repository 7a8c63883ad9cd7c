/**
 * Each launch gets a folder of its own (profile and staged extension). Its path is on the
 * browser's command line, so the processes of one launch are found by it and killed by their
 * ids, never by name: a browser that hangs or outlives its test run is ended, other browsers
 * on the machine are left alone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageExtension } from './extension-build';
import { type BrowserName, TIMEOUTS } from './settings';

/** Ids of the running processes whose command line contains `marker`. */
function processesMentioning(marker: string): number[] {
  const ids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) ids.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return ids;
}

/** SIGKILLs every process whose command line contains `marker`; synchronous, so it works in an `exit` handler. */
function killProcessesMentioning(marker: string): void {
  for (const id of processesMentioning(marker)) {
    try {
      process.kill(id, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export interface LaunchFolder {
  /** The browser profile folder (not created: the drivers create it). */
  readonly profile: string;
  /** The staged copy of the build, with the harness page. */
  readonly extension: string;
  /**
   * Waits for `closing` (the driver closing the browser) at most TIMEOUTS.close, then kills
   * whatever process of this launch is left; the folder stays, so the browser can be started
   * again on the same profile (a person closing and reopening it). Never throws.
   */
  stop(closing?: Promise<unknown>): Promise<void>;
  /** As `stop`, then deletes the folder. Never throws. */
  release(closing?: Promise<unknown>): Promise<void>;
}

export function prepareLaunch(browser: BrowserName): LaunchFolder {
  const root = mkdtempSync(join(tmpdir(), `gh-e2e-${browser}-`));
  let extension: string;
  try {
    extension = stageExtension(browser, join(root, 'extension'));
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const killStray = (): void => killProcessesMentioning(root);
  // If the test process ends without closing the browser (a crash, a killed worker), it still dies.
  process.once('exit', killStray);
  const stop = async (closing?: Promise<unknown>): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<void>((resolveExpired) => {
      timer = setTimeout(resolveExpired, TIMEOUTS.close);
    });
    await Promise.race([closing?.catch(() => undefined), expired]);
    clearTimeout(timer);
    killStray();
  };
  return {
    profile: join(root, 'profile'),
    extension,
    stop,
    release: async (closing) => {
      await stop(closing);
      process.removeListener('exit', killStray);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
