/**
 * What to say beside a field while the person types: the field kind's own rules, applied to
 * what the field shows, with the other recognised fields of the page as context (the birth date
 * for the passport's issue date, the series for the department code, the password for its
 * repetition). Errors come before warnings; a value with no findings has no hint.
 */
import type { FieldKind, FieldIssue, Severity } from '../fields/types';
import { t } from '../i18n';

export interface FieldHint {
  readonly severity: Severity;
  /** One line per finding of the shown severity, in the user's language. */
  readonly lines: readonly string[];
  /** A corrected value the person may accept with one click (Latin look-alikes converted). */
  readonly fix?: string;
}

export function hintFor(kind: FieldKind, shown: string, related: Readonly<Record<string, string>>, today: Date): FieldHint | null {
  const issues = kind.check(kind.normalize(shown), { today, related });
  const severity: Severity | null = issues.some(isError) ? 'error' : issues.length > 0 ? 'warning' : null;
  if (severity === null) return null;
  const shownIssues = issues.filter((issue) => issue.severity === severity);
  const fix = shownIssues.find((issue) => issue.fix !== undefined)?.fix;
  return {
    severity,
    lines: shownIssues.map((issue) => t(issue.message, issue.params ?? [])),
    ...(fix === undefined ? {} : { fix }),
  };
}

function isError(issue: FieldIssue): boolean {
  return issue.severity === 'error';
}
