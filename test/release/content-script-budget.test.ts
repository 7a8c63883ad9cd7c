/**
 * The CI size gate: the content script every portal page gets (what the built manifest declares,
 * with what it imports statically) may exceed its budget by at most `BENCH.sizes.gateTolerance`,
 * minified or gzipped. Measured by the same code and against the same budget as `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { BENCH } from '../bench/goals';
import { measureBuilds } from '../bench/sizes';
import { kilobytes } from '../bench/table';

const { builds, contentScriptMinifiedBytes, contentScriptGzippedBytes, gzipLevel, gateTolerance } = BENCH.sizes;

const LIMITS = [
  { measure: 'minified', budget: contentScriptMinifiedBytes },
  { measure: 'gzipped', budget: contentScriptGzippedBytes },
] as const;

const contentScripts = measureBuilds().filter((part) => part.isContentScript);

it('finds a content script in every build', () => {
  expect(contentScripts.map((part) => part.target).sort()).toEqual(builds.map((build) => build.split('/').pop()).sort());
});

const tolerancePercent = Math.round(gateTolerance * 100);

for (const part of contentScripts) {
  describe(`the ${part.target} content script`, () => {
    for (const { measure, budget } of LIMITS) {
      it(`is ${measure} at most ${tolerancePercent} % over its ${kilobytes(budget)} budget`, () => {
        const limit = budget * (1 + gateTolerance);
        const measured = part[measure];
        const report =
          `${part.target} content script, ${measure}: ${kilobytes(measured)} = ${Math.round((measured / budget) * 100)} % of the ` +
          `${kilobytes(budget)} budget (limit ${kilobytes(limit)}, over it by ${kilobytes(Math.max(0, measured - limit))}); ` +
          `files (minified/gzip ${gzipLevel}): ${part.files}`;
        expect(measured, report).toBeLessThanOrEqual(limit);
      });
    }
  });
}
