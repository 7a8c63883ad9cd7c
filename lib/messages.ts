/**
 * Every message between the extension's contexts, as zod schemas: the receiver parses what it
 * gets (`parseMessage`) and answers; nothing is cast. Nothing here travels between the page and
 * the extension: the page's `postMessage` and DOM events are never listened to for commands.
 *
 * Profile values cross only in two replies, each for a fill the user has just asked for:
 * `profile-values` (content script → background, the in-page button) and `fill` (popup →
 * content script, the popup's «Заполнить»), and only for the field kinds on the page.
 */
import { PageObservationSchema } from './stage/record';
import { z } from './zod';

const FieldKindIdSchema = z.string().check(z.maxLength(64));
/** Canonical values by field kind id. */
export const FieldValuesSchema = z.record(FieldKindIdSchema, z.string().check(z.maxLength(2000)));
export type FieldValues = z.infer<typeof FieldValuesSchema>;

/** Content script → background. The background trusts only the browser-reported sender. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  /** A page kind was recognised (stage tracking); no personal data. */
  z.object({ type: z.literal('page-observed'), observation: PageObservationSchema }),
  /** Which of these kinds the profile can fill (names only, for the in-page preview). */
  z.object({ type: z.literal('profile-kinds'), kinds: z.array(FieldKindIdSchema).check(z.maxLength(200)) }),
  /** The user pressed «Заполнить из профиля» and confirmed: the values for these kinds. */
  z.object({ type: z.literal('profile-values'), kinds: z.array(FieldKindIdSchema).check(z.maxLength(200)) }),
  /**
   * The page has work for the in-page engine (recognised fields, a command from the popup):
   * inject it into the sender's document. Answered once the engine has run, without a value.
   */
  z.object({ type: z.literal('load-engine') }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

export const ProfileKindsReplySchema = z.object({ kinds: z.array(FieldKindIdSchema) });
export type ProfileKindsReply = z.infer<typeof ProfileKindsReplySchema>;

/** Why the profile cannot be used right now. */
export const ProfileUnavailableSchema = z.enum(['locked', 'empty', 'not-portal', 'damaged']);
export type ProfileUnavailable = z.infer<typeof ProfileUnavailableSchema>;

export const ProfileValuesReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), values: FieldValuesSchema }),
  z.object({ ok: z.literal(false), reason: ProfileUnavailableSchema }),
]);
export type ProfileValuesReply = z.infer<typeof ProfileValuesReplySchema>;

/** Popup → content script of the active portal tab. */
export const PopupToContentSchema = z.discriminatedUnion('type', [
  /** What the page is and which fields were recognised (kinds and labels, no values). */
  z.object({ type: z.literal('list-fields') }),
  /** Fill these values (already confirmed by the user in the popup's preview). */
  z.object({ type: z.literal('fill'), values: FieldValuesSchema }),
  /** Undo the last fill. */
  z.object({ type: z.literal('undo') }),
  /** The values the user typed into recognised fields, for «Взять с этой страницы». */
  z.object({ type: z.literal('take-from-page') }),
  /** Public terminal: the session ended; remove our marks and hints from the page. */
  z.object({ type: z.literal('clear-page') }),
]);
export type PopupToContent = z.infer<typeof PopupToContentSchema>;

/**
 * The helper's own pages (popup, options) → background. The background answers only senders
 * whose URL is one of the extension's pages; the actions run there so that closing the popup
 * halfway cannot cut a wipe short.
 */
export const PageToBackgroundSchema = z.discriminatedUnion('type', [
  /** «Завершить сеанс — стереть данные»: the profile, the stage record, the key, the marks on portal tabs. */
  z.object({ type: z.literal('end-session') }),
  /** The person is using the helper: the inactivity timer starts again. */
  z.object({ type: z.literal('activity') }),
]);
export type PageToBackground = z.infer<typeof PageToBackgroundSchema>;

export const PageActionReplySchema = z.object({ ok: z.boolean() });
export type PageActionReply = z.infer<typeof PageActionReplySchema>;

export const FillStatusSchema = z.enum(['filled', 'mismatch', 'refused']);

export const PageFieldsReplySchema = z.object({
  page: z.nullable(z.string()),
  fields: z.array(z.object({ kind: FieldKindIdSchema, label: z.string() })),
});
export type PageFieldsReply = z.infer<typeof PageFieldsReplySchema>;

export const FillReplySchema = z.object({
  outcomes: z.array(z.object({ kind: FieldKindIdSchema, status: FillStatusSchema, detail: z.optional(z.string()) })),
});
export type FillReply = z.infer<typeof FillReplySchema>;

export const TakeFromPageReplySchema = z.object({ values: FieldValuesSchema });

export const UndoReplySchema = z.object({ undone: z.boolean() });

/** Parses an incoming message; anything that does not match is `null` and is ignored. */
export function parseMessage<Schema extends z.ZodMiniType>(schema: Schema, message: unknown): z.infer<Schema> | null {
  const result = z.safeParse(schema, message);
  return result.success ? result.data : null;
}
