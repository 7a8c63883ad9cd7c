/**
 * Small helpers every field kind file uses: keeping a kind's literal id (so the registry can
 * derive the union of ids) and spelling findings.
 */
import type { MessageKey } from '../i18n';
import type { FieldIssue, FieldKind } from './types';

/** Returns the kind unchanged, typed with its literal id. */
export function defineKind<const Id extends string>(kind: FieldKind & { readonly id: Id }): FieldKind & { readonly id: Id } {
  return kind;
}

export function error(message: MessageKey, params?: readonly (string | number)[], fix?: string): FieldIssue {
  return { severity: 'error', message, ...(params ? { params } : {}), ...(fix === undefined ? {} : { fix }) };
}

export function warning(message: MessageKey, params?: readonly (string | number)[]): FieldIssue {
  return { severity: 'warning', message, ...(params ? { params } : {}) };
}

/** The distinct characters of `value` that `allowed` (a one-character pattern) rejects, in order of appearance. */
export function rejectedCharacters(value: string, allowed: RegExp): string[] {
  return [...new Set([...value].filter((character) => !allowed.test(character)))];
}
