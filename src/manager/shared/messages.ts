import type { ApiRequestError, ClientErrorCode } from '../../api/client-error.ts';
import type { Translate, UiKey } from '../../i18n/t.ts';
import { en } from '../../i18n/ui/en.ts';

const errorKeys: Record<ClientErrorCode, UiKey> = {
  'invalid-input': 'sandbox.error.invalid-input',
  'not-found': 'sandbox.error.not-found',
  'leave-refused': 'sandbox.error.leave-refused',
  'customization-not-allowed': 'sandbox.error.customization-not-allowed',
  'not-allowed': 'sandbox.error.not-allowed',
  'wrong-password': 'sandbox.error.wrong-password',
  'only-account-of-organization': 'sandbox.error.only-account-of-organization',
  'account-deleted': 'sandbox.error.account-deleted',
  'transfer-not-failed': 'sandbox.error.transfer-not-failed',
  'current-session': 'sandbox.error.current-session',
  'server-error': 'sandbox.error.server-error',
  'rate-limited': 'sandbox.error.rate-limited',
  network: 'sandbox.error.network',
  'unexpected-response': 'sandbox.error.unexpected-response',
};

/** The reader's sentence for a failed call, in their language. */
export function errorMessage(t: Translate, error: ApiRequestError): string {
  return t(errorKeys[error.code], {
    name: error.body?.organizationName ?? '',
    seconds: error.body?.retryAfterSeconds ?? 30,
  });
}

/** The reader's sentence for a field error code (`invalid-email` → "Enter an email address…"). */
export function fieldMessage(t: Translate, code: string): string {
  const key = `sandbox.field.${code}`;
  return t(key in en ? (key as UiKey) : 'sandbox.field.invalid');
}
