/**
 * Prints the precision and recall figures (run: npx vitest run --config test/bench/vitest.config.ts).
 * The goals are asserted by test/unit/detect/fixtures.test.ts; this prints the numbers and the misses.
 */
import { it } from 'vitest';
import { formatFigures } from './figures';
import { evaluateFixtures } from './precision-recall';

it('precision and recall of field classification over the labelled fixtures', async () => {
  console.log(formatFigures(await evaluateFixtures()));
});
