import type { ApiRequestError } from '../../api/client-error.ts';
import type { Translate, UiKey } from '../../i18n/t.ts';
import { en } from '../../i18n/ui/en.ts';

/** The reader's sentence for a failed call, in their language. */
export function errorMessage(t: Translate, error: ApiRequestError): string {
  // Every code has its sentence under sandbox.error.<code>: the type checks that each one exists.
  return t(`sandbox.error.${error.code}`, {
    name: error.body?.organizationName ?? '',
    seconds: error.body?.retryAfterSeconds ?? 30,
  });
}

/** The reader's sentence for a field error code (`invalid-email` → "Enter an email address…"). */
export function fieldMessage(t: Translate, code: string): string {
  const key = `sandbox.field.${code}`;
  return t(key in en ? (key as UiKey) : 'sandbox.field.invalid');
}

/**
 * Everything the Manager says when it refuses a call: the sentence, then the reasons the API gave
 * (why an organization cannot be left). A walkthrough quotes it in its summary.
 */
export function refusalMessage(t: Translate, error: ApiRequestError): string[] {
  return [errorMessage(t, error), ...(error.body?.reasons ?? []).map((reason) => t(`sandbox.orgs.reason.${reason}`))];
}
