/** The fill engine's public surface; see engine.ts for the strategy and types.ts for the outcomes. */
export { fillAll, fillField, undoFill, FILL_MEASURE } from './engine';
export { spreadPastedCode, type SpreadResult } from './code-cells';
export { isActuallyVisible } from './visibility';
export { radioGroup } from './choice';
export { describeOutcome } from './describe';
export type * from './types';
