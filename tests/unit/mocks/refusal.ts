import { ApiRequestError } from '../../../src/api/client-error.ts';

/** Calls `fn` and returns the ApiRequestError it throws; fails when the call succeeds. */
export async function refusal(fn: () => Promise<unknown>): Promise<ApiRequestError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ApiRequestError) return error;
    throw error;
  }
  throw new Error('expected the API to refuse');
}
