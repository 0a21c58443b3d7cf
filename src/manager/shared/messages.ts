import type { ApiRequestError } from '../../api/client-error.ts';
import type { PracticeTranslate } from '../../i18n/practice-strings.ts';

/** The reader's sentence for a failed call, in their language. */
export function errorMessage(t: PracticeTranslate, error: ApiRequestError): string {
  // Every code has its sentence under sandbox.error.<code>: the type checks that each one exists.
  // Each sentence takes what it needs of these values (tests/unit/practice-strings.test.ts).
  return t.fill(`sandbox.error.${error.code}`, {
    name: error.body?.organizationName ?? '',
    seconds: error.body?.retryAfterSeconds ?? 30,
  });
}

/** The reader's sentence for a field error code (`invalid-email` → "Enter an email address…"). */
export function fieldMessage(t: PracticeTranslate, code: string): string {
  return t.known(`sandbox.field.${code}`, 'sandbox.field.invalid');
}

/**
 * Everything the Manager says when it refuses a call: the sentence, then the reasons the API gave
 * (why an organization cannot be left). A walkthrough quotes it in its summary.
 */
export function refusalMessage(t: PracticeTranslate, error: ApiRequestError): string[] {
  return [errorMessage(t, error), ...(error.body?.reasons ?? []).map((reason) => t(`sandbox.orgs.reason.${reason}`))];
}
