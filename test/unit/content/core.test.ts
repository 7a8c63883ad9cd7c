import { afterEach, describe, expect, it } from 'vitest';
import { exposeCore, findCore, type EngineHandle } from '../../../lib/content/bridge';
import { ContentCore } from '../../../lib/content/core';
import { isSubmitClick } from '../../../lib/content/submissions';
import type { ContentToBackground } from '../../../lib/messages';
import { loadFixture, type LoadedFixture } from '../../fixtures/portal/load';

interface Harness {
  readonly core: ContentCore;
  readonly fixture: LoadedFixture;
  /** Every message the core sent the background. */
  readonly asked: ContentToBackground[];
}

const open: LoadedFixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((fixture) => fixture.close()));
});

/** An engine that answers every command with what it was given. */
const echoEngine: EngineHandle = { answer: async (raw) => ({ echoed: raw }) };

/**
 * The core on a replica page. The background's answer to `load-engine` is `injects`: by default
 * it runs the engine, which registers with the core before the answer arrives, as the injected
 * script does.
 */
async function startOn(file: string, injects: (core: ContentCore) => void = (core) => core.registerEngine(echoEngine)): Promise<Harness> {
  const fixture = loadFixture(file);
  open.push(fixture);
  await fixture.settle();
  const asked: ContentToBackground[] = [];
  const core: ContentCore = new ContentCore({
    document: fixture.document,
    ask: async (message) => {
      asked.push(message);
      if (message.type === 'load-engine') injects(core);
      return undefined;
    },
    includeFrame: () => false,
  });
  core.refresh();
  return { core, fixture, asked };
}

const engineLoads = (asked: readonly ContentToBackground[]) => asked.filter((message) => message.type === 'load-engine');

describe('the core on a portal page', () => {
  it('reports the page kind once while it stays on screen', async () => {
    const { core, asked } = await startOn('personal-data-label-for.html');
    core.refresh();
    expect(asked.filter((message) => message.type === 'page-observed')).toEqual([{ type: 'page-observed', observation: { source: 'observed', page: 'personal-data' } }]);
  });

  it('brings in the engine once when the page has recognised fields', async () => {
    const { core, asked } = await startOn('personal-data-label-for.html');
    core.refresh();
    await Promise.resolve();
    expect(engineLoads(asked)).toHaveLength(1);
    expect(core.hasEngine()).toBe(true);
  });

  it('loads nothing on a page without fields until a command comes', async () => {
    const { core, asked } = await startOn('account-level-standard.html');
    expect(core.latestScan().fields).toEqual([]);
    expect(engineLoads(asked)).toEqual([]);
    expect(await core.command({ type: 'list-fields' })).toEqual({ echoed: { type: 'list-fields' } });
    expect(await core.command({ type: 'undo' })).toEqual({ echoed: { type: 'undo' } });
    expect(engineLoads(asked)).toHaveLength(1);
  });

  it('answers nothing when the background does not bring the engine, and does not ask again', async () => {
    const { core, asked } = await startOn('account-level-standard.html', () => undefined);
    expect(await core.command({ type: 'list-fields' })).toBeUndefined();
    expect(await core.command({ type: 'list-fields' })).toBeUndefined();
    expect(engineLoads(asked)).toHaveLength(1);
  });

  it('keeps the first engine that registers', async () => {
    const { core } = await startOn('personal-data-label-for.html');
    core.registerEngine({ answer: async () => 'second' });
    expect(await core.command('anything')).toEqual({ echoed: 'anything' });
  });

  it('tells each scan that found something new to whoever listens, until it stops listening', async () => {
    const { core, fixture } = await startOn('personal-data-label-for.html');
    const heard: number[] = [];
    const stop = core.onScan((scan) => heard.push(scan.fields.length));
    core.refresh();
    stop();
    fixture.document.querySelector('input')?.remove();
    core.refresh();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toBeGreaterThan(5);
  });
});

describe('the bridge between the core and the engine', () => {
  it('finds the core left on the isolated world\'s global, and nothing that only looks like one', async () => {
    const { core } = await startOn('account-level-standard.html');
    const global = {};
    expect(findCore(global)).toBeUndefined();
    exposeCore(global, core);
    expect(findCore(global)).toBe(core);
    const impostor = { [Symbol.for('gosuslugi-helper.content-core')]: { latestScan: () => core.latestScan() } };
    expect(findCore(impostor)).toBeUndefined();
  });
});

describe('sending a form', () => {
  it('recognises the page\'s own submit button by its text and nothing else', () => {
    const fixture = loadFixture('letter-address.html');
    open.push(fixture);
    const document = fixture.document;
    const deliver = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Доставить');
    expect(deliver).toBeDefined();
    expect(isSubmitClick('letter-address', [deliver!, document.body])).toBe(true);
    expect(isSubmitClick('personal-data', [deliver!, document.body])).toBe(false);
    const other = document.createElement('button');
    other.textContent = 'Назад';
    expect(isSubmitClick('letter-address', [other])).toBe(false);
  });

  it('reports a trusted submit of the page as a submission, and ignores a synthetic one', async () => {
    const { asked, fixture, core } = await startOn('letter-address.html');
    core.start();
    fixture.document.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(asked.filter((message) => message.type === 'page-observed' && message.observation.submitted)).toEqual([]);
    core.stop();
  });
});
