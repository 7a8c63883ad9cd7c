/**
 * The stored stage record and the observations that change it. Both cross boundaries (storage;
 * content script → background), so both are zod schemas and are parsed, never cast.
 * Nothing here is personal data: stages, page kinds, method ids and times only.
 */
import { z } from '../zod';
import { CONFIRMATION_METHOD_IDS, STAGE_IDS } from './stages';

export const StageIdSchema = z.enum(STAGE_IDS);
export const ConfirmationMethodSchema = z.enum(CONFIRMATION_METHOD_IDS);

/** Milliseconds since the epoch. */
const TimeSchema = z.int().check(z.nonnegative());

/** The account levels the portal names (AL30 is confirmed with a qualified e-signature). */
export const AccountLevelSchema = z.enum(['AL10', 'AL15', 'AL20', 'AL30']);
export type AccountLevel = z.infer<typeof AccountLevelSchema>;

/** What the content script saw: a page kind (lib/detect) and, where the page tells, more. */
export const PageObservationSchema = z.object({
  source: z.literal('observed'),
  /** A page kind id from lib/detect; kinds that say nothing about the stage are ignored. */
  page: z.string().check(z.maxLength(64)),
  /** On the account-level page: the level it shows. */
  level: z.optional(AccountLevelSchema),
  /** The form on the page was submitted (the letter address form: the letter is ordered). */
  submitted: z.optional(z.boolean()),
});

/** The person set the stage by hand; it wins at its time, even backwards. */
export const ManualObservationSchema = z.object({
  source: z.literal('manual'),
  stage: StageIdSchema,
  method: z.optional(ConfirmationMethodSchema),
  letterOrderedAt: z.optional(TimeSchema),
});

export const ObservationSchema = z.discriminatedUnion('source', [PageObservationSchema, ManualObservationSchema]);

export type PageObservation = z.infer<typeof PageObservationSchema>;
export type ManualObservation = z.infer<typeof ManualObservationSchema>;
export type Observation = z.infer<typeof ObservationSchema>;

/** One step of the record's history: what moved it, when, and to which stage. */
export const StageEventSchema = z.object({
  at: TimeSchema,
  source: z.enum(['observed', 'manual']),
  stage: StageIdSchema,
  page: z.optional(z.string().check(z.maxLength(64))),
});
export type StageEvent = z.infer<typeof StageEventSchema>;

export const StageRecordSchema = z.object({
  version: z.literal(1),
  stage: StageIdSchema,
  /** When the personal data went to verification (meaningful while the stage is `verification`). */
  verificationStartedAt: z.optional(TimeSchema),
  /** The chosen way to confirm identity (meaningful while the stage is `confirmation-chosen`). */
  method: z.optional(ConfirmationMethodSchema),
  /** When the letter with the code was ordered; the expected and resend dates follow from it. */
  letterOrderedAt: z.optional(TimeSchema),
  /** The observations that changed the record, oldest first (at most HISTORY_LIMIT). */
  history: z.array(StageEventSchema),
});
export type StageRecord = z.infer<typeof StageRecordSchema>;

/** Enough to explain the current stage; older entries are dropped so the record stays small. */
export const HISTORY_LIMIT = 30;

export const INITIAL_STAGE_RECORD: StageRecord = { version: 1, stage: 'not-registered', history: [] };
