#!/usr/bin/env node
/**
 * `npm start`: the practice portal (see run.ts and README, "Practice portal"). Plain JavaScript,
 * because Node runs it before anything can compile TypeScript: it checks there is a screen to
 * show the browser on, builds the extension when there is no build yet, then runs run.ts through
 * the TypeScript hooks.
 *
 * PRACTICE_HEADLESS=1 (or --headless): Chromium without a window, for tests and CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROME_BUILD_MANIFEST = fileURLToPath(new URL('../../.output/chrome-mv3/manifest.json', import.meta.url));
/** Exit status when the practice portal cannot start at all (no screen, no build). */
const CANNOT_START = 2;

const headed = !(process.env.PRACTICE_HEADLESS === '1' || process.argv.includes('--headless'));

if (headed && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    [
      'Нет экрана: не заданы DISPLAY и WAYLAND_DISPLAY, окно браузера открыть негде.',
      'Запустите npm start в графическом сеансе или без окна: PRACTICE_HEADLESS=1 npm start.',
      'No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so there is nowhere to open the browser window.',
      'Run npm start in a graphical session, or headless: PRACTICE_HEADLESS=1 npm start.',
    ].join('\n'),
  );
  process.exit(CANNOT_START);
}

if (!existsSync(CHROME_BUILD_MANIFEST)) {
  console.log('Сборки расширения ещё нет, собираю (npm run build) / no extension build yet, building it (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(CANNOT_START);
}

register('./typescript-hooks.mjs', import.meta.url);
const { runPractice } = await import('./run.ts');
try {
  await runPractice({ headed });
} catch (error) {
  console.error('Учебный портал не запустился / the practice portal did not start:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
