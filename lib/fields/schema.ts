/**
 * One zod schema builder for every field kind: a string in, the kind's canonical value out.
 * Errors become zod issues worded in the browser's language through `t()`; the original finding
 * rides along in `params.fieldIssue` (for its key and its fix). Warnings never fail parsing:
 * ask the kind's `check` for them.
 */
import { t } from '../i18n';
import { z } from '../zod';
import type { CheckContext, FieldIssue, FieldKind } from './types';

/** Today and no related values: the context of a field judged on its own. */
export function standaloneContext(): CheckContext {
  return { today: new Date(), related: {} };
}

/** The zod issue that carries a finding; `path` places it inside a larger object. */
export function zodIssueOf(issue: FieldIssue, input: unknown, path: readonly PropertyKey[] = []) {
  return { code: 'custom' as const, message: t(issue.message, issue.params ?? []), input, path: [...path], params: { fieldIssue: issue } };
}

/** `contextOf` is asked at every parse, so «today» and related values stay current. */
export function fieldSchema(kind: FieldKind, contextOf: () => CheckContext = standaloneContext) {
  return z.pipe(
    z.string(),
    z.transform((raw: string) => kind.normalize(raw)),
  ).check(
    z.superRefine((value: string, payload) => {
      for (const issue of kind.check(value, contextOf())) {
        if (issue.severity === 'error') payload.issues.push(zodIssueOf(issue, value));
      }
    }),
  );
}
