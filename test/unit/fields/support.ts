import type { CheckContext, FieldIssue, FieldKind } from '../../../lib/fields';

/** A fixed «today» (local time, as the rules read it): 15 January 2025. */
export const TODAY = new Date(2025, 0, 15);

export function context(related: CheckContext['related'] = {}, today: Date = TODAY): CheckContext {
  return { today, related };
}

/** What `check` says about what a person typed, as 'error:key' / 'warning:key'. */
export function verdict(kind: FieldKind, raw: string, related: CheckContext['related'] = {}, today: Date = TODAY): string[] {
  return kind.check(kind.normalize(raw), context(related, today)).map((issue: FieldIssue) => `${issue.severity}:${issue.message}`);
}
