/**
 * The stage reducer. Observations of portal pages only ever move the stage forward (a
 * confirmed account seen once stays confirmed when an old page is visited again); a manual
 * setting is what the person says and wins at its time, backwards included.
 *
 * The dates live only in the stage they belong to: `verificationStartedAt` while the data are
 * being verified, `method` and `letterOrderedAt` while identity confirmation is under way.
 * Entering a stage starts its dates afresh.
 */
import { evidenceOf } from './evidence';
import { HISTORY_LIMIT, type ManualObservation, type Observation, type PageObservation, type StageRecord } from './record';
import { stageRank, type StageId } from './stages';

type StageState = Omit<StageRecord, 'version' | 'history'>;

function stateOf(record: StageRecord): StageState {
  const { stage, verificationStartedAt, method, letterOrderedAt } = record;
  return { stage, verificationStartedAt, method, letterOrderedAt };
}

/** The state on entering `stage` at `at`, or the current one when the stage does not change. */
function enter(current: StageState, stage: StageId, at: number): StageState {
  if (current.stage === stage) return current;
  return stage === 'verification' ? { stage, verificationStartedAt: at } : { stage };
}

function fromManual(current: StageState, observation: ManualObservation, at: number): StageState {
  const entered = enter(current, observation.stage, at);
  if (observation.stage !== 'confirmation-chosen') return { stage: entered.stage, verificationStartedAt: entered.verificationStartedAt };
  return {
    stage: observation.stage,
    method: observation.method,
    letterOrderedAt: observation.method === 'letter' ? observation.letterOrderedAt : undefined,
  };
}

function fromPage(current: StageState, observation: PageObservation, at: number): StageState {
  const evidence = evidenceOf(observation);
  if (evidence === undefined || stageRank(evidence.stage) < stageRank(current.stage)) return current;
  const entered = enter(current, evidence.stage, at);
  if (evidence.method === undefined) return entered;
  const sameMethod = entered.method === evidence.method;
  const knownOrder = sameMethod ? entered.letterOrderedAt : undefined;
  const letterOrderedAt = evidence.letter === 'ordered' ? at : evidence.letter === 'awaited' ? knownOrder ?? at : knownOrder;
  return { stage: entered.stage, method: evidence.method, letterOrderedAt };
}

function sameState(a: StageState, b: StageState): boolean {
  return a.stage === b.stage && a.verificationStartedAt === b.verificationStartedAt && a.method === b.method && a.letterOrderedAt === b.letterOrderedAt;
}

/**
 * The record after `observation` made at `now`. Returns the same object when nothing changed,
 * so a caller can skip the write.
 */
export function applyObservation(record: StageRecord, observation: Observation, now: Date): StageRecord {
  const at = now.getTime();
  if (!Number.isFinite(at) || at < 0) return record;
  const current = stateOf(record);
  const next = observation.source === 'manual' ? fromManual(current, observation, at) : fromPage(current, observation, at);
  if (sameState(current, next)) return record;
  const event = observation.source === 'manual' ? { at, source: 'manual' as const, stage: next.stage } : { at, source: 'observed' as const, stage: next.stage, page: observation.page };
  return { version: 1, ...next, history: [...record.history, event].slice(-HISTORY_LIMIT) };
}
